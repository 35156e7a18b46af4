import type * as Dwolla from '@clientele/schemas/dwolla';
import type { dwolla } from '@clientele/schemas/dwolla';
import type { Delivery, DeliveryAttempt, Scope, Store, StoredDocument } from '@clientele/store';
import { isoMillis, type Clock } from '../../platform/clock.ts';
import type { Handlers } from '../../platform/handlers.ts';
import { uuid } from '../../platform/ids.ts';
import { offsetQueryOf } from '../../platform/pagination.ts';
import { fail, refuse } from '../../platform/problems.ts';
import { defineResource, within, type ResourceContext } from '../../platform/resources.ts';
import { endpointsAdded } from '../../webhooks/endpoints.ts';
import type { EventsPolicy, Outgoing } from '../../webhooks/policy.ts';
import { hmacSha256Hex } from '../../webhooks/signatures.ts';
import { targetAllowed } from '../../webhooks/targets.ts';
import { customerCreated, presentEvent, presentEvents, SUBSCRIPTIONS_COLLECTION } from './events.ts';
import { pageLinks } from './present.ts';

/** Dwolla's Sandbox allows 10 subscriptions per account (Production 5). */
export const MAX_SUBSCRIPTIONS = 10;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Dwolla's retries: 8 over 72 hours, each this long after the attempt before. */
export const DWOLLA_RETRIES_MS = [15 * MINUTE, 45 * MINUTE, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, 24 * HOUR, 24 * HOUR];
/** A subscription is paused after this many consecutive failures, once 24 hours passed since its last success. */
const PAUSE_AFTER_FAILURES = 400;
const PAUSE_AFTER_MS = 24 * HOUR;

export interface StoredSubscription {
  readonly url: string;
  readonly secret: string;
  readonly paused: boolean;
  readonly consecutiveFailures: number;
  /** When it last received a webhook (microseconds); null: never yet. */
  readonly lastSuccessUs: number | null;
}

export const subscriptions = defineResource<StoredSubscription, Dwolla.WebhookSubscriptionCreateBody, { paused: boolean }>({
  collection: SUBSCRIPTIONS_COLLECTION,
  name: 'Webhook subscription',
  newId: () => uuid(),
  canonicalId: (id) => id.toLowerCase(),
  create: (body) => ({ url: body.url, secret: body.secret, paused: false, consecutiveFailures: 0, lastSuccessUs: null }),
  merge: (current, body) => ({ ...current, paused: body.paused, ...(body.paused ? {} : { consecutiveFailures: 0 }) }),
});

/** Retries asked for with `POST /webhooks/{id}/retries`, kept under their webhook. */
const retries = defineResource<{ readonly atUs: number }, { readonly atUs: number }>({
  collection: 'dwolla.webhook_retries',
  name: 'Webhook retry',
  newId: () => uuid(),
  canonicalId: (id) => id.toLowerCase(),
  create: (body) => body,
  merge: (current) => current,
});

const link = (href: string) => ({ href });
const subscriptionUrl = (root: string, id: string) => `${root}/webhook-subscriptions/${id}`;
const webhookUrl = (root: string, id: string) => `${root}/webhooks/${id}`;

function presentSubscription(root: string, doc: StoredDocument<StoredSubscription>): Dwolla.WebhookSubscription {
  return {
    _links: { self: link(subscriptionUrl(root, doc.id)), webhooks: link(`${subscriptionUrl(root, doc.id)}/webhooks`) },
    id: doc.id,
    url: doc.data.url,
    paused: doc.data.paused,
    created: isoMillis(doc.createdUs),
  };
}

/** What Dwolla sends: the event's JSON, its topic, and the body's HMAC keyed with the subscription's secret. */
function outgoing(secret: string, topic: string, event: unknown): Outgoing {
  const body = JSON.stringify(event);
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dwolla-topic': topic, 'x-request-signature-sha-256': hmacSha256Hex(secret, body) },
    body,
  };
}

