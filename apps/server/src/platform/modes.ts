import type { Store } from '@clientele/store';
import { basicAuthorization } from './auth.ts';
import type { Authorize, ProvisionedTenant } from './handlers.ts';

/** The modes of APIs whose accounts have a test and a live secret key (Octobat, Ping++); test first, as clients start. */
export const MODES = ['test', 'live'] as const;
export type Mode = (typeof MODES)[number];

/**
 * A new account with a secret key for each mode, `secretOf(mode)`, shown once as `<mode>_secret_key`.
 * Its scope is test mode's; data of one mode is never seen with the other's key.
 */
export async function provisionModeKeys(
  store: Store,
  account: Parameters<Store['tenants']['create']>[0],
  secretOf: (mode: Mode) => string,
): Promise<Omit<ProvisionedTenant, 'example'> & { readonly credentials: Readonly<Record<`${Mode}_secret_key`, string>> }> {
  const tenant = await store.tenants.create(account);
  const credentials = {} as Record<`${Mode}_secret_key`, string>;
  for (const mode of MODES) {
    const secret = secretOf(mode);
    await store.credentials.create({ secret, tenantId: tenant.id, api: account.api, kind: 'secret_key', mode });
    credentials[`${mode}_secret_key`] = secret;
  }
  return { tenant, scope: { tenantId: tenant.id, mode: 'test' }, credentials };
}

/** HTTP Basic with the key of the mode asked for (test unless another is). */
export const authorizeByModeKey: Authorize = async (credentials, { mode = 'test' }) => ({
  authorization: basicAuthorization(credentials[`${mode}_secret_key`]!),
});
