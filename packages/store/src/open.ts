import { isAbsolute, resolve } from 'node:path';
import { openPostgres, type PostgresOptions } from './postgres.ts';
import { openSqlite } from './sqlite.ts';
import type { Store } from './types.ts';

/** A `--db` value that names no store this package opens (`mysql://…`, an empty value). */
export class UnsupportedDatabaseUrl extends Error {}

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

/**
 * The file a SQLite `--db` value names: `sqlite://path` (or a bare path, or `:memory:`), relative
 * paths resolved against `baseDir`. Any other scheme is refused rather than taken for a folder name.
 */
export function sqlitePath(url: string, baseDir = process.cwd()): string {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]+):/.exec(url)?.[1];
  if (scheme !== undefined && scheme !== 'sqlite') {
    throw new UnsupportedDatabaseUrl(`unsupported database scheme "${scheme}:" (use sqlite://PATH or postgres://USER@HOST:PORT/DATABASE)`);
  }
  const path = url.replace(/^sqlite:(\/\/)?/, '');
  if (!path) throw new UnsupportedDatabaseUrl('no database path (use sqlite://PATH or postgres://USER@HOST:PORT/DATABASE)');
  return path === ':memory:' || isAbsolute(path) ? path : resolve(baseDir, path);
}

/**
 * Opens the store a `--db` value names: `postgres://…` (or `postgresql://…`) for PostgreSQL;
 * `sqlite://path` (or a bare path, or `:memory:`) for the embedded default. Relative paths resolve
 * against `baseDir`. Other schemes throw UnsupportedDatabaseUrl.
 */
export async function openStore(url: string, baseDir = process.cwd(), options: PostgresOptions = {}): Promise<Store> {
  if (isPostgresUrl(url)) return openPostgres(url, options);
  return openSqlite(sqlitePath(url, baseDir));
}
