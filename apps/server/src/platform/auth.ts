import type { FastifyRequest } from 'fastify';
import type { Store, Tenant } from '@clientele/store';
import { fail } from './problems.ts';

/** The username of an HTTP Basic `Authorization` header, or undefined. */
export function basicUsername(header: string | undefined): string | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const username = colon === -1 ? decoded : decoded.slice(0, colon);
  return username || undefined;
}

/** The token of a `Bearer` `Authorization` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

export type Authenticator = (request: FastifyRequest, store: Store) => Promise<Tenant>;

/**
 * Secret API keys sent as the HTTP Basic username with an empty password (Balanced, Octobat,
 * Ping++), optionally also as a Bearer token (Ping++'s newer SDKs).
 */
export function secretKeyAuth(api: string, options: { bearerToo?: boolean } = {}): Authenticator {
  return async (request, store) => {
    const header = request.headers.authorization;
    const secret = basicUsername(header) ?? (options.bearerToo ? bearerToken(header) : undefined);
    if (!secret) return fail({ kind: 'unauthorized', reason: 'missing' });
    const credential = await store.credentials.find(api, secret);
    if (!credential) return fail({ kind: 'unauthorized', reason: 'invalid' });
    return credential.tenant;
  };
}
