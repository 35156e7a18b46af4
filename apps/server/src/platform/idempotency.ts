import { createHash } from 'node:crypto';
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

/** Thrown inside a transaction to undo it while still answering the response that caused it. */
class Undo extends Error {
  constructor(readonly response: StoredResponse) {
    super('undo');
  }
}

/**
 * Runs a write operation's handler as one transaction (`Store.atomically`): everything it wrote
 * commits before it is answered, or, for a 5xx answer or a crash in the middle, none of it does.
 */
export async function atomic(store: Store, execute: () => Promise<StoredResponse>): Promise<StoredResponse> {
  try {
    return await store.atomically(async () => {
      const response = await execute();
      if (response.status >= 500) throw new Undo(response);
      return response;
    });
  } catch (error) {
    if (error instanceof Undo) return error.response;
    throw error;
  }
}

/**
 * Runs `execute` at most once per (tenant, mode, key) within 24 hours, across every server instance on
 * the database. The claim of the key, the handler's writes and the response kept for replays are
 * one transaction: a crash anywhere in between leaves none of them, so a retry runs afresh and
 * exactly one resource comes of it. A repeat replays the response; a repeat that arrives while the
 * first is running waits for it (and replays it); a key held by a request that did not finish this
 * way (an instance of an earlier version) is a 409 `conflict`; the key reused for a different
 * request is an `idempotency_mismatch` (422). Responses of 5xx are not kept (the transaction is
 * undone), so a retry after a server failure runs again.
 */
export async function idempotent(
  store: Store,
  clock: Clock,
  request: { scope: Scope; key: string; fingerprint: string },
  execute: () => Promise<StoredResponse>,
): Promise<{ response: StoredResponse; replayed: boolean }> {
  // Keys are the caller's per mode too: a test key's request never answers a live one's.
  const { scope, key, fingerprint } = request;
  const entry = { tenantId: scope.tenantId, key: scope.mode ? `${scope.mode}:${key}` : key, fingerprint };
  let replayed = false;
  const response = await atomic(store, async () => {
    const now = clock.nowMs();
    const claim = await store.idempotency.claim({ ...entry, now, expiresAt: now + IDEMPOTENCY_TTL_MS });
    if (!claim.claimed) {
      if (claim.holder.fingerprint !== entry.fingerprint) return fail({ kind: 'idempotency_mismatch', key });
      if (!claim.holder.response) {
        return fail({ kind: 'conflict', message: 'A request with this Idempotency-Key is still being processed; retry shortly.' });
      }
      replayed = true;
      return claim.holder.response;
    }
    const fresh = await execute();
    if (fresh.status < 500) await store.idempotency.complete({ ...entry, response: fresh });
    return fresh;
  });
  return { response, replayed };
}
