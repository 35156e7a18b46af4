import type { CompiledQuery, Expression, Kysely, RawBuilder, SelectQueryBuilder } from 'kysely';
import type { Database } from './schema.ts';
import type { Dialect } from './types.ts';

/**
 * A read that needs several statements to agree (a page and its total, a cursor and its rows):
 * a generator that yields each query and is handed its rows back, so a driver can run it
 * synchronously inside one read transaction (SQLite) or asynchronously inside one (PostgreSQL).
 */
export type Plan<R> = Generator<CompiledQuery<unknown>, R, unknown[]>;

/** Inside a plan: `const rows = yield* rows(query)`. */
export function* rows<R>(query: CompiledQuery<R>): Generator<CompiledQuery<unknown>, R[], unknown[]> {
  return (yield query) as R[];
}

/** Runs a plan on a synchronous connection. */
export function runPlan<R>(plan: Plan<R>, all: (query: CompiledQuery<unknown>) => unknown[]): R {
  let step = plan.next();
  while (!step.done) step = plan.next(all(step.value));
  return step.value;
}

/** Runs a plan on an asynchronous connection. */
export async function runPlanAsync<R>(plan: Plan<R>, all: (query: CompiledQuery<unknown>) => Promise<unknown[]>): Promise<R> {
  let step = plan.next();
  while (!step.done) step = plan.next(await all(step.value));
  return step.value;
}

/** Runs one compiled query through Kysely (a pool, or a held connection or transaction). */
export const execute = async (on: Pick<Kysely<Database>, 'executeQuery'>, query: CompiledQuery<unknown>) =>
  (await on.executeQuery(query)).rows as unknown[];

/** The SQL that differs between dialects, used when queries are built (once, at start-up). */
export interface DialectSql {
  /** Makes a select lock the rows it reads until the transaction ends, where writers can overlap (PostgreSQL). */
  forUpdate<Q extends SelectQueryBuilder<any, any, any>>(query: Q): Q;
  /** Locks the rows it reads, passing over rows another transaction holds (PostgreSQL's SKIP LOCKED): work queues. */
  claim<Q extends SelectQueryBuilder<any, any, any>>(query: Q): Q;
  /** The same, except against inserts whose foreign keys reference the rows (PostgreSQL's FOR NO KEY UPDATE): a turn-taking lock on a parent row. */
  forNoKeyUpdate<Q extends SelectQueryBuilder<any, any, any>>(query: Q): Q;
  /** Locks a table against every other writer until the transaction ends, where writers can overlap (PostgreSQL). */
  readonly lockTable?: (table: string) => RawBuilder<unknown>;
  /** A subquery listing the strings of a JSON array parameter, for `column in (…)`. */
  jsonStrings(parameter: unknown): Expression<string>;
  /**
   * The documents table for a seek on one scope (collection, tenant, mode, parent) that no ORDER BY
   * steers to an index: SQLite's planner, its statistics taken over one large collection, takes any
   * other collection to be as large and scans the whole table instead.
   */
  readonly documentsByScope: RawBuilder<unknown>;
  /**
   * Narrows a read of one document to the index over its whole key's text, where the database has
   * one (PostgreSQL, see document-key.ts). `keyText` is the key's text. Absent elsewhere: the read
   * stays as it is, and no key text is made for it.
   */
  byKeyText?<Q extends SelectQueryBuilder<any, any, any>>(query: Q, keyText: string): Q;
  /** The statements that refresh the query planner's statistics, in order. */
  readonly analyze: readonly RawBuilder<unknown>[];
}

/**
 * What a storage driver supplies: its Kysely instance and every decision that depends on the
 * database. The storage logic (kysely-store.ts and its modules) is written once over these.
 */
export interface Driver {
  readonly dialect: Dialect;
  /** Where the data lives, without secrets. */
  readonly location: string;
  readonly db: Kysely<Database>;
  readonly sql: DialectSql;
  /** Recognises the driver's unique-constraint error. */
  isUniqueViolation(error: unknown): boolean;
  /** Recognises the driver's connection errors, reported as StoreUnavailable. */
  isUnavailable(error: unknown): boolean;
  /**
   * Runs one statement on committed data (SQLite: a second, read-only connection, synchronously,
   * outside Kysely's connection queue: reads are most requests, they need not wait behind writes).
   */
  read(query: CompiledQuery<unknown>): Promise<unknown[]>;
  /** Runs a plan's statements on one snapshot of committed data. */
  snapshot<R>(plan: Plan<R>): Promise<R>;
  /**
   * Runs a statement directly on the connection a Kysely transaction holds (SQLite: the one write
   * connection, which Kysely's queue keeps to that transaction until it ends). Skips Kysely's
   * per-query pipeline inside write transactions.
   */
  readonly inTransaction?: (query: CompiledQuery<unknown>) => unknown[];
  /**
   * Runs statements as one transaction of their own that locks only the database files they write
   * (SQLite: a deferred transaction, run synchronously, on the request log's own write connection,
   * or in memory on the write connection between other transactions). The request log's writes:
   * they touch its own file, and a lock on the data's would make every data write of another
   * connection (the log's own thread) wait. Absent elsewhere: such writes take the ordinary ways.
   */
  readonly apart?: (queries: readonly CompiledQuery<unknown>[]) => Promise<void>;
  /** Runs the migrations (`work`) with what they need beyond the ordinary connections (SQLite: the request log's file attached to the write connection). */
  readonly migrating?: <R>(work: () => Promise<R>) => Promise<R>;
  /**
   * Runs statements as one transaction in one round trip (PostgreSQL: one statement alone, or
   * several pipelined between begin and commit); rejects with the first failure, nothing written.
   * Where it exists, `atomically` holds foreseen writes back and sends them so (see context.ts).
   */
  readonly batch?: (queries: readonly CompiledQuery<unknown>[]) => Promise<void>;
  /** Recognises the failure of a foreseen write that found another write got there first (see queries.ts `unless`). */
  readonly isForeseenMiss?: (error: unknown) => boolean;
  /** One writer at a time (SQLite): concurrent write transactions share commits (see group-commit.ts). */
  readonly groupCommit: boolean;
  /**
   * Runs `work` while no other instance on this database holds the lock `name` (the store adds
   * the in-process turn). The work runs on the store's ordinary connections.
   */
  lock<R>(name: string, work: () => Promise<R>): Promise<R>;
  /** Runs long work (migrations) where the database's statement timeout does not apply; the ordinary connections otherwise. */
  readonly unbounded?: <R>(work: (db: Kysely<Database>) => Promise<R>) => Promise<R>;
  close(): Promise<void>;
}
