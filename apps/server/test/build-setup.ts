import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The bundles process tests run (`dist/main.mjs`, `dist/cli.mjs`) and the console the server
 * serves, built once per test run before any file starts; a few milliseconds when up to date.
 */
export default function buildBundles() {
  execFileSync(process.execPath, ['build.mjs'], { cwd: fileURLToPath(new URL('../../../packages/console', import.meta.url)), stdio: 'inherit' });
  execFileSync(process.execPath, ['build.mjs'], { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: 'inherit' });
}
