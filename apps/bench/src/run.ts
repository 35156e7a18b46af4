// pnpm bench: builds the server, starts it on a fresh database, preloads every benchmarked API
// through the store, and measures each scenario against a plain Fastify baseline in the same run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '@clientele/store';
import { preloadAll, scenariosOf, walk, type Preloaded } from './apis.ts';
import type { LoadJob, LoadResult } from './load.ts';
import { collect, nodeOnCore, pinned, ROOT, rssOf, stop, waitFor } from './processes.ts';
import { printReport, targetsOf, type Report, type Row } from './report.ts';
import { benchSerializers } from './serializers.ts';
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

/**
 * A create needs a fresh token each, prepared through the store before the server starts: enough
 * for this many creates a second through warm-up and every run (a run that outpaces it shows the
 * rest as errors).
 */
const CREATES_PER_SECOND = 6_000;
const preparedCreates = Math.ceil((warmup + runs * seconds) * CREATES_PER_SECOND);

async function measure(url: string, request: LoadJob['request'], idsFile?: string, bodiesFile?: string): Promise<LoadResult> {
  const results: LoadResult[] = [];
  let sent = 0;
  for (let i = 0; i < runs; i++) {
    const bodies = bodiesFile ? { file: bodiesFile, from: sent } : undefined;
    const job: LoadJob = { url, request, idsFile, bodies, count, warmupSeconds: i === 0 ? warmup : 0, seconds, connections };
    const result = JSON.parse(await collect(nodeOnCore(1, [...tsx, 'apps/bench/src/load.ts', JSON.stringify(job)]))) as LoadResult;
    sent += result.bodiesUsed;
    results.push(result);
  }
  const best = (key: keyof LoadResult) => median(results.map((r) => r[key]));
  return { rps: best('rps'), p50: best('p50'), p99: best('p99'), errors: best('errors'), non2xx: best('non2xx'), bodiesUsed: sent };
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
  serializers: [],
};

