import { Type } from '@sinclair/typebox';
import { defineRoutes, linkPages, OffsetQuery, type ResponseSpec } from '../shared/index.ts';
import type { SchemaName as Name } from './resources.ts';

/** What Dwolla speaks; plain JSON is accepted and answered too, for clients that ask for it. */
export const HAL_JSON = 'application/vnd.dwolla.v1.hal+json';
const HAL_TYPES = [HAL_JSON, 'application/json'] as const;
const TOKEN_BODY_TYPES = ['application/x-www-form-urlencoded', 'application/json'] as const;
// Tokens are plain JSON; clients that send Dwolla's Accept on every request get the same JSON under it.
const TOKEN_TYPES = ['application/json', HAL_JSON] as const;

const bearer = { scheme: 'oauth2', scopes: ['ManageCustomers'] } as const;

const hal = <const S extends Name>(schema: S) => ({ schema, contentTypes: HAL_TYPES });
const error = (description: string): ResponseSpec<Name> => ({ description, body: hal('Error') });
const errors = {
  400: error('`ValidationError`: `_embedded.errors` names each bad field (`Required`, `Invalid`, `InvalidFormat`, `NotAllowed`, `Duplicate`).'),
  401: error('`InvalidCredentials` (no bearer token), `InvalidAccessToken` (an unknown one) or `ExpiredAccessToken`.'),
  403: error('`Forbidden`: the token lacks the `ManageCustomers` scope.'),
  404: error('`NotFound`: no such customer in this account.'),
  406: error('`InvalidVersion`: the `Accept` header asks for a media type that is not served.'),
  409: error('`Conflict`: a request with the same `Idempotency-Key` is still being processed; retry later.'),
  413: error('`RequestTooLarge`: the body is larger than the server accepts.'),
  415: error('`UnsupportedMediaType`: send `application/vnd.dwolla.v1.hal+json` or `application/json`.'),
  422: error('`IdempotencyKeyReused`: the `Idempotency-Key` was used for a different request in the last 24 hours.'),
} as const;

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
      400: errors[400],
      401: errors[401],
      403: errors[403],
      406: errors[406],
      409: errors[409],
      413: errors[413],
      415: errors[415],
      422: errors[422],
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
    responses: {
      200: { description: 'A page of customers (HAL).', body: hal('CustomerList') },
      400: errors[400],
      401: errors[401],
      403: errors[403],
      406: errors[406],
    },
  },
  retrieveCustomer: {
    method: 'GET',
    path: '/customers/{id}',
    tag: 'Customers',
    summary: 'Get a customer by id',
    auth: bearer,
    request: { params: customerParams },
    responses: {
      200: { description: 'The customer.', body: hal('Customer') },
      401: errors[401],
      403: errors[403],
      404: errors[404],
      406: errors[406],
    },
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
    responses: {
      200: { description: 'The updated customer.', body: hal('Customer') },
      400: errors[400],
      401: errors[401],
      403: errors[403],
      404: errors[404],
      406: errors[406],
      409: errors[409],
      413: errors[413],
      415: errors[415],
      422: errors[422],
    },
  },
});
