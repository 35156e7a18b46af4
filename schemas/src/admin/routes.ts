import { Type, type TProperties } from '@sinclair/typebox';
import { defineRoutes, type ResponseSpec } from '../shared/index.ts';
import type { SchemaName as Name } from './resources.ts';

export const JSON_TYPES = ['application/json'] as const;
/** The request log, followed live: one `request` event per entry. */
export const EVENT_STREAM = 'text/event-stream';

const json = <const S extends Name>(schema: S) => ({ schema, contentTypes: JSON_TYPES });
const error = (description: string): ResponseSpec<Name> => ({ description, body: json('Error') });
const auth = { scheme: 'adminToken' } as const;
const strict = <T extends TProperties>(properties: T) => Type.Object(properties, { additionalProperties: false });

const tenantParams = strict({ tenant_id: Type.String({ maxLength: 200, description: 'The tenant’s id.' }) });
const credentialParams = strict({
  tenant_id: Type.String({ maxLength: 200, description: 'The tenant’s id.' }),
  credential_id: Type.String({ maxLength: 200, description: 'The credential’s id (`cred_…`).' }),
});

const deliveryParams = strict({
  tenant_id: Type.String({ maxLength: 200, description: 'The tenant’s id.' }),
  delivery_id: Type.String({ maxLength: 200, description: 'The delivery’s id (a Dwolla webhook’s id).' }),
});

const page = (defaultLimit: number, maxLimit: number) => ({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: maxLimit, default: defaultLimit, description: `How many (1–${maxLimit}, default ${defaultLimit}).` })),
});

const requestFilters = {
  api: Type.Optional(Type.String({ maxLength: 100, description: 'Only requests to this API.' })),
  tenant: Type.Optional(Type.String({ maxLength: 200, description: 'Only requests of this tenant.' })),
  status: Type.Optional(Type.String({ pattern: '^[1-5]([0-9]{2}|xx)$', description: 'Only this status (`503`), or class (`4xx`).' })),
  operation: Type.Optional(Type.String({ maxLength: 100, description: 'Only requests that reached this operation (its operationId).' })),
  since: Type.Optional(Type.String({ format: 'date-time', description: 'Only requests at or after this time.' })),
  until: Type.Optional(Type.String({ format: 'date-time', description: 'Only requests at or before this time.' })),
};

