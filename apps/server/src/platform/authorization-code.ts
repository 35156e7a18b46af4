import { hashSecret, type Store, type Tenant } from '@clientele/store';
import { basicCredentials } from './auth.ts';
import type { Clock } from './clock.ts';
import { base62 } from './ids.ts';
import { APPLICATION, createApplication, issueAccessToken } from './oauth.ts';
import { fail } from './problems.ts';
import type { ResourceContext } from './resources.ts';

/**
 * OAuth 2.0's authorization-code and refresh-token grants (RFC 6749 §4.1, §6) for APIs whose
 * tokens belong to a user. A client is registered with its redirect URIs and scopes; a signed-in
 * user gets a one-time code for it; the code (or a refresh token) becomes a bearer token carrying
 * the client's scopes for that user.
 *
 * Codes and refresh tokens are credentials (found by their hash, which names the tenant and the
 * user) with a grant document beside them (client, redirect URI): removing the document is what
 * uses a code up, atomically, so a code works once.
 */
export const AUTHORIZATION_CODE = 'oauth_authorization_code';
export const REFRESH_TOKEN = 'oauth_refresh_token';

/** RFC 6749 §4.1.2 recommends at most 10 minutes. */
export const CODE_LIFETIME_SECONDS = 600;

interface StoredClient {
  readonly name: string;
  readonly redirect_uris: readonly string[];
  readonly scopes: readonly string[];
}

interface StoredGrant {
  readonly client_id: string;
  /** The redirect URI a code was issued for; null for refresh tokens. */
  readonly redirect_uri: string | null;
}

/** What a redeemed code or refresh token grants: a user of a tenant, the client's scopes. */
export interface Grant {
  readonly tenant: Tenant;
  readonly subject: string;
  readonly scopes: readonly string[];
  readonly clientId: string;
}

/**
 * A request field that names nothing usable: the problem every grant failure is (a 400 naming the
 * field). Codes and tokens are secrets, so they are not repeated back.
 */
const unusable = (field: string, resource: string, id = ''): never => fail({ kind: 'invalid_reference', field, id, resource });
const CODE = 'authorization code (unknown, expired or already used)';
const REFRESH = 'refresh token';
const resourceOf = (field: string) => (field === 'code' ? CODE : REFRESH);

