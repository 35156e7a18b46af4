import { createRequire } from 'node:module';
import { Kysely, PostgresDialect, sql, type CompiledQuery } from 'kysely';
import type pgModule from 'pg';
import { execute, type DialectSql, type Plan } from './driver.ts';
import { KEY_TEXT } from './document-key.ts';
import { kyselyStore } from './kysely-store.ts';
import { namingClient } from './named-statements.ts';
import { FORESEEN_MISS } from './queries.ts';
import type { Database } from './schema.ts';
import { sharedCommits, type BatchFailure } from './shared-commits.ts';
import type { Store } from './types.ts';

export interface PostgresOptions {
  /** Connections this process keeps at most (default `DEFAULT_POOL_SIZE`). */
  readonly poolSize?: number;
  /**
   * The longest a statement may run before PostgreSQL cancels it (a lock held elsewhere, a
   * database that hangs): the request fails as StoreUnavailable, a 503, instead of hanging.
   */
  readonly statementTimeoutMs?: number;
  /** The held writes of works that end together share one transaction and its commit (see shared-commits.ts); default true. */
  readonly sharedCommits?: boolean;
  /**
   * The statements of documents go as named prepared statements, planned once per connection (see
   * named-statements.ts); default true. A pooler that hands one client's statements to several
   * server connections (PgBouncer in transaction mode before 1.21) needs it off.
   */
  readonly namedStatements?: boolean;
}

/** Connections a process keeps at most, unless told otherwise: no size measured better yet (see docs/design/postgres-concurrency.md). */
export const DEFAULT_POOL_SIZE = 10;

/** Far longer than any statement of the store takes (milliseconds), short enough that a client is answered. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 10_000;

let loadedPg: typeof pgModule | undefined;
/** pg, loaded when a PostgreSQL store is first opened: a server on SQLite never needs it (it took about 60 ms of start-up). */
const pgDriver = () => (loadedPg ??= createRequire(import.meta.url)('pg') as typeof pgModule);

/**
 * pg hands bigint columns (and COUNT) back as strings, because int8 may exceed 2^53. Ours are
 * counts and microsecond timestamps, far below that, so they come back as numbers.
 */
function typeParsers(pg: typeof pgModule) {
  const INT8 = pg.types.builtins.INT8;
  return {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === INT8 && format !== 'binary' ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
  };
}

const codeOf = (error: unknown) => String((error as { code?: unknown })?.code ?? '');

/** Network errors, the server shutting down or not yet accepting, and any SQLSTATE of class 08 (connection exception). */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  // query_canceled: the statement timeout ended a statement that waited too long.
  '57014',
  // Two transactions waited on each other and PostgreSQL ended one: a retry goes through.
  '40P01',
]);
const UNAVAILABLE_MESSAGES = /Connection terminated|not queryable|timeout exceeded when trying to connect/i;

export function isPostgresUnavailable(error: unknown): boolean {
  const code = codeOf(error);
  if (UNAVAILABLE_CODES.has(code) || code.startsWith('08')) return true;
  if (error instanceof AggregateError) return error.errors.some(isPostgresUnavailable);
  return UNAVAILABLE_MESSAGES.test((error as Error)?.message ?? '');
}

/** Where the data lives, without credentials. */
function describe(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}

export const postgresSql: DialectSql = {
  // Concurrent writes of one document queue on its row lock.
  forUpdate: (query) => query.forUpdate() as typeof query,
  claim: (query) => query.forUpdate().skipLocked() as typeof query,
  forNoKeyUpdate: (query) => query.forNoKeyUpdate() as typeof query,
  lockTable: (table) => sql`lock table ${sql.table(table)} in share row exclusive mode`,
  jsonStrings: (parameter) => sql<string>`(select json_array_elements_text(cast(${parameter} as json)))`,
  documentsByScope: sql`documents`,
  byKeyText: (query, keyText) => query.where(KEY_TEXT, '=', keyText) as typeof query,
  analyze: [sql`analyze`],
};

const BEGIN = 'begin';
const COMMIT = 'commit';
const ROLLBACK = 'rollback';

/**
 * Statements as one transaction in one round trip: one alone (a statement is a transaction of its
 * own), several pipelined between begin and commit. Once one fails the transaction is aborted:
 * those after it fail too and the commit rolls back, so the first failure is the one answered,
 * with its place among `queries`.
 */
async function batch(pool: pgModule.Pool, queries: readonly CompiledQuery<unknown>[]): Promise<BatchFailure | undefined> {
  const client = await pool.connect();
  let broken: unknown;
  try {
    const send = (text: string, values?: readonly unknown[]) => client.query(text, values as unknown[] | undefined);
    const alone = queries.length === 1;
    const sent = alone
      ? [send(queries[0]!.sql, queries[0]!.parameters)]
      : [send(BEGIN), ...queries.map((query) => send(query.sql, query.parameters)), send(COMMIT)];
    const settled = await Promise.allSettled(sent);
    const at = settled.findIndex((outcome) => outcome.status === 'rejected');
    if (at < 0) return undefined;
    const error = (settled[at] as PromiseRejectedResult).reason as unknown;
    if (isPostgresUnavailable(error)) broken = error;
    // Past the last query: the commit itself failed, which no one query caused.
    return { error, index: alone ? 0 : at - 1 < queries.length ? at - 1 : -1 };
  } finally {
    // A connection that failed is dropped, not handed to the next request.
    client.release(broken as Error | undefined);
  }
}

