import type { Store } from '@clientele/store';
import { basicCredentials, bearerToken, principalOf, type Authenticator, type Principal } from './auth.ts';
import type { Clock } from './clock.ts';
import { base62 } from './ids.ts';
import { fail } from './problems.ts';

/** Credential kinds of the OAuth mechanics: an application (client) and the access tokens it is issued. */
export const APPLICATION = 'oauth_application';
export const ACCESS_TOKEN = 'oauth_access_token';

/**
 * An application's key is public and only its secret is secret, so the pair is stored as one
 * hashed credential: a lookup needs both, and neither is kept in clear.
 */
const applicationCredential = (clientId: string, clientSecret: string) => `${clientId}:${clientSecret}`;

/** Registers an OAuth application (client) of a tenant; the secret is shown once and stored hashed. */
export async function createApplication(
  store: Store,
  options: { api: string; tenantId: string; scopes: readonly string[]; idLength?: number; secretLength?: number },
): Promise<{ clientId: string; clientSecret: string }> {
  const clientId = base62(options.idLength ?? 50);
  const clientSecret = base62(options.secretLength ?? 50);
  await store.credentials.create({
    secret: applicationCredential(clientId, clientSecret),
    tenantId: options.tenantId,
    api: options.api,
    kind: APPLICATION,
    scopes: options.scopes,
  });
  return { clientId, clientSecret };
}

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

/**
 * OAuth 2.0 client authentication (RFC 6749 §2.3.1): the application key and secret as HTTP Basic,
 * or as `client_id` and `client_secret` in the (already parsed) body.
 */
export function clientCredentialsAuth(api: string): Authenticator {
  return async (request, { store }) => {
    const basic = basicCredentials(request.headers.authorization);
    const body = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, unknown>;
    const clientId = basic ? basic.username : text(body.client_id);
    const clientSecret = basic ? basic.password : text(body.client_secret);
    if (!clientId || clientSecret === undefined) return fail({ kind: 'unauthorized', reason: 'missing' });
    const credential = await store.credentials.find(api, applicationCredential(clientId, clientSecret));
    if (credential?.kind !== APPLICATION) return fail({ kind: 'unauthorized', reason: 'invalid' });
    return principalOf(credential);
  };
}

/** Bearer access tokens issued by `issueAccessToken`: unknown is `invalid`, past their expiry `expired`. */
export function bearerTokenAuth(api: string): Authenticator {
  return async (request, { store, clock }) => {
    const token = bearerToken(request.headers.authorization);
    if (!token) return fail({ kind: 'unauthorized', reason: 'missing' });
    const credential = await store.credentials.find(api, token);
    if (credential?.kind !== ACCESS_TOKEN) return fail({ kind: 'unauthorized', reason: 'invalid' });
    if (credential.expiresAt !== null && credential.expiresAt <= clock.nowMs()) return fail({ kind: 'unauthorized', reason: 'expired' });
    return principalOf(credential);
  };
}

/** Issues a bearer token for an authenticated application (or its user), carrying its scopes; stored hashed with its expiry. */
export async function issueAccessToken(
  store: Store,
  options: { api: string; principal: Principal; lifetimeSeconds: number; clock: Clock; length?: number },
): Promise<{ accessToken: string; expiresIn: number; scopes: readonly string[] }> {
  const accessToken = base62(options.length ?? 50);
  await store.credentials.create({
    secret: accessToken,
    tenantId: options.principal.tenant.id,
    api: options.api,
    kind: ACCESS_TOKEN,
    scopes: options.principal.scopes,
    mode: options.principal.mode,
    subject: options.principal.subject ?? null,
    expiresAt: options.clock.nowMs() + options.lifetimeSeconds * 1000,
  });
  return { accessToken, expiresIn: options.lifetimeSeconds, scopes: options.principal.scopes };
}
