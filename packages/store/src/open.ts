import { isAbsolute, resolve } from 'node:path';
import { openSqlite } from './sqlite.ts';
import type { Store } from './types.ts';

/**
 * Opens the store a `--db` value names: `sqlite://path` (or a bare path, or `:memory:`) for the
 * embedded default; `postgres://…` once the PostgreSQL driver lands. Relative paths resolve
 * against `baseDir`.
 */
export async function openStore(url: string, baseDir = process.cwd()): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(url)) {
    throw new Error('PostgreSQL storage is not available in this build yet; use a sqlite:// path');
  }
  const path = url.replace(/^sqlite:(\/\/)?/, '');
  return openSqlite(path === ':memory:' || isAbsolute(path) ? path : resolve(baseDir, path));
}
