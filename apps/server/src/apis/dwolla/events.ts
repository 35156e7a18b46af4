import type * as Dwolla from '@clientele/schemas/dwolla';
import type { Store, StoredEvent } from '@clientele/store';
import { isoMillis } from '../../platform/clock.ts';
import { uuid } from '../../platform/ids.ts';
import { emit } from '../../webhooks/events.ts';
import { customerUrl, pageLinks } from './present.ts';
import { STATUS_TOPICS, type Status } from './verification.ts';

const link = (href: string) => ({ href });

/**
 * Dwolla's event for a customer: `_links` to itself, the account, the resource and the customer,
 * built from the API root the change was made through.
 */
function customerEvent(apiRoot: string, accountId: string, customerId: string, topic: string, createdUs: number) {
  const id = uuid();
  const at = isoMillis(createdUs);
  const body: Dwolla.Event = {
    _links: {
      self: link(`${apiRoot}/events/${id}`),
      account: link(`${apiRoot}/accounts/${accountId}`),
      resource: link(customerUrl(apiRoot, customerId)),
      customer: link(customerUrl(apiRoot, customerId)),
    },
    id,
    created: at,
    topic,
    resourceId: customerId,
    timestamp: at,
  };
  return { api: 'dwolla', tenantId: accountId, id, topic, resourceId: customerId, createdUs, body };
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

export const presentEvent = (event: StoredEvent) => event.body as Dwolla.Event;

export function presentEvents(apiRoot: string, { items, total }: { items: StoredEvent[]; total: number }, limit: number, offset: number): Dwolla.EventList {
  return {
    _links: pageLinks(`${apiRoot}/events`, total, offset, limit),
    _embedded: { events: items.map(presentEvent) },
    total,
  };
}
