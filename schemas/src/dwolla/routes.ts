import { Type } from '@sinclair/typebox';
import { defineRoutes, linkPages, OffsetQuery, type Operation, type ResponseSpec } from '../shared/index.ts';
import type { SchemaName as Name } from './resources.ts';

/** What Dwolla speaks; plain JSON is accepted and answered too, for clients that ask for it. */
export const HAL_JSON = 'application/vnd.dwolla.v1.hal+json';
export const HAL_TYPES = [HAL_JSON, 'application/json'] as const;
const TOKEN_BODY_TYPES = ['application/x-www-form-urlencoded', 'application/json'] as const;
// Tokens are plain JSON; clients that send Dwolla's Accept on every request get the same JSON under it.
const TOKEN_TYPES = ['application/json', HAL_JSON] as const;

const bearer = { scheme: 'oauth2', scopes: ['ManageCustomers'] } as const;

const hal = <const S extends Name>(schema: S) => ({ schema, contentTypes: HAL_TYPES });
const error = (description: string): ResponseSpec<Name> => ({ description, body: hal('Error') });
const customerParams = Type.Object({
  id: Type.String({ maxLength: 64, description: 'Customer unique identifier (a GUID; matched case-insensitively).' }),
});

const idParams = (name: string, description: string) => Type.Object({ [name]: Type.String({ maxLength: 64, description }) });

const HOOKS = 'Not in the 2015 seed (customers only): from Dwolla’s API reference for webhook subscriptions, webhooks and events, and its SDKs.';

const IDEMPOTENCY = {
  extension: 'Dwolla added Idempotency-Key in June 2016, after the 2015 seed: a repeat with the same key and body within 24 hours replays the first response.',
} as const;

const oauthError = (description: string): ResponseSpec<Name> => ({ description, body: { schema: 'OAuthError', contentTypes: TOKEN_TYPES } });

