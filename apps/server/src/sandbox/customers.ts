import type * as Admin from '@clientele/schemas/admin';
import type { Store } from '@clientele/store';
import type { Clock } from '../platform/clock.ts';
import type { RuntimeApi } from '../platform/handlers.ts';
import { fail, refuse } from '../platform/problems.ts';
import { moveStatus } from '../platform/statuses.ts';
import { servingOf } from './settings.ts';

/** Moves a tenant's customer to another status, as its API allows (the admin API's `setCustomerStatus`, `clientele customer status`). */
export async function setCustomerStatus(
  store: Store,
  providers: readonly RuntimeApi[],
  target: { readonly tenantId: string; readonly customerId: string },
  to: Admin.CustomerStatusChange['status'],
  clock: Clock,
  /** Where the customer's API is reached, for the links of the event the move emits. */
  apiRoot: (api: string) => string | Promise<string>,
): Promise<Admin.CustomerStatus> {
  const tenant = (await store.tenants.get(target.tenantId)) ?? fail({ kind: 'not_found', resource: 'Tenant', id: target.tenantId });
  const policy = providers.find((api) => api.definition.name === tenant.api)?.customerStatus;
  if (!policy) return refuse('status', 'no_status', `${tenant.api} customers have no status that moves`);
  return moveStatus(policy, store, tenant, target.customerId, to, clock, await apiRoot(tenant.api));
}

/** Where a server on this database last said it serves `api` (for commands, which run outside a server). */
export async function servedRoot(store: Store, api: string): Promise<string> {
  const serving = await servingOf(store);
  if (!serving) return `http://localhost:4010/${api}`;
  return serving.rootApi === api ? serving.origin : `${serving.origin}/${api}`;
}
