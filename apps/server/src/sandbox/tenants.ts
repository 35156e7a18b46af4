import type * as Admin from '@clientele/schemas/admin';
import { StoreUnavailable, UniqueViolation, type Store, type Tenant } from '@clientele/store';
import type { Clock } from '../platform/clock.ts';
import type { ProvisionedTenant, ProvisionOptions, RuntimeApi } from '../platform/handlers.ts';
import { fail } from '../platform/problems.ts';
import { labelCredentials, presentCredential, recordingCredentials } from './credentials.ts';
import { saveBaseline } from './data.ts';
import { bumpGeneration } from './settings.ts';

/**
 * Creates a tenant the way every entry point does (the dev tenant at first start, `clientele tenant
 * create`, the admin API): the API provisions it, the forms and labels of its credentials are
 * recorded (for lists and rotations), and its data now becomes its baseline (what a reset restores).
 */
export async function provision(api: RuntimeApi, store: Store, options: ProvisionOptions & { readonly clock: Clock }): Promise<ProvisionedTenant> {
  const recording = recordingCredentials(store);
  const provisioned = await api.provisionTenant(recording.store, options);
  await labelCredentials(store, recording.created, provisioned.credentials);
  await saveBaseline(store, provisioned.tenant.id);
  return provisioned;
}

export const presentTenant = (tenant: Tenant): Admin.Tenant => ({
  id: tenant.id,
  api: tenant.api,
  name: tenant.name,
  created_at: new Date(tenant.createdAt).toISOString(),
});

export async function listTenants(store: Store, query: { api?: string; limit: number; offset: number }) {
  const tenants = await store.sandbox.tenants.list(query.api);
  return { items: tenants.slice(query.offset, query.offset + query.limit).map(presentTenant), total: tenants.length };
}

export async function showTenant(store: Store, tenantId: string): Promise<Admin.TenantDetail> {
  const tenant = (await store.tenants.get(tenantId)) ?? fail({ kind: 'not_found', resource: 'Tenant', id: tenantId });
  const [credentials, documents, baseline] = await Promise.all([
    store.sandbox.credentials.list(tenant.id),
    store.sandbox.tenants.counts(tenant.id),
    store.sandbox.baselines.get(tenant.id),
  ]);
  return {
    ...presentTenant(tenant),
    meta: tenant.meta,
    credentials: credentials.map(presentCredential),
    documents,
    baseline: baseline === undefined ? 0 : (JSON.parse(baseline) as unknown[]).length,
  };
}

/** The validation problem of an `api` field that names no API this server manages. */
export const unknownApi = (providers: readonly RuntimeApi[], field = 'api'): never =>
  fail({ kind: 'validation', issues: [{ part: 'body', pointer: `/${field}`, field, code: 'invalid', message: `is not an API of this server (${providers.map((p) => p.definition.name).join(', ')})` }] });

export async function createTenant(store: Store, providers: readonly RuntimeApi[], body: Admin.TenantCreate, context: { clock: Clock; root: (api: string) => string }): Promise<Admin.ProvisionedTenant> {
  const api = providers.find((p) => p.definition.name === body.api) ?? unknownApi(providers);
  let created: ProvisionedTenant;
  try {
    created = await provision(api, store, { name: body.name, scopes: body.scopes, clock: context.clock });
  } catch (error) {
    // What an API refuses of the options (a scope it does not know, scopes where it has none) is the caller's to fix.
    const fromStore = error instanceof StoreUnavailable || error instanceof UniqueViolation || (error as { code?: unknown }).code !== undefined;
    if (error instanceof Error && !fromStore) {
      return fail({ kind: 'validation', issues: [{ part: 'body', pointer: '/scopes', field: 'scopes', code: 'invalid', message: error.message }] });
    }
    throw error;
  }
  const name = api.definition.name;
  return { api: name, tenant_id: created.tenant.id, name: created.tenant.name, credentials: { ...created.credentials }, example: created.example(context.root(name)) };
}

export async function deleteTenant(store: Store, tenantId: string): Promise<void> {
  if (!(await store.sandbox.tenants.remove(tenantId))) fail({ kind: 'not_found', resource: 'Tenant', id: tenantId });
  await bumpGeneration(store, 'credentials');
}
