import { timingSafeEqual } from 'node:crypto';
import { isIPv4 } from 'node:net';
import type { FastifyRequest } from 'fastify';
import { hashSecret, type Store } from '@clientele/store';
import { bearerToken, type Authenticator, type Principal } from '../platform/auth.ts';
import { base62 } from '../platform/ids.ts';
import { fail } from '../platform/problems.ts';
import { SETTINGS } from './settings.ts';

/** The admin API acts for no tenant: its caller is the operator of the sandbox. */
const OPERATOR: Principal = { tenant: { id: '', api: 'admin', name: 'operator', createdAt: '', meta: {} }, scopes: [], mode: null };

/** The peer of the connection itself (never a forwarded header, which a client can write) is this machine. */
export function isLoopback(address: string | undefined): boolean {
  const bare = address?.replace(/^::ffff:/, '') ?? '';
  return bare === '::1' || (isIPv4(bare) && bare.startsWith('127.'));
}

/** Whether a request names forwarding (`Forwarded`, `X-Forwarded-For`, `-Host`, `-Proto` …): a proxy stands between. */
const forwarded = (headers: FastifyRequest['headers']) => Object.keys(headers).some((name) => name === 'forwarded' || name.startsWith('x-forwarded-'));

/**
 * Whether the caller is on this machine. A proxy on this host makes every peer address loopback,
 * so a forwarded request is remote unless the server trusts its proxy (`--trust-proxy`; Fastify
 * gives `ips` then) and the client it names in `X-Forwarded-For` is loopback too. `Forwarded`,
 * which Fastify does not read, is always remote.
 */
export function isLocalCaller(request: Pick<FastifyRequest, 'headers' | 'socket' | 'ips'>): boolean {
  if (!isLoopback(request.socket.remoteAddress)) return false;
  if (!forwarded(request.headers)) return true;
  const trusted = request.ips !== undefined && request.headers['x-forwarded-for'] !== undefined && request.headers.forwarded === undefined;
  return trusted && request.ips!.every(isLoopback);
}

const FORBIDDEN =
  'Without --admin-token, the admin API answers only clients on this machine (a request relayed by a proxy, with Forwarded or X-Forwarded-* headers, is from elsewhere unless --trust-proxy is given and X-Forwarded-For names this machine): start the server with --admin-token (or CLIENTELE_ADMIN_TOKEN) to reach it from elsewhere.';

const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * The admin token, as `Authorization: Bearer …`: the one configured (`--admin-token`), or else the
 * one stored hashed at the first start; without a configured one, only local callers are answered.
 * A local caller may also bring the token of the console this server served it.
 */
export function adminTokenAuth(configured: string | undefined, consoleToken?: ConsoleToken): Authenticator {
  const configuredHash = configured === undefined ? undefined : hashSecret(configured);
  return async (request, { store }) => {
    const local = isLocalCaller(request);
    if (configuredHash === undefined && !local) {
      return fail({ kind: 'forbidden', message: FORBIDDEN });
    }
    const token = bearerToken(request.headers.authorization);
    if (!token) return fail({ kind: 'unauthorized', reason: 'missing' });
    if (local && consoleToken?.matches(token)) return OPERATOR;
    const expected = configuredHash ?? JSON.parse((await store.sandbox.settings.get(SETTINGS.adminTokenHash)) ?? 'null');
    if (typeof expected !== 'string' || !sameHash(hashSecret(token), expected)) return fail({ kind: 'unauthorized', reason: 'invalid' });
    return OPERATOR;
  };
}

/** The token this server hands the console it serves to a local caller, and takes back from local callers only. */
export interface ConsoleToken {
  readonly value: string;
  matches(token: string): boolean;
}

export function consoleToken(): ConsoleToken {
  const value = `clientele_console_${base62(32)}`;
  const hash = hashSecret(value);
  return { value, matches: (token) => sameHash(hashSecret(token), hash) };
}

const newToken = () => `clientele_admin_${base62(32)}`;

/** At the first start on a database: a new admin token, stored hashed and answered (to be shown once); undefined when it has one. */
export async function firstAdminToken(store: Store): Promise<string | undefined> {
  const token = newToken();
  const hash = JSON.stringify(hashSecret(token));
  return (await store.sandbox.settings.setIfAbsent(SETTINGS.adminTokenHash, hash)) === hash ? token : undefined;
}

/** Replaces the stored admin token (the old one stops working): lost tokens are replaced, never recovered. */
export async function replaceAdminToken(store: Store): Promise<string> {
  const token = newToken();
  await store.sandbox.settings.set(SETTINGS.adminTokenHash, JSON.stringify(hashSecret(token)));
  return token;
}
