import type * as Dwolla from '@clientele/schemas/dwolla';
import type { Store, StoredEvent } from '@clientele/store';
import { isoMillis } from '../../platform/clock.ts';
import { uuid } from '../../platform/ids.ts';
import { emit } from '../../webhooks/events.ts';
import { customerUrl, pageLinks } from './present.ts';
import { STATUS_TOPICS, type Status } from './verification.ts';

const link = (href: string) => ({ href });

/** Where an account's webhook subscriptions live: its events' endpoints. */
export const SUBSCRIPTIONS_COLLECTION = 'dwolla.webhook_subscriptions';

/**
 * An event as stored: its links as paths, and the API root the change was made through (where its
 * webhooks point). Reads present it with the reader's root, so every `href` names the host the
 * caller reached.
 */
interface StoredDwollaEvent {
  readonly root: string;
  readonly event: Dwolla.Event;
}

/** Dwolla's event for a customer: `_links` to itself, the account, the resource and the customer. */
function customerEvent(apiRoot: string, accountId: string, customerId: string, topic: string, createdUs: number) {
  const id = uuid();
  const at = isoMillis(createdUs);
  const event: Dwolla.Event = {
    _links: {
      self: link(`/events/${id}`),
      account: link(`/accounts/${accountId}`),
      resource: link(customerUrl('', customerId)),
      customer: link(customerUrl('', customerId)),
    },
    id,
    created: at,
    topic,
    resourceId: customerId,
    timestamp: at,
  };
  const body: StoredDwollaEvent = { root: apiRoot, event };
  return { api: 'dwolla', tenantId: accountId, id, topic, resourceId: customerId, createdUs, body, endpoints: SUBSCRIPTIONS_COLLECTION };
}

/** `customer_created`, and for a verified customer the topic of the status it starts in. */
export function customerCreated(store: Store, apiRoot: string, accountId: string, customerId: string, status: Status, createdUs: number) {
  const topics = ['customer_created', ...(status === 'unverified' ? [] : [STATUS_TOPICS[status]!])];
  return emit(store, topics.map((topic) => customerEvent(apiRoot, accountId, customerId, topic, createdUs)));
}

/** The topic of the status a customer moved to. */
export function customerMoved(store: Store, apiRoot: string, accountId: string, customerId: string, status: Status, createdUs: number) {
  const topic = STATUS_TOPICS[status];
  return topic ? emit(store, [customerEvent(apiRoot, accountId, customerId, topic, createdUs)]) : Promise.resolve();
}

/** The event with its links under `apiRoot`; by default the root it was made through (what its webhooks carry). */
export function presentEvent(event: StoredEvent, apiRoot?: string): Dwolla.Event {
  const stored = event.body as StoredDwollaEvent;
  const root = apiRoot ?? stored.root;
  const links = Object.fromEntries(Object.entries(stored.event._links).map(([name, value]) => [name, link(`${root}${value!.href}`)]));
  return { ...stored.event, _links: links as Dwolla.Event['_links'] };
}

export function presentEvents(apiRoot: string, { items, total }: { items: StoredEvent[]; total: number }, limit: number, offset: number): Dwolla.EventList {
  return {
    _links: pageLinks(`${apiRoot}/events`, total, offset, limit),
    _embedded: { events: items.map((event) => presentEvent(event, apiRoot)) },
    total,
  };
}
