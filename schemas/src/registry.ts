import { readdirSync, existsSync } from 'node:fs';
import type { ApiDefinition } from './shared/api.ts';

/**
 * Every API with schemas, found by folder: `schemas/src/<api>/index.ts`, whose default export is
 * its definition. Adding an API's folder adds it to the specs, validators, clients, docs and lint;
 * nothing to register here. Sorted by name, so everything generated from it is deterministic.
 */
const root = new URL('./', import.meta.url);
const folders = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared' && existsSync(new URL(`${entry.name}/index.ts`, root)))
  .map((entry) => entry.name)
  .sort();

export const apis: readonly ApiDefinition[] = await Promise.all(
  folders.map(async (folder) => {
    const definition = ((await import(`./${folder}/index.ts`)) as { default?: ApiDefinition }).default;
    if (definition?.name !== folder) throw new Error(`schemas/src/${folder}/index.ts must export default the API definition named "${folder}"`);
    return definition;
  }),
);
