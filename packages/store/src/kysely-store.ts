import { sql } from 'kysely';
import { context } from './context.ts';
import { collections } from './documents.ts';
import type { Driver } from './driver.ts';
import { idempotency } from './idempotency.ts';
import { locksAndMigrations } from './locks.ts';
import { prune } from './prune.ts';
import { tenantsAndCredentials } from './tenants.ts';
import type { Store } from './types.ts';

export { hashSecret } from './tenants.ts';

/**
 * The storage logic, written once over Kysely for both dialects; whatever depends on the database
 * comes from the driver (sqlite.ts, postgres.ts). Each concern is its own module: documents.ts
 * (collections, with pages.ts for lists), tenants.ts (tenants and credentials), idempotency.ts,
 * locks.ts (exclusive sections and migrations).
 */
export function kyselyStore(driver: Driver): Store {
  const ctx = context(driver);
  const { db, guard } = ctx;
  let closing: Promise<void> | undefined;
  const { forgetExpired, ...credentials } = tenantsAndCredentials(ctx);
  const pruneExpired = prune(ctx);
  return {
    dialect: driver.dialect,
    location: driver.location,
    ...locksAndMigrations(ctx),
    analyze: () => guard(async () => void (await sql`analyze`.execute(db))),
    ping: () => guard(async () => void (await db.selectFrom('tenants').select('id').limit(1).execute())),
    atomically: (work) => guard(() => ctx.atomically(work)),
    async prune(before) {
      const pruned = await pruneExpired(before);
      forgetExpired(before.credentialsBefore);
      return pruned;
    },
    close: () => (closing ??= driver.close()),
    collection: collections(ctx),
    ...credentials,
    idempotency: idempotency(ctx),
  };
}
