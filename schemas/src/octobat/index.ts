import { defineApi } from '../shared/index.ts';
import { module } from './resources.ts';
import { JSON_TYPES, routes } from './routes.ts';

export const octobat = defineApi({
  name: 'octobat',
  title: 'Octobat API v2: Customers',
  version: '2.0.0',
  description: [
    'The Customers resource of Octobat API v2 (2016), served by clientele.',
    '',
    'Authenticate with HTTP Basic: the secret key as the username and an empty password. Each account has a test key',
    '(`oc_test_skey_…`) and a live key (`oc_live_skey_…`); `livemode` follows the key, and test and live customers never',
    "mix. Another account's customers are never visible (404). Bodies may be form-encoded (bracket notation, what",
    "Octobat's SDKs send) or JSON; a list's parameters may also come as a body of a GET, as Octobat's Node SDK sends them.",
    '',
    'Where the seed is silent, clientele follows what Octobat most plausibly did and says so here: errors are',
    '`{"errors": {"<parameter>" | "global": [{"details": "…"}]}}` (422 for a missing or invalid parameter, 400 for a',
    'malformed request, 401, 404, 406, 409, 413, 415); a parameter other than the documented ones is a 422 naming it;',
    '`billing_address_country` takes a two-letter ISO 3166-1 code or a country name (the seed documents the code but its',
    'example sends `France`); an empty value (or null) clears an optional field; a `tax_number` without a',
    '`business_type` makes a new customer `B2B`; an update leaves `business_type` as it is unless it is sent; `limit`',
    'defaults to 10; `created_at` and `updated_at` are added to the customer, as on Octobat’s other objects;',
    '`payment_sources` is always an empty list (no operation here attaches one); `Idempotency-Key` replays the first',
    'response for 24 hours, answers 409 while the first request is still running, and 400 when the key is reused for',
    'different parameters (as Stripe, which Octobat’s API follows, does). Operations and parameters beyond the seed are',
    'marked `x-clientele-extension`.',
  ].join('\n'),
  servers: [{ url: 'http://localhost:4010/octobat', description: 'clientele, all APIs on one port' }],
  securitySchemes: {
    secretKey: {
      type: 'http',
      scheme: 'basic',
      description: 'The secret key (`oc_test_skey_…` or `oc_live_skey_…`) as the username, an empty password.',
    },
  },
  tags: { Customers: 'Customers, to which invoices and transactions are attached.' },
  module,
  routes,
  errorResponses: {
    body: { schema: 'Error', contentTypes: JSON_TYPES },
    descriptions: {
      400: 'Malformed request: a body that cannot be parsed, or an `Idempotency-Key` reused for different parameters (`global`).',
      401: 'No valid secret key was given (`global`).',
      404: 'No such customer in this account and mode (`global`).',
      406: 'The `Accept` header allows no format served: use JSON (`global`).',
      409: 'A request with the same `Idempotency-Key` is still being processed; retry later (`global`).',
      413: 'The body is larger than the server accepts (`global`).',
      415: 'A body in a media type other than form encoding or JSON (`global`).',
      422: 'A missing or invalid parameter, named as the key of `errors`.',
    },
    // Every operation negotiates its response format; a missing or invalid parameter is a 422.
    also: { every: [406], query: [422], body: [422] },
  },
});

export type * from './resources.ts';
export { CUSTOMER_ID } from './resources.ts';

export default octobat;
