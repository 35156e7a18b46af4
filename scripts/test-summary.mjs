#!/usr/bin/env node
// Adds up every package's vitest JSON report into one closing line, and fails when no test ran.
import { existsSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';

const reports = execSync('git ls-files --cached --others --exclude-standard -z -- "*/package.json" "*/*/package.json"', { encoding: 'utf8' })
  .split('\0')
  .filter(Boolean)
  .map((file) => file.replace(/package\.json$/, 'test-results/vitest.json'))
  .filter((file) => existsSync(file));

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of reports) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (passed === 0 || failed > 0) process.exit(1);
