import { defineApi } from '../shared/index.ts';
import { module } from './resources.ts';
import { JSON_TYPES, READ_SCOPE, routes, WRITE_SCOPE } from './routes.ts';

const SERVER = 'http://localhost:4010/bank';

export const bank = defineApi({
  name: 'bank',
  title: 'Customer API v1.0.0 (bank)',
  version: '1.0.0',
  description: [
    'The bank customer registry of openbank’s `customer.CustomerService` (in the style of the Open Bank Project), served by',
    'clientele: customers per bank, their addresses, social media handles, tax residences, credit limit orders, CRM',
    'events, links between users and customers, and a firehose for privileged users. Paths, verbs and field names are',
    'exactly as the seed documents them, quirks included (`branchId` on create but `branch_id` on the customer,',
    '`highest_education_attained` vs `highest_educational_attained`, `last_ok_date` vs `last_ok_data`,',
    '`mobile_phone_number` vs `phone_number`, the `checks` and `result` list keys, `credit_limit/request/{RequestID}`).',
    '',
    'Authentication is OAuth 2.0’s authorization-code flow (`GET /v1/auth`, `POST /v1/token`); every call sends',
    '`Authorization: Bearer …`. GETs need the scope `https://auth.bnk.to/customer.read`, everything else',
    '`https://auth.bnk.to/customer.write` (401 without a token, 403 without the scope). A token belongs to a user, and the',
    'user’s entitlements (the Open Bank Project’s roles) gate the sensitive operations, as each operation says (403',
    '`OBP-20006: User is missing one or more roles: …`). A sandbox (tenant) holds its banks, users and OAuth clients;',
    'nothing of another sandbox is ever visible (404).',
    '',
    'On the wire, as grpc-gateway v2 writes it: timestamps are RFC 3339 strings (the `{seconds, nanos}` object is',
    'accepted on input too); every field is present, unset ones as `""`, `false` or `null`; unknown request fields are',
    'ignored; errors are `{code, message, details}` with the HTTP status mapped from the gRPC code.',
    '',
    'Where the seed is silent, clientele does what the provider most plausibly did and says so here: ids are UUIDs; the',
    'bank assigns `customer_number` (10 uppercase letters and digits), unique within the bank; body fields that repeat a',
    'path parameter (`bank_id`, `customer_id`, `customer_address_id`) must agree with it (400); a customer is found only',
    'at its own bank (404 elsewhere); lists documented as “up to 20” answer the 20 newest; the firehose pages by',
    'creation time (`from_date`/`to_date` bound it, `DESC` by default, `limit` 50 by default and at most 500); PUTs of',
    'several fields (identity, data, address) change only the fields sent; a credit limit order shows its two requested',
    'amounts as `rank_amount_1`/`rank_amount_2` and empty nominal interests until the bank decides; a second link of the',
    'same user and customer, or a customer number already taken, is 409 AlreadyExists. Operations beyond the seed (the',
    'token API, creating tax residences and CRM events) are marked `x-clientele-extension`.',
  ].join('\n'),
  servers: [{ url: SERVER, description: 'clientele, all APIs on one port' }],
  securitySchemes: {
    oauth2: {
      type: 'oauth2',
      description: 'A bearer access token from `POST /v1/token`; it belongs to a user and carries the OAuth client’s scopes.',
      flows: {
        authorizationCode: {
          authorizationUrl: `${SERVER}/v1/auth`,
          tokenUrl: `${SERVER}/v1/token`,
          refreshUrl: `${SERVER}/v1/token`,
          scopes: { [READ_SCOPE]: 'Read customers and their data.', [WRITE_SCOPE]: 'Create, change and delete customers and their data.' },
        },
      },
    },
    userLogin: {
      type: 'http',
      scheme: 'basic',
      description: 'The user’s id and password (from `clientele user create`), standing in for the sign-in page of `GET /v1/auth`.',
    },
  },
  tags: {
    Authorization: 'OAuth 2.0: authorization codes and tokens.',
    Customers: 'Customers of a bank.',
    Addresses: 'Addresses of a customer.',
    'Social media handles': 'Social media handles of a customer.',
    'Tax residences': 'Tax residences of a customer.',
    'Credit limit orders': 'Requests to change a customer’s credit limit.',
    'CRM events': 'Customer relationship events of a bank.',
    'User customer links': 'Which users act for which customers.',
  },
  module,
  routes,
  /** The seed's error statuses, with what each means here; grpc-gateway's body (`code`, `message`, `details`). */
  errorResponses: {
    body: { schema: 'Status', contentTypes: JSON_TYPES },
    descriptions: {
      400: 'InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field.',
      401: 'Unauthenticated (16): no bearer token, or one that is unknown or expired.',
      403: 'PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`).',
      404: 'NotFound (5): no such bank, customer or resource in this sandbox.',
      409: 'AlreadyExists (6): the value is taken.',
      413: 'InvalidArgument (3): the body is larger than the server accepts.',
      415: 'InvalidArgument (3): send `application/json`.',
      500: 'Internal (13): an unexpected error on the server side.',
    },
    // The seed documents InvalidArgument and NotFound for each of its (scoped) operations whatever they take, and Internal for all.
    also: { every: [500], scopes: [400, 404] },
  },
});

export { READ_SCOPE, WRITE_SCOPE } from './routes.ts';
export { MAX_SECONDS, MIN_SECONDS } from './resources.ts';
export type * from './resources.ts';

export default bank;