async function presentWebhook(root: string, store: Store, delivery: Delivery): Promise<Dwolla.Webhook> {
  const [event, attempts, subscription] = await Promise.all([
    store.outbox.event('dwolla', delivery.tenantId, delivery.eventId),
    store.outbox.attempts(delivery.tenantId, delivery.id),
    store.collection<StoredSubscription>(subscriptions.policy.collection).get({ tenantId: delivery.tenantId }, delivery.endpointId),
  ]);
  const sent = event && subscription ? outgoing(subscription.data.secret, event.topic, presentEvent(event)) : undefined;
  const presentAttempt = (attempt: DeliveryAttempt): Dwolla.WebhookAttempt => ({
    id: `${delivery.id}-${attempt.n}`,
    request: {
      timestamp: isoMillis(attempt.atUs),
      url: attempt.url,
      headers: Object.entries(sent?.headers ?? {}).map(([name, value]) => ({ name, value })),
      body: sent?.body ?? '',
    },
    response: {
      timestamp: isoMillis(attempt.atUs + attempt.durationMs * 1000),
      headers: [],
      statusCode: attempt.status ?? 0,
      body: attempt.excerpt,
      durationMs: attempt.durationMs,
    },
  });
  return {
    _links: {
      self: link(webhookUrl(root, delivery.id)),
      subscription: link(subscriptionUrl(root, delivery.endpointId)),
      retry: link(`${webhookUrl(root, delivery.id)}/retries`),
      event: link(`${root}/events/${delivery.eventId}`),
    },
    id: delivery.id,
    topic: event?.topic ?? '',
    accountId: delivery.tenantId,
    eventId: delivery.eventId,
    subscriptionId: delivery.endpointId,
    attempts: attempts.reverse().map(presentAttempt),
  };
}

const retriesUrl = (root: string, webhookId: string) => `${webhookUrl(root, webhookId)}/retries`;

/** A retry as Dwolla lists it; its `self` is the URL `POST /webhooks/{id}/retries` answered in `Location`. */
const presentRetry = (root: string, webhookId: string, doc: StoredDocument<{ readonly atUs: number }>): Dwolla.WebhookRetry => ({
  _links: { self: link(`${retriesUrl(root, webhookId)}/${doc.id}`), webhook: link(webhookUrl(root, webhookId)) },
  id: doc.id,
  timestamp: isoMillis(doc.data.atUs),
});

const webhookOf = async (context: ResourceContext & { scope: { tenantId: string } }, id: string) =>
  (await context.store.outbox.delivery(context.scope.tenantId, id.toLowerCase())) ?? fail({ kind: 'not_found', resource: 'Webhook', id });

type WebhookHandlers = Pick<
  Handlers<typeof dwolla>,
  | 'createWebhookSubscription'
  | 'listWebhookSubscriptions'
  | 'retrieveWebhookSubscription'
  | 'updateWebhookSubscription'
  | 'deleteWebhookSubscription'
  | 'listSubscriptionWebhooks'
  | 'retrieveWebhook'
  | 'listWebhookRetries'
  | 'retrieveWebhookRetry'
  | 'retryWebhook'
  | 'listEvents'
  | 'retrieveEvent'
>;

