import { hostname } from 'node:os';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ADMIN_PREFIX } from '@clientele/schemas/admin';
import type { Store } from '@clientele/store';
import type { MovableClock } from '../platform/clock.ts';
import type { ServerApi } from '../platform/handlers.ts';
import { registerApi, type AuthenticatedCall, type ProblemAnswers } from '../platform/register.ts';
import { apiRootOf } from '../platform/urls.ts';
import { createAdminApi } from './admin-api.ts';
import { cors } from './cors.ts';
import { describeFault, FAULT_HEADER, faultRules, inflict, parseFaultHeader } from './faults.ts';
import { requestLog } from './request-log.ts';
import { SETTINGS } from './settings.ts';
import { registerDeliveries, type DeliveryOptions } from '../webhooks/index.ts';

export interface SandboxOptions {
  /** `--admin-token`; without it the admin API takes the token stored at first start, from loopback clients only. */
  readonly adminToken?: string;
  /** Request log entries kept per API and tenant; 0 (the default here; the server command keeps 1000) turns it off. */
  readonly requestLogLimit?: number;
  /** Whether a request may ask for its own fault with `Clientele-Fault` (default true). */
  readonly faultHeader?: boolean;
  /**
   * How old this instance's copy of what instances share (the clock, fault rules, changed
   * credentials) may be before a request reads it again; 0 reads it for every request (tests).
   */
  readonly sharedStateTtlMs?: number;
  /** Origins browsers may call from (`*` for any); loopback origins when undefined. */
  readonly corsOrigins?: readonly string[];
  /** Names this instance in the request log (default host, process and a number per app). */
  readonly instance?: string;
  /** Where probabilities and latency ranges draw from (tests fix it). */
  readonly random?: () => number;
  /** How often followers of the request log ask for new entries. */
  readonly tailPollMs?: number;
  /** The provider APIs the admin API manages (default: those served). */
  readonly providers?: readonly ServerApi[];
  /** The delivery of events (see webhooks/index.ts). */
  readonly deliveries?: DeliveryOptions;
}

/** What `buildApp` tells the sandbox about the app. */
export interface SandboxContext {
  readonly store: Store;
  readonly clock: MovableClock;
  /** The provider APIs served, and where. */
  readonly mounts: readonly { readonly api: ServerApi; readonly prefix: string }[];
  readonly bodyLimit: number;
  readonly compiledSerializers?: boolean;
}

/** Paths of the server's own (never a provider's, even at the root of a port). */
const OWN_PATHS = /^\/(_clientele|docs|specs|healthz)(\/|\?|$)/;

let apps = 0;

/**
 * The sandbox controls on an app: the admin API under `/_clientele`, the request log, fault
 * injection, the movable clock's and fault rules' refresh from the store, CORS, and `GET /`.
 * Registered before the APIs, so its hooks run for their routes; they call `onAuthenticated`.
 */
