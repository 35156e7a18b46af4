import type { Store } from '@clientele/store';
import { systemClock, type ProvisionedTenant, type Samples, type ServerApi } from '@clientele/server/platform';
import { loadContract, type Contract, type SpecOperation } from './contract.ts';

/** A caller of an API: its tenant (in one mode), the headers its client sends, and what it owns. */
export interface Caller {
  readonly label: string;
  readonly tenant: ProvisionedTenant;
  readonly mode?: string;
  headers: Record<string, string>;
  /** Its sample resources, oldest first. */
  readonly ids: readonly string[];
  /** Path parameters that reach every route around its first sample (the sample, its children, a token). */
  readonly params: Readonly<Record<string, string>>;
  /** The same around its second sample: what deletes address, so the first lives on. */
  readonly disposable: Readonly<Record<string, string>>;
}

/**
 * An API as the fuzz drives it: its contract (the emitted spec), a caller that owns sample data,
 * and callers whose data it must never reach: another tenant, and the same tenant's other mode
 * where the API has modes.
 */
export interface FuzzWorld {
  readonly name: string;
  readonly contract: Contract;
  /** The operations requests are generated for (all of the contract's, unless one cannot be fuzzed). */
  readonly operations: readonly SpecOperation[];
  /** Where the API is mounted (`/<name>`). */
  readonly prefix: string;
  readonly owner: Caller;
  readonly others: readonly Caller[];
  /** Every secret the callers hold (keys, client secrets, passwords, tokens): none may ever be echoed or logged. */
  readonly secrets: Set<string>;
  /** Sample bodies, the path parameters around a sample, and create bodies prepared ahead (for creates that consume a token). */
  readonly samples: Pick<Samples, 'body' | 'params' | 'prepareCreates'>;
  /** Gets fresh headers for every caller (OAuth tokens expire), from the server at `origin` (a restarted one may have moved). */
  reauthorize(origin?: string): Promise<void>;
  /** New sample data for the owner (numbered from `from`), for runs long enough to wear the first out. */
  freshOwner(from: number): Promise<Caller>;
}

/** A provider API as a tool drives it, read off its registration. */
export interface ApiWorld extends FuzzWorld {
  readonly api: ServerApi;
}

/** A new tenant in `scope`'s place, for callers acting in another mode of the same tenant. */
const inMode = (tenant: ProvisionedTenant, mode: string): ProvisionedTenant => ({ ...tenant, scope: { ...tenant.scope, mode } });

/** Values worth hiding: anything in credentials long enough to be a secret, and bearer tokens. */
function secretsOf(credentials: Readonly<Record<string, string>>, headers: Record<string, string>): string[] {
  const values = Object.entries(credentials)
    .filter(([name, value]) => /secret|password|token|key/i.test(name) && value.length >= 12)
    .map(([, value]) => value);
  const bearer = /^Bearer\s+(\S+)/i.exec(headers.authorization ?? '')?.[1];
  return bearer ? [...values, bearer] : values;
}

export async function buildWorld(api: ServerApi, store: Store, origin: string, options: { samples?: number; victimFrom?: number } = {}): Promise<ApiWorld> {
  const name = api.definition.name;
  const prefix = `/${name}`;
  const apiRoot = `${origin}${prefix}`;
  const clock = systemClock;
  const secrets = new Set<string>();
  const count = options.samples ?? 4;

  /** Samples numbered from `from` in the tenant's scope, and the parameters around the first two. */
  async function data(acting: ProvisionedTenant, from: number) {
    const ids = await api.samples.insert(store, acting.scope, { from, count }, clock);
    const around = async (id: string) => ({ ...api.samples.params(id, acting), ...(await api.samples.related?.(store, acting, id, clock)) });
    return { ids, params: await around(ids[0]!), disposable: await around(ids[1]!) };
  }

  async function caller(label: string, tenant: ProvisionedTenant, from: number, mode?: string): Promise<Caller> {
    const acting = mode ? inMode(tenant, mode) : tenant;
    const { ids, params, disposable } = await data(acting, from);
    const headers = await api.authorize(tenant.credentials, { apiRoot, fetch, ...(mode ? { mode } : {}) });
    for (const secret of secretsOf(tenant.credentials, headers)) secrets.add(secret);
    return { label, tenant: acting, ...(mode ? { mode } : {}), headers, ids, params, disposable };
  }

  const ownerTenant = await api.provisionTenant(store, { name: 'owner' });
  const owner = await caller('owner', ownerTenant, 0);
  const victimFrom = options.victimFrom ?? 900_000;
  const others = [await caller('another tenant', await api.provisionTenant(store, { name: 'victim' }), victimFrom)];
  for (const mode of api.modes?.slice(1) ?? []) others.push(await caller(`the ${mode} mode`, ownerTenant, victimFrom + count, mode));

  const contract = loadContract(name);
  return {
    api,
    name,
    contract,
    operations: contract.operations,
    samples: api.samples,
    async freshOwner(from) {
      return { ...owner, ...(await data(owner.tenant, from)) };
    },
    prefix,
    owner,
    others,
    secrets,
    async reauthorize(at = origin) {
      for (const each of [owner, ...others]) {
        each.headers = await api.authorize(each.tenant.credentials, { apiRoot: `${at}${prefix}`, fetch, ...(each.mode ? { mode: each.mode } : {}) });
        for (const secret of secretsOf(each.tenant.credentials, each.headers)) secrets.add(secret);
      }
    },
  };
}

/** The concrete path of `operation` (below the origin) for `params`; parameters it lacks stay as their names. */
export const pathOf = (world: FuzzWorld, operation: SpecOperation, params: Readonly<Record<string, string>>) =>
  `${world.prefix}${operation.path.replace(/\{([^}]+)\}/g, (_, key: string) => encodeURIComponent(params[key] ?? key))}`;

/** The GET operations that read one thing the caller owns: every parameter they take is one its params give. */
export const readsOf = (world: FuzzWorld, caller: Caller) =>
  world.contract.operations.filter((op) => op.method === 'GET' && op.pathParams.length > 0 && op.pathParams.every((p) => p in caller.params));

/** What a caller's data reads as, by path: compared before and after a run to show nothing changed it. */
export async function snapshot(world: FuzzWorld, origin: string, caller: Caller): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  for (const id of caller.ids) {
    const params = { ...caller.params, ...world.samples.params(id, caller.tenant) };
    for (const op of readsOf(world, caller)) {
      const path = pathOf(world, op, params);
      if (seen.has(path)) continue;
      const response = await fetch(`${origin}${path}`, { headers: caller.headers });
      seen.set(path, `${response.status} ${await response.text()}`);
    }
  }
  return seen;
}