export function authorizationCodeGrants(api: string) {
  // Plain collections: clients are stored under their client id, grants under their secret's hash.
  const clients = (store: Store) => store.collection<StoredClient>(`${api}.oauth_clients`);
  const grants = (store: Store) => store.collection<StoredGrant>(`${api}.oauth_grants`);

  /** Stores a code or refresh token: the credential (hashed) and its grant document under the same hash. */
  async function store(
    context: { store: Store; clock: Clock; tenantId: string },
    kind: string,
    grant: StoredGrant & { subject: string; scopes: readonly string[]; expiresAt: number | null },
  ): Promise<string> {
    const secret = base62(40);
    const { store, clock, tenantId } = context;
    const data = { client_id: grant.client_id, redirect_uri: grant.redirect_uri };
    await grants(store).insert({ tenantId }, { id: hashSecret(secret), createdUs: clock.nowUs(), data });
    await store.credentials.create({ secret, tenantId, api, kind, scopes: grant.scopes, subject: grant.subject, expiresAt: grant.expiresAt });
    return secret;
  }

  /** The grant behind a code or refresh token, or the 400 naming `field`. */
  async function find(store: Store, clock: Clock, kind: string, field: string, secret: string) {
    const credential = await store.credentials.find(api, secret);
    if (credential?.kind !== kind || !credential.subject) return unusable(field, resourceOf(field));
    if (credential.expiresAt !== null && credential.expiresAt <= clock.nowMs()) return unusable(field, resourceOf(field));
    const doc = await grants(store).get({ tenantId: credential.tenant.id }, hashSecret(secret));
    if (!doc) return unusable(field, resourceOf(field));
    return { credential, grant: doc.data, subject: credential.subject };
  }

  /** Client authentication is optional at the token endpoint; when sent it must be right, and be the grant's client. */
  async function checkClient(store: Store, sent: { id: string; secret: string } | undefined, grantClient: string, field: string) {
    if (!sent) return;
    const credential = await store.credentials.find(api, `${sent.id}:${sent.secret}`);
    if (credential?.kind !== APPLICATION) fail({ kind: 'unauthorized', reason: 'invalid' });
    if (sent.id !== grantClient) unusable(field, `${resourceOf(field)} of this client`);
  }

  return {
    /** Registers an OAuth client of a tenant: its redirect URIs and scopes; the secret is shown once. */
    async createClient(context: { store: Store; clock: Clock }, client: StoredClient & { tenantId: string }) {
      const { clientId, clientSecret } = await createApplication(context.store, { api, tenantId: client.tenantId, scopes: client.scopes, idLength: 32, secretLength: 40 });
      const data = { name: client.name, redirect_uris: client.redirect_uris, scopes: client.scopes };
      await clients(context.store).insert({ tenantId: client.tenantId }, { id: clientId, createdUs: context.clock.nowUs(), data });
      return { clientId, clientSecret };
    },

    /**
     * A one-time code for the signed-in user (the context's subject) and `clientId`, whose
     * `redirectUri` must be one it registered (a 400 naming the field otherwise).
     */
    async issueCode(context: ResourceContext & { subject: string }, clientId: string, redirectUri: string): Promise<string> {
      const client = (await clients(context.store).get({ tenantId: context.scope!.tenantId }, clientId)) ?? unusable('client_id', 'OAuth client', clientId);
      if (!client.data.redirect_uris.includes(redirectUri)) {
        fail({ kind: 'validation', issues: [{ part: 'query', pointer: '/redirect_uri', field: 'redirect_uri', code: 'invalid', message: 'is not a redirect URI of the client' }] });
      }
      return store({ store: context.store, clock: context.clock, tenantId: context.scope!.tenantId }, AUTHORIZATION_CODE, {
        client_id: clientId,
        redirect_uri: redirectUri,
        subject: context.subject,
        scopes: client.data.scopes,
        expiresAt: context.clock.nowMs() + CODE_LIFETIME_SECONDS * 1000,
      });
    },

    /** Redeems a code once, for the redirect URI it was issued for. */
    async redeemCode(context: { store: Store; clock: Clock }, request: { code: string; redirectUri: string | undefined; client?: { id: string; secret: string } }): Promise<Grant> {
      const found = await find(context.store, context.clock, AUTHORIZATION_CODE, 'code', request.code);
      if (found.grant.redirect_uri !== request.redirectUri) {
        fail({ kind: 'validation', issues: [{ part: 'body', pointer: '/redirect_uri', field: 'redirect_uri', code: 'invalid', message: 'is not the redirect URI the code was issued for' }] });
      }
      await checkClient(context.store, request.client, found.grant.client_id, 'code');
      // Removing the grant uses the code up; a concurrent second redemption finds nothing to remove.
      const removed = await grants(context.store).remove({ tenantId: found.credential.tenant.id }, hashSecret(request.code));
      if (!removed) unusable('code', CODE);
      return { tenant: found.credential.tenant, subject: found.subject, scopes: found.credential.scopes, clientId: found.grant.client_id };
    },

    /** A refresh token stays valid (it does not expire and is not rotated). */
    async redeemRefreshToken(context: { store: Store; clock: Clock }, request: { refreshToken: string; client?: { id: string; secret: string } }): Promise<Grant> {
      const found = await find(context.store, context.clock, REFRESH_TOKEN, 'refresh_token', request.refreshToken);
      await checkClient(context.store, request.client, found.grant.client_id, 'refresh_token');
      return { tenant: found.credential.tenant, subject: found.subject, scopes: found.credential.scopes, clientId: found.grant.client_id };
    },

    /** A bearer token for the grant's user and scopes, and a refresh token for more (the one redeemed, when there was one). */
    async issueTokens(context: { store: Store; clock: Clock }, grant: Grant, options: { lifetimeSeconds: number; refreshToken?: string }) {
      const access = await issueAccessToken(context.store, {
        api,
        principal: { tenant: grant.tenant, scopes: grant.scopes, mode: null, subject: grant.subject },
        lifetimeSeconds: options.lifetimeSeconds,
        clock: context.clock,
      });
      const refreshToken =
        options.refreshToken ??
        (await store({ ...context, tenantId: grant.tenant.id }, REFRESH_TOKEN, {
          client_id: grant.clientId,
          redirect_uri: null,
          subject: grant.subject,
          scopes: grant.scopes,
          expiresAt: null,
        }));
      return { accessToken: access.accessToken, expiresIn: access.expiresIn, refreshToken };
    },
  };
}

/** Client credentials sent to a token endpoint, if any: HTTP Basic, or `client_id` and `client_secret` in the body. */
export function sentClient(authorization: string | undefined, body: { client_id?: string; client_secret?: string }): { id: string; secret: string } | undefined {
  const basic = basicCredentials(authorization);
  if (basic) return { id: basic.username, secret: basic.password };
  if (body.client_id && body.client_secret !== undefined) return { id: body.client_id, secret: body.client_secret };
  return undefined;
}

export type AuthorizationCodeGrants = ReturnType<typeof authorizationCodeGrants>;
