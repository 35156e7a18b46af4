import type { Scope, Store, StoredDocument, Tenant } from '@clientele/store';
import type { Clock } from './clock.ts';
import { fail, refuse } from './problems.ts';
import type { ResourceContext } from './resources.ts';

export type StatusValue = string | boolean;

type Located = { readonly scope: Scope; readonly doc: StoredDocument<Record<string, unknown>> };
/** `apiRoot`: where the API is reached, for the links of the event a move emits. */
export type StatusContext = ResourceContext & { readonly scope: Scope; readonly tenant: Tenant; readonly apiRoot: string };

/**
 * A customer field that the provider moves after its own checks (Dwolla's `status`, Balanced's
 * `is_identity_verified`, the bank's `kyc_status`), and the moves its API allows.
 */
export interface StatusPolicy {
  /** The customer field, as the API names it. */
  readonly field: string;
  readonly collection: string;
  /** From each value, the values it may move to; a value absent here moves nowhere. */
  readonly transitions: readonly (readonly [from: StatusValue, to: readonly StatusValue[]])[];
  /** The customer and where it lives; the `not_found` problem when there is none. */
  locate(context: StatusContext, customerId: string): Promise<Located>;
  /** What else the move writes in its transaction (its event, where the API has events). */
  readonly moved?: (context: StatusContext, doc: StoredDocument<Record<string, unknown>>, from: StatusValue, to: StatusValue) => Promise<void>;
}

const shown = (values: readonly StatusValue[]) => (values.length ? values.map((v) => JSON.stringify(v)).join(', ') : 'nothing');

/**
 * Moves a customer's status field, refusing any move its API does not allow (a 400 naming
 * `status`); the read, the write and what the API adds (its event) are one transaction.
 */
export async function moveStatus(policy: StatusPolicy, store: Store, tenant: Tenant, customerId: string, to: StatusValue, clock: Clock, apiRoot: string) {
  const context: StatusContext = { store, clock, tenant, apiRoot, scope: { tenantId: tenant.id } };
  return store.atomically(async () => {
    const { scope, doc } = await policy.locate(context, customerId);
    const from = doc.data[policy.field] as StatusValue;
    const allowed = policy.transitions.find(([value]) => value === from)?.[1] ?? [];
    if (!allowed.includes(to)) {
      const values = [...new Set(policy.transitions.flatMap(([value, next]) => [value, ...next]))];
      if (!values.includes(to)) refuse('status', 'unknown_status', `must be one of ${shown(values)} (the ${policy.field} of a ${tenant.api} customer)`);
      refuse('status', 'transition_not_allowed', `${policy.field} cannot move from ${JSON.stringify(from)} to ${JSON.stringify(to)}; from ${JSON.stringify(from)} it may move to ${shown(allowed)}`);
    }
    const moved = await store.collection<Record<string, unknown>>(policy.collection).update(scope, doc.id, (current) => ({ data: { ...current, [policy.field]: to } }));
    if (!moved) return fail({ kind: 'not_found', resource: 'Customer', id: customerId });
    await policy.moved?.(context, moved, from, to);
    return { api: tenant.api, tenant_id: tenant.id, customer_id: moved.id, field: policy.field, from, to };
  });
}
