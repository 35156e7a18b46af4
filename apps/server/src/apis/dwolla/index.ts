import { HAL_JSON as DWOLLA_MEDIA_TYPE, dwolla } from '@clientele/schemas/dwolla';
import type * as Dwolla from '@clientele/schemas/dwolla';
import { defineServerApi } from '../../platform/handlers.ts';
import { uuid } from '../../platform/ids.ts';
import { bearerTokenAuth, clientCredentialsAuth, createApplication } from '../../platform/oauth.ts';
import { customerHandlers, customers } from './customers.ts';
import { STATUS_TRANSITIONS, type Status } from './verification.ts';
import { customerMoved } from './events.ts';
import { dwollaEvents, webhookHandlers, webhookSamples } from './webhooks.ts';
import type { StatusPolicy } from '../../platform/statuses.ts';
import { errors } from './errors.ts';
import { samplesOf } from '../../platform/resources.ts';
import { TOKEN_LIFETIME_SECONDS, tokenHandler } from './token.ts';

export const DEFAULT_SCOPES = ['ManageCustomers'] as const;

export interface DwollaOptions {
  /** How long access tokens live (default 3600 seconds); shorter in tests of expiry. */
  readonly tokenLifetimeSeconds?: number;
}

/** Dwolla's OAuth scopes are single words (`ManageCustomers`, `Send`, …). */
const SCOPE = /^[A-Za-z]+$/;

/** Dwolla's customer `status`, moved as its verification would move it. */
const customerStatus: StatusPolicy = {
  field: 'status',
  collection: customers.policy.collection,
  transitions: Object.entries(STATUS_TRANSITIONS),
  locate: async (context, id) => ({ scope: context.scope, doc: (await customers.get(context, id)) as never }),
  moved: (context, doc, _from, to) => customerMoved(context.store, context.apiRoot, context.tenant.id, doc.id, to as Status, context.clock.nowUs()),
};

export function createDwollaApi(options: DwollaOptions = {}) {
  return defineServerApi({
    definition: dwolla,
    handlers: { ...tokenHandler(options.tokenLifetimeSeconds ?? TOKEN_LIFETIME_SECONDS), ...customerHandlers, ...webhookHandlers },
    authenticators: { oauth2: bearerTokenAuth('dwolla'), clientCredentials: clientCredentialsAuth('dwolla') },
    errors,
    resources: [customers],
    customerStatus,
    events: dwollaEvents,
    jsonMediaTypes: [DWOLLA_MEDIA_TYPE],
    responseMediaTypes: [DWOLLA_MEDIA_TYPE, 'application/json'],
    async provisionTenant(store, { name, scopes = DEFAULT_SCOPES }) {
      const bad = scopes.find((scope) => !SCOPE.test(scope));
      if (bad !== undefined) throw new Error(`invalid scope "${bad}": scopes are words such as ManageCustomers`);
      // A Dwolla account (the tenant) and one application of it, whose key and secret get tokens.
      const tenant = await store.tenants.create({ id: uuid().toUpperCase(), api: 'dwolla', name: name ?? 'Test account' });
      const { clientId, clientSecret } = await createApplication(store, { api: 'dwolla', tenantId: tenant.id, scopes });
      return {
        tenant,
        scope: { tenantId: tenant.id },
        credentials: { client_id: clientId, client_secret: clientSecret, scopes: scopes.join(',') },
        example: (baseUrl) => `curl -u ${clientId}:${clientSecret} ${baseUrl}/token -d grant_type=client_credentials`,
      };
    },
    // A client exchanges the application's key and secret for a bearer token first.
    async authorize(credentials, { apiRoot, fetch }) {
      const basic = Buffer.from(`${credentials.client_id}:${credentials.client_secret}`).toString('base64');
      const response = await fetch(`${apiRoot}/token`, {
        method: 'POST',
        headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials',
      });
      if (response.status !== 200) throw new Error(`Dwolla token: ${response.status} ${await response.text()}`);
      const { access_token } = (await response.json()) as { access_token: string };
      return { authorization: `Bearer ${access_token}`, accept: DWOLLA_MEDIA_TYPE, 'content-type': DWOLLA_MEDIA_TYPE };
    },
    samples: {
      ...samplesOf(
        customers,
        (i) => ({ firstName: 'Bob', lastName: `Dole ${i}`, email: `bob${i}@example.org`, ipAddress: '99.99.99.99' }),
        (id) => ({ id }),
      ),
      related: (store, tenant, id, clock) => webhookSamples(store, tenant.scope, id, clock),
      events: {
        subscribe: { operation: 'createWebhookSubscription', body: (url) => ({ url, secret: 'sample-webhook-secret' }) },
        list: 'listEvents',
        read: (event) => {
          const { id, topic, resourceId } = (event ?? {}) as Partial<Dwolla.Event>;
          return id && topic && resourceId ? { id, topic, resourceId } : undefined;
        },
        created: 'customer_created',
      },
    },
  });
}

export const dwollaApi = createDwollaApi();
