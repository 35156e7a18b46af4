// Generated from schemas/balanced (its emitted spec); do not edit. Run `pnpm generate`.
import type { OperationTable } from '../../src/runtime/operations';

export const operationTable = {
  createCallback: {
    method: 'POST',
    path: '/v1/callbacks',
  },
  createCustomer: {
    method: 'POST',
    path: '/v1/customers',
  },
  deleteCallback: {
    method: 'DELETE',
    path: '/v1/callbacks/{callback_id}',
  },
  headCustomer: {
    method: 'HEAD',
    path: '/v1/customers/{customer_id}',
  },
  headCustomers: {
    method: 'HEAD',
    path: '/v1/customers',
    queryIndex: 0,
  },
  listCallbacks: {
    method: 'GET',
    path: '/v1/callbacks',
    queryIndex: 0,
    pagination: {
      style: 'offset',
      limit: 'limit',
      offset: 'offset',
      items: 'items',
      id: 'id',
      total: 'total',
      maxLimit: 100,
    },
  },
  listCustomers: {
    method: 'GET',
    path: '/v1/customers',
    queryIndex: 0,
    pagination: {
      style: 'offset',
      limit: 'limit',
      offset: 'offset',
      items: 'items',
      id: 'id',
      total: 'total',
      maxLimit: 100,
    },
  },
  listEvents: {
    method: 'GET',
    path: '/v1/events',
    queryIndex: 0,
    pagination: {
      style: 'offset',
      limit: 'limit',
      offset: 'offset',
      items: 'items',
      id: 'id',
      total: 'total',
      maxLimit: 100,
    },
  },
  retrieveCallback: {
    method: 'GET',
    path: '/v1/callbacks/{callback_id}',
  },
  retrieveCustomer: {
    method: 'GET',
    path: '/v1/customers/{customer_id}',
  },
  retrieveEvent: {
    method: 'GET',
    path: '/v1/events/{event_id}',
  },
  updateCustomer: {
    method: 'PUT',
    path: '/v1/customers/{customer_id}',
  },
} as const satisfies OperationTable;
