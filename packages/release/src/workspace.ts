import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, wherever a script runs from. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The published spec package, its emitted documents and the baseline of the last release. */
export const SPECS_PACKAGE = '@clientele/specs';
export const specsDir = (root: string) => join(root, 'packages/specs/generated');
export const releasedDir = (root: string) => join(root, 'packages/specs/released');

/** Every API with a document in `dir` (`<api>/openapi.json`), sorted: nothing to list by hand. */
export function apisIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'openapi.json')))
    .map((entry) => entry.name)
    .sort();
}

export function readDocument(dir: string, api: string): Record<string, unknown> | undefined {
  const path = join(dir, api, 'openapi.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : undefined;
}
