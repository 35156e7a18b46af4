import { createAdminClient, type AdminClient, type AdminTypes, type ClientOptions } from '@clientele/client';
import { startReceiver, type ReceiverOptions, type WebhookReceiver } from './receiver.js';
import { API_NAMES, readyTenant, type ApiName, type ClientOf, type ExtrasOf } from './tenants.js';
import { subscribe, type WebhookTenant } from './webhooks.js';

/**
 * Everything a test process needs to reach a running sandbox: plain data, so a runner's global
 * setup can hand it to its workers (Vitest's `provide`, an environment variable for Jest).
 */
export interface SandboxConnection {
  /** `http://127.0.0.1:PORT`. */
  readonly origin: string;
  readonly adminToken: string;
  /** The APIs this sandbox offers. */
  readonly apis: readonly ApiName[];
}

export interface TenantOptions {
  /** A name for the tenant (shown in the admin API); the API's default otherwise. */
  readonly name?: string;
  /** OAuth scopes, for the APIs whose credentials carry them (Dwolla, the bank); all of them by default. */
  readonly scopes?: readonly string[];
  /** Options of its client: `throwOnError`, `maxRetries`, `timeout`, `fetch`; Ping++'s `language`. */
  readonly client?: ClientOptions & { readonly language?: string };
}

type ModeOf<O> = O extends { readonly client: { readonly throwOnError: true } } ? 'throw' : 'return';

/** A tenant made for one test: its id, its credentials (shown this once), and a ready client. */
export type SandboxTenant<A extends ApiName = ApiName, M extends 'return' | 'throw' = 'return'> = {
  readonly api: A;
  readonly id: string;
  readonly name: string;
  /** Where its API is served. */
  readonly url: string;
  /** Its secrets by the fields the API shows them as (`api_key_secret`, `client_id`, `refresh_token`, …). */
  readonly credentials: Readonly<Record<string, string>>;
  readonly client: ClientOf<M>[A];
} & ExtrasOf[A];

type TenantRef = { readonly id: string } | string;
/** Already gone (another handle removed it, or the tenant with it) is what was asked for. */
const unlessGone = (error: { status?: number }) => {
  if (error.status !== 404) throw error;
};
const idOf = (tenant: TenantRef) => (typeof tenant === 'string' ? tenant : tenant.id);

/** Which logged requests: the admin API's filters, with a tenant given as itself or its id. */
export type RequestFilter = Omit<AdminTypes.ListRequestsParams, 'tenant' | 'status'> & {
  readonly tenant?: TenantRef;
  /** `503`, `'503'` or a class, `'5xx'`. */
  readonly status?: number | string;
};

export type FaultRule = AdminTypes.FaultRule;
export type FaultRuleCreate = Omit<AdminTypes.FaultRuleCreate, 'match'> & {
  readonly match?: Omit<AdminTypes.FaultMatch, 'tenant'> & { readonly tenant?: TenantRef };
};

export interface Sandbox {
  readonly origin: string;
  /** Where each API is served (`urls.balanced` is `http://127.0.0.1:PORT/balanced`), and the admin API. */
  readonly urls: Readonly<Record<ApiName, string>> & { readonly admin: string };
  /** Where its data is, for the handle that started the server: the throwaway SQLite file (gone after close) or the PostgreSQL URL given. */
  readonly database?: string;
  /** What a worker passes to `connectSandbox` to share this server. */
  readonly connection: SandboxConnection;
  /** The admin API's client (throwing on error), for what the helpers below do not cover. */
  readonly admin: AdminClient<'throw'>;
  /** A new tenant of `api`, with ready credentials and a ready typed client. */
  tenant<A extends ApiName, const O extends TenantOptions = TenantOptions>(api: A, options?: O): Promise<SandboxTenant<A, ModeOf<O>>>;
  /**
   * Restores a tenant to what it was created with (its documents gone; its credentials kept), or,
   * without one, every tenant this handle made: other workers' tenants on a shared server are left alone.
   * Answers the ids of the tenants reset.
   */
  reset(tenant?: TenantRef): Promise<string[]>;
  /** The logged requests that match, newest first (up to `limit`, default 50; secrets redacted). */
  requests(filter?: RequestFilter): Promise<AdminTypes.RequestLogEntry[]>;
  readonly faults: {
    /** A fault for matching requests (narrow it to your tenant: `match: { tenant }`). */
    add(rule: FaultRuleCreate): Promise<FaultRule>;
    remove(rule: FaultRule | string): Promise<void>;
    /** Removes every rule this handle added (other workers' rules stay). */
    clear(): Promise<void>;
    /** Every rule on the server, in the order they are tried. */
    list(): Promise<FaultRule[]>;
  };
  readonly webhooks: {
    /** A webhook receiver on 127.0.0.1 and a free port, closed with this handle. */
    receiver(options?: ReceiverOptions): Promise<WebhookReceiver>;
    /** Registers a receiver with a Dwolla tenant (a subscription with its URL and secret) or a Balanced one (a callback); answers its id. */
    subscribe(tenant: WebhookTenant, receiver: WebhookReceiver): Promise<string>;
  };
  /** The time the APIs see; one clock per server, shared by every tenant on it. */
  readonly clock: {
    now(): Promise<Date>;
    /** Moves it forward by milliseconds or a duration (`'90s'`, `'25h'`, `'1d12h'`); answers the new time. */
    advance(by: number | string): Promise<Date>;
  };
  /** Removes what this handle made (its tenants and fault rules) and, for the handle that started the server, stops it. */
  close(): Promise<void>;
}

