import { octobat } from '@clientele/schemas/octobat';
import { secretKeyAuth } from '../../platform/auth.ts';
import { defineServerApi } from '../../platform/handlers.ts';
import { base62 } from '../../platform/ids.ts';
import { authorizeByModeKey, MODES, provisionModeKeys } from '../../platform/modes.ts';
import { samplesOf } from '../../platform/resources.ts';
import { customers, handlers } from './customers.ts';
import { errors } from './errors.ts';

/**
 * What Octobat's Node SDK (`octobat-npm`) sends as its User-Agent. The SDK writes a request's body
 * only on its socket's `connect` event, which a kept-alive socket never fires again: its second
 * request on a reused socket would hang. Node ≥ 19 keeps sockets alive by default, so the server
 * closes the connection after each answer to this SDK, and only to it.
 */
const OCTOBAT_NODE_SDK = /^Octobat\/v2 NodeBindings\//;

export const octobatApi = defineServerApi({
  definition: octobat,
  handlers,
  authenticators: { secretKey: secretKeyAuth('octobat') },
  errors,
  resources: [customers],
  closeConnectionsOf: OCTOBAT_NODE_SDK,
  async provisionTenant(store, { name, scopes }) {
    if (scopes) throw new Error('Octobat secret keys carry no scopes');
    // An account with a test and a live secret key, shaped like the seed's (`oc_test_skey_` + 24 base62).
    const account = { id: `oc_acct_${base62(16)}`, api: 'octobat', name: name ?? 'Test account' };
    const provisioned = await provisionModeKeys(store, account, (mode) => `oc_${mode}_skey_${base62(24)}`);
    const test = provisioned.credentials.test_secret_key;
    return { ...provisioned, example: (baseUrl) => `curl -u ${test}: ${baseUrl}/customers -d name='Octobat Inc.' -d billing_address_country=FR` };
  },
  modes: MODES,
  // JSON bodies, as a client starts (form bodies work as well).
  authorize: async (credentials, context) => ({ ...(await authorizeByModeKey(credentials, context)), 'content-type': 'application/json' }),
  samples: samplesOf(
    customers,
    (i) => ({
      name: `Customer ${i}`,
      email: `customer${i}@example.org`,
      phone_number: '+33 9 52 54 03 70',
      billing_address_city: 'Paris',
      billing_address_zip: '75004',
      billing_address_country: 'FR',
      ...(i % 2 === 0 ? { tax_number: `FR${String(i).padStart(11, '0')}` } : {}),
    }),
    (id) => ({ id }),
  ),
});
