import { Type } from '@sinclair/typebox';
import { cursorPages, CursorQuery, defineRoutes } from '../shared/index.ts';
import type { SchemaName as Name } from './resources.ts';

export const JSON_TYPES = ['application/json'] as const;
const BODY_TYPES = ['application/json', 'application/x-www-form-urlencoded'] as const;
const auth = { scheme: 'secretKey' } as const;

const json = <const S extends Name>(schema: S) => ({ schema, contentTypes: JSON_TYPES });
const body = <const S extends Name>(schema: S) => ({ schema, contentTypes: BODY_TYPES });

/** Request signing (RSA-SHA256), and the language of error messages. */
const headers = Type.Object(
  {
    'pingplusplus-signature': Type.Optional(
      Type.String({
        description:
          'Base64 RSA-SHA256 signature of the raw body + the request path (with its query) + the timestamp header, made with the private key whose public key the account registered. Required once one is registered.',
      }),
    ),
    'pingplusplus-request-timestamp': Type.Optional(
      Type.String({ description: 'Unix seconds when the request was signed; refused when more than 300 seconds away from the server time.' }),
    ),
    'accept-language': Type.Optional(Type.String({ description: 'Error messages are Chinese (`zh-CN`, the default) or English (`en`).' })),
  },
  { additionalProperties: true },
);

const customerParams = Type.Object({ customer_id: Type.String({ maxLength: 64, description: 'The customer id (`cus_…`).' }) });
const cardParams = Type.Object({
  customer_id: Type.String({ maxLength: 64, description: 'The customer id (`cus_…`).' }),
  card_id: Type.String({ maxLength: 64, description: 'The card id (`card_…`).' }),
});
const pages = CursorQuery({ defaultLimit: 10, maxLimit: 100, created: true });

const CARDS = "Ping++'s Card API (the customer's `sources.url` in the seed points at it; the seed documents customers only).";
const TOKENS =
  'Not in the seed, which names tokens and SMS codes without documenting them: as the real API (and its SDKs until 2018) had them, so a card can be bound end to end.';

/** What PUT and POST to a customer's path share. */
const update = {
  auth,
  request: { headers, params: customerParams, body: body('CustomerUpdate') },
  responses: { 200: { description: 'The updated customer.', body: json('Customer') } },
} as const;

