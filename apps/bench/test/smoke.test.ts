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
  expect(output).toMatch(/sqlite balanced list, first page: (✗ answered 503, not 200 .*; not timed|.*\n {2}✗ 0 errors and [1-9]\d* non-2xx answers of \d+ while timed)/);
  expect(output).toMatch(/bench: FAILED \(2 scenarios not measured as meant\)/);
  expect(code).toBe(1);
});
