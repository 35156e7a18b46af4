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
  /**
   * Inside `atomically` on PostgreSQL while nothing has been written: sends a write whose outcome
   * the caller foresees (a statement that fails unless it lands as foreseen) with the work's other
   * writes when the work ends, in one round trip. Undefined where the write must run now.
   */
  later(): ((query: CompiledQuery<unknown>) => void) | undefined;
}

/** Runs of a work without a transaction, at most, before one in a transaction (see `lazily`). */
const LAZY_TRIES = 3;

/** Thrown into work that can no longer go on without a transaction (see `Ambient.again`). */
class RunAgain extends Error {
  constructor() {
    super('the work runs again, in a transaction from its start');
  }
}

/** The transaction `atomically` runs its work in, and the turn its store calls take on it. */
interface Ambient {
  /** From the start (SQLite; a second run), or from the first write that cannot wait (PostgreSQL). */
  trx?: Transaction<Database>;
  tail: Promise<unknown>;
  /** Whether a write of the work has run on the transaction (until then a failed write needs no savepoint). */
  wrote: boolean;
  /**
   * PostgreSQL, until a transaction begins: the writes that wait for the end of the work, to be
   * sent together then (see `lazily`).
   */
  readonly later?: CompiledQuery<unknown>[];
  /**
   * The work read, or wrote what cannot wait, after a write that waits (it would not see that
   * write): what it did is dropped and it runs again, in a transaction from its start.
   */
  again?: boolean;
  /** Ends the transaction begun during the work: commits it, or rolls it back when given the work's failure. */
  end?: (failure?: { error: unknown }) => Promise<void>;
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
  const firstWrite = async <R>(at: Ambient, trx: Transaction<Database>, work: (trx: Transaction<Database>) => Promise<R>): Promise<R> => {
    try {
      const value = await work(trx);
      at.wrote = true;
      return value;
    } catch (error) {
      await run(trx, ROLLBACK_ALL);
      await run(trx, BEGIN);
      throw error;
    }
  };

  /** Gives up on the work's run without a transaction (it runs again with one). */
  const runAgain = (at: Ambient): never => {
    at.again = true;
    throw new RunAgain();
  };
  /** Whether the work's writes so far all wait for its end (a read now would not see them). */
  const waiting = (at: Ambient) => !at.trx && (at.again || !!at.later?.length);

  /**
   * Begins the work's transaction at its first write that cannot wait (PostgreSQL): its reads
   * before ran at READ COMMITTED on the pool, as they would have in the transaction.
   */
  const begin = (at: Ambient): Promise<Transaction<Database>> =>
    new Promise((began, failed) => {
      let finish!: (failure?: { error: unknown }) => void;
      const finished = new Promise<void>((resolve, reject) => (finish = (failure) => (failure ? reject(failure.error) : resolve())));
      const done = db.transaction().execute(async (trx) => {
        at.trx = trx;
        began(trx);
        await finished;
      });
      done.catch(failed);
      at.end = async (failure) => {
        finish(failure);
        await done;
      };
    });

  /** `own` outside `atomically`; inside, the write on its transaction in a savepoint (none for the first write of a transaction of its own). */
  const write =
    <R>(own: (work: (trx: Transaction<Database>) => Promise<R>) => Promise<R>) =>
    (work: (trx: Transaction<Database>) => Promise<R>): Promise<R> => {
      const at = ambient.getStore();
      if (!at) return own(work);
      return inTurn(at, async () => {
        if (waiting(at)) runAgain(at);
        const trx = at.trx ?? (await begin(at));
        // Under group commit the transaction is shared with other callers' work: always a savepoint.
        return grouped || at.wrote ? inSavepoint(trx, work) : firstWrite(at, trx, work);
      });
    };

  /** Reads on the work's transaction once it has one; before, on committed data (unless a write waits). */
  const readIn = <R>(at: Ambient | undefined, onTransaction: (trx: Transaction<Database>) => Promise<R>, outside: () => Promise<R>): Promise<R> => {
    if (at?.trx) {
      const trx = at.trx;
      return inTurn(at, () => onTransaction(trx));
    }
    if (at && waiting(at)) {
      at.again = true;
      return Promise.reject(new RunAgain());
    }
    grouped?.flush();
    return outside();
  };

