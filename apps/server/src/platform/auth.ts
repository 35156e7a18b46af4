import type { FastifyRequest } from 'fastify';
import type { Credential, Scope, Store, Tenant } from '@clientele/store';
import type { Clock } from './clock.ts';
import { fail } from './problems.ts';
import { textMemo } from './text-memo.ts';

/** Who is calling: the tenant whose data the request may touch, the mode its key picks, and its scopes. */
export interface Principal {
  readonly tenant: Tenant;
  readonly scopes: readonly string[];
  /** `test` or `live` where the API's keys pick a mode; null otherwise. */
  readonly mode: string | null;
  /** The user the credential acts for, in APIs with users (a bank's OAuth tokens); absent otherwise. */
  readonly subject?: string | null;
}

export const principalOf = (credential: Credential): Principal => ({
  tenant: credential.tenant,
  scopes: credential.scopes,
  mode: credential.mode,
  subject: credential.subject,
});

/** Where a principal's data lives. */
export const principalScope = (principal: Principal): Scope =>
  principal.mode === null ? { tenantId: principal.tenant.id } : { tenantId: principal.tenant.id, mode: principal.mode };

/**
 * Authenticates a request for one security scheme of an API. Each API maps every scheme its route
 * table names to one of these; the platform calls the one an operation declares.
 */
export type Authenticator = (request: FastifyRequest, context: { readonly store: Store; readonly clock: Clock }) => Promise<Principal>;

type BasicCredentials = Readonly<{ username: string; password: string }>;

/**
 * Headers already decoded: a client sends the same one with every request, and decoding and
 * checking it cost more than the rest of authenticating a request whose credential is cached.
 * Bounded, as anyone can send headers.
 */
const decodedBasic = textMemo(decodeBasic, 1024, 256 * 1024);

/** The decoded credentials of an HTTP Basic `Authorization` header, or undefined. */
export function basicCredentials(header: string | undefined): BasicCredentials | undefined {
  return header === undefined ? undefined : decodedBasic(header);
}

function decodeBasic(header: string): BasicCredentials | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!match) return undefined;
  // Strict base64 (RFC 7617): characters that decode to nothing (`…jI6x`) make it no credential,
  // rather than one that happens to decode like another.
  const bytes = Buffer.from(match[1]!, 'base64');
  if (bytes.toString('base64').replace(/=+$/, '') !== match[1]!.replace(/=+$/, '')) return undefined;
  const text = bytes.toString('utf8');
  const colon = text.indexOf(':');
  return Object.freeze(colon === -1 ? { username: text, password: '' } : { username: text.slice(0, colon), password: text.slice(colon + 1) });
}

/** An HTTP Basic `Authorization` header value: how clients send a secret key as the username. */
export const basicAuthorization = (username: string, password = ''): string => `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

/** The username of an HTTP Basic `Authorization` header, or undefined. */
export const basicUsername = (header: string | undefined): string | undefined => basicCredentials(header)?.username || undefined;

/** The token of a `Bearer` `Authorization` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * Secret API keys sent as the HTTP Basic username with an empty password (Balanced, Octobat,
 * Ping++), optionally also as a Bearer token (Ping++'s newer SDKs).
 */
export function secretKeyAuth(api: string, options: { bearerToo?: boolean } = {}): Authenticator {
  return async (request, { store }) => {
    const header = request.headers.authorization;
    const secret = basicUsername(header) ?? (options.bearerToo ? bearerToken(header) : undefined);
    if (!secret) return fail({ kind: 'unauthorized', reason: 'missing' });
    const credential = await store.credentials.find(api, secret);
    if (!credential) return fail({ kind: 'unauthorized', reason: 'invalid' });
    return principalOf(credential);
  };
}

/** The scopes an operation requires that a principal lacks (empty when it may proceed). */
export const missingScopes = (principal: Principal, required: readonly string[] = []): string[] =>
  required.filter((scope) => !principal.scopes.includes(scope));
