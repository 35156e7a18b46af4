// The figures in the README: how long a sandbox takes to be ready (child process and in-process),
// a new tenant and a reset, per API, and what each isolation scheme costs a worker.
//   CLIENTELE_SERVER_ENTRY=../../apps/server/dist/main.mjs npx tsx bench/measure.ts [--runs N]
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { API_NAMES, connectSandbox, startSandbox, type ApiName, type Sandbox } from '../src/index.ts';
import { happyPaths } from '../test/happy-paths.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const RUNS = Number(values.runs);

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
}
const ms = (value: number) => `${Math.round(value)} ms`;

/** A start in a fresh Node.js process, as a test file's setup in its own worker has it (the server module not yet loaded). */
function freshStart(mode: 'child' | 'in-process'): number {
  const script = `import { startSandbox } from './src/index.ts';
const t = performance.now(); const s = await startSandbox({ mode: '${mode}' }); const took = performance.now() - t;
await s.close(); console.log(took);`;
  return Number(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', env: process.env }).trim().split('\n').at(-1));
}

console.log(`# @clientele/testing figures, ${new Date().toISOString().slice(0, 10)}: Node.js ${process.version}, ${cpus().length} cores, median of ${RUNS}`);

console.log('\n## Time to a ready sandbox');
for (const mode of ['child', 'in-process'] as const) {
  const fresh = Array.from({ length: RUNS }, () => freshStart(mode));
  const again: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const [took, sandbox] = await timed(() => startSandbox({ mode }));
    again.push(took);
    await sandbox.close();
  }
  console.log(`- ${mode}: ${ms(median(fresh))} in a fresh process; ${ms(median(again))} for a later one in the same process`);
}

const sandbox = await startSandbox();
async function perApi(api: ApiName, on: Sandbox) {
  const tenants: number[] = [];
  const resets: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const [took, tenant] = await timed(() => on.tenant(api, { client: { throwOnError: true } }));
    tenants.push(took);
    await (happyPaths[api] as (t: typeof tenant) => Promise<string>)(tenant);
    resets.push((await timed(() => on.reset(tenant)))[0]);
  }
  return { tenant: median(tenants), reset: median(resets) };
}
console.log('\n## Per API, on one shared server (SQLite)');
console.log('| API | new tenant, ready client | reset of a tenant with one customer |\n| --- | --- | --- |');
for (const api of API_NAMES) {
  const { tenant, reset } = await perApi(api, sandbox);
  console.log(`| ${api} | ${ms(tenant)} | ${ms(reset)} |`);
}

console.log('\n## What a worker pays before its first test, by isolation scheme (a Balanced tenant)');
const shared: number[] = [];
const own: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const worker = connectSandbox(sandbox.connection);
  shared.push((await timed(() => worker.tenant('balanced')))[0]);
  await worker.close();
  own.push((await timed(async () => {
    const mine = await startSandbox();
    await mine.tenant('balanced');
    return mine;
  }).then(async ([took, mine]) => (await mine.close(), took))));
}
console.log(`- one shared server, a tenant of its own: ${ms(median(shared))}`);
console.log(`- a server of its own (a later start in the worker), then a tenant: ${ms(median(own))}`);
await sandbox.close();
