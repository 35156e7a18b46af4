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

it('crash: two kill -9 cycles on SQLite, writes acknowledged to every API in every cycle, every answer a documented one, nothing acknowledged lost', async () => {
  const { code, output } = await run('crash', ['--cycles', '2', '--db', 'sqlite', '--writers', '2']);
  expect(output).toMatch(/sqlite: 2\/2 kill -9 cycles survived, 2 clean restarts; [1-9]\d* acknowledged writes, 0 lost; 0 duplicated unique values/);
  expect(output).toMatch(/sqlite: answers to writes [^;]+; 0 unexpected \(.*\); 0 unanswered while the server was up; 0 cycles with fewer than 3 acknowledged writes to an API/);
  expect(output).toMatch(/sqlite: outbox: [1-9]\d* events, [1-9]\d* deliveries to the receiver, [1-9]\d* attempts recorded \(\d+ without an answer\), [1-9]\d* arrivals \(\d+ made again after a kill cut them off\); 0 lost or doubled/);
  expect(output).toMatch(/crash: ok/);
  expect(code).toBe(0);
});

// The same run against a server broken on purpose by fault rules: every create is dropped (a TCP
// reset) or answered 500. Each of the checks the real run passes must go red.
it('crash: fails against a server whose creates answer 500 or are dropped', async () => {
  const faults = ['--fault', 'create={"drop":true,"probability":0.5}', '--fault', 'create={"status":500}'];
  const { code, output } = await run('crash', ['--cycles', '1', '--db', 'sqlite', '--writers', '1', '--cycle-limit', '2', ...faults]);
  expect(output).toMatch(/✗ unexpected answer to a write: \w+ create: 500 ×\d+/);
  expect(output).toMatch(/✗ cycle 1: \w+ had 0 acknowledged writes within 2 s \(at least 3 wanted\)/);
  expect(output).toMatch(/✗ no answer while the server was up: \w+ \w+: fetch failed/);
  expect(output).toMatch(/crash: FAILED/);
  expect(code).toBe(1);
});

// A server that acknowledges every other write without storing it (a test-only server: no fault rule can).
it('crash: fails against a server that loses every other acknowledged write', async () => {
  const { code, output } = await run('crash', ['--cycles', '1', '--db', 'sqlite', '--writers', '1', '--lose-writes']);
  expect(output).toMatch(/sqlite: 1\/1 kill -9 cycles survived, 1 clean restarts; \d+ acknowledged writes, [1-9]\d* lost/);
  expect(output).toMatch(/✗ \w+ \S+: (404|its last acknowledged write)/);
  expect(output).toMatch(/crash: FAILED/);
  expect(code).toBe(1);
});

// The same server keeping every write but not every other write's events: the outbox checks name them.
it('crash: fails against a server that loses the events of every other write', async () => {
  const { code, output } = await run('crash', ['--cycles', '1', '--db', 'sqlite', '--writers', '1', '--lose-events']);
  expect(output).toMatch(/sqlite: 1\/1 kill -9 cycles survived, 1 clean restarts; \d+ acknowledged writes, 0 lost/);
  expect(output).toMatch(/sqlite: outbox: \d+ events, .*; [1-9]\d* lost or doubled/);
  expect(output).toMatch(/✗ (after restart 1|at the end)[^:]*: \w+: lost event: no \S+ event for \S+, whose create was acknowledged/);
  expect(output).toMatch(/crash: FAILED/);
  expect(code).toBe(1);
});

// Memory and latency need minutes to judge (and a quiet machine): here, only what does not depend on timing.
it('soak: fifteen seconds of mixed traffic, every answer a documented one, expired tokens and keys pruned as the clock moves', async () => {
  const { code, output } = await run('soak', ['--seconds', '15', '--warm-up', '5', '--preload', '200', '--connections', '4']);
  expect(output).toMatch(/✓ no failed request \(0 failed of \d+: 0 answered other than their operation documents, 0 errors\)/);
  expect(output).toMatch(/✓ expired tokens and idempotency keys pruned, not piling up: at most 0 overdue at any sample .*; \d+ prunes deleted [1-9]\d* tokens and [1-9]\d* keys; 0 left after the clock moved 50 h more and a prune ran/);
  expect(output).toMatch(/✓ SQLite WAL bounded/);
  expect(output).toMatch(/soak: ok/);
  expect(code).toBe(0);
});

// Against a server broken on purpose: gets answered 429 by a fault rule, and prunes that delete nothing.
it('soak: fails against a server whose gets answer 429 and whose prunes delete nothing', async () => {
  const { code, output } = await run('soak', ['--seconds', '5', '--warm-up', '1', '--preload', '200', '--connections', '4', '--fault', 'get={"status":429}', '--break-pruning']);
  expect(output).toMatch(/✗ no failed request \([1-9]\d* failed of \d+: [1-9]\d* answered other than their operation documents, 0 errors\)/);
  expect(output).toMatch(/✗ unexpected answer: \w+ get: 429 ×\d+/);
  expect(output).toMatch(/✗ expired tokens and idempotency keys pruned, not piling up: .*prunes deleted 0 tokens and 0 keys; [1-9]\d* left after the clock moved 50 h more and a prune ran/);
  expect(output).toMatch(/soak: FAILED/);
  expect(code).toBe(1);
});
