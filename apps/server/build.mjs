// Bundles the server (dist/main.mjs) and the `clientele` command (dist/cli.mjs) with esbuild: one
// ESM file each, the native drivers (better-sqlite3, pg) left to node_modules, and `glob`, which
// the server never calls, left out (src/bundle/no-glob.ts). A bundle whose inputs
// (every file esbuild read, and this script) are unchanged since it was built is left alone, so
// `pnpm start` and `pnpm clientele` cost a few milliseconds here when nothing changed. Files are
// written under a temporary name and renamed, so a command starting meanwhile never runs half a file.
//
//   node build.mjs [main] [cli]     (default: both)

import { mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const ENTRIES = { main: 'src/main.ts', cli: 'src/cli.ts' };

/** What a stamp records of a file: changed size or modification time means changed file. */
const fingerprint = (path) => {
  try {
    const { size, mtimeMs } = statSync(join(here, path));
    return `${size}:${mtimeMs}`;
  } catch {
    return 'missing';
  }
};
const script = readFileSync(fileURLToPath(import.meta.url), 'utf8');

function upToDate(out, stampFile) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(here, stampFile), 'utf8'));
  } catch {
    return false;
  }
  if (stamp.script !== script || stamp.output !== fingerprint(out)) return false;
  return Object.entries(stamp.inputs).every(([path, seen]) => fingerprint(path) === seen);
}

/** Writes `contents` to `path` atomically. */
function replace(path, contents) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

/**
 * The esbuild options of a bundle of `entry`: one ESM file, the native drivers left to node_modules.
 * Exported for the published server (packages/server-cli), which bundles the same entries with
 * `alias` swapping in what it ships instead (the rendered reference rather than its renderer).
 */
export function bundleOptions(entry, outfile, alias = {}) {
  return {
    absWorkingDir: here,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3', 'better-sqlite3-napi', 'pg', 'pg-native'],
    // What start-up would load but the server never calls (see each stand-in).
    alias: { glob: join(here, 'src/bundle/no-glob.ts'), ...alias },
    // Bundled CommonJS dependencies call require(): give the ES module one.
    banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
    logLevel: 'warning',
  };
}

export const ENTRY_FILES = Object.fromEntries(Object.entries(ENTRIES).map(([name, path]) => [name, join(here, path)]));

// Run as a script (not imported for its options): build what changed.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const names = process.argv.slice(2);
  for (const name of names) {
    if (!(name in ENTRIES)) {
      console.error(`build.mjs: unknown bundle "${name}"; known: ${Object.keys(ENTRIES).join(', ')}`);
      process.exit(2);
    }
  }

  for (const name of names.length ? names : Object.keys(ENTRIES)) {
    const out = `dist/${name}.mjs`;
    const stampFile = `dist/.${name}.inputs.json`;
    if (upToDate(out, stampFile)) continue;
    const { build } = await import('esbuild');
    const started = Date.now();
    const result = await build({ ...bundleOptions(ENTRIES[name], out), metafile: true, write: false }).catch(() => process.exit(1)); // esbuild has printed the errors
    mkdirSync(join(here, 'dist'), { recursive: true });
    for (const file of result.outputFiles) replace(file.path, file.contents);
    const inputs = Object.keys(result.metafile.inputs);
    // A file edited while esbuild ran may be in the bundle as it was before: no stamp, built again next time.
    const settled = inputs.every((path) => (statSync(join(here, path), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < started);
    if (settled) replace(join(here, stampFile), JSON.stringify({ script, output: fingerprint(out), inputs: Object.fromEntries(inputs.map((path) => [path, fingerprint(path)])) }));
  }
}