  /**
   * `atomically` on PostgreSQL. The work runs without a transaction at first: reads on committed
   * data, and the writes whose outcome is foreseen (`later`: a create, an update, the outbox's
   * appends) held back until it ends, then sent in one round trip: alone (one statement is a
   * transaction of its own), or pipelined between begin and commit. A write that cannot wait
   * begins a transaction there and then, which the rest of the work runs in. When the held writes
   * do not land as foreseen (a unique value taken, a concurrent update, a newer document in the
   * scope), or the work reads or writes after one, or fails after one, nothing of them is written
   * and the work runs again: without a transaction when another write got there first (a new run
   * foresees afresh: a new createdUs, the document's new data), up to `LAZY_TRIES` runs; else in a
   * transaction from its start, where each write's real outcome reaches it.
   */
  async function lazily<R>(work: () => Promise<R>, tries = LAZY_TRIES): Promise<R> {
    const at: Ambient = { tail: Promise.resolve(), wrote: false, later: [] };
    let outcome: { value: R } | { error: unknown };
    try {
      outcome = { value: await ambient.run(at, work) };
    } catch (error) {
      outcome = { error };
    }
    if (at.end) {
      // A transaction begun during the work: committed, or rolled back with the work's failure (or to run it again).
      const failure = at.again ? { error: new RunAgain() } : 'error' in outcome ? outcome : undefined;
      await at.end(failure).catch((error: unknown) => {
        if (!at.again) throw error;
      });
    }
    // Work that failed after a held write may have failed for what it foresaw (a create it took to
    // succeed): only a run that sees each write's real outcome can tell.
    if (at.again || ('error' in outcome && at.later!.length)) return eagerly(work);
    if (!at.end && at.later!.length) {
      try {
        await driver.batch!(at.later!);
      } catch (error) {
        if (driver.isUnavailable(error)) throw error;
        // Another write got there first (a newer create, an update of the same document): a new
        // run foresees afresh. Anything else (a value taken) only a transaction can tell the work.
        return driver.isForeseenMiss?.(error) && tries > 1 ? lazily(work, tries - 1) : eagerly(work);
      }
    }
    if ('error' in outcome) throw outcome.error;
    return outcome.value;
  }

  /** `atomically` in a transaction from the start (SQLite: a turn of the group commit). */
  const eagerly = <R>(work: () => Promise<R>): Promise<R> => {
    const within = (trx: Transaction<Database>) => ambient.run({ trx, tail: Promise.resolve(), wrote: false }, work);
    return grouped ? grouped.write(within) : db.transaction().execute(within);
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
        if (error instanceof UniqueViolation || error instanceof StoreUnavailable || error instanceof RunAgain) throw error;
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
      if (at?.later && !at.trx && !at.again) {
        at.later.push(query);
        return Promise.resolve([]);
      }
      if (at?.trx) {
        const trx = at.trx;
        return inTurn(at, () => run(trx, query));
      }
      return write<R[]>((w) => (grouped ? grouped.write(w) : run(db, query)))((trx) => run(trx, query));
    },
    // Reads flush waiting writes first (see group-commit.ts); inside `atomically`, they see its writes.
    read: <R>(query: CompiledQuery<R>) =>
      readIn(ambient.getStore(), (trx) => run(trx, query), () => driver.read(query) as Promise<R[]>),
    snapshot: <R>(plan: Plan<R>) =>
      readIn(ambient.getStore(), (trx) => runPlanAsync(plan, (query) => run(trx, query)), () => driver.snapshot(plan)),
    bulk: <R>(work: (trx: Transaction<Database>) => Promise<R>) => write<R>((w) => db.transaction().execute(w))(work),
    atomically(work) {
      if (ambient.getStore()) return work();
      return grouped || !driver.batch ? eagerly(work) : lazily(work);
    },
    later() {
      const at = ambient.getStore();
      if (!at?.later || at.trx || at.again) return undefined;
      return (query) => {
        // The work began a transaction meanwhile (calls made at once): this write cannot wait for it.
        if (at.trx || at.again) runAgain(at);
        at.later!.push(query);
      };
    },
  };
}
