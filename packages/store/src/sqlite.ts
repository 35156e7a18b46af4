import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { setTimeout as delay } from 'node:timers/promises';
import { CompiledQuery, Kysely, sql, SqliteAdapter, SqliteDialect, SqliteQueryCompiler, type DatabaseConnection, type Driver as KyselyDriver, type LimitNode } from 'kysely';
import { execute, runPlan, runPlanAsync, type DialectSql, type Driver } from './driver.ts';
import { SQLite, type SQLiteDatabase, type SQLiteStatement } from './better-sqlite3.ts';
import { checkpointThread, walFrames } from './checkpoints.ts';
import { kyselyStore } from './kysely-store.ts';
import type { Database } from './schema.ts';
import type { Store } from './types.ts';

/**
 * How long a connection waits for another process's write lock before failing with SQLITE_BUSY.
 * Generous: several processes may open one file at once (the first one migrating it).
 */
const BUSY_TIMEOUT_MS = 30_000;

const codeOf = (error: unknown) => (error as { code?: string })?.code ?? '';
const isBusy = (error: unknown) => codeOf(error).startsWith('SQLITE_BUSY');

/**
 * Runs a step SQLite may refuse with SQLITE_BUSY at once, without calling its busy handler (it does
 * so where waiting could deadlock, as when switching a new file to WAL while another connection
 * is reading it), again until it goes through or the busy timeout passes. Only at open: it blocks.
 */
function retryWhileBusy<R>(step: () => R): R {
  const until = Date.now() + BUSY_TIMEOUT_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let wait = 1; ; wait = Math.min(wait * 2, 50)) {
    try {
      return step();
    } catch (error) {
      if (!isBusy(error) || Date.now() > until) throw error;
      Atomics.wait(pause, 0, 0, wait);
    }
  }
}

/**
 * Kysely prepares every query anew; preparing costs more than running a small query. Statements
 * are cached by SQL text (queries are parameterised, so the set is small and fixed) and reused:
 * Kysely runs one query at a time on this connection.
 */
function withStatementCache(sqlite: SQLiteDatabase) {
  const statements = new Map<string, SQLiteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (!statement) statements.set(sql, (statement = sqlite.prepare(sql)));
      return statement;
    },
  };
}

/** Runs a compiled query on a cached statement: rows for a query that returns them, none otherwise. */
const runner =
  (connection: ReturnType<typeof withStatementCache>) =>
  (query: CompiledQuery<unknown>): unknown[] => {
    const statement = connection.prepare(query.sql);
    const parameters = query.parameters as unknown[];
    if (statement.reader) return statement.all(...parameters);
    statement.run(...parameters);
    return [];
  };

/** Runs compiled statements in one better-sqlite3 transaction: DEFERRED, so each file is locked when first written. */
const deferredTransaction = (sqlite: SQLiteDatabase, run: (query: CompiledQuery<unknown>) => unknown) =>
  sqlite.transaction((queries: readonly CompiledQuery<unknown>[]) => {
    for (const query of queries) run(query);
  });

/**
 * A second, read-only connection: in WAL mode it reads the last committed state without waiting for
 * the writer, and it can never see a transaction the writer has not committed yet. A plan runs
 * inside one read transaction, synchronously (nothing else can use the connection meanwhile), so
 * all its statements see one snapshot.
 */
function reader(path: string) {
  const sqlite = new SQLite(path, { readonly: true, fileMustExist: true });
  tune(sqlite);
  attachRequestLog(sqlite, path);
  tune(sqlite, 'log', LOG_PAGE_CACHE_KIB);
  const all = runner(withStatementCache(sqlite));
  const inReadTransaction = sqlite.transaction(<R>(work: () => R) => work());
  return {
    all,
    snapshot: <R>(plan: Parameters<Driver['snapshot']>[0]) => inReadTransaction(() => runPlan(plan, all)) as R,
    close: () => sqlite.close(),
  };
}

/**
 * Both connections keep SQLite's default page cache (2 MB each): the operating system caches the
 * file anyway, and a larger cache only held memory. Measured with `pnpm bench --api dwolla` at
 * 100,000 customers: 32 MB per connection gave the same req/s (within run-to-run noise) and 62 MB
 * more resident memory, which the 30-minute soak saw as a slope. No memory map either: mapped pages
 * count against the process's resident memory.
 */
const PAGE_CACHE_KIB = 2 * 1024;

/** What a WAL file is truncated back to after a checkpoint, instead of staying at its peak. */
const JOURNAL_SIZE_LIMIT = 64 * 1024 * 1024;

