import type { Context } from './context.ts';
import type { Store } from './types.ts';

/**
 * Expired credentials and idempotency keys, deleted in one statement each (on the indexes of
 * migration 0005), so a server that runs for months keeps only what can still be used.
 */
export function prune({ guard, writing }: Context): Store['prune'] {
  return ({ credentialsBefore, keysBefore }) =>
    guard(() =>
      writing(async (trx) => {
        const credentials = await trx.deleteFrom('credentials').where('expires_at', 'is not', null).where('expires_at', '<', credentialsBefore).executeTakeFirst();
        const keys = await trx.deleteFrom('idempotency_keys').where('expires_at', '<', keysBefore).executeTakeFirst();
        return { credentials: Number(credentials.numDeletedRows), idempotencyKeys: Number(keys.numDeletedRows) };
      }),
    );
}
