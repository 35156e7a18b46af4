// Bundles the server (dist/server.cjs, run by dist/main.mjs: src/bundle/main.mjs, which gives it V8's
// code cache) and the `clientele` command (dist/cli.mjs) with esbuild: one file each, the native
// drivers (better-sqlite3, pg) left to node_modules, and `glob`, which
// the server never calls, left out (src/bundle/no-glob.ts). A bundle whose inputs
// (every file esbuild read, and this script) are unchanged since it was built is left alone, so
// `pnpm start` and `pnpm clientele` cost a few milliseconds here when nothing changed. Files are
// written under a temporary name and renamed, so a command starting meanwhile never runs half a file.
//
//   node build.mjs [main] [cli]     (default: both; each with the request log's thread, dist/log-worker.mjs)

import { mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const ENTRIES = { main: 'src/main.ts', cli: 'src/cli.ts', 'log-worker': 'src/sandbox/log-worker.ts' };
/** Bundles a bundle runs (beside it in dist/): the request log's thread (src/sandbox/log-thread.ts). */
const COMPANIONS = { main: ['log-worker'], cli: ['log-worker'] };
/** The server runs as a script through its loader (a code cache needs a script, not a module). */
const SCRIPTS = { main: { out: 'dist/server.cjs', loader: 'src/bundle/main.mjs', cache: 'dist/server.code-cache' } };

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

/** What a stamp records of a build's outputs (the bundle, and the loader copied beside a script bundle). */
const outputsOf = (outs) => outs.map(fingerprint).join(' ');

function upToDate(outs, stampFile) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(here, stampFile), 'utf8'));
  } catch {
    return false;
  }
  if (stamp.script !== script || stamp.output !== outputsOf(outs)) return false;
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

/**
 * The options of a bundle of `entry` as one CommonJS script, for src/bundle/main.mjs to compile
 * with a code cache: `import.meta.url` is the bundle's URL, which the loader passes in.
 */
export function scriptBundleOptions(entry, outfile, alias = {}) {
  return { ...bundleOptions(entry, outfile, alias), format: 'cjs', banner: {}, define: { 'import.meta.url': '__bundleUrl' } };
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

  const wanted = names.length ? [...new Set(names.flatMap((name) => [name, ...(COMPANIONS[name] ?? [])]))] : Object.keys(ENTRIES);
  for (const name of wanted) {
    const scripted = SCRIPTS[name];
    const entry = `dist/${name}.mjs`;
    const out = scripted?.out ?? entry;
    const outs = scripted ? [out, entry] : [out];
    const stampFile = `dist/.${name}.inputs.json`;
    if (upToDate(outs, stampFile)) continue;
    const { build } = await import('esbuild');
    const started = Date.now();
    const options = scripted ? scriptBundleOptions(ENTRIES[name], out) : bundleOptions(ENTRIES[name], out);
    const result = await build({ ...options, metafile: true, write: false }).catch(() => process.exit(1)); // esbuild has printed the errors
    mkdirSync(join(here, 'dist'), { recursive: true });
    for (const file of result.outputFiles) replace(file.path, file.contents);
    const inputs = Object.keys(result.metafile.inputs);
    if (scripted) {
      // The cache of the bundle replaced would be refused (its key names the old bundle): gone at once.
      rmSync(join(here, scripted.cache), { force: true });
      const loader = await build({ ...bundleOptions(scripted.loader, entry), banner: {}, external: [], metafile: true, write: false }).catch(() => process.exit(1));
      for (const file of loader.outputFiles) replace(file.path, file.contents);
      inputs.push(...Object.keys(loader.metafile.inputs));
    }
    // A file edited while esbuild ran may be in the bundle as it was before: no stamp, built again next time.
    const settled = inputs.every((path) => (statSync(join(here, path), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < started);
    if (settled) replace(join(here, stampFile), JSON.stringify({ script, output: outputsOf(outs), inputs: Object.fromEntries(inputs.map((path) => [path, fingerprint(path)])) }));
  }
}
