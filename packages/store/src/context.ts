import { AsyncLocalStorage } from 'node:async_hooks';
import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import { runPlanAsync, type Driver, type Plan } from './driver.ts';
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
  /**
   * A write of one statement that cannot fail on a constraint (an append): inside `atomically`, on
   * its transaction without a savepoint of its own (no round trips beyond the statement itself).
   */
  append<R>(query: CompiledQuery<R>): Promise<R[]>;
  /** One statement on committed data. */
  read<R>(query: CompiledQuery<R>): Promise<R[]>;
  /** Several statements on one snapshot of committed data. */
  snapshot<R>(plan: Plan<R>): Promise<R>;
  /** A write transaction of its own, outside group commit (bulk imports). */
  bulk<R>(work: (trx: Transaction<Database>) => Promise<R>): Promise<R>;
  /** See `Store.atomically`. */
  atomically<R>(work: () => Promise<R>): Promise<R>;
}

/** The transaction `atomically` runs its work in, and the turn its store calls take on it. */
interface Ambient {
  readonly trx: Transaction<Database>;
  tail: Promise<unknown>;
  /** Whether a write of the work has run on the transaction (until then a failed write needs no savepoint). */
  wrote: boolean;
}

export function context(driver: Driver): Context {
  const { db } = driver;
  const run = async <R>(on: Executor, query: CompiledQuery<R>): Promise<R[]> =>
    (on.isTransaction && driver.inTransaction ? driver.inTransaction(query) : (await on.executeQuery(query)).rows) as R[];
  const grouped = driver.groupCommit ? groupCommit(db, run) : undefined;

  // Inside `atomically`, every store call runs on its transaction, one after the other (a
  // connection runs one statement at a time, and savepoints must nest), each write inside a
  // savepoint of its own so a failed one (a unique value taken) undoes only itself: on
  // PostgreSQL a failed statement would otherwise abort the whole transaction.
  const ambient = new AsyncLocalStorage<Ambient>();
  // One name for every savepoint (they nest, and each release or rollback takes the innermost):
  // the SQLite driver caches a prepared statement per SQL text, so a name per savepoint would grow
  // that cache, and the process's memory, with every write.
  const SAVEPOINT = CompiledQuery.raw('savepoint atomic');
  const RELEASE = CompiledQuery.raw('release savepoint atomic');
  const ROLLBACK = CompiledQuery.raw('rollback to savepoint atomic');
  const inTurn = <R>(at: Ambient, work: () => Promise<R>): Promise<R> => {
    const turn = at.tail.catch(() => {}).then(work);
    at.tail = turn;
    return turn;
  };
  const inSavepoint = async <R>(trx: Transaction<Database>, work: (trx: Transaction<Database>) => Promise<R>): Promise<R> => {
    await run(trx, SAVEPOINT);
    try {
      const value = await work(trx);
      await run(trx, RELEASE);
      return value;
    } catch (error) {
      await run(trx, ROLLBACK);
      await run(trx, RELEASE);
      throw error;
    }
  };
  const BEGIN = CompiledQuery.raw('begin');
  const ROLLBACK_ALL = CompiledQuery.raw('rollback');
  /**
   * The first write of a transaction of its own (PostgreSQL's `atomically`): nothing before it to
   * keep, so no savepoint (two round trips saved); when it fails, the transaction is rolled back
   * and begun afresh, which undoes exactly what a savepoint would have. The reads before it ran at
   * READ COMMITTED and took no locks, so nothing of theirs is lost.
   */
  const firstWrite = async <R>(at: Ambient, work: (trx: Transaction<Database>) => Promise<R>): Promise<R> => {
    try {
      const value = await work(at.trx);
      at.wrote = true;
      return value;
    } catch (error) {
      await run(at.trx, ROLLBACK_ALL);
      await run(at.trx, BEGIN);
      throw error;
    }
  };
  /** `own` outside `atomically`; inside, the write on its transaction in a savepoint (none for the first write of a transaction of its own). */
  const write =
    <R>(own: (work: (trx: Transaction<Database>) => Promise<R>) => Promise<R>) =>
    (work: (trx: Transaction<Database>) => Promise<R>): Promise<R> => {
      const at = ambient.getStore();
      if (!at) return own(work);
      // Under group commit the transaction is shared with other callers' work: always a savepoint.
      return inTurn(at, () => (grouped || at.wrote ? inSavepoint(at.trx, work) : firstWrite(at, work)));
    };

  const writing = <R>(work: (trx: Transaction<Database>) => Promise<R>): Promise<R> =>
    write<R>((w) => (grouped ? grouped.write(w) : db.transaction().execute(w)))(work);
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
    writeOne: <R>(query: CompiledQuery<R>) =>
      write<R[]>((w) => (grouped ? grouped.write(w) : run(db, query)))((trx) => run(trx, query)),
    append<R>(query: CompiledQuery<R>) {
      const at = ambient.getStore();
      if (at) return inTurn(at, () => run(at.trx, query));
      return write<R[]>((w) => (grouped ? grouped.write(w) : run(db, query)))((trx) => run(trx, query));
    },
    // Reads flush waiting writes first (see group-commit.ts); inside `atomically`, they see its writes.
    read<R>(query: CompiledQuery<R>) {
      const at = ambient.getStore();
      if (at) return inTurn(at, () => run(at.trx, query));
      grouped?.flush();
      return driver.read(query) as Promise<R[]>;
    },
    snapshot<R>(plan: Plan<R>) {
      const at = ambient.getStore();
      if (at) return inTurn(at, () => runPlanAsync(plan, (query) => run(at.trx, query)));
      grouped?.flush();
      return driver.snapshot(plan);
    },
    bulk: <R>(work: (trx: Transaction<Database>) => Promise<R>) => write<R>((w) => db.transaction().execute(w))(work),
    atomically(work) {
      if (ambient.getStore()) return work();
      const within = (trx: Transaction<Database>) => ambient.run({ trx, tail: Promise.resolve(), wrote: false }, work);
      return grouped ? grouped.write(within) : db.transaction().execute(within);
    },
  };
}
