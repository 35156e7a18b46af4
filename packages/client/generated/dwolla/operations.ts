// Generated from schemas/dwolla (its emitted spec); do not edit. Run `pnpm generate`.
import type { OperationTable } from '../../src/runtime/operations';

export const operationTable = {
  createCustomer: {
    method: 'POST',
    path: '/customers',
    idempotencyKey: true,
  },
  listCustomers: {
    method: 'GET',
    path: '/customers',
    queryIndex: 0,
    pagination: {
      style: 'links',
      limit: 'limit',
      items: '_embedded.customers',
      id: 'id',
      next: '_links.next.href',
      maxLimit: 200,
    },
  },
  requestToken: {
    method: 'POST',
    path: '/token',
  },
  retrieveCustomer: {
    method: 'GET',
    path: '/customers/{id}',
  },
  updateCustomer: {
    method: 'POST',
    path: '/customers/{id}',
    idempotencyKey: true,
  },
} as const satisfies OperationTable;
