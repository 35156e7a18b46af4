import type { CompiledQuery, Kysely, Transaction } from 'kysely';
import type { Driver, Plan } from './driver.ts';
import { groupCommit } from './group-commit.ts';
import type { Database } from './schema.ts';
import { StoreUnavailable, UniqueViolation } from './types.ts';

export type Executor = Kysely<Database> | Transaction<Database>;

/** How every module of the store reaches the database: the driver, plus the ways of reading and writing built over it. */
export interface Context {
  readonly driver: Driver;
  readonly db: Kysely<Database>;
  /** Reports the driver's connection errors as StoreUnavailable. */
  guard<R>(work: () => Promise<R>): Promise<R>;
  /** Runs a compiled query on the pool or inside a transaction. */
  run<R>(on: Executor, query: CompiledQuery<R>): Promise<R[]>;
  /** The transaction of one document write: shared commits where the driver has one writer. */
  writing<R>(work: (trx: Transaction<Database>) => Promise<R>): Promise<R>;
  /** A write of one statement (no transaction of its own where the database makes it atomic). */
  writeOne<R>(query: CompiledQuery<R>): Promise<R[]>;
  /** One statement on committed data. */
  read<R>(query: CompiledQuery<R>): Promise<R[]>;
  /** Several statements on one snapshot of committed data. */
  snapshot<R>(plan: Plan<R>): Promise<R>;
}

export function context(driver: Driver): Context {
  const { db } = driver;
  const run = async <R>(on: Executor, query: CompiledQuery<R>): Promise<R[]> =>
    (on.isTransaction && driver.inTransaction ? driver.inTransaction(query) : (await on.executeQuery(query)).rows) as R[];
  const grouped = driver.groupCommit ? groupCommit(db, run) : undefined;
  const writing = <R>(work: (trx: Transaction<Database>) => Promise<R>): Promise<R> =>
    grouped ? grouped.write(work) : db.transaction().execute(work);
  return {
    driver,
    db,
    async guard(work) {
      try {
        return await work();
      } catch (error) {
        if (error instanceof UniqueViolation || error instanceof StoreUnavailable) throw error;
        if (driver.isUnavailable(error)) throw new StoreUnavailable((error as Error).message, { cause: error });
        throw error;
      }
    },
    run,
    writing,
    writeOne: (query) => (grouped ? grouped.write((trx) => run(trx, query)) : run(db, query)),
    // Reads flush waiting writes first (see group-commit.ts).
    read<R>(query: CompiledQuery<R>) {
      grouped?.flush();
      return driver.read(query) as Promise<R[]>;
    },
    snapshot<R>(plan: Plan<R>) {
      grouped?.flush();
      return driver.snapshot(plan);
    },
  };
}
