import { defineApi } from '../shared/index.ts';
import { module } from './resources.ts';
import { HAL_TYPES, routes, webhooks } from './routes.ts';

const SERVER = 'http://localhost:4010/dwolla';

export const dwolla = defineApi({
  name: 'dwolla',
  title: 'Dwolla API v2: Customers',
  version: '2.0.0',
  description: [
    'The Customers resource of Dwolla API v2 (HAL+JSON, September 2015), served by clientele.',
    '',
    'Get a bearer token from `POST /token` with the client credentials grant (an application key and secret), then call',
    'the customer operations with `Authorization: Bearer …`; they need the `ManageCustomers` scope. Each application belongs',
    "to one account; another account's customers are never visible (404). Requests and responses are",
    '`application/vnd.dwolla.v1.hal+json` (`application/json` is accepted and answered as well); every `href` and',
    '`Location` is an absolute URL built from the host the caller reached.',
    '',
    'Where the seed is silent, clientele follows what Dwolla most plausibly did and says so here: access tokens live 3600',
    'seconds and are stored hashed; errors carry `code`, `message` and `description` (the same text, for clients of the',
    '2015 format); a duplicate email within the account is a `ValidationError` with a `Duplicate` at `/email`; fields other',
    'than the documented ones are `NotAllowed`; `limit` above 200 is a `ValidationError`; ids are matched',
    'case-insensitively; `Idempotency-Key` (which Dwolla added in 2016) replays the first response for 24 hours, answers',
    '409 while the first request is still running, and 422 when the key is reused for a different request. Operations and',
    'parameters beyond the seed are marked `x-clientele-extension`.',
    '',
    'Beyond the seed, from Dwolla’s API reference: verified Personal and Business customers (`type`), whose `status`',
    'starts by Dwolla’s Sandbox rule and then moves as Dwolla’s verification would (the sandbox controls move it); webhook',
    'subscriptions (10 per account), the webhooks sent to each with their attempts and retries, and the events they carry.',
    'What is sent to a subscription is described under `webhooks`: a POST signed with `X-Request-Signature-SHA-256`,',
    'retried on Dwolla’s schedule.',
  ].join('\n'),
  servers: [{ url: SERVER, description: 'clientele, all APIs on one port' }],
  securitySchemes: {
    oauth2: {
      type: 'oauth2',
      description: 'A bearer access token from `POST /token` (client credentials grant).',
      flows: {
        clientCredentials: {
          tokenUrl: `${SERVER}/token`,
          scopes: { ManageCustomers: 'Create, read and update the customers of the account.' },
        },
      },
    },
    clientCredentials: {
      type: 'http',
      scheme: 'basic',
      description: 'The application key as the username and its secret as the password (or `client_id` and `client_secret` in the body).',
    },
  },
  tags: {
    Authorization: 'OAuth 2.0 access tokens for an application.',
    Customers: 'A customer represents an individual or business with whom you intend to transact.',
    Webhooks: 'Subscriptions to the account’s events, and the webhooks sent to each, with their attempts and retries.',
    Events: 'What happened in the account (customer created, verified, …): what webhooks carry.',
  },
  module,
  routes,
  errorResponses: {
    body: { schema: 'Error', contentTypes: HAL_TYPES },
    descriptions: {
      400: '`ValidationError`: `_embedded.errors` names each bad field (`Required`, `Invalid`, `InvalidFormat`, `NotAllowed`, `Duplicate`).',
      401: '`InvalidCredentials` (no bearer token), `InvalidAccessToken` (an unknown one) or `ExpiredAccessToken`.',
      403: '`Forbidden`: the token lacks the `ManageCustomers` scope.',
      404: '`NotFound`: no such customer in this account.',
      406: '`InvalidVersion`: the `Accept` header asks for a media type that is not served.',
      409: '`Conflict`: a request with the same `Idempotency-Key` is still being processed; retry later.',
      413: '`RequestTooLarge`: the body is larger than the server accepts.',
      415: '`UnsupportedMediaType`: send `application/vnd.dwolla.v1.hal+json` or `application/json`.',
      422: '`IdempotencyKeyReused`: the `Idempotency-Key` was used for a different request in the last 24 hours.',
    },
    // Every operation negotiates its media type (the token endpoint words its own errors, in OAuth's envelope).
    also: { every: [406] },
  },
  webhooks,
});

export { HAL_JSON } from './routes.ts';
export type * from './resources.ts';

export default dwolla;
