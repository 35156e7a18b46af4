import { isAbsolute, resolve } from 'node:path';
import { openPostgres, type PostgresOptions } from './postgres.ts';
import { openSqlite } from './sqlite.ts';
import type { Store } from './types.ts';

/**
 * Opens the store a `--db` value names: `postgres://…` (or `postgresql://…`) for PostgreSQL;
 * `sqlite://path` (or a bare path, or `:memory:`) for the embedded default. Relative paths resolve
 * against `baseDir`.
 */
export async function openStore(url: string, baseDir = process.cwd(), options: PostgresOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgres(url, options);
  const path = url.replace(/^sqlite:(\/\/)?/, '');
  return openSqlite(path === ':memory:' || isAbsolute(path) ? path : resolve(baseDir, path));
}
