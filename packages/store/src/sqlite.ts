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
  return {
    all: <R>(query: CompiledQuery<R>) => connection.prepare(query.sql).all(...(query.parameters as unknown[])) as R[],
    close: () => connection.close(),
  };
}

/**
 * Reads straight from the OS page cache through a memory map, and keeps more pages per connection:
 * random lookups and deep offsets otherwise pay a system call per page.
 */
function tune(sqlite: SQLite.Database) {
  sqlite.pragma(`mmap_size = ${1024 * 1024 * 1024}`);
  sqlite.pragma(`cache_size = -${64 * 1024}`);
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
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
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
    },
    async () => {
      reads?.close();
      await db.destroy();
    },
  );
}
