// Generated from schemas/balanced (its emitted spec); do not edit. Run `pnpm generate`.
import type { OperationTable } from '../../src/runtime/operations';

export const operationTable = {
  createCustomer: {
    method: 'POST',
    path: '/v1/customers',
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
  retrieveCustomer: {
    method: 'GET',
    path: '/v1/customers/{customer_id}',
  },
  updateCustomer: {
    method: 'PUT',
    path: '/v1/customers/{customer_id}',
  },
} as const satisfies OperationTable;
