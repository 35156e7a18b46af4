// The server's entry (build.mjs bundles this file as dist/main.mjs): runs the server bundle beside it
// (dist/server.cjs, src/main.ts as one CommonJS script) through V8's code cache. Node 20 caches no
// compiled code of its own, and compiling the 3 MB bundle and the functions start-up calls is about
// a third of the CPU to ready. A script compiled with `vm.Script` can take the code a previous start
// compiled: dist/server.code-cache, written once by the first server started as a program after the
// bundle was built (a second after it was ready, so that it holds what start-up and the first requests
// compiled). The cache is used only when its first line names this bundle's SHA-1, this Node and this
// architecture, and V8 refuses it by itself if its own version or flags differ: a refused cache is
// written again. Written under a temporary name and renamed, so servers starting together each read
// a whole file or none; where dist/ is not writable there is simply no cache.

import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { isEntry } from '../entry.ts';
import { limitHeapGrowth } from '../heap.ts';

const bundle = fileURLToPath(new URL('./server.cjs', import.meta.url));
const cacheFile = fileURLToPath(new URL('./server.code-cache', import.meta.url));
/** After the server is ready: the code its first requests compile is worth keeping too. */
const WRITE_CACHE_AFTER_MS = 1000;

/** The bundle compiled (with the cached code when there is a cache for it) and run: its exports, and whether to write a cache. */
function load() {
  const source = readFileSync(bundle);
  const key = `${createHash('sha1').update(source).digest('hex')} ${process.version} ${process.arch}\n`;
  const cachedData = readCache(key);
  // The bundle's text starts right after the `{`: its "use strict" stays the function's first
  // statement, and its lines keep their numbers. Named by URL, as a module is, in stack traces and profiles.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __bundleUrl) {${source}\n})`, { filename: pathToFileURL(bundle).href, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle), pathToFileURL(bundle).href);
  const stale = !cachedData || script.cachedDataRejected;
  return { exports: module.exports, writeCache: stale ? () => writeCache(key, script) : undefined };
}

/** The cached code, if it was made from this bundle by this Node. */
function readCache(key) {
  let file;
  try {
    file = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  return file.subarray(0, key.length).toString() === key ? file.subarray(key.length) : undefined;
}

function writeCache(key, script) {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([Buffer.from(key), script.createCachedData()]));
    renameSync(temporary, cacheFile);
  } catch {
    rmSync(temporary, { force: true });
  }
}

const asProgram = isEntry(import.meta.url);

// Before the bundle is compiled: the code cache is made and taken under the program's flags.
if (asProgram) limitHeapGrowth();
const loaded = load();

/** What src/main.ts exports (test/bundle.test.ts checks that none is missing). */
export const { DEFAULT_REQUEST_LOG, main, run, serverApis, serverOptions, startServer } = loaded.exports;

if (asProgram) {
  await main(process.argv.slice(2));
  if (loaded.writeCache) setTimeout(loaded.writeCache, WRITE_CACHE_AFTER_MS).unref();
}