function tune(sqlite: SQLiteDatabase, schema = 'main', cacheKib = PAGE_CACHE_KIB) {
  sqlite.pragma(`${schema}.cache_size = -${cacheKib}`);
}

/**
 * The request log's database, beside the data's file (`<file>.requests`), written through a
 * connection of its own (`requestLogWriter`) and attached to the read connection as `log`, where
 * its table is found by its bare name once migration 0011 took it out of the data's file. Every logged request appends an entry of 1 to 15 KB: on 4 KB pages an
 * entry took a page (or a chain of them) of its own, and its WAL frames and checkpoints came with
 * the data's. On 16 KB pages, with a WAL and checkpoints of its own (SQLite's 1,000 pages are
 * 16 MB there), an append costs about a fifth less CPU (docs/results/request-log-2026-12-06d.md),
 * and the data's pages stay 4 KB (a read by id reads a few of them).
 */
export const requestLogPath = (path: string) => (path === ':memory:' ? ':memory:' : `${path}.requests`);

const LOG_PAGE_SIZE = 16 * 1024;
/** The log's page cache per connection: appends touch the last pages of its table and index, and listing is rare. */
const LOG_PAGE_CACHE_KIB = 512;

/** WAL pages the log's writes make between two checkpoints on the checkpoint thread: SQLite's own threshold. */
const LOG_CHECKPOINT_PAGES = 1000;
/**
 * How long a write waits for a checkpoint under way, at most (about twice what one takes on a quiet
 * machine): entries wait in the log's queue meanwhile, which drops its oldest past 5,000. Past it,
 * the write goes in, and its pages wait for the next checkpoint.
 */
const LOG_CHECKPOINT_WAIT_MS = 100;
/** Checkpoints run one after another until one leaves nothing behind, at most (another process's writes may never let one). */
const LOG_CHECKPOINT_ATTEMPTS = 4;
/**
 * Where the checkpoint thread runs them, the writer's own threshold: the backstop should another
 * process's writes keep the thread's from leaving the WAL empty (about the WAL's size limit).
 */
const LOG_BACKSTOP_PAGES = 4000;

export interface SqliteOptions {
  /** WAL pages the request log's writes make between two checkpoints on the checkpoint thread (tests make it small). */
  readonly checkpointEvery?: number;
  /** How long a write to the log waits for a checkpoint under way, at most (tests wait for it). */
  readonly checkpointWaitMs?: number;
}

const attachRequestLog = (sqlite: SQLiteDatabase, path: string) => sqlite.prepare('attach database ? as log').run(requestLogPath(path));

/**
 * A new log database gets its page size (only a new file takes one), WAL and the data's synchronous
 * setting, and its table (as migration 0001 made it in the data's file; made here, not by a
 * migration, so a log file deleted to empty the log comes back). `schema`: the log's name on the
 * connection (`main` on its own, `log` where it is attached).
 */
function setUpRequestLog(sqlite: SQLiteDatabase, schema: 'main' | 'log') {
  sqlite.pragma(`${schema}.page_size = ${LOG_PAGE_SIZE}`);
  retryWhileBusy(() => sqlite.pragma(`${schema}.journal_mode = WAL`));
  sqlite.pragma(`${schema}.synchronous = NORMAL`);
  sqlite.pragma(`${schema}.journal_size_limit = ${JOURNAL_SIZE_LIMIT}`);
  tune(sqlite, schema, LOG_PAGE_CACHE_KIB);
  retryWhileBusy(() =>
    sqlite.exec(`create table if not exists ${schema}.request_log (
  seq integer primary key autoincrement, at_us bigint not null, api text not null, tenant_id text not null,
  operation text not null, method text not null, status integer not null, entry text not null);
create index if not exists ${schema}.request_log_by_tenant on request_log (api, tenant_id, seq);`),
  );
}

/**
 * The request log's own write connection, its file as `main`: the log's writes lock that file
 * alone. The data's write connection does not attach it (but while it migrates): its
 * transactions begin IMMEDIATE, which takes the write lock of every attached file, so each data
 * write met the log's thread on the log's file and, when that thread was writing, waited in
 * SQLite's busy handler (a millisecond or more, the whole event loop with it).
 */