export const webhookHandlers: WebhookHandlers = {
  async createWebhookSubscription(context) {
    if (!(await targetAllowed(context.store, context.body.url))) refuse('url', 'target_not_allowed', 'is not among the targets webhooks may be sent to in this sandbox');
    const { total } = await subscriptions.offsetPage(context, { limit: 1, offset: 0 });
    if (total >= MAX_SUBSCRIPTIONS) refuse('url', 'max_resources', `The maximum number of subscriptions (${MAX_SUBSCRIPTIONS}) has been reached.`);
    const doc = await subscriptions.create(context, context.body);
    await endpointsAdded(context.store);
    return { status: 201, headers: { location: subscriptionUrl(context.apiRoot, doc.id) } };
  },
  async listWebhookSubscriptions(context) {
    const page = await subscriptions.offsetPage(context, { limit: MAX_SUBSCRIPTIONS * 10, offset: 0 });
    return {
      status: 200,
      body: {
        _links: { self: link(`${context.apiRoot}/webhook-subscriptions`) },
        _embedded: { 'webhook-subscriptions': page.items.map((doc) => presentSubscription(context.apiRoot, doc)) },
        total: page.total,
      },
    };
  },
  async retrieveWebhookSubscription(context) {
    return { status: 200, body: presentSubscription(context.apiRoot, await subscriptions.get(context, context.params.subscriptionId!)) };
  },
  async updateWebhookSubscription(context) {
    const doc = await subscriptions.update(context, context.params.subscriptionId!, context.body);
    if (doc.data.paused) await context.store.outbox.setEndpointState(doc.id, 'pending', 'held');
    // Resumed: what was held is tried from now on, its retries counted from then.
    else await context.store.outbox.setEndpointState(doc.id, 'held', 'pending', context.clock.nowUs());
    return { status: 200, body: presentSubscription(context.apiRoot, doc) };
  },
  async deleteWebhookSubscription(context) {
    const doc = await subscriptions.remove(context, context.params.subscriptionId!);
    await context.store.outbox.setEndpointState(doc.id, 'pending', 'cancelled');
    await context.store.outbox.setEndpointState(doc.id, 'held', 'cancelled');
    return { status: 200, body: presentSubscription(context.apiRoot, doc) };
  },
  async listSubscriptionWebhooks(context) {
    const subscription = await subscriptions.get(context, context.params.subscriptionId!);
    const { limit, offset } = offsetQueryOf(context.query);
    const page = await context.store.outbox.deliveries({ tenantId: context.scope.tenantId, api: 'dwolla', endpointId: subscription.id, limit, offset });
    return {
      status: 200,
      body: {
        _links: pageLinks(`${subscriptionUrl(context.apiRoot, subscription.id)}/webhooks`, page.total, offset, limit),
        _embedded: { webhooks: await Promise.all(page.items.map((delivery) => presentWebhook(context.apiRoot, context.store, delivery))) },
        total: page.total,
      },
    };
  },
  async retrieveWebhook(context) {
    return { status: 200, body: await presentWebhook(context.apiRoot, context.store, await webhookOf(context, context.params.webhookId!)) };
  },
  async listWebhookRetries(context) {
    const webhook = await webhookOf(context, context.params.webhookId!);
    const page = await retries.offsetPage(context, { limit: 1000, offset: 0 }, within(context.scope, webhook.id));
    return {
      status: 200,
      body: {
        _links: { self: link(retriesUrl(context.apiRoot, webhook.id)) },
        _embedded: { retries: page.items.map((doc) => presentRetry(context.apiRoot, webhook.id, doc)) },
        total: page.total,
      },
    };
  },
  async retrieveWebhookRetry(context) {
    const webhook = await webhookOf(context, context.params.webhookId!);
    const retry = await retries.get(context, context.params.retryId!, within(context.scope, webhook.id));
    return { status: 200, body: presentRetry(context.apiRoot, webhook.id, retry) };
  },
  async retryWebhook(context) {
    const webhook = await webhookOf(context, context.params.webhookId!);
    const now = context.clock.nowUs();
    const retry = await retries.create(context, { atUs: now }, within(context.scope, webhook.id));
    // A paused subscription gets nothing sent (Dwolla): the retry waits, held, for the resume.
    const subscription = await subscriptions.find(context, webhook.endpointId);
    await context.store.outbox.reschedule(context.scope.tenantId, webhook.id, now, subscription?.data.paused ? 'held' : 'pending');
    return { status: 201, headers: { location: presentRetry(context.apiRoot, webhook.id, retry)._links.self.href } };
  },
  async listEvents(context) {
    const { limit, offset } = offsetQueryOf(context.query);
    return { status: 200, body: presentEvents(context.apiRoot, await context.store.outbox.events('dwolla', context.scope.tenantId, { limit, offset }), limit, offset) };
  },
  async retrieveEvent(context) {
    const event = await context.store.outbox.event('dwolla', context.scope.tenantId, context.params.eventId!.toLowerCase());
    return { status: 200, body: presentEvent(event ?? fail({ kind: 'not_found', resource: 'Event', id: context.params.eventId! }), context.apiRoot) };
  },
};

