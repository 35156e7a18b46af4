import { hostname } from 'node:os';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ADMIN_PREFIX } from '@clientele/schemas/admin';
import type { Store } from '@clientele/store';
import type { Extension } from '../platform/app.ts';
import type { MovableClock } from '../platform/clock.ts';
import type { RuntimeApi } from '../platform/handlers.ts';
import type { AuthenticatedCall } from '../platform/pipeline.ts';
import { apiRootOf } from '../platform/urls.ts';
import { createAdminApi } from './admin-api.ts';
import { consoleToken } from './admin-auth.ts';
import { CONSOLE_PATH, registerConsole } from './console.ts';
import { cors } from './cors.ts';
import { describeFault, FAULT_HEADER, faultRules, inflict, parseFaultHeader } from './faults.ts';
import { requestLog } from './request-log.ts';
import type { LogDatabase } from './log-thread.ts';
import { SETTINGS } from './settings.ts';
import { forgetQuietTenants } from '../webhooks/endpoints.ts';
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
  /**
   * The database as the server opened it (`--db` and its options): the request log opens it again
   * in a thread of its own (sandbox/log-thread.ts). Without it the log is written on the request thread.
   */
  readonly database?: LogDatabase;
  /** Where probabilities and latency ranges draw from (tests fix it). */
  readonly random?: () => number;
  /** How often followers of the request log ask for new entries. */
  readonly tailPollMs?: number;
  /** The provider APIs the admin API manages (default: those served). */
  readonly providers?: readonly RuntimeApi[];
  /** The delivery of events (see webhooks/index.ts). */
  readonly deliveries?: DeliveryOptions;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's sandbox controls (tests flush its request log). */
    clienteleSandbox: Sandbox;
  }
}

/** The sandbox's controls on an app, for tests and tools. */
export interface Sandbox {
  /** Writes the request log entries this instance still holds (tests; the admin API's own reads do it too). */
  flush(): Promise<void>;
  /** Whether the request log is written in its own thread (sandbox/log-thread.ts): started, and not failed. */
  logThread(): boolean;
  /** Waits for the read of what instances share that is under way (the timer's, every `sharedStateTtlMs`), if any. */
  settled(): Promise<void>;
  /** Waits for the delivery worker's look that a write asked for, and the one under way, if any. */
  deliveriesSettled(): Promise<void>;
}

let apps = 0;

/**
 * The sandbox, as an extension of the server (composed in src/app.ts): the admin API under
 * `/_clientele`, the request log, fault injection (the request path's gate), the movable clock's
 * and fault rules' refresh from the store, CORS, and `GET /`.
 */
export function sandbox(options: SandboxOptions = {}): Extension {
  return async (app, { store, clock, mounts, registerApi }) => {
    const random = options.random ?? Math.random;
    const instance = options.instance ?? `${hostname()}:${process.pid}/${++apps}`;
    const requests = requestLog(store, clock, { limit: options.requestLogLimit ?? 0, instance, tailPollMs: options.tailPollMs, database: options.database }, app.log);
    const faults = faultRules(store, random);
    const refresh = sharedState(store, clock, faults, options.sharedStateTtlMs ?? 1000, app);
    await refresh(true);
    const allowCors = cors(options.corsOrigins);

    app.decorateRequest('clienteleLog', null);
    app.decorateRequest('clienteleFault', null);
    // Hooks on every request take Fastify's callback form: an async hook costs a promise and a turn
    // of the microtask queue each, and these rarely wait for anything.
    app.addHook('onRequest', (request, reply, done) => {
      // A preflight answered here: Fastify goes on from the reply, not from `done`.
      if (allowCors(request, reply)) return;
      const mount = request.clienteleMount;
      if (!mount) return done();
      if (mount.prefix !== ADMIN_PREFIX && requests.enabled) request.clienteleLog = { api: mount.name, startNs: process.hrtime.bigint(), logged: false };
      const reading = refresh();
      if (reading) reading.then(() => done(), done);
      else done();
    });
    // A body Fastify serializes is JSON known to parse: the log writes its text in as it is.
    app.addHook('preSerialization', (request, _reply, payload, done) => {
      if (request.clienteleLog) request.clienteleLog.serialized = true;
      done(null, payload);
    });
    app.addHook('onSend', (request, reply, payload, done) => {
      requests.record(request, reply, payload);
      done(null, payload);
    });

    const providers = options.providers ?? mounts.map((m) => m.api);
    const root = mounts.length === 1 && mounts[0]!.prefix === '' ? mounts[0]!.api : undefined;
    const prefixOf = (name: string) => (root ? (root.definition.name === name ? '' : undefined) : mounts.find((m) => m.api.definition.name === name)?.prefix) ?? `/${name}`;
    const viewer = consoleToken();
    const deliveries = registerDeliveries(app, store, clock, mounts.map((m) => m.api), options.deliveries);
    const adminApi = createAdminApi({ providers, clock, requests, faults, deliveries, adminToken: options.adminToken, consoleToken: viewer, apiRoot: (request, name) => apiRootOf(request, prefixOf(name)) });
    await registerApi(adminApi, ADMIN_PREFIX);
    if (!root) registerIndex(app, mounts);
    await registerConsole(app, viewer, { mounts, storage: store.dialect, instance });
    app.decorate('clienteleSandbox', { flush: () => requests.flush(), logThread: () => requests.inThread, settled: refresh.settled, deliveriesSettled: () => deliveries.settled() } satisfies Sandbox);
    // Entries wait a moment to be written together: those of the last moment are written at close.
    app.addHook('onClose', () => requests.close());

    return {
      /** The caller's tenant is known: the fault the request asked for, or one a rule gives it. */
      async gate(request: FastifyRequest, reply: FastifyReply, call: AuthenticatedCall): Promise<boolean> {
        const header = options.faultHeader === false ? undefined : request.headers[FAULT_HEADER];
        const fault = typeof header === 'string' ? parseFaultHeader(header) : await faults.choose(call, request.method);
        if (!fault) return true;
        request.clienteleFault = describeFault(fault);
        return inflict(fault, request, reply, random, () => requests.record(request, reply, null, 0));
      },
    };
  };
}

/**
 * This instance's view of what instances share: the clock's offset, the fault rules and whether
 * credentials changed (another instance rotated or revoked one: found credentials are forgotten)
 * or a tenant may have gained an endpoint (the delivery workers forget which tenants had none).
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
    if (seen !== undefined && changed(SETTINGS.generation('endpoints'))) forgetQuietTenants();
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
  return Object.assign((force = false): Promise<void> | undefined => (force || ttlMs === 0 ? refresh() : undefined), {
    settled: async () => void (await reading),
  });
}

/** `GET /`: where everything is, for a newcomer (browsers are sent to the reference). */
function registerIndex(app: FastifyInstance, mounts: readonly { readonly api: RuntimeApi; readonly prefix: string }[]) {
  app.get('/', async (request, reply) => {
    if (/text\/html/.test(request.headers.accept ?? '')) return reply.redirect('/docs/', 302);
    return {
      name: 'clientele',
      docs: '/docs/',
      specs: '/specs',
      health: '/healthz',
      apis: mounts.map(({ api, prefix }) => ({ name: api.definition.name, title: api.definition.title, root: prefix, reference: `/docs/${api.definition.name}/` })),
      console: CONSOLE_PATH,
      admin: { root: `${ADMIN_PREFIX}/`, reference: '/docs/admin/', spec: '/specs/admin/openapi.json', seed_schema: '/specs/admin/seed.schema.json' },
    };
  });
}