function requestLogWriter(path: string, { checkpointEvery = LOG_CHECKPOINT_PAGES, checkpointWaitMs = LOG_CHECKPOINT_WAIT_MS }: SqliteOptions = {}) {
  const sqlite = new SQLite(requestLogPath(path), { timeout: BUSY_TIMEOUT_MS });
  setUpRequestLog(sqlite, 'main');
  // Its first statement writes, so it locks the log's file when it starts.
  const transaction = deferredTransaction(sqlite, runner(withStatementCache(sqlite)));
  // On the thread that answers requests only: a store opened in a worker (the log's own thread)
  // is off that thread already.
  const checkpoints = isMainThread ? checkpointThread(requestLogPath(path)) : undefined;
  const frames = walFrames(requestLogPath(path));
  if (checkpoints) sqlite.pragma(`wal_autocheckpoint = ${LOG_BACKSTOP_PAGES}`);
  /** The WAL's pages when the last checkpoints began (0 once it started again); the checkpoints under way, and the one running. */
  let checkpointedAt = 0;
  let checkpointing: Promise<unknown> | undefined;
  let running: Promise<unknown> | undefined;
  /**
   * Checkpoints until one leaves nothing behind, a few times at most: pages a write committed
   * while one ran (it waited past LOG_CHECKPOINT_WAIT_MS) are fewer, and the next copies them sooner.
   */
  async function checkpointAll(thread: NonNullable<typeof checkpoints>) {
    for (let tries = 0; tries < LOG_CHECKPOINT_ATTEMPTS; tries++) {
      const attempt = thread.checkpoint();
      running = attempt;
      const { log, checkpointed } = await attempt;
      // Its `log` is the WAL as it began: a write may have committed pages since.
      if (checkpointed >= Math.max(log, frames.read())) return;
    }
  }
  return {
    async write(queries: readonly CompiledQuery<unknown>[]) {
      // Not while a checkpoint runs, for a while: a commit meanwhile would leave it pages behind,
      // and the WAL would not start again from its beginning.
      if (running) await waitAtMost(running, checkpointWaitMs);
      transaction(queries);
      if (!checkpoints || checkpointing) return;
      const pages = frames.read();
      // Pages left behind by checkpoints that did not finish count once, not at every write.
      if (pages < checkpointedAt) checkpointedAt = 0;
      if (pages - checkpointedAt < checkpointEvery) return;
      checkpointedAt = pages;
      checkpointing = checkpointAll(checkpoints)
        // The thread failed: SQLite's own checkpoint at its usual threshold from now on.
        .catch(() => sqlite.pragma(`wal_autocheckpoint = ${LOG_CHECKPOINT_PAGES}`))
        .finally(() => (checkpointing = running = undefined));
    },
    async close() {
      while (checkpointing) await checkpointing;
      await checkpoints?.close();
      frames.close();
      sqlite.close();
    },
  };
}

/** Waits for `work`, `ms` at most. */
function waitAtMost(work: Promise<unknown>, ms: number): Promise<unknown> {
  if (ms === Infinity) return work;
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([work, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]).finally(() => clearTimeout(timer));
}

/**
 * The lock of `exclusive` (and so of `migrate`) across processes: SQLite's own write lock, taken
 * with BEGIN IMMEDIATE on a small database of its own next to the data (`<file>.lock`), so the
 * work inside can write to the data through the ordinary connections. The operating system drops
 * the lock with the process that held it. One lock for every name (in-process turns are taken
 * before this). Waiting polls with a short backoff rather than SQLite's busy handler, which would
 * block the event loop.
 */
function fileLock(path: string) {
  let lock: SQLiteDatabase | undefined;
  return {
    async hold<R>(work: () => Promise<R>): Promise<R> {
      lock ??= new SQLite(path, { timeout: 0 });
      for (let wait = 1; ; wait = Math.min(wait * 2, 50)) {
        try {
          lock.exec('begin immediate');
          break;
        } catch (error) {
          if (!isBusy(error)) throw error;
          await delay(wait);
        }
      }
      try {
        return await work();
      } finally {
        // Nothing was written: a rollback releases the lock and, unlike a commit, never waits for one.
        lock.exec('rollback');
      }
    },
    close: () => lock?.close(),
  };
}

/**
 * Kysely's SQL for SQLite, with `limit +?` for `limit ?`. SQLite reads a LIMIT that is a bare bound
 * parameter as a constant when it plans the statement and marks the statement to be planned again
 * whenever that parameter is bound anew: every run of a paged read was prepared again (about 13 µs
 * a run, against 3 µs for the whole seek of a page's first rank). The unary plus gives the same
 * number without being read at planning.
 */
class SqliteCompiler extends SqliteQueryCompiler {
  protected override visitLimit(node: LimitNode): void {
    this.append('limit +');
    this.visitNode(node.limit);
  }
}

