// Generated from schemas/pingpp (its emitted spec); do not edit. Run `pnpm generate`.
import type { OperationTable } from '../../src/runtime/operations';

export const operationTable = {
  createCustomer: {
    method: 'POST',
    path: '/v1/customers',
  },
  createSource: {
    method: 'POST',
    path: '/v1/customers/{customer_id}/sources',
  },
  createToken: {
    method: 'POST',
    path: '/v1/tokens',
  },
  deleteCustomer: {
    method: 'DELETE',
    path: '/v1/customers/{customer_id}',
  },
  deleteSource: {
    method: 'DELETE',
    path: '/v1/customers/{customer_id}/sources/{card_id}',
  },
  listCustomers: {
    method: 'GET',
    path: '/v1/customers',
    queryIndex: 0,
    bracketQuery: true,
    pagination: {
      style: 'cursor',
      limit: 'limit',
      after: 'starting_after',
      before: 'ending_before',
      items: 'data',
      id: 'id',
      hasMore: 'has_more',
      hasMoreBefore: 'has_more',
      maxLimit: 100,
    },
  },
  listSources: {
    method: 'GET',
    path: '/v1/customers/{customer_id}/sources',
    queryIndex: 1,
    bracketQuery: true,
    pagination: {
      style: 'cursor',
      limit: 'limit',
      after: 'starting_after',
      before: 'ending_before',
      items: 'data',
      id: 'id',
      hasMore: 'has_more',
      hasMoreBefore: 'has_more',
      maxLimit: 100,
    },
  },
  retrieveCustomer: {
    method: 'GET',
    path: '/v1/customers/{customer_id}',
  },
  retrieveSmsCode: {
    method: 'GET',
    path: '/v1/sms_codes/{sms_code_id}',
  },
  retrieveSource: {
    method: 'GET',
    path: '/v1/customers/{customer_id}/sources/{card_id}',
  },
  retrieveToken: {
    method: 'GET',
    path: '/v1/tokens/{token_id}',
  },
  updateCustomer: {
    method: 'PUT',
    path: '/v1/customers/{customer_id}',
  },
  updateCustomerByPost: {
    method: 'POST',
    path: '/v1/customers/{customer_id}',
  },
} as const satisfies OperationTable;
