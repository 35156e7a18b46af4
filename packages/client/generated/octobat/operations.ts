// Generated from schemas/octobat (its emitted spec); do not edit. Run `pnpm generate`.
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
      style: 'cursor',
      limit: 'limit',
      after: 'starting_after',
      before: 'ending_before',
      items: 'data',
      id: 'id',
      hasMore: 'has_more',
      hasMoreBefore: 'has_before',
      maxLimit: 100,
    },
  },
  retrieveCustomer: {
    method: 'GET',
    path: '/customers/{id}',
  },
  updateCustomer: {
    method: 'PATCH',
    path: '/customers/{id}',
    idempotencyKey: true,
  },
} as const satisfies OperationTable;
