import { SQLite } from '../../src/better-sqlite3.ts';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { OpenedStore, TestDriver } from '../../src/testing.ts';

/**
 * A plain Kysely connection to a test store's database, beside the store: for looking at rows the
 * store no longer shows, and for setting a database up the way an older version left it.
 */
export function rawDatabase(driver: TestDriver, opened: OpenedStore): Kysely<any> {
  if (driver.name === 'sqlite') {
    return new Kysely<any>({ dialect: new SqliteDialect({ database: new SQLite(opened.url.replace(/^sqlite:\/\//, '')) }) });
  }
  return new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: opened.url, max: 1 }) }) });
}
