import { context } from './context.ts';
import { collections } from './documents.ts';
import type { Driver } from './driver.ts';
import { idempotency } from './idempotency.ts';
import { locksAndMigrations } from './locks.ts';
import { outbox } from './outbox.ts';
import { prune } from './prune.ts';
import { sandbox } from './sandbox/index.ts';
import { tenantsAndCredentials, type CredentialCache } from './tenants.ts';
import type { Store } from './types.ts';

export { hashSecret } from './tenants.ts';

/**
 * The storage logic, written once over Kysely for both dialects; whatever depends on the database
 * comes from the driver (sqlite.ts, postgres.ts). Each concern is its own module: documents.ts
 * (collections, with pages.ts for lists), tenants.ts (tenants and credentials), idempotency.ts,
 * locks.ts (exclusive sections and migrations), sandbox/ (what the sandbox controls need, a part per namespace).
 */
export function kyselyStore(driver: Driver): Store {
  const ctx = context(driver);
  const { db, guard } = ctx;
  const collection = collections(ctx);
  const credentialCache: CredentialCache = new Map();
  let closing: Promise<void> | undefined;
  const { forgetExpired, ...credentials } = tenantsAndCredentials(ctx, credentialCache);
  const pruneExpired = prune(ctx);
  return {
    dialect: driver.dialect,
    location: driver.location,
    ...locksAndMigrations(ctx),
    analyze: () =>
      guard(async () => {
        for (const statement of driver.sql.analyze) await statement.execute(db);
      }),
    ping: () => guard(async () => void (await db.selectFrom('tenants').select('id').limit(1).execute())),
    atomically: (work) => guard(() => ctx.atomically(work)),
    async prune(before) {
      const pruned = await pruneExpired(before);
      forgetExpired(before.credentialsBefore);
      return pruned;
    },
    close: () => (closing ??= driver.close()),
    collection,
    ...credentials,
    idempotency: idempotency(ctx),
    sandbox: sandbox(ctx, credentialCache, collection.insertAll),
    outbox: outbox(ctx),
  };
}
