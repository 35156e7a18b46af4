import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const here = fileURLToPath(new URL('..', import.meta.url));

/** Runs the bench as `pnpm bench` would, with its arguments (results to a scratch file): exit code and output. */
function bench(args: readonly string[]): Promise<{ code: number | null; output: string }> {
  const scratch = mkdtempSync(join(tmpdir(), 'clientele-bench-smoke-'));
  const out = join(scratch, 'results.json');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/run.ts', '--quick', '--no-peers', '--out', out, ...args], { cwd: here, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) =>
    child.once('close', (code) => {
      rmSync(scratch, { recursive: true, force: true });
      resolve({ code, output });
    }),
  );
}

// The whole bench runs in CI (`pnpm bench --quick`); here, the scenario that once timed an empty page.
it('bench: the bank\'s created range is timed on a page of customers, and the run passes', async () => {
  const { code, output } = await bench(['--api', 'bank', '--scenario', 'list_created']);
  expect(output).toMatch(/sqlite bank list, created range: \d+ req\/s/);
  expect(output).toMatch(/bench: ok \(1 scenarios, each answered as meant, no errors or non-2xx answers\)/);
  expect(code).toBe(0);
});

// Against a server broken on purpose by fault rules: its gets answer 500; its first pages 503 half
// the time (caught when the answer timed is a 503, or as non-2xx answers while timed).
it('bench: fails against a server whose gets answer 500 and whose lists answer 503 half the time', async () => {
  const faults = ['--fault', 'get={"status":500}', '--fault', 'list={"status":503,"probability":0.5}'];
  const { code, output } = await bench(['--api', 'balanced', '--scenario', 'get', '--scenario', 'list_first', ...faults]);
  expect(output).toMatch(/sqlite balanced get one: ✗ answered 500, not 200 \(.*\); not timed/);
  // On a loaded machine a warning may come between (no answer in a round): the failure is what counts.
  expect(output).toMatch(/sqlite balanced list, first page: (✗ answered 503, not 200 .*; not timed|.*\n(?: {2}⚠.*\n)* {2}✗ 0 errors and [1-9]\d* non-2xx answers of \d+ while timed)/);
  expect(output).toMatch(/bench: FAILED \(2 scenarios not measured as meant\)/);
  expect(code).toBe(1);
});

// --profile: the scenario and its limit each get a cost account whose parts add up to its total
// (the run fails otherwise), and a latency one request at a time.
it('bench --profile: get one and its same-bytes limit each get an account by part', async () => {
  const { code, output } = await bench(['--api', 'balanced', '--scenario', 'get', '--profile']);
  expect(output).toMatch(/sqlite balanced get one: \d+ req\/s, .*; one at a time p50 \d+\.\d\d ms, p99 \d+\.\d\d ms \(limit \d+\.\d\d ms\)/);
  expect(output).toMatch(/sqlite: where the time goes/);
  // total, thirteen parts, pg statements (none on SQLite), wall ÷ CPU
  expect(output).toMatch(/balanced · get one( +\d+\.\d){14} +– +\d+\.\d\d\n {2}same-bytes limit( +\d+\.\d){14} +– +\d+\.\d\d/);
  expect(output).toMatch(/bench: ok \(1 scenarios/);
  expect(code).toBe(0);
});