export const routes = defineRoutes<Name>()({
  listTenants: {
    method: 'GET',
    path: '/tenants',
    tag: 'Tenants',
    summary: 'List tenants',
    description: 'Every tenant (of one API with `api`), oldest first.',
    auth,
    request: {
      query: strict({
        api: Type.Optional(Type.String({ maxLength: 100, description: 'Only tenants of this API.' })),
        ...page(100, 1000),
        offset: Type.Optional(Type.Integer({ minimum: 0, default: 0, description: 'How many to skip.' })),
      }),
    },
    responses: { 200: { description: 'Tenants.', body: json('TenantList') } },
  },
  createTenant: {
    method: 'POST',
    path: '/tenants',
    tag: 'Tenants',
    summary: 'Create a tenant',
    description: 'A new tenant of an API, with the credentials the API gives one (shown this once), as `clientele tenant create` makes it.',
    auth,
    request: { body: json('TenantCreate') },
    responses: { 201: { description: 'The tenant and its credentials.', body: json('ProvisionedTenant') } },
  },
  getTenant: {
    method: 'GET',
    path: '/tenants/{tenant_id}',
    tag: 'Tenants',
    summary: 'Show a tenant',
    description: 'The tenant, its credentials (never their secrets) and how many documents each of its collections holds.',
    auth,
    request: { params: tenantParams },
    responses: { 200: { description: 'The tenant.', body: json('TenantDetail') } },
  },
  deleteTenant: {
    method: 'DELETE',
    path: '/tenants/{tenant_id}',
    tag: 'Tenants',
    summary: 'Delete a tenant',
    description: 'Removes the tenant, its credentials and all its data.',
    auth,
    request: { params: tenantParams },
    responses: { 204: { description: 'Deleted.' } },
  },
  addCredential: {
    method: 'POST',
    path: '/tenants/{tenant_id}/credentials',
    tag: 'Credentials',
    summary: 'Add a credential',
    description: 'A new credential for the tenant: a copy of one it has (`like`: a second key, another OAuth application) or one of a kind given. Its secret is shown this once.',
    auth,
    request: { params: tenantParams, body: json('CredentialCreate') },
    responses: { 201: { description: 'The credential and its secret.', body: json('NewCredential') } },
    errors: [409],
  },
  rotateCredential: {
    method: 'POST',
    path: '/tenants/{tenant_id}/credentials/{credential_id}/rotate',
    tag: 'Credentials',
    summary: 'Rotate a credential',
    description: 'Gives the credential a new secret of the same form (the public half of a two-part one stays); the old secret stops working at once. The new one is shown this once.',
    auth,
    request: { params: credentialParams },
    responses: { 200: { description: 'The credential and its new secret.', body: json('NewCredential') } },
    errors: [409],
  },
  revokeCredential: {
    method: 'DELETE',
    path: '/tenants/{tenant_id}/credentials/{credential_id}',
    tag: 'Credentials',
    summary: 'Revoke a credential',
    description: 'The credential stops working at once (on other instances within the shared-state refresh, a second by default).',
    auth,
    request: { params: credentialParams },
    responses: { 204: { description: 'Revoked.' } },
  },
  resetData: {
    method: 'POST',
    path: '/reset',
    tag: 'Data',
    summary: 'Reset data',
    description:
      'Restores one tenant, every tenant of one API, or (empty body) every tenant to its baseline: the documents it had when it was created, seeded or last imported. Credentials are left as they are.',
    auth,
    request: { body: json('ResetRequest') },
    responses: { 200: { description: 'The tenants reset.', body: json('ResetResult') } },
    errors: [404],
  },
  exportData: {
    method: 'GET',
    path: '/export',
    tag: 'Data',
    summary: 'Export tenants',
    description:
      'One tenant (`tenant`), every tenant of an API (`api`), or every tenant: their credentials (by hash) and documents, in the seed file format. Importing it back gives the same export, byte for byte.',
    auth,
    request: {
      query: strict({
        tenant: Type.Optional(Type.String({ maxLength: 200, description: 'Only this tenant.' })),
        api: Type.Optional(Type.String({ maxLength: 100, description: 'Only tenants of this API.' })),
      }),
    },
    responses: { 200: { description: 'The sandbox document.', body: json('SandboxDocument') } },
    errors: [404],
  },
  importData: {
    method: 'POST',
    path: '/import',
    tag: 'Data',
    summary: 'Import tenants',
    description:
      'Creates the tenants the document names that do not exist, adds their credentials that are missing, and replaces each tenant’s data with the document’s, which becomes its baseline. All of one tenant or none of it.',
    auth,
    request: { body: json('SandboxDocument') },
    responses: { 200: { description: 'What was imported.', body: json('ImportResult') } },
    errors: [409],
  },
  listRequests: {
    method: 'GET',
    path: '/requests',
    tag: 'Requests',
    summary: 'List logged requests',
    description: 'The latest requests to the APIs, newest first, from every instance on the database; secrets redacted.',
    auth,
    request: {
      query: strict({
        ...requestFilters,
        before: Type.Optional(Type.Integer({ minimum: 1, description: 'Only entries older than this id (`next_before` of the previous page).' })),
        ...page(50, 500),
      }),
    },
    responses: { 200: { description: 'Logged requests.', body: json('RequestLogPage') } },
  },
  tailRequests: {
    method: 'GET',
    path: '/requests/tail',
    tag: 'Requests',
    summary: 'Follow logged requests',
    description:
      'Server-sent events: one `request` event per new entry (its `data` a RequestLogEntry, its `id` the entry’s), as they are logged by any instance. `Last-Event-ID` resumes after that entry.',
    auth,
    request: {
      query: strict(requestFilters),
      headers: Type.Object({ 'last-event-id': Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$', description: 'Resume after this entry.' })) }),
    },
    responses: { 200: { description: 'An endless stream of `request` events.', body: { schema: 'RequestLogEntry', contentTypes: [EVENT_STREAM] } } },
  },
  clearRequests: {
    method: 'DELETE',
    path: '/requests',
    tag: 'Requests',
    summary: 'Clear the request log',
    auth,
    responses: { 204: { description: 'Cleared.' } },
  },
  listFaults: {
    method: 'GET',
    path: '/faults',
    tag: 'Faults',
    summary: 'List fault rules',
    auth,
    responses: { 200: { description: 'The rules, in the order they are tried.', body: json('FaultRuleList') } },
  },
  addFault: {
    method: 'POST',
    path: '/faults',
    tag: 'Faults',
    summary: 'Add a fault rule',
    description:
      'Matching requests (by API, operation, tenant, verb) get the fault: a status in the API’s own error envelope, a latency, a dropped connection, or several; all of them, a share (`probability`) or the next few (`count`). Rules are shared by every instance on the database.',
    auth,
    request: { body: json('FaultRuleCreate') },
    responses: { 201: { description: 'The rule.', body: json('FaultRule') } },
  },
  deleteFault: {
    method: 'DELETE',
    path: '/faults/{fault_id}',
    tag: 'Faults',
    summary: 'Remove a fault rule',
    auth,
    request: { params: strict({ fault_id: Type.String({ maxLength: 100, description: 'The rule’s id.' }) }) },
    responses: { 204: { description: 'Removed.' } },
  },
  clearFaults: {
    method: 'DELETE',
    path: '/faults',
    tag: 'Faults',
    summary: 'Remove every fault rule',
    auth,
    responses: { 204: { description: 'Removed.' } },
  },
  getClock: {
    method: 'GET',
    path: '/clock',
    tag: 'Clock',
    summary: 'Read the clock',
    description: 'The time the APIs see: token and idempotency-key expiry, creation times and `created` filters.',
    auth,
    responses: { 200: { description: 'The clock.', body: json('Clock') } },
  },
  advanceClock: {
    method: 'POST',
    path: '/clock',
    tag: 'Clock',
    summary: 'Move the clock forward',
    description: 'Every instance on the database follows (within the shared-state refresh, a second by default).',
    auth,
    request: { body: json('ClockAdvance') },
    responses: { 200: { description: 'The clock, moved.', body: json('Clock') } },
  },
  setCustomerStatus: {
    method: 'POST',
    path: '/tenants/{tenant_id}/customers/{customer_id}/status',
    tag: 'Customers',
    summary: 'Move a customer’s status',
    description: [
      'Moves a customer of a tenant to another status, as the provider would after its own checks: Dwolla’s `status`, Balanced’s',
      '`is_identity_verified`, the bank’s `kyc_status` (Octobat and Ping++ customers have none: 400). Only the transitions the',
      'API allows are taken; any other is a 400 naming `status` and listing the values allowed from the current one. Dwolla:',
      '`retry` → `verified`, `document` or `suspended`; `document` → `verified` or `suspended`; `verified` → `suspended`',
      '(`unverified` and `suspended` customers do not move). Balanced: `false` → `true`. The bank: `false` ↔ `true`. Where the',
      'API has events (Dwolla, Balanced) the change emits one, in the same transaction.',
    ].join(' '),
    auth,
    request: {
      params: strict({
        tenant_id: Type.String({ maxLength: 200, description: 'The tenant’s id.' }),
        customer_id: Type.String({ maxLength: 200, description: 'The customer’s id, as its API names it.' }),
      }),
      body: json('CustomerStatusChange'),
    },
    responses: {
      200: { description: 'The customer’s status, moved.', body: json('CustomerStatus') },
      404: error('`not_found`: no such tenant, or no such customer of it.'),
    },
  },
  listDeliveries: {
    method: 'GET',
    path: '/tenants/{tenant_id}/deliveries',
    tag: 'Deliveries',
    summary: 'List deliveries',
    description: 'The tenant’s deliveries of events to its endpoints (Dwolla webhooks, Balanced callbacks), newest first, each with every attempt.',
    auth,
    request: {
      params: tenantParams,
      query: strict({ ...page(50, 500), offset: Type.Optional(Type.Integer({ minimum: 0, default: 0, description: 'How many to skip.' })) }),
    },
    responses: { 200: { description: 'Deliveries.', body: json('DeliveryList') } },
  },
  getDelivery: {
    method: 'GET',
    path: '/tenants/{tenant_id}/deliveries/{delivery_id}',
    tag: 'Deliveries',
    summary: 'Show a delivery',
    auth,
    request: { params: deliveryParams },
    responses: { 200: { description: 'The delivery and its attempts.', body: json('Delivery') } },
  },
  replayDelivery: {
    method: 'POST',
    path: '/tenants/{tenant_id}/deliveries/{delivery_id}/replay',
    tag: 'Deliveries',
    summary: 'Replay a delivery',
    description: 'Makes one more attempt now, whatever became of the delivery, and answers once it is made (its schedule goes on from there if it fails).',
    auth,
    request: { params: deliveryParams },
    responses: { 200: { description: 'The delivery, with the new attempt.', body: json('Delivery') } },
  },
  getWebhookTargets: {
    method: 'GET',
    path: '/webhook-targets',
    tag: 'Deliveries',
    summary: 'Read where deliveries may go',
    auth,
    responses: { 200: { description: 'The targets allowed.', body: json('WebhookTargets') } },
  },
  setWebhookTargets: {
    method: 'PUT',
    path: '/webhook-targets',
    tag: 'Deliveries',
    summary: 'Restrict where deliveries may go',
    description:
      'Deliveries go only to URLs a tenant registered; with targets set, only to those among them (a registration elsewhere is refused, an attempt to a URL no longer allowed fails without being sent). Private and loopback addresses are allowed unless targets exclude them: test receivers live there.',
    auth,
    request: { body: json('WebhookTargets') },
    responses: { 200: { description: 'The targets allowed now.', body: json('WebhookTargets') } },
  },
});
