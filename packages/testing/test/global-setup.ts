import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { providePostgres } from '@clientele/store/testing';

/** The server bundle the sandbox runs (a few milliseconds when up to date), and whether PostgreSQL is there. */
export default async function setup(project: TestProject) {
  execFileSync(process.execPath, ['build.mjs', 'main'], { cwd: fileURLToPath(new URL('../../../apps/server', import.meta.url)), stdio: 'inherit' });
  await providePostgres(project);
}
