import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, type CompiledQuery } from 'kysely';
import { kyselyStore } from './kysely-store.ts';
import type { Database } from './schema.ts';
import type { Store } from './types.ts';

/**
 * Kysely prepares every query anew; preparing costs more than running a small query. Statements
 * are cached by SQL text (queries are parameterised, so the set is small and fixed) and reused:
 * Kysely runs one query at a time on this connection.
 */
function withStatementCache(sqlite: SQLite.Database) {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (!statement) statements.set(sql, (statement = sqlite.prepare(sql)));
      return statement;
    },
  };
}

/**
 * A second, read-only connection: in WAL mode it reads the last committed state without waiting for
 * the writer, and it can never see a transaction the writer has not committed yet.
 */
function reader(path: string) {
  const sqlite = new SQLite(path, { readonly: true, fileMustExist: true });
  tune(sqlite);
  const connection = withStatementCache(sqlite);
  return { all: runner(connection), close: () => connection.close() };
}

/** Runs a compiled query on a cached statement: rows for a query that returns them, none otherwise. */
const runner =
  (connection: ReturnType<typeof withStatementCache>) =>
  <R>(query: CompiledQuery<R>): R[] => {
    const statement = connection.prepare(query.sql);
    const parameters = query.parameters as unknown[];
    if (statement.reader) return statement.all(...parameters) as R[];
    statement.run(...parameters);
    return [];
  };

/**
 * Both connections keep more pages than SQLite's default 2 MB: random lookups and index updates
 * otherwise pay a system call per page. (No memory map: mapped pages count against the process's resident memory.)
 */
function tune(sqlite: SQLite.Database) {
  sqlite.pragma(`cache_size = -${32 * 1024}`);
}

/** The embedded default: one file, WAL journal, nothing to install. `:memory:` for throwaway stores. */
export function openSqlite(path: string): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  tune(sqlite);
  // Bounds the WAL file: checkpoints truncate it back to this size instead of leaving it at its peak.
  sqlite.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
  const writer = withStatementCache(sqlite);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: writer }) });
  // An in-memory database is private to its connection: it reads through the writer.
  const reads = path === ':memory:' ? undefined : reader(path);
  return kyselyStore(
    db,
    'sqlite',
    path,
    {
      isUniqueViolation: (e) => /^SQLITE_CONSTRAINT_(PRIMARYKEY|UNIQUE)$/.test((e as { code?: string }).code ?? ''),
      isUnavailable: (e) => /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR)/.test((e as { code?: string }).code ?? ''),
      reader: reads,
      inTransaction: { all: runner(writer) },
      groupCommit: true,
    },
    async () => {
      reads?.close();
      await db.destroy();
    },
  );
}
