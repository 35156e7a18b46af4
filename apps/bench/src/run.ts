// pnpm bench: builds the server, starts it on a fresh database, preloads every benchmarked API
// through the store, and measures each scenario against a plain Fastify baseline in the same run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '@clientele/store';
import { benchApis } from './apis/index.ts';
import type { LoadJob, LoadResult } from './load.ts';
import type { PreparedApi } from './scenario.ts';
import { collect, nodeOnCore, pinned, ROOT, rssOf, stop, waitFor } from './processes.ts';
import { printReport, targetsOf, type Report, type Row } from './report.ts';
import { benchValidators } from './validators.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    runs: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    count: { type: 'string', default: '100000' },
    quick: { type: 'boolean', default: false },
    out: { type: 'string', default: join(ROOT, 'apps/bench/results/latest.json') },
  },
});
const quick = values.quick!;
const seconds = quick ? 2 : Number(values.seconds);
const warmup = quick ? 1 : Number(values.warmup);
const runs = quick ? 1 : Number(values.runs);
const connections = Number(values.connections);
const count = quick ? 10_000 : Number(values.count);
const SERVER_PORT = 4090;
const BASELINE_PORT = 4091;
const tsx = ['--import', 'tsx'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(url: string, request: LoadJob['request'], idsFile?: string): Promise<LoadResult> {
  const results: LoadResult[] = [];
  for (let i = 0; i < runs; i++) {
    const job: LoadJob = { url, request, idsFile, count, warmupSeconds: i === 0 ? warmup : 0, seconds, connections };
    results.push(JSON.parse(await collect(nodeOnCore(1, [...tsx, 'apps/bench/src/load.ts', JSON.stringify(job)]))) as LoadResult);
  }
  const best = (key: keyof LoadResult) => median(results.map((r) => r[key]));
  return { rps: best('rps'), p50: best('p50'), p99: best('p99'), errors: best('errors'), non2xx: best('non2xx') };
}

function timeCommand(command: string, args: string[]): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'ignore', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
  return performance.now() - started;
}

const fileSize = (path: string) => (existsSync(path) ? statSync(path).size : 0);

console.log(`clientele bench: ${count.toLocaleString('en')} customers per API, ${connections} connections, ${runs} × ${seconds} s (warm-up ${warmup} s), ${pinned ? 'server on core 0, load on core 1' : 'no taskset: unpinned'}`);

console.log('building the server bundle…');
if (spawnSync('pnpm', ['--filter', '@clientele/server', 'build'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) throw new Error('server build failed');

const scratch = mkdtempSync(join(tmpdir(), 'clientele-bench-'));
const dbUrl = values.db ?? `sqlite://${join(scratch, 'bench.sqlite')}`;
const sqlitePath = dbUrl.startsWith('sqlite://') ? dbUrl.slice('sqlite://'.length) : undefined;

const report: Report = {
  when: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length, model: (await import('node:os')).cpus()[0]?.model ?? '', node: process.version, pinned },
  settings: { count, connections, runs, seconds, warmup, db: sqlitePath ? 'sqlite' : 'postgres' },
  rows: [],
  extras: {},
  validators: [],
};

try {
  // Preload through the store, before the server starts, so the server starts on a full database.
  const store = await openStore(dbUrl);
  await store.migrate();
  const prepared = [];
  for (const api of benchApis) {
    const started = performance.now();
    const ready = await api.prepare(store, count);
    const idsFile = join(scratch, `${api.name}-ids.json`);
    writeFileSync(idsFile, JSON.stringify(ready.ids));
    prepared.push({ api, ready, idsFile });
    console.log(`preloaded ${count.toLocaleString('en')} ${api.name} customers in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  await store.analyze();
  await store.close();

  // Baseline: plain Fastify, fixed customer JSON, measured the same way.
  const sample = await fetchSample(prepared[0]);
  const baseline = nodeOnCore(0, [...tsx, 'apps/bench/src/baseline.ts', String(BASELINE_PORT), JSON.stringify(sample)]);
  await waitFor(`http://127.0.0.1:${BASELINE_PORT}/customer`);
  const base = await measure(`http://127.0.0.1:${BASELINE_PORT}`, { method: 'GET', path: '/customer' });
  await stop(baseline);
  report.rows.push({ api: 'baseline', scenario: 'Fastify, fixed customer JSON', key: 'baseline', ...base, ratio: 1 });
  console.log(`baseline: ${Math.round(base.rps)} req/s`);

  const started = performance.now();
  const server = nodeOnCore(0, ['apps/server/dist/main.mjs', '--port', String(SERVER_PORT), '--db', dbUrl]);
  await waitFor(`http://127.0.0.1:${SERVER_PORT}/healthz`);
  report.extras.readyMs = performance.now() - started;
  let walMax = 0;
  const walWatch = setInterval(() => (walMax = Math.max(walMax, fileSize(`${sqlitePath}-wal`))), 250);

  // The full walk first, while each API holds exactly the preloaded documents.
  for (const { api, ready } of prepared) {
    const walkStarted = performance.now();
    const seen = await ready.walk(`http://127.0.0.1:${SERVER_PORT}`);
    report.extras[`${api.name}.walkMs`] = performance.now() - walkStarted;
    report.extras[`${api.name}.walkItems`] = seen;
    console.log(`${api.name} full walk: ${seen} items in ${((performance.now() - walkStarted) / 1000).toFixed(2)} s`);
  }
  for (const { api, ready, idsFile } of prepared) {
    for (const scenario of ready.scenarios) {
      const result = await measure(`http://127.0.0.1:${SERVER_PORT}`, scenario.request, idsFile);
      const row: Row = { api: api.name, scenario: scenario.name, key: scenario.key, ...result, ratio: result.rps / base.rps };
      report.rows.push(row);
      console.log(`${api.name} ${scenario.name}: ${Math.round(result.rps)} req/s (${row.ratio.toFixed(2)} × baseline)`);
      if (scenario.writes && sqlitePath) {
        report.extras[`${api.name}.${scenario.key}.dbBytes`] = fileSize(sqlitePath);
        report.extras[`${api.name}.${scenario.key}.walBytes`] = fileSize(`${sqlitePath}-wal`);
      }
    }
  }
  clearInterval(walWatch);
  report.extras.walMaxBytes = walMax;
  report.extras.rssBytes = rssOf(server.pid!) ?? 0;
  await stop(server);

  if (!quick) {
    report.extras.generateColdMs = timeCommand('pnpm', ['exec', 'turbo', 'run', 'generate', '--force']);
    report.extras.generateCachedMs = timeCommand('pnpm', ['exec', 'turbo', 'run', 'generate']);
  }
  report.validators = await benchValidators(quick ? 0.3 : 1.5);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

printReport(report, targetsOf(report));
mkdirSync(join(values.out!, '..'), { recursive: true });
writeFileSync(values.out!, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nfigures written to ${values.out}`);

async function fetchSample(first: { ready: PreparedApi } | undefined) {
  if (!first) return {};
  // A real customer document as the server would present it, so the baseline sends the same bytes.
  const probe = nodeOnCore(0, ['apps/server/dist/main.mjs', '--port', String(SERVER_PORT), '--db', dbUrl]);
  try {
    await waitFor(`http://127.0.0.1:${SERVER_PORT}/healthz`);
    const get = first.ready.scenarios.find((s) => s.key === 'get')!.request;
    const response = await fetch(`http://127.0.0.1:${SERVER_PORT}${get.path.replace('{id}', first.ready.ids[0]!)}`, { headers: get.headers });
    return (await response.json()) as Record<string, unknown>;
  } finally {
    await stop(probe);
  }
}
