import { ADMIN_PREFIX } from '@clientele/schemas/admin';
import type { ProvisionedTenant } from '@clientele/server/platform';
import { loadContract } from './contract.ts';
import type { Caller, FuzzWorld } from './world.ts';

/** Never fuzzed: an endless event stream (the request log followed live), which no answer would end. */
const UNFUZZED = new Set(['tailRequests']);

/** The admin API acts for no tenant: its caller is the sandbox's operator. */
const OPERATOR: ProvisionedTenant = {
  tenant: { id: '', api: 'admin', name: 'operator', createdAt: '', meta: {} },
  scope: { tenantId: '' },
  credentials: {},
  example: () => '',
};

/**
 * The admin API (`/_clientele`) as the fuzz drives it: the operator (the admin token the server was
 * started with) owns tenants of the provider APIs, each with a credential, and fault rules, all made
 * through the admin API itself. It has no other callers: every secret of the run so far (`secrets`,
 * the providers' keys and tokens) must stay out of its answers (the request log, exports) too.
 */
export async function adminWorld(origin: string, adminToken: string, apis: readonly string[], secrets: Iterable<string>): Promise<FuzzWorld> {
  const headers = { authorization: `Bearer ${adminToken}` };
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${origin}${ADMIN_PREFIX}${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`admin ${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };

  /** A tenant of one of the APIs, its first credential's id, and a fault rule that matches nothing the run sends. */
  const around = async (i: number) => {
    const { tenant_id } = await call<{ tenant_id: string }>('POST', '/tenants', { api: apis[i % apis.length], name: `fuzz ${i}` });
    const { credentials } = await call<{ credentials: { id: string }[] }>('GET', `/tenants/${tenant_id}`);
    const fault = await call<{ id: string }>('POST', '/faults', { match: { tenant: tenant_id, operation: 'noSuchOperation' }, status: 503 });
    return { tenant_id, credential_id: credentials[0]!.id, fault_id: fault.id };
  };
  const tenantIds = async () => {
    const ids: string[] = [];
    for (let offset = 0; ; offset += 1000) {
      const { items } = await call<{ items: { id: string }[] }>('GET', `/tenants?limit=1000&offset=${offset}`);
      ids.push(...items.map((tenant) => tenant.id));
      if (items.length < 1000) return ids;
    }
  };
  // Tenants there before the run (the providers' runs) stay; those the run makes are removed at
  // each fresh start: a reset of every tenant takes one transaction per tenant, and a run that kept
  // them all (thousands, from its valid creates) would slow down as it went.
  const before = new Set(await tenantIds());
  const removeRunTenants = async () => {
    for (const id of await tenantIds()) {
      if (!before.has(id)) await fetch(`${origin}${ADMIN_PREFIX}/tenants/${encodeURIComponent(id)}`, { method: 'DELETE', headers });
    }
  };

  const byTenant = new Map<string, Record<string, string>>();
  const data = async (from: number): Promise<Omit<Caller, 'label' | 'tenant' | 'headers'>> => {
    const made = [];
    for (let i = from; i < from + 4; i++) made.push(await around(i));
    for (const params of made) byTenant.set(params.tenant_id, params);
    return { ids: made.map((p) => p.tenant_id), params: made[0]!, disposable: made[1]! };
  };

  const owner: Caller = { label: 'owner', tenant: OPERATOR, headers, ...(await data(0)) };
  const contract = loadContract('admin');
  return {
    name: 'admin',
    contract,
    operations: contract.operations.filter((op) => !UNFUZZED.has(op.id)),
    prefix: ADMIN_PREFIX,
    owner,
    others: [],
    secrets: new Set([adminToken, ...secrets]),
    samples: {
      // A tenant of the next API, for creates; other operations' bodies come from their schemas.
      body: (i) => ({ api: apis[i % apis.length], name: `fuzz sample ${i}` }),
      params: (id) => byTenant.get(id) ?? { tenant_id: id },
    },
    reauthorize: async () => {},
    freshOwner: async (from) => {
      await removeRunTenants();
      return { ...owner, ...(await data(from)) };
    },
  };
}
