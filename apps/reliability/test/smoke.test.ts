import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const here = fileURLToPath(new URL('..', import.meta.url));

/** Runs one of the tools as `pnpm fuzz` (etc.) would, with its arguments: exit code and output. */
function run(tool: string, args: readonly string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', `src/${tool}.ts`, ...args], { cwd: here, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, output })));
}

// Short versions of the three runs, so `pnpm test` shows they work; the full ones are `pnpm fuzz`, `pnpm crash`, `pnpm soak`.
it('fuzz: a few hundred hostile requests per API (the admin API too), every answer as its spec documents', async () => {
  const { code, output } = await run('fuzz', ['--requests', '300', '--seed', '5']);
  expect(output).toMatch(/fuzz: 1,800 requests over 6 APIs, 0 violations: ok/);
  expect(code).toBe(0);
});

it('crash: two kill -9 cycles on SQLite, nothing acknowledged lost', async () => {
  const { code, output } = await run('crash', ['--cycles', '2', '--db', 'sqlite', '--writers', '2']);
  expect(output).toMatch(/sqlite: 2\/2 kill -9 cycles survived, 2 clean restarts; \d+ acknowledged writes, 0 lost; 0 duplicated unique values/);
  expect(code).toBe(0);
});

// Memory and latency need minutes to judge (and a quiet machine): here, only what does not depend on timing.
it('soak: fifteen seconds of mixed traffic, no failed request, expired tokens and keys pruned', async () => {
  const { output } = await run('soak', ['--seconds', '15', '--warm-up', '5', '--preload', '200', '--connections', '4']);
  expect(output).toMatch(/✓ no failed request \(0 failed of \d+\)/);
  expect(output).toMatch(/✓ expired tokens and idempotency keys pruned, not piling up: at most 0 overdue/);
  expect(output).toMatch(/✓ SQLite WAL bounded/);
});