export const routes = defineRoutes<Name>()({
  createCustomer: {
    method: 'POST',
    path: '/v1/customers',
    tag: 'Customers',
    summary: 'Create a customer',
    description:
      "Creates a customer and binds the token's card to it, verified by the token's SMS code; the card becomes `default_source` and its holder the customer's `name`. The token is used up. Foreign cards cannot be bound.",
    auth,
    request: { headers, body: body('CustomerCreate') },
    responses: { 200: { description: 'The new customer.', body: json('Customer') } },
  },
  listCustomers: {
    method: 'GET',
    path: '/v1/customers',
    tag: 'Customers',
    summary: 'List customers',
    description:
      'Newest first. `limit` 1–100 (default 10); `starting_after` or `ending_before` a customer id; `created[gt|gte|lt|lte]` Unix seconds.',
    auth,
    request: { headers, query: pages },
    pagination: cursorPages({ items: 'data', id: 'id', hasMore: 'has_more' }),
    responses: { 200: { description: 'A page of customers.', body: json('CustomerList') } },
  },
  retrieveCustomer: {
    method: 'GET',
    path: '/v1/customers/{customer_id}',
    tag: 'Customers',
    summary: 'Retrieve a customer',
    auth,
    request: { headers, params: customerParams },
    responses: { 200: { description: 'The customer.', body: json('Customer') } },
  },
  updateCustomer: {
    method: 'PUT',
    path: '/v1/customers/{customer_id}',
    tag: 'Customers',
    summary: 'Update a customer',
    description: '`default_source` must be one of the customer’s cards and cannot be null. `metadata` is merged.',
    ...update,
  },
  updateCustomerByPost: {
    method: 'POST',
    path: '/v1/customers/{customer_id}',
    tag: 'Customers',
    summary: 'Update a customer (POST)',
    description: 'The same as `PUT /v1/customers/{customer_id}`.',
    extension: "The official pingpp Node SDK's generic `update` sends POST to the object's path; the seed documents PUT.",
    ...update,
  },
  createSource: {
    method: 'POST',
    path: '/v1/customers/{customer_id}/sources',
    tag: 'Cards',
    summary: 'Bind a card to a customer',
    description: "Binds the token's card, verified by its SMS code; it becomes `default_source` when the customer has none.",
    extension: CARDS,
    auth,
    request: { headers, params: customerParams, body: body('SourceCreate') },
    responses: { 200: { description: 'The bound card.', body: json('Card') } },
  },
  listSources: {
    method: 'GET',
    path: '/v1/customers/{customer_id}/sources',
    tag: 'Cards',
    summary: "List a customer's cards",
    description: 'Paged like customers: newest first, `limit`, `starting_after`, `ending_before`, `created[…]`.',
    extension: CARDS,
    auth,
    request: { headers, params: customerParams, query: pages },
    pagination: cursorPages({ items: 'data', id: 'id', hasMore: 'has_more' }),
    responses: { 200: { description: 'A page of cards.', body: json('CardList') } },
  },
  retrieveSource: {
    method: 'GET',
    path: '/v1/customers/{customer_id}/sources/{card_id}',
    tag: 'Cards',
    summary: 'Retrieve a card',
    extension: CARDS,
    auth,
    request: { headers, params: cardParams },
    responses: { 200: { description: 'The card.', body: json('Card') } },
  },
  // Before deleteCustomer: deleting the customer makes its cards unreachable.
  deleteSource: {
    method: 'DELETE',
    path: '/v1/customers/{customer_id}/sources/{card_id}',
    tag: 'Cards',
    summary: 'Remove a card',
    description: 'When it was `default_source`, the most recently bound remaining card becomes the default (or null when none remains).',
    extension: CARDS,
    auth,
    request: { headers, params: cardParams },
    responses: { 200: { description: 'Removed.', body: json('Deleted') } },
  },
  deleteCustomer: {
    method: 'DELETE',
    path: '/v1/customers/{customer_id}',
    tag: 'Customers',
    summary: 'Delete a customer',
    description: 'The customer and its cards become unreachable (404) and leave every list; they are kept in storage.',
    auth,
    request: { headers, params: customerParams },
    responses: { 200: { description: 'Deleted.', body: json('Deleted') } },
  },
  createToken: {
    method: 'POST',
    path: '/v1/tokens',
    tag: 'Tokens',
    summary: 'Create a card token',
    description:
      'Tokenizes a card and sends an SMS verification code to its phone: the token embeds the SMS code object. In test mode the code is always `123456`; in live mode it is six random digits, readable only with `GET /v1/sms_codes/{id}`.',
    extension: TOKENS,
    auth,
    request: { headers, body: body('TokenCreate') },
    responses: { 200: { description: 'The token.', body: json('Token') } },
  },
  retrieveToken: {
    method: 'GET',
    path: '/v1/tokens/{token_id}',
    tag: 'Tokens',
    summary: 'Retrieve a token',
    extension: TOKENS,
    auth,
    request: { headers, params: Type.Object({ token_id: Type.String({ maxLength: 64, description: 'The token id (`tok_…`).' }) }) },
    responses: { 200: { description: 'The token.', body: json('Token') } },
  },
  retrieveSmsCode: {
    method: 'GET',
    path: '/v1/sms_codes/{sms_code_id}',
    tag: 'Tokens',
    summary: 'Retrieve an SMS code',
    description: 'The SMS verification code a token sent, as the card holder received it.',
    extension: TOKENS,
    auth,
    request: { headers, params: Type.Object({ sms_code_id: Type.String({ maxLength: 64, description: 'The SMS code id (`sms_…`).' }) }) },
    responses: { 200: { description: 'The SMS code.', body: json('SmsCode') } },
  },
});