export async function registerSandbox(app: FastifyInstance, context: SandboxContext, options: SandboxOptions = {}) {
  const { store, clock, mounts } = context;
  const random = options.random ?? Math.random;
  const requests = requestLog(
    store,
    clock,
    { limit: options.requestLogLimit ?? 0, instance: options.instance ?? `${hostname()}:${process.pid}/${++apps}`, tailPollMs: options.tailPollMs },
    app.log,
  );
  const faults = faultRules(store, random);
  const refresh = sharedState(store, clock, faults, options.sharedStateTtlMs ?? 1000, app);
  await refresh(true);
  const allowCors = cors(options.corsOrigins);

  const root = mounts.length === 1 && mounts[0]!.prefix === '' ? mounts[0]!.api : undefined;
  const apiOf = (url: string) => {
    if (OWN_PATHS.test(url)) return undefined;
    return root?.definition.name ?? mounts.find(({ prefix }) => url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`))?.api.definition.name;
  };

  app.decorateRequest('clienteleLog', null);
  app.decorateRequest('clienteleTenant', null);
  app.decorateRequest('clienteleFault', null);
  // Hooks on every request take Fastify's callback form: an async hook costs a promise and a turn
  // of the microtask queue each, and these rarely wait for anything.
  app.addHook('onRequest', (request, reply, done) => {
    // A preflight answered here: Fastify goes on from the reply, not from `done`.
    if (allowCors(request, reply)) return;
    const api = apiOf(request.url);
    if (api === undefined && !request.url.startsWith(ADMIN_PREFIX)) return done();
    if (api !== undefined && requests.enabled) request.clienteleLog = { api, startNs: process.hrtime.bigint(), logged: false };
    const reading = refresh();
    if (reading) reading.then(() => done(), done);
    else done();
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    requests.record(request, reply, payload);
    done(null, payload);
  });

  const providers = options.providers ?? mounts.map((m) => m.api);
  const prefixOf = (name: string) => (root ? (root.definition.name === name ? '' : undefined) : mounts.find((m) => m.api.definition.name === name)?.prefix) ?? `/${name}`;
  const deliveries = registerDeliveries(app, store, clock, mounts.map((m) => m.api), apiOf, options.deliveries);
  const adminApi = createAdminApi({ providers, clock, requests, faults, deliveries, adminToken: options.adminToken, apiRoot: (request, name) => apiRootOf(request, prefixOf(name)) });
  const adminAnswers: ProblemAnswers = await registerApi(app, adminApi, { prefix: ADMIN_PREFIX, store, clock, bodyLimit: context.bodyLimit, compiledSerializers: context.compiledSerializers });
  if (!root) registerIndex(app, mounts);

  return {
    adminAnswers,
    /** Writes the request log entries this instance still holds (tests; the admin API's own reads do it too). */
    flush: () => requests.flush(),
    /** After authentication: the caller's tenant for the log, then the fault the request asked for or a rule gives it. */
    async onAuthenticated(request: FastifyRequest, reply: FastifyReply, call: AuthenticatedCall): Promise<boolean> {
      request.clienteleTenant = call.tenantId ?? null;
      const header = options.faultHeader === false ? undefined : request.headers[FAULT_HEADER];
      const fault = typeof header === 'string' ? parseFaultHeader(header) : await faults.choose(call, request.method);
      if (!fault) return true;
      request.clienteleFault = describeFault(fault);
      return inflict(fault, request, reply, random, () => requests.record(request, reply, null, 0));
    },
  };
}

export type Sandbox = Awaited<ReturnType<typeof registerSandbox>>;

/**
 * This instance's view of what instances share: the clock's offset, the fault rules and whether
 * credentials changed (another instance rotated or revoked one: found credentials are forgotten).
 * A store out of reach leaves it as it was.
 */
function sharedState(store: Store, clock: MovableClock, faults: ReturnType<typeof faultRules>, ttlMs: number, app: FastifyInstance) {
  let seen: Record<string, string> | undefined;
  let reading: Promise<void> | undefined;
  const read = async () => {
    const settings = await store.sandbox.settings.all();
    clock.moveTo(Number(JSON.parse(settings[SETTINGS.clockOffset] ?? '0')));
    const changed = (key: string) => seen === undefined || settings[key] !== seen[key];
    if (changed(SETTINGS.generation('faults'))) await faults.reload();
    if (seen !== undefined && changed(SETTINGS.generation('credentials'))) store.sandbox.credentials.forget();
    seen = settings;
  };
  const refresh = () =>
    (reading ??= read()
      .catch((error: unknown) => app.log.warn({ err: error }, 'could not read the sandbox settings'))
      .finally(() => (reading = undefined)));
  // Read every `ttlMs` in the background, so requests never wait on a database slow to answer and
  // what another instance changed applies here within `ttlMs`, whether or not requests come.
  if (ttlMs > 0) {
    const timer = setInterval(refresh, ttlMs).unref();
    app.addHook('onClose', async () => clearInterval(timer));
  }
  /** Reads now when forced (at start), or for every request with a ttl of 0 (each must see every change); else nothing to wait for. */
  return (force = false): Promise<void> | undefined => (force || ttlMs === 0 ? refresh() : undefined);
}

/** `GET /`: where everything is, for a newcomer (browsers are sent to the reference). */
function registerIndex(app: FastifyInstance, mounts: SandboxContext['mounts']) {
  app.get('/', async (request, reply) => {
    if (/text\/html/.test(request.headers.accept ?? '')) return reply.redirect('/docs/', 302);
    return {
      name: 'clientele',
      docs: '/docs/',
      specs: '/specs',
      health: '/healthz',
      apis: mounts.map(({ api, prefix }) => ({ name: api.definition.name, title: api.definition.title, root: prefix, reference: `/docs/${api.definition.name}/` })),
      admin: { root: `${ADMIN_PREFIX}/`, reference: '/docs/admin/', spec: '/specs/admin/openapi.json', seed_schema: '/specs/admin/seed.schema.json' },
    };
  });
}
