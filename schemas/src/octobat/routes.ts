import { Type } from '@sinclair/typebox';
import { cursorPages, CursorQuery, defineRoutes } from '../shared/index.ts';
import type { SchemaName as Name } from './resources.ts';

export const JSON_TYPES = ['application/json'] as const;
// Octobat's SDKs send form bodies (bracket notation for nested parameters); JSON is accepted as well. JSON is
// listed first so that generated clients keep null (form encoding has none); @clientele/client sends form anyway.
const BODY_TYPES = ['application/json', 'application/x-www-form-urlencoded'] as const;
const auth = { scheme: 'secretKey' } as const;

// No length limit: any id that names no customer is a 404, as for Octobat itself.
const customerParams = Type.Object({ id: Type.String({ description: 'The customer id (`oc_cu_…`).' }) });

const json = <const S extends Name>(schema: S) => ({ schema, contentTypes: JSON_TYPES });

const IDEMPOTENCY = {
  extension:
    "Octobat documents Idempotency-Key in its API introduction, not on the customer pages: the same key returns the same response for 24 hours; reused with different parameters it is refused.",
} as const;

export const routes = defineRoutes<Name>()({
  createCustomer: {
    method: 'POST',
    path: '/customers',
    tag: 'Customers',
    summary: 'Create a customer',
    description: [
      'Returns the customer object if the creation succeeds. `billing_address_country` is required. Without a',
      '`business_type`, the customer is `B2B` when a `tax_number` is given and `B2C` otherwise.',
    ].join(' '),
    auth,
    idempotency: IDEMPOTENCY,
    request: { body: { schema: 'CustomerCreate', contentTypes: BODY_TYPES } },
    responses: { 201: { description: 'The new customer.', body: json('Customer') } },
  },
  retrieveCustomer: {
    method: 'GET',
    path: '/customers/{id}',
    tag: 'Customers',
    summary: 'Retrieve a customer',
    description: 'Retrieves the details of an existing customer.',
    auth,
    request: { params: customerParams },
    responses: { 200: { description: 'The customer.', body: json('Customer') } },
  },
  updateCustomer: {
    method: 'PATCH',
    path: '/customers/{id}',
    tag: 'Customers',
    summary: 'Update a customer',
    description: [
      'Updates the customer by setting the values of the parameters passed; any parameter not provided is left',
      'unchanged (so `billing_address_country`, marked required in the seed, may be left out: the seed’s own example',
      'sends only `email`).',
    ].join(' '),
    auth,
    idempotency: IDEMPOTENCY,
    request: { params: customerParams, body: { schema: 'CustomerUpdate', contentTypes: BODY_TYPES } },
    responses: { 200: { description: 'The updated customer.', body: json('Customer') } },
  },
  listCustomers: {
    method: 'GET',
    path: '/customers',
    tag: 'Customers',
    summary: 'List all customers',
    description: [
      'Newest first. `limit` is 1–100 (default 10); `starting_after` (a customer id) gives the page after that',
      'customer, `ending_before` the page before it. The parameters may also come as a form or JSON body, as',
      "Octobat's Node SDK sends them.",
    ].join(' '),
    auth,
    queryInBody: BODY_TYPES,
    request: { query: CursorQuery({ defaultLimit: 10, maxLimit: 100 }) },
    pagination: cursorPages({ items: 'data', id: 'id', hasMore: 'has_more', hasMoreBefore: 'has_before' }),
    responses: { 200: { description: 'A page of customers.', body: json('CustomerList') } },
  },
});
