#!/usr/bin/env node
// Drift check: regenerate everything with turbo's cache bypassed, then require a clean tree
// (modified, deleted and untracked files all count). Prints the drift and fails otherwise.
import { execSync, spawnSync } from 'node:child_process';

const generate = spawnSync('pnpm', ['exec', 'turbo', 'run', 'generate', '--force', '--output-logs=errors-only'], { stdio: 'inherit' });
if (generate.status !== 0) {
  console.error('check:generated: `turbo run generate` failed');
  process.exit(generate.status ?? 1);
}
const status = execSync('git status --porcelain --untracked-files=all -- schemas packages apps', { encoding: 'utf8' }).trim();
if (status) {
  console.error('check:generated: generated files differ from what the schemas produce:\n');
  console.error(status);
  console.error('\n' + execSync('git --no-pager diff --stat -- schemas packages apps', { encoding: 'utf8' }));
  console.error(execSync('git --no-pager diff -- schemas packages apps', { encoding: 'utf8' }).slice(0, 20_000));
  console.error('Run `pnpm generate` and commit the result.');
  process.exit(1);
}
console.log('check:generated: generated files match the schemas');
