import { Type } from '@sinclair/typebox';
import { defineRoutes, OffsetQuery, offsetPages, type ResponseSpec } from '../shared/index.ts';
import type { SchemaName as Name } from './resources.ts';

export const JSON_TYPES = ['application/json'] as const;
const BODY_TYPES = ['application/json', 'application/x-www-form-urlencoded'] as const;
const auth = { scheme: 'basicAuth' } as const;

const customerIdParams = Type.Object({
  customer_id: Type.String({ description: 'The customer id (`CU…`).' }),
});

const json = <const S extends Name>(schema: S) => ({ schema, contentTypes: JSON_TYPES });

const noBody = (description: string): ResponseSpec<Name> => ({ description });

export const routes = defineRoutes<Name>()({
  createCustomer: {
    method: 'POST',
    path: '/v1/customers',
    tag: 'Customers',
    summary: 'Create a customer',
    auth,
    request: { body: { schema: 'CustomerCreate', contentTypes: BODY_TYPES } },
    responses: { 201: { description: 'The new customer.', body: json('Customer') } },
    errors: [409],
  },
  retrieveCustomer: {
    method: 'GET',
    path: '/v1/customers/{customer_id}',
    tag: 'Customers',
    summary: 'Retrieve a customer',
    auth,
    request: { params: customerIdParams },
    responses: { 200: { description: 'The customer.', body: json('Customer') } },
  },
  headCustomer: {
    method: 'HEAD',
    path: '/v1/customers/{customer_id}',
    tag: 'Customers',
    summary: 'Check a customer exists',
    description: 'The same status and headers as retrieving the customer, without a body.',
    headOf: 'retrieveCustomer',
    auth,
    request: { params: customerIdParams },
    responses: { 200: noBody('The customer exists.') },
  },
  listCustomers: {
    method: 'GET',
    path: '/v1/customers',
    tag: 'Customers',
    summary: 'List all customers',
    description: 'Newest first. `limit` defaults to 10 (at most 100), `offset` to 0.',
    auth,
    request: { query: OffsetQuery({ defaultLimit: 10, maxLimit: 100 }) },
    pagination: offsetPages({ items: 'items', id: 'id', total: 'total' }),
    responses: { 200: { description: 'A page of customers.', body: json('CustomerPage') } },
  },
  headCustomers: {
    method: 'HEAD',
    path: '/v1/customers',
    tag: 'Customers',
    summary: 'Check the customer list',
    description: 'The same status and headers as listing customers, without a body.',
    headOf: 'listCustomers',
    auth,
    request: { query: OffsetQuery({ defaultLimit: 10, maxLimit: 100 }) },
    responses: { 200: noBody('The list is available.'), 400: noBody('Invalid `limit` or `offset`.') },
  },
  updateCustomer: {
    method: 'PUT',
    path: '/v1/customers/{customer_id}',
    tag: 'Customers',
    summary: 'Update a customer',
    auth,
    request: { params: customerIdParams, body: { schema: 'CustomerUpdate', contentTypes: BODY_TYPES } },
    responses: { 200: { description: 'The updated customer.', body: json('Customer') } },
    errors: [409],
  },
});
