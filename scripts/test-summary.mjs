#!/usr/bin/env node
// Adds up every package's vitest JSON report into one closing line, and fails when no test ran,
// when a test or a whole file failed, and under CI (`CI=true`) when any test was skipped: CI has
// everything every test needs, so a skip there hides a check. Each skipped test is named.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { execSync } from 'node:child_process';

const reports = execSync('git ls-files --cached --others --exclude-standard -z -- "*/package.json" "*/*/package.json"', { encoding: 'utf8' })
  .split('\0')
  .filter(Boolean)
  .map((file) => file.replace(/package\.json$/, 'test-results/vitest.json'))
  .filter((file) => existsSync(file));

/** What vitest's JSON report calls a test that did not run. */
const NOT_RUN = new Set(['skipped', 'pending', 'todo', 'disabled']);

let passed = 0;
let failed = 0;
const skipped = [];
/** Files that failed outside any test (an import, a hook): their tests may all read as skipped. */
const failedFiles = [];
for (const file of reports) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  for (const result of report.testResults) {
    const name = relative(process.cwd(), result.name);
    const failedTests = result.assertionResults.filter((test) => test.status === 'failed').length;
    if (result.status === 'failed' && failedTests === 0) failedFiles.push(`${name}: ${(result.message || 'failed').split('\n')[0]}`);
    for (const test of result.assertionResults) if (NOT_RUN.has(test.status)) skipped.push(`${name} > ${test.fullName}`);
  }
}
const inCi = process.env.CI === 'true';
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped.length} skipped${failedFiles.length ? `, ${failedFiles.length} files failed outside their tests` : ''}`);
for (const line of failedFiles) console.log(`failed file: ${line}`);
if (inCi) for (const name of skipped) console.log(`skipped under CI: ${name}`);
if (inCi && skipped.length) console.log(`CI runs every test: ${skipped.length} skipped (listed above); give CI what each needs, or make the test fail there saying what is missing.`);
if (passed === 0 || failed > 0 || failedFiles.length > 0 || (inCi && skipped.length > 0)) process.exit(1);
