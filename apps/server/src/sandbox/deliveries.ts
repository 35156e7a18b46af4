import type * as Admin from '@clientele/schemas/admin';
import type { Delivery, Store } from '@clientele/store';
import { isoMicros } from '../platform/clock.ts';
import type { Clock } from '../platform/clock.ts';
import type { RuntimeApi } from '../platform/handlers.ts';
import { fail } from '../platform/problems.ts';
import { allowedTargets, TARGETS_SETTING } from '../webhooks/targets.ts';
import { deliveryWorker, type DeliveryWorker } from '../webhooks/worker.ts';

const tenantOf = async (store: Store, tenantId: string) => (await store.tenants.get(tenantId)) ?? fail({ kind: 'not_found', resource: 'Tenant', id: tenantId });

async function present(store: Store, delivery: Delivery): Promise<Admin.Delivery> {
  const attempts = await store.outbox.attempts(delivery.tenantId, delivery.id);
  return {
    id: delivery.id,
    api: delivery.api,
    tenant_id: delivery.tenantId,
    event_id: delivery.eventId,
    endpoint_id: delivery.endpointId,
    url: delivery.url,
    state: delivery.state,
    next_attempt_at: delivery.state === 'pending' && delivery.dueUs !== null ? isoMicros(delivery.dueUs) : null,
    created_at: isoMicros(delivery.createdUs),
    attempts: attempts.map((a) => ({ n: a.n, at: isoMicros(a.atUs), url: a.url, status: a.status, duration_ms: a.durationMs, excerpt: a.excerpt, ok: a.ok })),
  };
}

export async function listDeliveries(store: Store, tenantId: string, page: { limit: number; offset: number }): Promise<Admin.DeliveryList> {
  await tenantOf(store, tenantId);
  const { items, total } = await store.outbox.deliveries({ tenantId, ...page });
  return { items: await Promise.all(items.map((delivery) => present(store, delivery))), total };
}

const deliveryOf = async (store: Store, tenantId: string, id: string) =>
  (await store.outbox.delivery(tenantId, id)) ?? (await store.outbox.delivery(tenantId, id.toLowerCase())) ?? fail({ kind: 'not_found', resource: 'Delivery', id });

export async function showDelivery(store: Store, tenantId: string, id: string): Promise<Admin.Delivery> {
  await tenantOf(store, tenantId);
  return present(store, await deliveryOf(store, tenantId, id));
}

/** One more attempt now, made before this answers (by the server's worker, or, for a command, one of its own). */
export async function replayDelivery(store: Store, worker: DeliveryWorker, tenantId: string, id: string, clock: Clock): Promise<Admin.Delivery> {
  await tenantOf(store, tenantId);
  const delivery = await deliveryOf(store, tenantId, id);
  await store.outbox.reschedule(tenantId, delivery.id, clock.nowUs());
  await worker.runDue();
  return present(store, await deliveryOf(store, tenantId, delivery.id));
}

/** A worker for commands, which run outside a server. */
export const commandWorker = (store: Store, clock: Clock, providers: readonly RuntimeApi[]) =>
  deliveryWorker({ store, clock, policies: new Map(providers.flatMap((api) => (api.events ? [[api.definition.name, api.events] as const] : []))) });

export const getTargets = async (store: Store): Promise<Admin.WebhookTargets> => ({ targets: await allowedTargets(store) });

export async function setTargets(store: Store, targets: readonly string[] | null): Promise<Admin.WebhookTargets> {
  await store.sandbox.settings.set(TARGETS_SETTING, JSON.stringify(targets));
  return getTargets(store);
}
