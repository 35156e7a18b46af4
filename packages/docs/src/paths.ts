import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * This package's own folder, found through package resolution rather than `import.meta.url`: the
 * server bundles this code into one file elsewhere, and files and dependencies must still be found
 * where the package keeps them.
 */
export const DOCS_ROOT = dirname(createRequire(import.meta.url).resolve('@clientele/docs/package.json'));

/** Resolves this package's dependencies from its own folder, wherever the calling code runs from. */
export const docsRequire = createRequire(join(DOCS_ROOT, 'package.json'));