/** How Dwolla delivers: 2xx within 10 seconds, 8 retries over 72 hours, signed with the subscription's secret. */
export const dwollaEvents: EventsPolicy = {
  rules: { timeoutMs: 10_000, succeeded: (status) => status >= 200 && status < 300, retryDelaysMs: DWOLLA_RETRIES_MS },
  async endpoints(store, tenantId) {
    const page = await store.collection<StoredSubscription>(subscriptions.policy.collection).page({ tenantId }, { limit: MAX_SUBSCRIPTIONS * 10, offset: 0, order: 'asc' });
    return page.items.map((doc) => ({ id: doc.id, url: doc.data.url, paused: doc.data.paused }));
  },
  deliveryId: () => uuid(),
  async request(store, delivery, event) {
    const subscription = await store.collection<StoredSubscription>(subscriptions.policy.collection).get({ tenantId: delivery.tenantId }, delivery.endpointId);
    return subscription && outgoing(subscription.data.secret, event.topic, presentEvent(event));
  },
  async afterAttempt(store, delivery, { ok, atUs }) {
    const scope = { tenantId: delivery.tenantId };
    const paused = await store.collection<StoredSubscription>(subscriptions.policy.collection).update(scope, delivery.endpointId, (current) => {
      if (ok) return { data: { ...current, consecutiveFailures: 0, lastSuccessUs: atUs } };
      const failures = current.consecutiveFailures + 1;
      const since = current.lastSuccessUs ?? delivery.createdUs;
      return { data: { ...current, consecutiveFailures: failures, paused: current.paused || (failures >= PAUSE_AFTER_FAILURES && atUs - since >= PAUSE_AFTER_MS * 1000) } };
    });
    if (paused?.data.paused) await store.outbox.setEndpointState(delivery.endpointId, 'pending', 'held');
  },
};

/**
 * Around a sample customer: the account's subscription (to a port nothing listens on), the customer's event and
 * its webhook to that subscription, so every route that takes an id reaches one.
 */
export async function webhookSamples(store: Store, scope: Scope, customerId: string, clock: Clock) {
  const context = { store, clock, scope };
  // One subscription serves every sample of the account (it may have 10 at most).
  const subscription =
    (await subscriptions.offsetPage(context, { limit: 1, offset: 0 })).items[0] ?? (await subscriptions.create(context, { url: 'http://127.0.0.1:9/hooks', secret: 'sample-secret' }));
  const nowUs = clock.nowUs();
  await customerCreated(store, 'http://localhost:4010/dwolla', scope.tenantId, customerId, 'unverified', nowUs);
  const event = (await store.outbox.events('dwolla', scope.tenantId, { limit: 1, offset: 0 })).items[0]!;
  await store.outbox.fanOut([
    {
      eventSeq: event.seq,
      deliveries: [
        // Settled (failed, nothing due): a fixture that stays as it is while tests and fuzz runs read it.
        { id: uuid(), api: 'dwolla', tenantId: scope.tenantId, eventId: event.id, endpointId: subscription.id, url: subscription.data.url, state: 'failed', dueUs: null, createdUs: nowUs },
      ],
    },
  ]);
  const [webhook] = (await store.outbox.deliveries({ tenantId: scope.tenantId, eventId: event.id, limit: 1, offset: 0 })).items;
  // A retry on record only (nothing rescheduled), so the webhook stays settled.
  const retry = await retries.create(context, { atUs: nowUs }, within(scope, webhook!.id));
  return { subscriptionId: subscription.id, webhookId: webhook!.id, eventId: event.id, retryId: retry.id };
}
