import { createHash } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Scope, Store, StoredResponse } from '@clientele/store';
import type { Clock } from './clock.ts';
import { fail } from './problems.ts';

/** How long a key holds its response (Dwolla and Octobat both say 24 hours). */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** JSON with object keys sorted, so the same request fingerprints the same whatever its key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** What makes two requests "the same" for a key: the operation, its path parameters and its body. */
export const requestFingerprint = (request: { operationId: string; params: unknown; body: unknown }): string =>
  createHash('sha256').update(canonical([request.operationId, request.params ?? {}, request.body ?? null])).digest('hex');

/**
 * Runs `execute` at most once per (tenant, mode, key) within 24 hours, across every server instance on
 * the database: the key is claimed before `execute` and completed with its response after. A
 * repeat replays that response; a repeat while the first is still running is a 409 `conflict`;
 * the key reused for a different request is an `idempotency_mismatch` (422). Responses of 5xx
 * are not kept (the key is released), so a retry after a server failure runs again.
 */
export async function idempotent(
  store: Store,
  clock: Clock,
  request: { scope: Scope; key: string; fingerprint: string },
  execute: () => Promise<StoredResponse>,
  log?: FastifyBaseLogger,
): Promise<{ response: StoredResponse; replayed: boolean }> {
  // Keys are the caller's per mode too: a test key's request never answers a live one's.
  const { scope, key, fingerprint } = request;
  const entry = { tenantId: scope.tenantId, key: scope.mode ? `${scope.mode}:${key}` : key, fingerprint };
  const now = clock.nowMs();
  const claim = await store.idempotency.claim({ ...entry, now, expiresAt: now + IDEMPOTENCY_TTL_MS });
  if (!claim.claimed) {
    if (claim.holder.fingerprint !== entry.fingerprint) return fail({ kind: 'idempotency_mismatch', key });
    if (!claim.holder.response) {
      return fail({ kind: 'conflict', message: 'A request with this Idempotency-Key is still being processed; retry shortly.' });
    }
    return { response: claim.holder.response, replayed: true };
  }
  let response: StoredResponse;
  try {
    response = await execute();
  } catch (error) {
    await store.idempotency.release(entry).catch((e: unknown) => log?.warn({ err: e }, 'could not release an idempotency key'));
    throw error;
  }
  try {
    if (response.status >= 500) await store.idempotency.release(entry);
    else await store.idempotency.complete({ ...entry, response });
  } catch (error) {
    // The work is done: answer it. The key stays claimed until it expires, so a retry gets a 409, never a second run.
    log?.warn({ err: error }, 'could not record an idempotent response');
  }
  return { response, replayed: false };
}
