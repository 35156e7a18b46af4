import type { FastifyInstance } from 'fastify';
import type { Store } from '@clientele/store';
import type { Clock } from './clock.ts';

/** How often a server deletes what has expired. */
export const PRUNE_EVERY_MS = 60_000;

/**
 * An expired token is kept this long past its expiry, so a client still using it hears that it
 * expired (Dwolla's `ExpiredAccessToken`) rather than that it is unknown.
 */
export const EXPIRED_CREDENTIAL_GRACE_MS = 24 * 60 * 60 * 1000;

/** Deletes expired tokens and codes (past the grace) and expired idempotency keys, as of the clock's now. */
export function pruneExpired(store: Store, clock: Clock) {
  const now = clock.nowMs();
  return store.prune({ credentialsBefore: now - EXPIRED_CREDENTIAL_GRACE_MS, keysBefore: now });
}

/** Prunes every `everyMs` while the app runs, so tokens and idempotency keys do not pile up. */
export function schedulePruning(app: FastifyInstance, store: Store, clock: Clock, everyMs: number): void {
  const timer = setInterval(() => {
    pruneExpired(store, clock).catch((error: unknown) => app.log.warn({ err: error }, 'could not prune expired tokens and idempotency keys'));
  }, everyMs);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
