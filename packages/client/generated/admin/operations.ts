// Generated from schemas/admin (its emitted spec); do not edit. Run `pnpm generate`.
import type { OperationTable } from '../../src/runtime/operations';

export const operationTable = {
  addCredential: {
    method: 'POST',
    path: '/tenants/{tenant_id}/credentials',
  },
  addFault: {
    method: 'POST',
    path: '/faults',
  },
  advanceClock: {
    method: 'POST',
    path: '/clock',
  },
  clearFaults: {
    method: 'DELETE',
    path: '/faults',
  },
  clearRequests: {
    method: 'DELETE',
    path: '/requests',
  },
  createTenant: {
    method: 'POST',
    path: '/tenants',
  },
  deleteFault: {
    method: 'DELETE',
    path: '/faults/{fault_id}',
  },
  deleteTenant: {
    method: 'DELETE',
    path: '/tenants/{tenant_id}',
  },
  exportData: {
    method: 'GET',
    path: '/export',
    queryIndex: 0,
  },
  getClock: {
    method: 'GET',
    path: '/clock',
  },
  getDelivery: {
    method: 'GET',
    path: '/tenants/{tenant_id}/deliveries/{delivery_id}',
  },
  getTenant: {
    method: 'GET',
    path: '/tenants/{tenant_id}',
  },
  getWebhookTargets: {
    method: 'GET',
    path: '/webhook-targets',
  },
  importData: {
    method: 'POST',
    path: '/import',
  },
  listDeliveries: {
    method: 'GET',
    path: '/tenants/{tenant_id}/deliveries',
    queryIndex: 1,
  },
  listFaults: {
    method: 'GET',
    path: '/faults',
  },
  listRequests: {
    method: 'GET',
    path: '/requests',
    queryIndex: 0,
  },
  listTenants: {
    method: 'GET',
    path: '/tenants',
    queryIndex: 0,
  },
  replayDelivery: {
    method: 'POST',
    path: '/tenants/{tenant_id}/deliveries/{delivery_id}/replay',
  },
  resetData: {
    method: 'POST',
    path: '/reset',
  },
  revokeCredential: {
    method: 'DELETE',
    path: '/tenants/{tenant_id}/credentials/{credential_id}',
  },
  rotateCredential: {
    method: 'POST',
    path: '/tenants/{tenant_id}/credentials/{credential_id}/rotate',
  },
  setCustomerStatus: {
    method: 'POST',
    path: '/tenants/{tenant_id}/customers/{customer_id}/status',
  },
  setWebhookTargets: {
    method: 'PUT',
    path: '/webhook-targets',
  },
  tailRequests: {
    method: 'GET',
    path: '/requests/tail',
    queryIndex: 0,
  },
} as const satisfies OperationTable;
