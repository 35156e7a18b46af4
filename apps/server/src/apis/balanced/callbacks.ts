import type * as Balanced from '@clientele/schemas/balanced';
import type { balanced } from '@clientele/schemas/balanced';
import type { Store, StoredDocument, StoredEvent } from '@clientele/store';
import { isoMicros } from '../../platform/clock.ts';
import type { Handlers } from '../../platform/handlers.ts';
import { base62 } from '../../platform/ids.ts';
import { offsetQueryOf } from '../../platform/pagination.ts';
import { fail, refuse } from '../../platform/problems.ts';
import { defineResource, type ResourceContext } from '../../platform/resources.ts';
import { endpointsAdded } from '../../webhooks/endpoints.ts';
import { emit } from '../../webhooks/events.ts';
import type { EventsPolicy } from '../../webhooks/policy.ts';
import { targetAllowed } from '../../webhooks/targets.ts';
import { presentCustomer, presentPage, type StoredCustomer } from './present.ts';

const MINUTE = 60_000;
/** Balanced documented none: 5 retries, this long after the attempt before (see the routes' description). */
export const BALANCED_RETRIES_MS = [MINUTE, 5 * MINUTE, 30 * MINUTE, 120 * MINUTE, 720 * MINUTE];

type StoredCallback = Required<Balanced.CallbackCreate>;

export const callbacks = defineResource<StoredCallback, Balanced.CallbackCreate>({
  collection: 'balanced.callbacks',
  name: 'Callback',
  newId: () => `CB${base62(22)}`,
  unique: { url: { field: 'url', value: (c) => c.url } },
  create: (body) => ({ url: body.url, method: body.method ?? 'post', revision: body.revision ?? '1.0' }),
  merge: (current) => current,
});

const presentCallback = (doc: StoredDocument<StoredCallback>): Balanced.Callback => ({ _type: 'callback', id: doc.id, uri: `/v1/callbacks/${doc.id}`, ...doc.data });

/** `customer.created` or `customer.updated`, with the customer as it is now: written in the change's transaction. */
export function customerEvent(store: Store, type: 'customer.created' | 'customer.updated', doc: StoredDocument<StoredCustomer>, nowUs: number) {
  const id = `EV${base62(30)}`;
  return emit(store, [{ api: 'balanced', tenantId: doc.tenantId, id, topic: type, resourceId: doc.id, createdUs: nowUs, body: presentCustomer(doc), endpoints: callbacks.policy.collection }]);
}

/** How its deliveries stand: one per callback registered when it happened. */
async function callbackStatuses(store: Store, event: StoredEvent): Promise<Balanced.BalancedEvent['callback_statuses']> {
  const { items } = await store.outbox.deliveries({ tenantId: event.tenantId, api: 'balanced', eventId: event.id, limit: 1000, offset: 0 });
  const statuses = { failed: 0, pending: 0, retrying: 0, succeeded: 0 };
  for (const d of items) {
    if (d.state === 'succeeded') statuses.succeeded++;
    else if (d.state === 'failed' || d.state === 'cancelled') statuses.failed++;
    else if (d.attempts > 0) statuses.retrying++;
    else statuses.pending++;
  }
  return statuses;
}

async function presentEvent(store: Store, event: StoredEvent): Promise<Balanced.BalancedEvent> {
  return {
    _type: 'event',
    id: event.id,
    uri: `/v1/events/${event.id}`,
    type: event.topic,
    occurred_at: isoMicros(event.createdUs),
    entity: event.body as Balanced.Customer,
    callback_statuses: await callbackStatuses(store, event),
  };
}

const eventOf = async (context: ResourceContext & { scope: { tenantId: string } }, id: string) =>
  (await context.store.outbox.event('balanced', context.scope.tenantId, id)) ?? fail({ kind: 'not_found', resource: 'Event', id });

export const callbackHandlers: Pick<Handlers<typeof balanced>, 'createCallback' | 'listCallbacks' | 'retrieveCallback' | 'deleteCallback' | 'listEvents' | 'retrieveEvent'> = {
  async createCallback(context) {
    if (!(await targetAllowed(context.store, context.body.url))) refuse('url', 'target_not_allowed', 'is not among the targets callbacks may be sent to in this sandbox');
    const doc = await callbacks.create(context, context.body);
    await endpointsAdded(context.store);
    return { status: 201, body: presentCallback(doc) };
  },
  async listCallbacks(context) {
    const { limit, offset } = offsetQueryOf(context.query);
    const found = await callbacks.offsetPage(context, { limit, offset });
    return { status: 200, body: presentPage('/v1/callbacks', { ...found, items: found.items.map(presentCallback) }) };
  },
  async retrieveCallback(context) {
    return { status: 200, body: presentCallback(await callbacks.get(context, context.params.callback_id)) };
  },
  async deleteCallback(context) {
    const doc = await callbacks.remove(context, context.params.callback_id);
    await context.store.outbox.setEndpointState(doc.id, 'pending', 'cancelled');
    return { status: 204 };
  },
  async listEvents(context) {
    const { limit, offset } = offsetQueryOf(context.query);
    const found = await context.store.outbox.events('balanced', context.scope.tenantId, { limit, offset });
    const items = await Promise.all(found.items.map((e) => presentEvent(context.store, e)));
    return { status: 200, body: presentPage('/v1/events', { items, total: found.total, limit, offset }) };
  },
  async retrieveEvent(context) {
    return { status: 200, body: await presentEvent(context.store, await eventOf(context, context.params.event_id)) };
  },
};

/** How clientele delivers Balanced's events (Balanced documented neither a schedule nor a signature). */
export const balancedEvents: EventsPolicy = {
  rules: { timeoutMs: 10_000, succeeded: (status) => status >= 200 && status < 300, retryDelaysMs: BALANCED_RETRIES_MS },
  async endpoints(store, tenantId) {
    const found = await store.collection<StoredCallback>(callbacks.policy.collection).page({ tenantId }, { limit: 1000, offset: 0, order: 'asc' });
    return found.items.map((doc) => ({ id: doc.id, url: doc.data.url, paused: false }));
  },
  deliveryId: () => `WH${base62(22)}`,
  async request(store, delivery, event) {
    const callback = await store.collection<StoredCallback>(callbacks.policy.collection).get({ tenantId: delivery.tenantId }, delivery.endpointId);
    if (!callback) return undefined;
    const method = callback.data.method.toUpperCase() as 'POST' | 'PUT' | 'GET';
    const body = method === 'GET' ? undefined : JSON.stringify(await presentEvent(store, event));
    const headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' };
    return { method, headers, body };
  },
};