/** The environment variable `connectSandbox()` reads when given no connection (Jest's global setup sets it). */
export const CONNECTION_VARIABLE = 'CLIENTELE_SANDBOX';

/**
 * A handle on a running sandbox: the one `startSandbox` starts, or another worker's view of it.
 * Every handle keeps track of the tenants and fault rules it made, so `reset()`, `faults.clear()`
 * and `close()` touch only those.
 */
export function sandboxHandle(connection: SandboxConnection, owner?: { stop(): Promise<void>; throwaway: boolean; database: string }): Sandbox {
  const { origin, adminToken, apis } = connection;
  const urls = Object.fromEntries([...API_NAMES.map((api) => [api, `${origin}/${api}`]), ['admin', `${origin}/_clientele`]]) as Sandbox['urls'];
  const admin = createAdminClient({ baseUrl: urls.admin, token: adminToken, throwOnError: true, maxRetries: 0 });
  const tenants = new Set<string>();
  const rules = new Set<string>();

  const clock = {
    now: async () => new Date((await admin.getClock()).data.now),
    advance: async (by: number | string) => new Date((await admin.advanceClock({ advance: by })).data.now),
  };

  async function tenant(api: ApiName, options: TenantOptions = {}) {
    if (!apis.includes(api)) throw new Error(`this sandbox offers ${apis.join(', ')}, not ${api}`);
    const created = await admin.createTenant({ api, ...(options.name ? { name: options.name } : {}), ...(options.scopes ? { scopes: [...options.scopes] } : {}) });
    const { tenant_id: id, name, credentials } = created.data;
    tenants.add(id);
    const ready = await readyTenant[api](urls[api], credentials, options.client ?? {});
    return { api, id, name, url: urls[api], credentials, ...ready };
  }

  async function reset(which?: TenantRef): Promise<string[]> {
    const ids = which === undefined ? [...tenants] : [idOf(which)];
    const done: string[] = [];
    for (const id of ids) done.push(...(await admin.resetData({ tenant: id })).data.tenants);
    return done;
  }

  async function removeRule(id: string) {
    rules.delete(id);
    await admin.deleteFault(id).catch(unlessGone);
  }

  const faults: Sandbox['faults'] = {
    async add({ match, ...rule }) {
      const { tenant: scoped, ...rest } = match ?? {};
      const created = (await admin.addFault({ ...rule, match: { ...rest, ...(scoped === undefined ? {} : { tenant: idOf(scoped) }) } })).data;
      rules.add(created.id);
      return created;
    },
    remove: (rule) => removeRule(typeof rule === 'string' ? rule : rule.id),
    async clear() {
      for (const id of [...rules]) await removeRule(id);
    },
    list: async () => (await admin.listFaults()).data.items,
  };

  async function requests({ tenant: scoped, status, ...filter }: RequestFilter = {}) {
    const query = { ...filter, ...(scoped === undefined ? {} : { tenant: idOf(scoped) }), ...(status === undefined ? {} : { status: String(status) }) };
    return (await admin.listRequests(query)).data.items;
  }

  const receivers = new Set<WebhookReceiver>();
  const webhooks: Sandbox['webhooks'] = {
    async receiver(options) {
      const receiver = await startReceiver(options);
      receivers.add(receiver);
      return receiver;
    },
    subscribe,
  };

  let closing: Promise<void> | undefined;
  async function close() {
    for (const receiver of receivers) await receiver.close();
    receivers.clear();
    // A throwaway database goes with its server: nothing in it to tidy.
    if (!owner?.throwaway) {
      await faults.clear();
      for (const id of tenants) await admin.deleteTenant(id).catch(unlessGone);
    }
    tenants.clear();
    await owner?.stop();
  }

  return {
    origin,
    urls,
    ...(owner ? { database: owner.database } : {}),
    connection,
    admin,
    tenant: tenant as Sandbox['tenant'],
    reset,
    requests,
    faults,
    webhooks,
    clock,
    close: () => (closing ??= close()),
  };
}