try {
  // Preload through the store, before the server starts, so the server starts on a full database.
  const store = await openStore(dbUrl);
  await store.migrate();
  const preloadStarted = performance.now();
  const loaded = await preloadAll(store, count, preparedCreates);
  console.log(`preloaded ${count.toLocaleString('en')} resources of each of ${loaded.length} APIs in ${((performance.now() - preloadStarted) / 1000).toFixed(1)} s`);
  for (const item of loaded.filter((l) => l.createBodies)) {
    console.log(`  ${item.api.definition.name}: ${preparedCreates.toLocaleString('en')} create bodies prepared (a fresh token each)`);
  }
  await store.analyze();
  await store.close();

  // Each API's credentials as its clients present them (Dwolla's token, got from the server), and
  // a real resource as the server presents it, so the baseline sends the same bytes.
  const { prepared, sample } = await authorizeAll(loaded);
  const baseline = nodeOnCore(0, [...tsx, 'apps/bench/src/baseline.ts', String(BASELINE_PORT), JSON.stringify(sample)]);
  await waitFor(`http://127.0.0.1:${BASELINE_PORT}/customer`);
  const base = await measure(`http://127.0.0.1:${BASELINE_PORT}`, { method: 'GET', path: '/customer' });
  await stop(baseline);
  report.rows.push({ api: 'baseline', scenario: 'Fastify, fixed customer JSON', key: 'baseline', ...base, ratio: 1 });
  console.log(`baseline: ${Math.round(base.rps)} req/s`);

  const started = performance.now();
  // The APIs' own cost: the request log (a write per request, in batches) is left off, as a load test would.
  const server = nodeOnCore(0, ['apps/server/dist/main.mjs', '--port', String(SERVER_PORT), '--db', dbUrl, '--request-log', '0']);
  await waitFor(`http://127.0.0.1:${SERVER_PORT}/healthz`);
  report.extras.readyMs = performance.now() - started;
  let walMax = 0;
  const walWatch = setInterval(() => (walMax = Math.max(walMax, fileSize(`${sqlitePath}-wal`))), 250);

  // The full walk first, while each API holds exactly the preloaded documents.
  for (const { loaded: item, headers } of prepared) {
    const api = item.api.definition;
    const walkStarted = performance.now();
    const seen = await walk(`http://127.0.0.1:${SERVER_PORT}`, item, headers);
    report.extras[`${api.name}.walkMs`] = performance.now() - walkStarted;
    report.extras[`${api.name}.walkItems`] = seen;
    console.log(`${api.name} full walk: ${seen} items in ${((performance.now() - walkStarted) / 1000).toFixed(2)} s`);
  }
  for (const { loaded: item, scenarios, idsFile } of prepared) {
    const api = item.api.definition;
    for (const scenario of scenarios) {
      const bodiesFile = scenario.bodies && join(scratch, `${api.name}-${scenario.key}-bodies.json`);
      if (bodiesFile) writeFileSync(bodiesFile, JSON.stringify(scenario.bodies));
      const result = await measure(`http://127.0.0.1:${SERVER_PORT}`, scenario.request, idsFile, bodiesFile);
      const row: Row = { api: api.name, scenario: scenario.name, key: scenario.key, ...result, ratio: result.rps / base.rps };
      report.rows.push(row);
      const used = bodiesFile ? ` (${result.bodiesUsed.toLocaleString('en')} of ${scenario.bodies!.length.toLocaleString('en')} prepared bodies sent)` : '';
      console.log(`${api.name} ${scenario.name}: ${Math.round(result.rps)} req/s (${row.ratio.toFixed(2)} × baseline)${used}`);
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

  // What the compiled response serializers change: the same reads, bodies written with JSON.stringify.
  const plain = nodeOnCore(0, ['apps/server/dist/main.mjs', '--port', String(SERVER_PORT), '--db', dbUrl, '--request-log', '0'], { env: { CLIENTELE_SERIALIZERS: 'json' } });
  await waitFor(`http://127.0.0.1:${SERVER_PORT}/healthz`);
  for (const { loaded: item, scenarios, idsFile } of prepared) {
    const api = item.api.definition;
    for (const scenario of scenarios.filter((s) => s.key === 'get' || s.key === 'list_first')) {
      const result = await measure(`http://127.0.0.1:${SERVER_PORT}`, scenario.request, idsFile);
      const compiled = report.rows.find((r) => r.api === api.name && r.key === scenario.key)!;
      report.rows.push({ api: api.name, scenario: `${scenario.name} (JSON.stringify)`, key: `${scenario.key}_json`, ...result, ratio: result.rps / base.rps });
      report.extras[`${api.name}.${scenario.key}.compiledOverJson`] = compiled.rps / result.rps;
      console.log(`${api.name} ${scenario.name} with JSON.stringify: ${Math.round(result.rps)} req/s (compiled serializers ${(compiled.rps / result.rps).toFixed(2)}×)`);
    }
  }
  await stop(plain);

  if (!quick) {
    report.extras.generateColdMs = timeCommand('pnpm', ['exec', 'turbo', 'run', 'generate', '--force']);
    report.extras.generateCachedMs = timeCommand('pnpm', ['exec', 'turbo', 'run', 'generate']);
  }
  report.validators = await benchValidators(quick ? 0.3 : 1.5);
  report.serializers = await benchSerializers(quick ? 0.2 : 1);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

printReport(report, targetsOf(report));
mkdirSync(join(values.out!, '..'), { recursive: true });
writeFileSync(values.out!, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nfigures written to ${values.out}`);

/** Authorizes each API's bench tenant against a probe server on the preloaded database, and fetches one resource. */
async function authorizeAll(loaded: Preloaded[]) {
  const probe = nodeOnCore(0, ['apps/server/dist/main.mjs', '--port', String(SERVER_PORT), '--db', dbUrl]);
  try {
    const origin = `http://127.0.0.1:${SERVER_PORT}`;
    await waitFor(`${origin}/healthz`);
    const prepared = [];
    for (const item of loaded) {
      const headers = await item.api.authorize(item.tenant.credentials, { apiRoot: `${origin}/${item.api.definition.name}`, fetch });
      const idsFile = join(scratch, `${item.api.definition.name}-ids.json`);
      writeFileSync(idsFile, JSON.stringify(item.ids));
      prepared.push({ loaded: item, headers, scenarios: scenariosOf(item, headers), idsFile });
    }
    const get = prepared[0]?.scenarios.find((s) => s.key === 'get')?.request;
    const response = get && (await fetch(`${origin}${get.path.replace('{id}', prepared[0]!.loaded.ids[0]!)}`, { headers: get.headers }));
    return { prepared, sample: response ? ((await response.json()) as Record<string, unknown>) : {} };
  } finally {
    await stop(probe);
  }
}