/**
 * SQLite as Kysely drives it, with three changes: write transactions begin IMMEDIATE (they take the
 * write lock up front, waiting for another process's through the busy timeout, instead of failing
 * when a read inside them has to become a write), DDL is transactional (it is, in SQLite), so
 * the migrator applies a run of migrations all or nothing, and LIMIT is written as SqliteCompiler
 * writes it.
 */
export class ImmediateSqliteDialect extends SqliteDialect {
  override createQueryCompiler() {
    return new SqliteCompiler();
  }

  override createDriver(): KyselyDriver {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection: DatabaseConnection) => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    };
    return driver;
  }
  override createAdapter() {
    return new (class extends SqliteAdapter {
      override get supportsTransactionalDdl() {
        return true;
      }
    })();
  }
}

export const sqliteSql: DialectSql = {
  // One writer at a time: a read inside a write transaction is already current.
  forUpdate: (query) => query,
  claim: (query) => query,
  forNoKeyUpdate: (query) => query,
  jsonStrings: (parameter) => sql<string>`(select value from json_each(${parameter}))`,
  documentsByScope: sql`documents indexed by documents_by_rank`,
  // The key (`documents_key`) serves a read by id: SQLite plans each statement once with its values.
  // Statistics without STAT4's samples: where they exist, SQLite prepares a statement again each
  // time a new binding might change its plan, which doubled the cost of a read by id (about 50 µs
  // against 22 µs measured in isolation). The indexes are chosen as well from sqlite_stat1 alone.
  analyze: [sql`analyze`, sql`delete from sqlite_stat4`, sql`analyze sqlite_schema`],
};

/** The embedded default: one file, WAL journal, nothing to install. `:memory:` for throwaway stores. */
export function openSqlite(path: string, options: SqliteOptions = {}): Store {
  const inMemory = path === ':memory:';
  if (!inMemory) mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path, { timeout: BUSY_TIMEOUT_MS });
  // Switching a new file to WAL takes a lock that other processes opening it at the same time may hold.
  retryWhileBusy(() => sqlite.pragma('journal_mode = WAL'));
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  tune(sqlite);
  // Bounds the WAL file: checkpoints truncate it back to this size instead of leaving it at its peak.
  sqlite.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT}`);
  // In memory the log is attached for good: no other connection can open it, and reads go
  // through this one. A file's log has its own write connection.
  const logWriter = inMemory ? undefined : requestLogWriter(path, options);
  if (inMemory) {
    attachRequestLog(sqlite, path);
    setUpRequestLog(sqlite, 'log');
  }
  const writer = withStatementCache(sqlite);
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: writer }) });
  const onWriter = runner(writer);
  const deferred = deferredTransaction(sqlite, onWriter);
  /** Runs `step` on the write connection between Kysely's transactions (attach and detach refuse to run inside one). */
  const betweenTransactions = (step: () => void) => db.connection().execute(async () => step());
  // An in-memory database is private to its connection: it reads through the writer, and no other
  // process can open it.
  const reads = inMemory ? undefined : reader(path);
  const lock = inMemory ? undefined : fileLock(`${path}.lock`);
  return kyselyStore({
    dialect: 'sqlite',
    location: path,
    db,
    sql: sqliteSql,
    isUniqueViolation: (e) => /^SQLITE_CONSTRAINT_(PRIMARYKEY|UNIQUE)$/.test(codeOf(e)),
    isUnavailable: (e) => /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR)/.test(codeOf(e)),
    read: (query) => (reads ? Promise.resolve(reads.all(query)) : execute(db, query)),
    snapshot: (plan) =>
      reads
        ? Promise.resolve(reads.snapshot(plan))
        : db.connection().execute((connection) => runPlanAsync(plan, (query) => execute(connection, query))),
    inTransaction: onWriter,
    // In memory, between Kysely's transactions: holding its connection, no other work is on it.
    apart: logWriter ? async (queries) => logWriter.write(queries) : (queries) => db.connection().execute(async () => void deferred(queries)),
    // Migration 0011 moves entries from the data's file to the log's: the log is attached meanwhile.
    migrating: logWriter
      ? async (work) => {
          await betweenTransactions(() => attachRequestLog(sqlite, path));
          try {
            return await work();
          } finally {
            await betweenTransactions(() => sqlite.exec('detach database log'));
          }
        }
      : undefined,
    groupCommit: true,
    lock: (_name, work) => (lock ? lock.hold(work) : work()),
    async close() {
      reads?.close();
      lock?.close();
      await logWriter?.close();
      await db.destroy();
    },
  });
}