export const routes = defineRoutes<Name>()({
  requestToken: {
    method: 'POST',
    path: '/token',
    tag: 'Authorization',
    summary: 'Get an access token (client credentials)',
    description: [
      "Exchanges an application's key and secret for a bearer access token carrying the application's scopes.",
      'Send them as HTTP Basic (`client_id:client_secret`, as today’s Dwolla does) or as `client_id` and',
      '`client_secret` in the body (as Dwolla did in 2015). Errors are OAuth 2.0 errors (`error`, `error_description`).',
    ].join(' '),
    extension:
      'The seed documents customers only. Tokens follow Dwolla’s OAuth documentation: the client credentials grant at POST /token, as served by today’s API and used by the dwolla-v2 SDK.',
    auth: { scheme: 'clientCredentials', orInBody: ['client_id', 'client_secret'] },
    request: { body: { schema: 'TokenRequest', contentTypes: TOKEN_BODY_TYPES } },
    responses: {
      200: { description: 'A bearer token.', body: { schema: 'Token', contentTypes: TOKEN_TYPES } },
      400: oauthError('`invalid_request` (a missing or malformed parameter) or `unsupported_grant_type`.'),
      401: oauthError('`invalid_client`: unknown application key or wrong secret.'),
      406: oauthError('`invalid_request`: the `Accept` header allows neither JSON nor the Dwolla media type.'),
      413: oauthError('`invalid_request`: the body is too large.'),
      415: oauthError('`invalid_request`: send form encoding or JSON.'),
    },
  },
  createCustomer: {
    method: 'POST',
    path: '/customers',
    tag: 'Customers',
    summary: 'Create a customer',
    description: 'Answers `201 Created` with an empty body and the new customer’s absolute URL in `Location`.',
    auth: bearer,
    idempotency: IDEMPOTENCY,
    request: { body: { schema: 'CustomerCreate', contentTypes: HAL_TYPES } },
    responses: {
      201: {
        description: 'Created.',
        headers: { Location: { description: 'The absolute URL of the new customer.', schema: Type.String({ format: 'uri' }) } },
      },
    },
  },
  listCustomers: {
    method: 'GET',
    path: '/customers',
    tag: 'Customers',
    summary: 'List customers',
    description: 'The customers of the authorized account, newest first. `limit` defaults to 25 (at most 200), `offset` to 0.',
    auth: bearer,
    request: { query: OffsetQuery({ defaultLimit: 25, maxLimit: 200 }) },
    pagination: linkPages({ items: '_embedded.customers', id: 'id', next: '_links.next.href' }),
    responses: { 200: { description: 'A page of customers (HAL).', body: hal('CustomerList') } },
  },
  retrieveCustomer: {
    method: 'GET',
    path: '/customers/{id}',
    tag: 'Customers',
    summary: 'Get a customer by id',
    auth: bearer,
    request: { params: customerParams },
    responses: { 200: { description: 'The customer.', body: hal('Customer') } },
  },
  updateCustomer: {
    method: 'POST',
    path: '/customers/{id}',
    tag: 'Customers',
    summary: 'Update a customer',
    description: 'Fields sent replace the stored values; fields absent stay. Answers the updated customer.',
    extension: 'Not in the 2015 seed: today’s Dwolla updates a customer with POST /customers/{id}, and its SDKs do so.',
    auth: bearer,
    idempotency: IDEMPOTENCY,
    request: { params: customerParams, body: { schema: 'CustomerUpdate', contentTypes: HAL_TYPES } },
    responses: { 200: { description: 'The updated customer.', body: hal('Customer') } },
  },
  createWebhookSubscription: {
    method: 'POST',
    path: '/webhook-subscriptions',
    tag: 'Webhooks',
    summary: 'Create a webhook subscription',
    description:
      'Answers `201 Created` with the subscription’s URL in `Location`. An account has at most 10 subscriptions (Dwolla’s Sandbox limit): an 11th is a 400 `MaxNumberOfResources`. A URL outside the targets the sandbox allows (the admin API’s `setWebhookTargets`) is a 400 naming `url`.',
    extension: HOOKS,
    auth: bearer,
    request: { body: { schema: 'WebhookSubscriptionCreate', contentTypes: HAL_TYPES } },
    responses: {
      201: { description: 'Created.', headers: { Location: { description: 'The subscription’s absolute URL.', schema: Type.String({ format: 'uri' }) } } },
      400: error('`ValidationError` naming `url` or `secret`, or `MaxNumberOfResources` (10 subscriptions already).'),
    },
  },
  listWebhookSubscriptions: {
    method: 'GET',
    path: '/webhook-subscriptions',
    tag: 'Webhooks',
    summary: 'List webhook subscriptions',
    description: 'Every subscription of the account, newest first.',
    extension: HOOKS,
    auth: bearer,
    responses: { 200: { description: 'The subscriptions.', body: hal('WebhookSubscriptionList') } },
  },
  retrieveWebhookSubscription: {
    method: 'GET',
    path: '/webhook-subscriptions/{subscriptionId}',
    tag: 'Webhooks',
    summary: 'Get a webhook subscription',
    extension: HOOKS,
    auth: bearer,
    request: { params: idParams('subscriptionId', 'The subscription’s id.') },
    responses: { 200: { description: 'The subscription.', body: hal('WebhookSubscription') } },
  },
  updateWebhookSubscription: {
    method: 'POST',
    path: '/webhook-subscriptions/{subscriptionId}',
    tag: 'Webhooks',
    summary: 'Pause or resume a webhook subscription',
    description: 'While paused, no webhook is sent to it: new ones, the retries that fall due and those asked for with `POST /webhooks/{id}/retries` wait, and go out once it is resumed, their retries counted from then. Resuming clears its count of consecutive failures.',
    extension: HOOKS,
    auth: bearer,
    request: { params: idParams('subscriptionId', 'The subscription’s id.'), body: { schema: 'WebhookSubscriptionUpdate', contentTypes: HAL_TYPES } },
    responses: {
      200: { description: 'The subscription.', body: hal('WebhookSubscription') },
    },
  },
  deleteWebhookSubscription: {
    method: 'DELETE',
    path: '/webhook-subscriptions/{subscriptionId}',
    tag: 'Webhooks',
    summary: 'Delete a webhook subscription',
    description: 'Answers the subscription as it was. Webhooks not yet delivered to it are cancelled.',
    extension: HOOKS,
    auth: bearer,
    request: { params: idParams('subscriptionId', 'The subscription’s id.') },
    responses: { 200: { description: 'The deleted subscription.', body: hal('WebhookSubscription') } },
  },
  listSubscriptionWebhooks: {
    method: 'GET',
    path: '/webhook-subscriptions/{subscriptionId}/webhooks',
    tag: 'Webhooks',
    summary: 'List the webhooks of a subscription',
    description: 'Newest first, each with its attempts. `limit` defaults to 25 (at most 200), `offset` to 0.',
    extension: HOOKS,
    auth: bearer,
    request: { params: idParams('subscriptionId', 'The subscription’s id.'), query: OffsetQuery({ defaultLimit: 25, maxLimit: 200 }) },
    pagination: linkPages({ items: '_embedded.webhooks', id: 'id', next: '_links.next.href' }),
    responses: { 200: { description: 'A page of webhooks.', body: hal('WebhookList') } },
  },
  retrieveWebhook: {
    method: 'GET',
    path: '/webhooks/{webhookId}',
    tag: 'Webhooks',
    summary: 'Get a webhook',
    extension: HOOKS,
    auth: bearer,
    request: { params: idParams('webhookId', 'The webhook’s id.') },
    responses: { 200: { description: 'The webhook and its attempts.', body: hal('Webhook') } },
  },
  listWebhookRetries: {
    method: 'GET',
    path: '/webhooks/{webhookId}/retries',
    tag: 'Webhooks',
    summary: 'List the retries of a webhook',
    description: 'The retries asked for with `POST /webhooks/{id}/retries`, newest first.',
    extension: HOOKS,
    auth: bearer,
    request: { params: idParams('webhookId', 'The webhook’s id.') },
    responses: { 200: { description: 'Its retries.', body: hal('WebhookRetryList') } },
  },
  retryWebhook: {
    method: 'POST',
    path: '/webhooks/{webhookId}/retries',
    tag: 'Webhooks',
    summary: 'Retry a webhook now',
    description: [
      'Sends the webhook again now, whatever became of it; answers `201 Created` with an empty body and the retry’s URL',
      '(`…/webhooks/{id}/retries/{retryId}`) in `Location`, as Dwolla’s reference shows. While its subscription is paused the',
      'retry is recorded but nothing is sent (Dwolla: a paused subscription gets webhooks created, not sent); it goes out when',
      'the subscription is resumed. Dwolla documents no answer of its own for that case, so it is the same `201`.',
    ].join(' '),
    extension: HOOKS,
    auth: bearer,
    request: { params: idParams('webhookId', 'The webhook’s id.') },
    responses: {
      201: { description: 'The retry is recorded (and under way unless the subscription is paused).', headers: { Location: { description: 'The retry’s absolute URL.', schema: Type.String({ format: 'uri' }) } } },
    },
  },
  retrieveWebhookRetry: {
    method: 'GET',
    path: '/webhooks/{webhookId}/retries/{retryId}',
    tag: 'Webhooks',
    summary: 'Get a retry of a webhook',
    description: 'The retry as its webhook’s list of retries shows it: the URL a retry’s `Location` and its `self` link name.',
    extension:
      'Dwolla documents no operation for one retry, but names its URL in the `Location` of `POST /webhooks/{id}/retries` and as the retry’s `self` link in the list (Dwolla’s API reference and OpenAPI document); clientele answers that URL with the retry, so the link resolves.',
    auth: bearer,
    request: { params: Type.Object({ webhookId: Type.String({ maxLength: 64, description: 'The webhook’s id.' }), retryId: Type.String({ maxLength: 64, description: 'The retry’s id.' }) }) },
    responses: { 200: { description: 'The retry.', body: hal('WebhookRetry') } },
  },
  listEvents: {
    method: 'GET',
    path: '/events',
    tag: 'Events',
    summary: 'List events',
    description: 'The account’s events, newest first. `limit` defaults to 25 (at most 200), `offset` to 0.',
    extension: HOOKS,
    auth: bearer,
    request: { query: OffsetQuery({ defaultLimit: 25, maxLimit: 200 }) },
    pagination: linkPages({ items: '_embedded.events', id: 'id', next: '_links.next.href' }),
    responses: { 200: { description: 'A page of events.', body: hal('EventList') } },
  },
  retrieveEvent: {
    method: 'GET',
    path: '/events/{eventId}',
    tag: 'Events',
    summary: 'Get an event',
    extension: HOOKS,
    auth: bearer,
    request: { params: idParams('eventId', 'The event’s id.') },
    responses: { 200: { description: 'The event.', body: hal('Event') } },
  },
});

