// Generated from schemas/dwolla (its emitted spec); do not edit. Run `pnpm generate`.
import type { OperationTable } from '../../src/runtime/operations';

export const operationTable = {
  createCustomer: {
    method: 'POST',
    path: '/customers',
    idempotencyKey: true,
  },
  createWebhookSubscription: {
    method: 'POST',
    path: '/webhook-subscriptions',
  },
  deleteWebhookSubscription: {
    method: 'DELETE',
    path: '/webhook-subscriptions/{subscriptionId}',
  },
  listCustomers: {
    method: 'GET',
    path: '/customers',
    queryIndex: 0,
    pagination: {
      style: 'links',
      limit: 'limit',
      items: '_embedded.customers',
      id: 'id',
      next: '_links.next.href',
      maxLimit: 200,
    },
  },
  listEvents: {
    method: 'GET',
    path: '/events',
    queryIndex: 0,
    pagination: {
      style: 'links',
      limit: 'limit',
      items: '_embedded.events',
      id: 'id',
      next: '_links.next.href',
      maxLimit: 200,
    },
  },
  listSubscriptionWebhooks: {
    method: 'GET',
    path: '/webhook-subscriptions/{subscriptionId}/webhooks',
    queryIndex: 1,
    pagination: {
      style: 'links',
      limit: 'limit',
      items: '_embedded.webhooks',
      id: 'id',
      next: '_links.next.href',
      maxLimit: 200,
    },
  },
  listWebhookRetries: {
    method: 'GET',
    path: '/webhooks/{webhookId}/retries',
  },
  listWebhookSubscriptions: {
    method: 'GET',
    path: '/webhook-subscriptions',
  },
  requestToken: {
    method: 'POST',
    path: '/token',
  },
  retrieveCustomer: {
    method: 'GET',
    path: '/customers/{id}',
  },
  retrieveEvent: {
    method: 'GET',
    path: '/events/{eventId}',
  },
  retrieveWebhook: {
    method: 'GET',
    path: '/webhooks/{webhookId}',
  },
  retrieveWebhookRetry: {
    method: 'GET',
    path: '/webhooks/{webhookId}/retries/{retryId}',
  },
  retrieveWebhookSubscription: {
    method: 'GET',
    path: '/webhook-subscriptions/{subscriptionId}',
  },
  retryWebhook: {
    method: 'POST',
    path: '/webhooks/{webhookId}/retries',
  },
  updateCustomer: {
    method: 'POST',
    path: '/customers/{id}',
    idempotencyKey: true,
  },
  updateWebhookSubscription: {
    method: 'POST',
    path: '/webhook-subscriptions/{subscriptionId}',
  },
} as const satisfies OperationTable;
