import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pingpp } from '@clientele/schemas/pingpp';
import type { Store } from '@clientele/store';
import { invocationDir } from '../../config.ts';
import { secretKeyAuth } from '../../platform/auth.ts';
import { systemClock, type Clock } from '../../platform/clock.ts';
import { defineServerApi } from '../../platform/handlers.ts';
import { base62 } from '../../platform/ids.ts';
import { authorizeByModeKey, MODES, provisionModeKeys } from '../../platform/modes.ts';
import { publicKeys, signedRequests } from '../../platform/signatures.ts';
import { cards } from './cards.ts';
import { customerHandlers, customers } from './customers.ts';
import { errors } from './errors.ts';
import { samples } from './samples.ts';
import { tokenHandlers, tokens } from './tokens.ts';

/** The official Node SDK (`pingpp`) writes a body only on a new socket's `connect`: it must not reuse sockets. */
export const PINGPP_NODE_SDK = /^Pingpp\/v1 NodeBindings\//;

/** RSA-SHA256 over the raw body, the path with its query, and the timestamp, as Ping++'s SDKs sign. */
const SIGNING = {
  api: 'pingpp',
  signatureHeader: 'pingplusplus-signature',
  timestampHeader: 'pingplusplus-request-timestamp',
  toleranceSeconds: 300,
  payload: ({ body, path, timestamp }: { body: string; path: string; timestamp: string }) => `${body}${path}${timestamp}`,
} as const;

/** Registers (or replaces) a Ping++ account's public key; every server instance sees it at once. */
export const registerPublicKey = (store: Store, tenantId: string, pem: string, clock: Clock = systemClock) =>
  publicKeys(store, 'pingpp').register(tenantId, pem, clock);

export const pingppApi = defineServerApi({
  definition: pingpp,
  handlers: { ...customerHandlers, ...tokenHandlers },
  // Some official SDKs send the key as HTTP Basic, others as a Bearer token.
  authenticators: { secretKey: signedRequests(secretKeyAuth('pingpp', { bearerToo: true }), SIGNING) },
  errors,
  resources: [customers, cards, tokens],
  closeConnectionsOf: PINGPP_NODE_SDK,
  async provisionTenant(store, { name, scopes }) {
    if (scopes) throw new Error('Ping++ secret keys carry no scopes');
    // An account with one App, and a secret key for each mode: `sk_test_` / `sk_live_` + 24 base62, as Ping++'s.
    const app = `app_${base62(16)}`;
    const account = { id: `acct_${base62(16)}`, api: 'pingpp', name: name ?? 'Test account', meta: { app } };
    const provisioned = await provisionModeKeys(store, account, (mode) => `sk_${mode}_${base62(24)}`);
    const test = provisioned.credentials.test_secret_key;
    return {
      ...provisioned,
      credentials: { app_id: app, ...provisioned.credentials },
      example: (baseUrl) =>
        `curl -u ${test}: ${baseUrl}/v1/tokens -d app=${app} -d 'card[card_number]=6222280012469823' -d 'card[name]=张三' -d 'card[phone_number]=13800138000'`,
    };
  },
  modes: MODES,
  authorize: authorizeByModeKey,
  samples,
  commands: [
    {
      name: 'tenant public-key',
      summary: "Registers (or replaces) an account's RSA public key: from then on its requests must be signed.",
      options: { file: { description: 'the public key, PEM (SPKI or PKCS#1)', required: true } },
      async run({ store, tenant, clock }, { file }) {
        await registerPublicKey(store, tenant.id, readFileSync(resolve(invocationDir(), file!), 'utf8'), clock);
        return { tenant_id: tenant.id, public_key: 'registered: its requests must now be signed' };
      },
    },
  ],
});