/** A plan's one snapshot: READ COMMITTED (the default) takes a new snapshot per statement. */
const BEGIN_SNAPSHOT = 'begin isolation level repeatable read, read only';

/**
 * Runs a plan's statements on one snapshot, on one connection. The begin goes in the round trip of
 * the plan's first statement (pipelined), and the commit after its last is not waited for (the
 * connection goes back to the pool once it is done): a first page's four statements took four
 * round trips, now two. A plan that fails (a statement, or the plan itself: a cursor not found)
 * rolls back and passes its error on.
 */
async function snapshot<R>(pool: pgModule.Pool, plan: Plan<R>): Promise<R> {
  // The plan's first step runs before a connection is taken: a plan may refuse its query at once.
  let step = plan.next();
  if (step.done) return step.value;
  const client = await pool.connect();
  const send = async (query: CompiledQuery<unknown>) => (await client.query(query.sql, query.parameters as unknown[])).rows as unknown[];
  try {
    const [, first] = await Promise.all([client.query(BEGIN_SNAPSHOT), send(step.value)]);
    step = plan.next(first);
    while (!step.done) step = plan.next(await send(step.value));
  } catch (error) {
    let broken = isPostgresUnavailable(error) ? error : undefined;
    await client.query(ROLLBACK).catch((failed: unknown) => (broken = failed));
    client.release(broken as Error | undefined);
    throw error;
  }
  // A connection whose commit failed is dropped, not handed to the next request; the rows were read.
  client.query(COMMIT).then(
    () => client.release(),
    (failed: Error) => client.release(failed),
  );
  return step.value;
}

/** Several server instances share one PostgreSQL database; each keeps a small pool. */
export function openPostgres(url: string, options: PostgresOptions = {}): Store {
  const pg = pgDriver();
  const types = typeParsers(pg);
  const pool = new pg.Pool({
    connectionString: url,
    types,
    ...((options.namedStatements ?? true) && { Client: namingClient(pg) }),
    // At least two: `exclusive` holds one connection while its work runs on another.
    max: Math.max(2, options.poolSize ?? DEFAULT_POOL_SIZE),
    // Fail a request (503) instead of queueing it forever while the database is unreachable.
    connectionTimeoutMillis: 5_000,
    keepAlive: true,
    statement_timeout: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
    // A statement is sent without waiting for the answer to the one before (`batch`); one awaited
    // at a time, as Kysely sends them, goes as it would otherwise.
    pipeline: true,
  });
  // A connection that dies (database restarted, backend terminated, network cut) emits 'error';
  // unhandled, that would crash the process. The pool drops the dead client and the next checkout
  // connects afresh; the request that hits a dead connection already fails as StoreUnavailable.
  pool.on('error', () => {});
  // pg-pool listens for errors only on idle clients: a client checked out by Kysely needs its own.
  pool.on('connect', (client) => client.on('error', () => {}));

  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  /** For migrations, which may take longer than a statement of a request may: one connection without the timeout. */
  const unbounded = async <R>(work: (db: Kysely<Database>) => Promise<R>): Promise<R> => {
    const own = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, types, max: 1, connectionTimeoutMillis: 5_000 }) }),
    });
    try {
      return await work(own);
    } finally {
      await own.destroy();
    }
  };
  return kyselyStore({
    dialect: 'postgres',
    location: describe(url),
    db,
    sql: postgresSql,
    isUniqueViolation: (e) => codeOf(e) === '23505',
    isUnavailable: isPostgresUnavailable,
    read: (query) => execute(db, query),
    snapshot: (plan) => snapshot(pool, plan),
    isForeseenMiss: (e) => codeOf(e) === '22P02' && String((e as Error).message).includes(FORESEEN_MISS),
    batch: (options.sharedCommits ?? true)
      ? sharedCommits((queries) => batch(pool, queries), isPostgresUnavailable)
      : async (queries) => {
          const failed = await batch(pool, queries);
          if (failed) throw failed.error;
        },
    groupCommit: false,
    unbounded,
    // A transaction-scoped advisory lock, so instances on one database take turns and a lock whose
    // holder dies is released with its connection. The work runs on other connections.
    lock: (name, work) =>
      db.transaction().execute(async (trx) => {
        // Waiting for another instance's section (a migration) may take longer than a statement may.
        await sql`set local statement_timeout = 0`.execute(trx);
        await sql`select pg_advisory_xact_lock(hashtextextended(${`clientele:${name}`}, 0))`.execute(trx);
        return work();
      }),
    close: () => db.destroy(),
  });
}
