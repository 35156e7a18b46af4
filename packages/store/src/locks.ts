import { Migrator } from 'kysely';
import type { Context } from './context.ts';
import { migrations } from './migrations.ts';
import type { Store } from './types.ts';

/**
 * One exclusive section at a time per process, whatever its name: the driver's lock is then never
 * contended from inside the process, and on PostgreSQL a process never pins more than one
 * connection for locks (sections pinning the whole pool would leave their work none). Not reentrant.
 */
function inProcessQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <R>(work: () => Promise<R>): Promise<R> => {
    const run = tail.catch(() => {}).then(work);
    tail = run;
    return run;
  };
}

/** `exclusive` (the driver's lock across instances, in turn within the process) and `migrate` under it. */
export function locksAndMigrations(ctx: Context): Pick<Store, 'exclusive' | 'migrate'> {
  const { driver, guard } = ctx;
  const queued = inProcessQueue();
  const exclusive = <R>(name: string, work: () => Promise<R>): Promise<R> => queued(() => driver.lock(name, work));
  return {
    exclusive: (name, work) => guard(() => exclusive(name, work)),
    migrate: () =>
      guard(() =>
        // The whole run, including the creation of Kysely's own bookkeeping tables, under one
        // lock: instances starting together apply each migration once and never race on DDL.
        exclusive('migrate', async () => {
          // Names in code-unit order, as Kysely sorts the migrations it is given: its default,
          // localeCompare, sets up ICU's collator at the first call (tens of milliseconds of start-up).
          const nameComparator = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
          const migrate = (db: typeof ctx.db) => new Migrator({ db, provider: migrations(driver.dialect), nameComparator }).migrateToLatest();
          const run = () => (driver.unbounded ? driver.unbounded(migrate) : migrate(ctx.db));
          const { error, results } = await (driver.migrating ? driver.migrating(run) : run());
          const failed = results?.find((r) => r.status === 'Error');
          if (error) {
            if (driver.isUnavailable(error)) throw error;
            throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message ?? error}`);
          }
        }),
      ),
  };
}
