import type { FastifyRequest } from 'fastify';
import { admin } from '@clientele/schemas/admin';
import type { MovableClock } from '../platform/clock.ts';
import type { Handlers, RuntimeApi } from '../platform/handlers.ts';
import { refuse } from '../platform/problems.ts';
import type { RoutedApi } from '../platform/pipeline.ts';
import type { DeliveryWorker } from '../webhooks/worker.ts';
import { adminTokenAuth, type ConsoleToken } from './admin-auth.ts';
import { adminErrors } from './admin-errors.ts';
import { advanceClock, durationMs, presentClock } from './clock.ts';
import { addCredential, revokeCredential, rotateCredential } from './credentials.ts';
import { collectionsOf } from '../platform/resources.ts';
import { exportTenants, importTenants, resetTenants } from './data.ts';
import { addRule, clearRules, presentRule, removeRule, type FaultRules } from './faults.ts';
import { filtersOf, type RequestLog } from './request-log.ts';
import { setCustomerStatus } from './customers.ts';
import { commandWorker, getTargets, listDeliveries, replayDelivery, setTargets, showDelivery } from './deliveries.ts';
import { createTenant, deleteTenant, listTenants, showTenant, unknownApi } from './tenants.ts';

export interface AdminDependencies {
  /** The provider APIs whose tenants it manages. */
  readonly providers: readonly RuntimeApi[];
  readonly clock: MovableClock;
  readonly requests: RequestLog;
  readonly faults: FaultRules;
  /** `--admin-token`; undefined for the stored one (and loopback clients only). */
  readonly adminToken: string | undefined;
  /** The token the console served to callers on this machine uses. */
  readonly consoleToken?: ConsoleToken;
  /** The root URL of a provider API as the caller reached this server (for the `example` of a new tenant). */
  readonly apiRoot: (request: FastifyRequest, api: string) => string;
  /** The delivery worker: moving the clock plays the deliveries that became due. */
  readonly deliveries?: DeliveryWorker;
}

