// Builds the console (dist/) with Vite, then holds it to its size budget: the build fails, and
// leaves no dist/, when the page's JavaScript or CSS grows past it. A dist/ whose inputs (every
// source file, the admin client it uses, this script) are unchanged since it was built is left
// alone, so `pnpm start` pays a few milliseconds for it. `node build.mjs [--force]`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');
const stampFile = join(dist, '.inputs');

/** The budget, gzip-compressed bytes of everything the page loads of each kind. */
export const BUDGET = { js: 40 * 1024, css: 6 * 1024 };

const files = (dir) => readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
const inputs = () =>
  [join(here, 'index.html'), join(here, 'vite.config.ts'), join(here, 'package.json'), fileURLToPath(import.meta.url), ...files(join(here, 'src')), ...files(join(here, '../client/src')), ...files(join(here, '../client/generated/admin'))]
    .sort()
    .map((path) => `${relative(here, path)}:${statSync(path).size}:${statSync(path).mtimeMs}`);
const stampOf = () => createHash('sha256').update(inputs().join('\n')).digest('hex');

/** Gzipped bytes per kind of asset in dist/. */
export function measure() {
  const sizes = { js: 0, css: 0 };
  for (const path of files(dist)) {
    const kind = path.endsWith('.js') ? 'js' : path.endsWith('.css') ? 'css' : undefined;
    if (kind) sizes[kind] += gzipSync(readFileSync(path), { level: 9 }).length;
  }
  return sizes;
}

const force = process.argv.includes('--force');
const stamp = stampOf();
let current;
try {
  current = readFileSync(stampFile, 'utf8');
} catch {}
if (!force && current === stamp) process.exit(0);

// Whatever the caller's NODE_ENV (test runners set `test`), the page is built as shipped.
process.env.NODE_ENV = 'production';
const { build } = await import('vite');
await build({ configFile: join(here, 'vite.config.ts') });
const sizes = measure();
const over = Object.entries(BUDGET).filter(([kind, limit]) => sizes[kind] > limit);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`console: built dist/ — JavaScript ${kb(sizes.js)} of ${kb(BUDGET.js)}, CSS ${kb(sizes.css)} of ${kb(BUDGET.css)} (gzip)`);
if (over.length) {
  rmSync(dist, { recursive: true, force: true });
  console.error(`console: over its size budget: ${over.map(([kind, limit]) => `${kind} ${kb(sizes[kind])} > ${kb(limit)}`).join(', ')}; dist/ removed`);
  process.exit(1);
}
writeFileSync(stampFile, stamp);
