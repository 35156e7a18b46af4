import { Type } from '@sinclair/typebox';
import { defineRoutes, OffsetQuery, offsetPages, type Operation, type ResponseSpec } from '../shared/index.ts';
import type { SchemaName as Name } from './resources.ts';

export const JSON_TYPES = ['application/json'] as const;
const BODY_TYPES = ['application/json', 'application/x-www-form-urlencoded'] as const;
const auth = { scheme: 'basicAuth' } as const;

const customerIdParams = Type.Object({
  customer_id: Type.String({ description: 'The customer id (`CU…`).' }),
});

const json = <const S extends Name>(schema: S) => ({ schema, contentTypes: JSON_TYPES });

const error = (description: string): ResponseSpec<Name> => ({ description, body: json('Error') });
const HOOKS =
  'Not in the customer seed: Balanced’s callbacks and events (balanced-docs `api/events.rst`, balanced-api `features/rest/callbacks.feature`). Balanced documented no retry schedule (“at increasing intervals”, expiring after several tries): clientele retries a failed delivery 5 times, 1 min, 5 min, 30 min, 2 h and 12 h after the attempt before, a 2xx within 10 s counting as received; and no signature.';
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
  createCallback: {
    method: 'POST',
    path: '/v1/callbacks',
    tag: 'Callbacks',
    summary: 'Create a callback',
    description: 'A URL that receives the marketplace’s events. A second callback with the same URL is a 409 (`duplicate-webhook-url`).',
    extension: HOOKS,
    auth,
    request: { body: { schema: 'CallbackCreate', contentTypes: BODY_TYPES } },
    responses: {
      201: { description: 'The new callback.', body: json('Callback') },
      409: error('A callback with this URL exists (`duplicate-webhook-url`).'),
    },
  },
  listCallbacks: {
    method: 'GET',
    path: '/v1/callbacks',
    tag: 'Callbacks',
    summary: 'List callbacks',
    extension: HOOKS,
    auth,
    request: { query: OffsetQuery({ defaultLimit: 10, maxLimit: 100 }) },
    pagination: offsetPages({ items: 'items', id: 'id', total: 'total' }),
    responses: { 200: { description: 'A page of callbacks.', body: json('CallbackPage') } },
  },
  retrieveCallback: {
    method: 'GET',
    path: '/v1/callbacks/{callback_id}',
    tag: 'Callbacks',
    summary: 'Get a callback',
    extension: HOOKS,
    auth,
    request: { params: Type.Object({ callback_id: Type.String({ description: 'The callback id (`CB…`).' }) }) },
    responses: { 200: { description: 'The callback.', body: json('Callback') }, 404: error('No such callback on this marketplace.') },
  },
  deleteCallback: {
    method: 'DELETE',
    path: '/v1/callbacks/{callback_id}',
    tag: 'Callbacks',
    summary: 'Delete a callback',
    description: 'Events not yet delivered to it are cancelled.',
    extension: HOOKS,
    auth,
    request: { params: Type.Object({ callback_id: Type.String({ description: 'The callback id (`CB…`).' }) }) },
    responses: { 204: noBody('Deleted.'), 404: error('No such callback on this marketplace.') },
  },
  listEvents: {
    method: 'GET',
    path: '/v1/events',
    tag: 'Events',
    summary: 'List events',
    extension: HOOKS,
    auth,
    request: { query: OffsetQuery({ defaultLimit: 10, maxLimit: 100 }) },
    pagination: offsetPages({ items: 'items', id: 'id', total: 'total' }),
    responses: { 200: { description: 'A page of events.', body: json('EventPage') } },
  },
  retrieveEvent: {
    method: 'GET',
    path: '/v1/events/{event_id}',
    tag: 'Events',
    summary: 'Get an event',
    extension: HOOKS,
    auth,
    request: { params: Type.Object({ event_id: Type.String({ description: 'The event id (`EV…`).' }) }) },
    responses: { 200: { description: 'The event, with its callback statuses.', body: json('Event') }, 404: error('No such event on this marketplace.') },
  },
});

/** What every delivery to a callback shares, whatever its method. */
const callbackDelivery = {
  path: '',
  tag: 'Callbacks',
  extension: HOOKS,
  auth: null,
  responses: { 200: { description: 'Received: any 2xx within 10 seconds.' } },
} as const;

/** What clientele sends to a Balanced callback's URL (OpenAPI `webhooks`): one entry per callback method. */
export const webhooks = {
  balancedCallback: {
    ...callbackDelivery,
    method: 'POST',
    summary: 'A callback: one event, sent to a callback’s URL',
    description:
      'Sent with the callback’s method (`post` and `put` carry the event as JSON; `get` carries none). Balanced documented no signature, so there is none. A 2xx within 10 seconds counts as received; otherwise it is retried 1, 5 and 30 minutes, 2 and 12 hours after the attempt before (clientele’s choice: Balanced said only “at increasing intervals”). The same change may arrive more than once.',
    request: { body: { schema: 'Event', contentTypes: ['application/json'] } },
  },
  balancedCallbackPut: {
    ...callbackDelivery,
    method: 'PUT',
    summary: 'A callback with method put: the same event, sent with PUT',
    description: 'What a callback created with `method` `put` receives: the event as JSON, on the same rules as `post`.',
    request: { body: { schema: 'Event', contentTypes: ['application/json'] } },
  },
  balancedCallbackGet: {
    ...callbackDelivery,
    method: 'GET',
    summary: 'A callback with method get: a GET without a body',
    description: 'What a callback created with `method` `get` receives: a GET of its URL, with no body and no query, on the same rules as `post`.',
  },
} as const satisfies Readonly<Record<string, Operation<Name>>>;
