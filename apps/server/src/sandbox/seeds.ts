import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { admin, type SandboxDocument } from '@clientele/schemas/admin';
import type { Store } from '@clientele/store';
import { apiValidators } from '@clientele/validators';
import { importTenants, problemText, type ImportOptions } from './data.ts';

/** A seed file that cannot be used: names the file and what is wrong with it. */
export class SeedError extends Error {}

/** The schema check of an import body is the seed format's: one validator for both. */
const checkDocument = apiValidators(admin).importData!.body!;

/** The files a seed path names: the file, or a folder's `*.json` files in name order. */
function filesOf(path: string): string[] {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new SeedError(`seed ${path}: no such file or folder`);
  }
  if (!stats.isDirectory()) return [path];
  const files = readdirSync(path).filter((name) => name.endsWith('.json')).sort();
  if (!files.length) throw new SeedError(`seed ${path}: the folder holds no .json files`);
  return files.map((name) => join(path, name));
}

/** Reads and checks seed files (and folders of them), relative to `baseDir`: every document, or a SeedError naming the file. */
export function readSeeds(paths: readonly string[], baseDir: string): { file: string; document: SandboxDocument }[] {
  return paths
    .flatMap((path) => filesOf(resolve(baseDir, path)))
    .map((file) => {
      let value: unknown;
      try {
        value = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        throw new SeedError(`seed ${file}: not JSON (${(error as Error).message})`);
      }
      const checked = checkDocument(value);
      if (!checked.ok) throw new SeedError(`seed ${file}: ${checked.issues.map((i) => `${i.field || 'document'} ${i.message}`).join('; ')}`);
      return { file, document: checked.value as SandboxDocument };
    });
}

/**
 * Applies seed documents, in order: tenants missing are created with their credentials and
 * documents; tenants there already keep their data and gain what they lack. So applying the same
 * seeds at every start gives the same tenants, keys and data. Under the store's lock: instances
 * starting together apply them one after the other.
 */
export async function applySeeds(store: Store, seeds: readonly { file: string; document: SandboxDocument }[], options: Omit<ImportOptions, 'mode'>) {
  return store.exclusive('seed', async () => {
    const applied = [];
    for (const { file, document } of seeds) {
      try {
        applied.push({ file, result: await importTenants(store, document, { ...options, mode: 'seed' }) });
      } catch (error) {
        const text = problemText(error);
        if (text === undefined) throw error;
        throw new SeedError(`seed ${file}: ${text}`);
      }
    }
    return applied;
  });
}
