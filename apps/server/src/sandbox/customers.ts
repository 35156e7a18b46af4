import type * as Admin from '@clientele/schemas/admin';
import type { Store } from '@clientele/store';
import type { Clock } from '../platform/clock.ts';
import type { ServerApi } from '../platform/handlers.ts';
import { fail, refuse } from '../platform/problems.ts';
import { moveStatus } from '../platform/statuses.ts';

/** Moves a tenant's customer to another status, as its API allows (the admin API's `setCustomerStatus`, `clientele customer status`). */
export async function setCustomerStatus(
  store: Store,
  providers: readonly ServerApi[],
  target: { readonly tenantId: string; readonly customerId: string },
  to: Admin.CustomerStatusChange['status'],
  clock: Clock,
): Promise<Admin.CustomerStatus> {
  const tenant = (await store.tenants.get(target.tenantId)) ?? fail({ kind: 'not_found', resource: 'Tenant', id: target.tenantId });
  const policy = providers.find((api) => api.definition.name === tenant.api)?.customerStatus;
  if (!policy) return refuse('status', 'no_status', `${tenant.api} customers have no status that moves`);
  return moveStatus(policy, store, tenant, target.customerId, to, clock);
}
