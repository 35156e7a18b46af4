import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Where the built console is (`dist/`, made by `node build.mjs`), found through package resolution
 * rather than `import.meta.url`: the server bundles this code into one file elsewhere. The published
 * server swaps this module for one pointing at the copy it ships.
 */
export const consoleDist = (): string => join(dirname(createRequire(import.meta.url).resolve('@clientele/console/package.json')), 'dist');

/** What to do when `dist/` is missing. */
export const BUILD_HINT = 'run `pnpm --filter @clientele/console build` (pnpm start builds it)';
