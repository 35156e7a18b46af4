import { Type } from '@sinclair/typebox';
import { defineRoutes, linkPages, OffsetQuery, type ResponseSpec } from '../shared/index.ts';
import type { SchemaName as Name } from './resources.ts';

/** What Dwolla speaks; plain JSON is accepted and answered too, for clients that ask for it. */
export const HAL_JSON = 'application/vnd.dwolla.v1.hal+json';
export const HAL_TYPES = [HAL_JSON, 'application/json'] as const;
const TOKEN_BODY_TYPES = ['application/x-www-form-urlencoded', 'application/json'] as const;
// Tokens are plain JSON; clients that send Dwolla's Accept on every request get the same JSON under it.
const TOKEN_TYPES = ['application/json', HAL_JSON] as const;

const bearer = { scheme: 'oauth2', scopes: ['ManageCustomers'] } as const;

const hal = <const S extends Name>(schema: S) => ({ schema, contentTypes: HAL_TYPES });
const customerParams = Type.Object({
  id: Type.String({ maxLength: 64, description: 'Customer unique identifier (a GUID; matched case-insensitively).' }),
});

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
});