/** What Dwolla POSTs to a webhook subscription's URL (OpenAPI `webhooks`). */
export const webhooks = {
  dwollaWebhook: {
    method: 'POST',
    path: '',
    tag: 'Webhooks',
    summary: 'A webhook: one event, sent to a subscription',
    description: [
      'POSTed to the subscription’s URL as JSON. `X-Request-Signature-SHA-256` is the hex HMAC-SHA256 of the raw body keyed with the',
      'subscription’s secret: compute it over the body exactly as received and compare (the client’s `verifyDwollaWebhook` does).',
      'Only a 2xx answer within 10 seconds counts as received; otherwise it is retried 15 minutes, 45 minutes, 2, 3, 6, 12, 24 and 24',
      'hours after the attempt before (8 retries over 72 hours), on the server’s clock (the admin API moves it). Several may be',
      'under way at once (up to 10), so they may arrive out of order. A subscription is paused after 400 consecutive failures once',
      '24 hours have passed since its last success.',
    ].join(' '),
    extension: HOOKS,
    auth: null,
    request: {
      headers: Type.Object(
        {
          'x-dwolla-topic': Type.String({ description: 'The event’s topic (`customer_created`, …).' }),
          'x-request-signature-sha-256': Type.String({ pattern: '^[0-9a-f]{64}$', description: 'Hex HMAC-SHA256 of the raw body, keyed with the subscription’s secret.' }),
        },
        { additionalProperties: true },
      ),
      body: { schema: 'Event', contentTypes: ['application/json'] },
    },
    responses: { 200: { description: 'Received: any 2xx within 10 seconds.' } },
  },
} as const satisfies Readonly<Record<string, Operation<Name>>>;