/** The admin API's operations, each the same function its `clientele` command runs (see sandbox/commands.ts). */
function adminHandlers(deps: AdminDependencies): Handlers<typeof admin> {
  const { providers, clock, requests, faults } = deps;
  const providerNamed = (name: string) => providers.find((api) => api.definition.name === name);
  const names = providers.map((api) => api.definition.name);
  const collections = collectionsOf(providers);
  return {
    listTenants: async ({ store, query }) => ({ status: 200, body: await listTenants(store, { api: query.api, limit: query.limit ?? 100, offset: query.offset ?? 0 }) }),
    createTenant: async ({ store, body, request }) => ({
      status: 201,
      body: await createTenant(store, providers, body, { clock, root: (api) => deps.apiRoot(request, api) }),
    }),
    getTenant: async ({ store, params }) => ({ status: 200, body: await showTenant(store, params.tenant_id) }),
    deleteTenant: async ({ store, params }) => {
      await deleteTenant(store, params.tenant_id);
      return { status: 204 };
    },
    addCredential: async ({ store, params, body }) => ({ status: 201, body: await addCredential(store, params.tenant_id, body) }),
    rotateCredential: async ({ store, params }) => ({ status: 200, body: await rotateCredential(store, params.tenant_id, params.credential_id) }),
    revokeCredential: async ({ store, params }) => {
      await revokeCredential(store, params.tenant_id, params.credential_id);
      return { status: 204 };
    },
    resetData: async ({ store, body }) => {
      if (body.api !== undefined && !providerNamed(body.api)) unknownApi(providers);
      return { status: 200, body: { tenants: await resetTenants(store, body, collections) } };
    },
    exportData: async ({ store, query }) => ({ status: 200, body: await exportTenants(store, query) }),
    importData: async ({ store, body }) => ({ status: 200, body: await importTenants(store, body, { apis: names, mode: 'replace', clock, collections }) }),
    listRequests: async ({ query }) => ({ status: 200, body: await requests.list({ ...filtersOf(query), before: query.before, limit: query.limit ?? 50 }) }),
    tailRequests: async ({ query, headers, request }) => {
      const lastId = headers['last-event-id'];
      const closed = new Promise<void>((resolve) => request.raw.once('close', resolve));
      const stream = requests.tail(filtersOf(query), lastId === undefined ? undefined : Number(lastId), closed);
      // An endless body: the stream is sent as it is written (see `send` in platform/register.ts).
      return { status: 200, headers: { 'cache-control': 'no-store', 'x-accel-buffering': 'no' }, body: stream as never };
    },
    clearRequests: async () => {
      await requests.clear();
      return { status: 204 };
    },
    listFaults: async ({ store }) => ({ status: 200, body: { items: (await store.sandbox.faults.list()).map(presentRule) } }),
    addFault: async ({ store, body }) => {
      const rule = await addRule(store, clock, body);
      await faults.reload();
      return { status: 201, body: rule };
    },
    deleteFault: async ({ store, params }) => {
      await removeRule(store, params.fault_id);
      await faults.reload();
      return { status: 204 };
    },
    clearFaults: async ({ store }) => {
      await clearRules(store);
      await faults.reload();
      return { status: 204 };
    },
    getClock: async () => ({ status: 200, body: presentClock(clock) }),
    setCustomerStatus: async ({ store, params, body, request }) => {
      const moved = await setCustomerStatus(store, providers, { tenantId: params.tenant_id, customerId: params.customer_id }, body.status, clock, (api) => deps.apiRoot(request, api));
      deps.deliveries?.kick();
      return { status: 200, body: moved };
    },
    listDeliveries: async ({ store, params, query }) => ({ status: 200, body: await listDeliveries(store, params.tenant_id, { limit: query.limit ?? 50, offset: query.offset ?? 0 }) }),
    getDelivery: async ({ store, params }) => ({ status: 200, body: await showDelivery(store, params.tenant_id, params.delivery_id) }),
    replayDelivery: async ({ store, params }) => ({
      status: 200,
      body: await replayDelivery(store, deps.deliveries ?? commandWorker(store, clock, providers), params.tenant_id, params.delivery_id, clock),
    }),
    getWebhookTargets: async ({ store }) => ({ status: 200, body: await getTargets(store) }),
    setWebhookTargets: async ({ store, body }) => ({ status: 200, body: await setTargets(store, body.targets) }),
    advanceClock: async ({ store, body }) => {
      const moved = await advanceClock(store, clock, durationMs(body.advance));
      await deps.deliveries?.runDue();
      return { status: 200, body: moved };
    },
  };
}

/** The dotted path of the first string holding a NUL in `value` (a body or a query), if any. */
function nulAt(value: unknown, path: string[] = []): string[] | undefined {
  if (typeof value === 'string') return value.includes('\0') ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, inner] of Object.entries(value)) {
    // A seed document's data is stored as JSON, which holds a NUL escaped.
    if (key === 'data' && path.at(-2) === 'documents') continue;
    const found = nulAt(inner, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/**
 * The admin API's names, kinds, filters and seed files are stored as text, which PostgreSQL cannot
 * hold with a NUL in it (it was a 500 there): a NUL in a body or query (a seed document's data
 * aside) is refused, on both databases alike, naming the field.
 */
function refusingNul<H extends Record<string, (context: any) => Promise<unknown>>>(handlers: H): H {
  const guarded = Object.entries(handlers).map(([name, handler]) => [
    name,
    (context: { body?: unknown; query?: unknown }) => {
      for (const part of ['body', 'query'] as const) {
        const path = nulAt(context[part]);
        if (path) refuse(path.join('.') || part, 'no_nul', 'may not contain a NUL character (U+0000)', part);
      }
      return handler(context);
    },
  ]);
  return Object.fromEntries(guarded) as H;
}

/** The admin API, as the platform registers it (under `/_clientele`): a contract, its handlers, the admin token, RFC 9457 errors. */
export function createAdminApi(deps: AdminDependencies): RoutedApi {
  return {
    definition: admin,
    ownTransactions: true,
    handlers: refusingNul(adminHandlers(deps)),
    authenticators: { adminToken: adminTokenAuth(deps.adminToken, deps.consoleToken) },
    errors: adminErrors,
  };
}
