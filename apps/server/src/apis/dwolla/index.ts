import { DWOLLA_MEDIA_TYPE, dwolla } from '@clientele/schemas';
import { defineServerApi } from '../../platform/handlers.ts';
import { uuid } from '../../platform/ids.ts';
import { bearerTokenAuth, clientCredentialsAuth, createApplication } from '../../platform/oauth.ts';
import { customerHandlers } from './customers.ts';
import { renderError } from './errors.ts';
import { TOKEN_LIFETIME_SECONDS, tokenHandler } from './token.ts';

export const DEFAULT_SCOPES = ['ManageCustomers'] as const;

export interface DwollaOptions {
  /** How long access tokens live (default 3600 seconds); shorter in tests of expiry. */
  readonly tokenLifetimeSeconds?: number;
}

/** Dwolla's OAuth scopes are single words (`ManageCustomers`, `Send`, …). */
const SCOPE = /^[A-Za-z]+$/;

export function createDwollaApi(options: DwollaOptions = {}) {
  return defineServerApi({
    definition: dwolla,
    handlers: { ...tokenHandler(options.tokenLifetimeSeconds ?? TOKEN_LIFETIME_SECONDS), ...customerHandlers },
    authenticators: { oauth2: bearerTokenAuth('dwolla'), clientCredentials: clientCredentialsAuth('dwolla') },
    renderError,
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
        credentials: { client_id: clientId, client_secret: clientSecret, scopes: scopes.join(',') },
        example: (baseUrl) => `curl -u ${clientId}:${clientSecret} ${baseUrl}/token -d grant_type=client_credentials`,
      };
    },
  });
}

export const dwollaApi = createDwollaApi();
