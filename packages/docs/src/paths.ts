import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let root: string | undefined;

/**
 * This package's own folder, found through package resolution rather than `import.meta.url`: the
 * server bundles this code into one file elsewhere, and files and dependencies must still be found
 * where the package keeps them. Resolved when first needed, so a bundle that ships the rendered
 * site instead (the published server) never looks for this package at all.
 */
export const docsRoot = (): string => (root ??= dirname(createRequire(import.meta.url).resolve('@clientele/docs/package.json')));

/** Resolves this package's dependencies from its own folder, wherever the calling code runs from. */
export const docsRequire = () => createRequire(join(docsRoot(), 'package.json'));
