// The published server's build: the server and the `clientele` command bundled as `pnpm start` has
// them (apps/server/build.mjs's options), but with `@clientele/docs` swapped for the reference
// rendered now; the specs copied in; the reference rendered into docs/; the console, built, copied
// into console/. `node build.mjs`.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleOptions, ENTRY_FILES } from '../../apps/server/build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const specsSource = join(dirname(require.resolve('@clientele/specs/package.json')), 'generated');
const docsPackage = dirname(require.resolve('@clientele/docs/package.json'));
const consolePackage = dirname(require.resolve('@clientele/console/package.json'));

for (const folder of ['dist', 'specs', 'docs', 'console']) rmSync(join(here, folder), { recursive: true, force: true });

const alias = { '@clientele/docs': join(here, 'src', 'prebuilt-docs.ts'), '@clientele/console': join(here, 'src', 'prebuilt-console.ts') };
for (const [name, entry] of Object.entries(ENTRY_FILES)) {
  await build(bundleOptions(entry, join(here, 'dist', `${name}.mjs`), alias));
}

// The emitted documents, as the server serves them at /specs/<api>/openapi.{json,yaml}.
for (const api of readdirSync(specsSource, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)) {
  mkdirSync(join(here, 'specs', api), { recursive: true });
  for (const file of ['openapi.json', 'openapi.yaml']) cpSync(join(specsSource, api, file), join(here, 'specs', api, file));
}

// The reference site, rendered by the docs package's own command (`pnpm run docs --out …`).
const tsx = createRequire(join(docsPackage, 'package.json')).resolve('tsx/cli');
execFileSync(process.execPath, [tsx, join(docsPackage, 'src', 'cli.ts'), '--out', join(here, 'docs')], { stdio: 'inherit', env: { ...process.env, INIT_CWD: here } });
// The console, built (and held to its size budget) by its own script; its build stamp stays behind.
execFileSync(process.execPath, [join(consolePackage, 'build.mjs')], { stdio: 'inherit' });
cpSync(join(consolePackage, 'dist'), join(here, 'console'), { recursive: true, filter: (source) => !source.endsWith('.inputs') });
console.log(`server-cli: built dist/, specs/, docs/ and console/ in ${here}`);
