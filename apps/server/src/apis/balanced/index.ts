import { balanced } from '@clientele/schemas';
import { secretKeyAuth } from '../../platform/auth.ts';
import { defineServerApi } from '../../platform/handlers.ts';
import { base62, hex } from '../../platform/ids.ts';
import { handlers } from './customers.ts';
import { renderError } from './errors.ts';

export const balancedApi = defineServerApi({
  definition: balanced,
  handlers,
  authenticators: { basicAuth: secretKeyAuth('balanced') },
  renderError,
  async provisionTenant(store, { name, scopes }) {
    if (scopes) throw new Error('Balanced API keys carry no scopes');
    // Test marketplaces are `TEST-MP` + 22 base62 characters; secrets 32 lowercase hex, like the seed's.
    const tenant = await store.tenants.create({ id: `TEST-MP${base62(22)}`, api: 'balanced', name: name ?? 'Test marketplace' });
    const secret = hex(16);
    await store.credentials.create({ secret, tenantId: tenant.id, api: 'balanced', kind: 'api_key' });
    return {
      tenant,
      credentials: { api_key_secret: secret },
      example: (baseUrl) => `curl -u ${secret}: ${baseUrl}/v1/customers -d name='Benny Riemann' -d meta[tier]=gold`,
    };
  },
});
