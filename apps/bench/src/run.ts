// pnpm bench: builds the server, preloads every registered API through the store, and measures each
// scenario interleaved with plain Fastify and raw node:http servers answering the very bytes
// clientele answered (the same-bytes limit), then the peers (Prism, json-server) on the same
// scenarios; `--db postgres://…` repeats the scenarios on PostgreSQL, `--growth` on a grown SQLite.
// A scenario is timed only once its answer is what it means to measure (a documented success, a page
// with items, the resource asked for); any error or non-2xx answer while timed fails the run.
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { serverApis } from '@clientele/server/apis';
import { sampleOperations, type ServerApi } from '@clientele/server/platform';
import { addFaults, parseFaults, runAdminToken } from '@clientele/reliability/admin';
import { openStore, requestLogPath } from '@clientele/store';
import pg from 'pg';
import { preloadAll, scenariosOf, walk, type Preloaded } from './apis.ts';
import { capture } from './capture.ts';
import { markdownOf } from './markdown.ts';
import { filler } from './fill.ts';
import { answerProblem } from './judge.ts';
import type { LoadJob, LoadResult } from './load.ts';
import { jsonServerRequests, prismRequests, startJsonServer, startPrism, type PeerName, type PeerRequest } from './peers.ts';
import { cpuMsOf, freePorts, lineWorker, nodeOnCore, pinned, ROOT, rssOf, stop, waitFor } from './processes.ts';
import { LOG_OFF_KEYS, printReport, targetsOf, type Phase, type Report, type Row, type Sequential, type Spread } from './report.ts';
import type { RequestShape, Scenario } from './scenario.ts';
import { summarizeProfiles, type CpuProfile } from './cpuprofile.ts';
import { accountOf, addProfile, emptyTally, sumProblem, type Account, type Tally } from './account.ts';
import { benchSerializers } from './serializers.ts';
import { benchValidators } from './validators.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    seconds: { type: 'string' },
    warmup: { type: 'string' },
    rounds: { type: 'string' },
    connections: { type: 'string', default: '50' },
    count: { type: 'string' },
    api: { type: 'string', multiple: true },
    scenario: { type: 'string', multiple: true },
    profile: { type: 'boolean', default: false },
    /** Where `--profile` keeps its CPU profiles (one a measured window; DevTools opens them); by default they go with the run's scratch files. */
    'profile-dir': { type: 'string' },
    peers: { type: 'boolean', default: true },
    'peer-seconds': { type: 'string' },
    'sequential-seconds': { type: 'string' },
    growth: { type: 'boolean', default: false },
    /** Get one and create again with the request log off, to say what it costs (`--no-log-off` leaves it out). */
    'log-off': { type: 'boolean', default: true },
    'growth-count': { type: 'string', default: '1000000' },
    quick: { type: 'boolean', default: false },
    out: { type: 'string', default: join(ROOT, 'apps/bench/results/latest.json') },
    markdown: { type: 'string' },
    /** A server broken on purpose, to show the bench fails against it: `--fault get={"status":500}` (the admin API's fault rule, per kind of request). */
    fault: { type: 'string', multiple: true },
    // Entries the server's request log keeps: the server's default (on) unless given; 0 turns it off.
    'request-log': { type: 'string' },
    // PostgreSQL connections the server keeps: its default unless given.
    'db-pool': { type: 'string' },
  },
  allowNegative: true,
});
if (values.markdown !== undefined) {
  // Prints a results file's figures as the tables of a docs/results page, and nothing else runs.
  process.stdout.write(markdownOf(JSON.parse(readFileSync(values.markdown, 'utf8')) as Report));
  process.exit(0);
}
const benchStarted = performance.now();
const quick = values.quick!;
const setting = (value: string | undefined, full: number, short: number) => (value === undefined ? (quick ? short : full) : Number(value));
const seconds = setting(values.seconds, 5, 0.4);
const warmup = setting(values.warmup, 2, 0.25);
const rounds = setting(values.rounds, 3, 2);
const count = setting(values.count, 100_000, 2_000);
const peerSeconds = setting(values['peer-seconds'], 3, 0.5);
const sequentialSeconds = setting(values['sequential-seconds'], 1, 0.1);
const growthCount = quick ? count * 10 : Number(values['growth-count']);
const connections = Number(values.connections);
const apis = values.api ? serverApis.filter((a) => values.api!.includes(a.definition.name)) : serverApis;
if (!apis.length) throw new Error(`no registered API is named ${values.api!.join(', ')}`);
const scenarioKeys = values.scenario;
const profile = values.profile!;
const faults = parseFaults(values.fault);
const adminToken = runAdminToken();
// Ports the system says are free now: two runs at once (two test suites, say) never collide.
const [SERVER_PORT, BASELINE_PORT, LIMIT_PORT, RAW_PORT, PEER_PORT, SERVER_AGENT_PORT, LIMIT_AGENT_PORT] = (await freePorts(7)) as [number, number, number, number, number, number, number];
const origin = (port: number) => `http://127.0.0.1:${port}`;
const tsx = ['--import', 'tsx'];

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => {
  const s = sorted(xs);
  const middle = Math.floor(s.length / 2);
  return s.length % 2 ? s[middle]! : (s[middle - 1]! + s[middle]!) / 2;
};
const spreadOf = (xs: number[]): Spread => ({ median: median(xs), min: sorted(xs)[0]!, max: sorted(xs).at(-1)! });
const fileSize = (path: string) => (existsSync(path) ? statSync(path).size : 0);

/**
 * A create needs a fresh token each, prepared through the store before the server starts: enough
 * for this many creates a second through warm-up and every round (a run that outpaces it shows the
 * rest as errors), and one more for the capture.
 */
const CREATES_PER_SECOND = 6_000;
const preparedCreates = Math.ceil((warmup + rounds * seconds + sequentialSeconds) * CREATES_PER_SECOND) + 1;

console.log(
  `clientele bench: ${count.toLocaleString('en')} customers per API, ${connections} connections, ${rounds} rounds × ${seconds} s each of limit and scenario (warm-up ${warmup} s), ${pinned ? 'servers on core 0, load on core 1' : 'no taskset: unpinned'}`,
);
console.log('building the server bundle…');
if (spawnSync(process.execPath, ['apps/server/build.mjs', 'main'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) throw new Error('server build failed');

const scratch = mkdtempSync(join(tmpdir(), 'clientele-bench-'));
const report: Report = {
  when: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '', node: process.version, pinned },
  settings: { count, connections, rounds, seconds, warmup, peerSeconds, sequentialSeconds, quick, profile, apis: apis.map((a) => a.definition.name), growth: values.growth ? growthCount : null, postgres: Boolean(values.db) },
  rows: [],
  peers: [],
  skipped: [],
  extras: {},
  validators: [],
  serializers: [],
};
/** Scenarios whose answers were not what they meant to measure, or that saw errors: the run fails. */
const failures: string[] = [];
const children: ChildProcess[] = [];
const started = (child: ChildProcess) => (children.push(child), child);
const load = lineWorker(started(nodeOnCore(1, [...tsx, 'apps/bench/src/load.ts'], { stdin: true })));
/**
 * `--profile`: a server (clientele, and the limit servers' process) runs with the profiler agent,
 * which records a CPU profile between two calls: one around each time a scenario or its limit is measured.
 */
const agentArgs = () => (profile ? ['--import', pathToFileURL(join(ROOT, 'apps/bench/src/profiler-agent.mjs')).href] : []);
const agentEnv = (port: number) => (profile ? { env: { CLIENTELE_PROFILER_PORT: String(port) } } : {});
const limit = lineWorker(started(nodeOnCore(0, [...agentArgs(), ...tsx, 'apps/bench/src/limit.ts', String(LIMIT_PORT), String(RAW_PORT)], { stdin: true, ...agentEnv(LIMIT_AGENT_PORT) })));
let profilesTaken = 0;
/** What each agent's thread spends on a profiler sample while it waits for work, µs: measured once, with no load running. */
const idleSampleUs = new Map<number, number>();

async function askAgent(agentPort: number, path: string): Promise<unknown> {
  const response = await fetch(`${origin(agentPort)}${path}`);
  if (!response.ok) throw new Error(`profiler agent: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Calibrates each agent (once per process) while no load runs. */
async function calibrate(ports: number[]) {
  for (const port of ports.filter((p) => !idleSampleUs.has(p))) {
    await waitFor(origin(port), undefined, true);
    idleSampleUs.set(port, ((await askAgent(port, '/calibrate')) as { idleSampleUs: number }).idleSampleUs);
  }
}
const profileDir = (phase: Phase) => join(values['profile-dir'] ?? scratch, `${phase}-profile`);

/** Runs `measured` with the agent at `agentPort` recording, and adds what it recorded to `tally` (the profile kept in `dir`). */
async function profiled<T>(agentPort: number, dir: string, tally: Tally, measured: () => Promise<T>): Promise<T> {
  if (!profile) return measured();
  await askAgent(agentPort, '/start');
  const result = await measured();
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${++profilesTaken}.cpuprofile`);
  const counts = (await askAgent(agentPort, `/stop?file=${encodeURIComponent(file)}`)) as { responses: number; statements: number; cpuUs: number; threadUs: number | null };
  addProfile(tally, JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, { threadUs: counts.threadUs, idleSampleUs: idleSampleUs.get(agentPort) ?? 0 });
  tally.responses += counts.responses;
  tally.statements += counts.statements;
  tally.cpuUs += counts.cpuUs;
  return result;
}

/** A scenario's (or limit's) account from what its profiles recorded; its parts must add up to its total, or the run fails. */
function accounted(what: string, tally: Tally, postgres: boolean): Account | undefined {
  if (!profile) return undefined;
  const account = accountOf(tally, postgres);
  const problem = sumProblem(account);
  if (problem) failures.push(`${what}: cost account: ${problem}`);
  return account;
}

async function measure(port: number, request: RequestShape, options: { idsFile?: string; bodies?: LoadJob['bodies']; warmup: number; seconds: number; connections?: number; sequential?: boolean }): Promise<LoadResult> {
  const { idsFile, bodies, connections: conns = connections, sequential } = options;
  const job: LoadJob = { url: origin(port), request, idsFile, bodies, count, warmupSeconds: options.warmup, seconds: options.seconds, connections: conns, sequential };
  return JSON.parse(await load.ask(job)) as LoadResult;
}

interface Prepared {
  readonly loaded: Preloaded;
  readonly headers: Record<string, string>;
  readonly scenarios: Scenario[];
  readonly idsFile: string;
}

/**
 * One scenario: what clientele answers is captured and handed to the limit servers, then limit,
 * clientele and raw node:http are measured in turn, round after round; the ratio is taken per round.
 */
async function scenarioRow(phase: Phase, phaseCount: number, { loaded, idsFile }: Prepared, scenario: Scenario, baseline: number): Promise<Row | undefined> {
  const api = loaded.api.definition.name;
  const bodies = scenario.bodies;
  const bodiesFile = bodies && join(scratch, `${phase}-${api}-${scenario.key}-bodies.json`);
  if (bodiesFile) writeFileSync(bodiesFile, JSON.stringify(bodies));
  // The capture takes the last prepared body; the rounds take them from the first.
  const { fill } = filler({ ids: loaded.ids, count: phaseCount, bodies, from: bodies ? bodies.length - 1 : 0 });
  const captured = await capture(origin(SERVER_PORT), scenario.request, fill);
  const problem = answerProblem(scenario.expected, captured, new Set(loaded.ids));
  if (problem) {
    failures.push(`${phase} ${api} ${scenario.name}: ${problem}; not timed`);
    console.log(`${phase} ${api} ${scenario.name}: ✗ ${problem}; not timed`);
    return undefined;
  }
  await limit.ask(captured);
  const fastify: LoadResult[] = [];
  const clientele: LoadResult[] = [];
  const raw: LoadResult[] = [];
  const profilesIn = profileDir(phase);
  const tallies = { clientele: emptyTally(), limit: emptyTally() };
  const limitBodies = bodiesFile ? { file: bodiesFile, from: 0 } : undefined;
  let sent = 0;
  for (let round = 0; round < rounds; round++) {
    const timing = { warmup: round === 0 ? warmup : 0, seconds };
    fastify.push(await profiled(LIMIT_AGENT_PORT, join(profilesIn, 'limit'), tallies.limit, () => measure(LIMIT_PORT, scenario.request, { idsFile, bodies: limitBodies, ...timing })));
    const result = await profiled(SERVER_AGENT_PORT, profilesIn, tallies.clientele, () =>
      measure(SERVER_PORT, scenario.request, { idsFile, bodies: bodiesFile ? { file: bodiesFile, from: sent } : undefined, ...timing }),
    );
    sent += result.bodiesUsed;
    clientele.push(result);
    if (!quick) raw.push(await measure(RAW_PORT, scenario.request, { idsFile, bodies: limitBodies, ...timing }));
  }
  // One request at a time, after the rounds (not profiled): clientele, then its limit.
  const oneByOne = { warmup: 0, seconds: sequentialSeconds, sequential: true };
  const sequential = await measure(SERVER_PORT, scenario.request, { idsFile, bodies: bodiesFile ? { file: bodiesFile, from: sent } : undefined, ...oneByOne });
  sent += sequential.bodiesUsed;
  const limitSequential = await measure(LIMIT_PORT, scenario.request, { idsFile, bodies: limitBodies, ...oneByOne });
  const latency = (result: LoadResult): Sequential => ({ p50: result.p50, p99: result.p99, requests: result.requests });
  const what = `${phase} ${api} ${scenario.name}`;
  const of = (results: LoadResult[], key: 'rps' | 'p50' | 'p99') => median(results.map((r) => r[key]));
  const ratios = (limits: LoadResult[]) => spreadOf(clientele.map((c, i) => c.rps / limits[i]!.rps));
  const rps = of(clientele, 'rps');
  const sum = (key: 'errors' | 'non2xx') => [...clientele, sequential].reduce((total, r) => total + r[key], 0);
  const row: Row = {
    phase,
    count: phaseCount,
    api,
    scenario: scenario.name,
    key: scenario.key,
    rps,
    p50: of(clientele, 'p50'),
    p99: of(clientele, 'p99'),
    errors: sum('errors'),
    non2xx: sum('non2xx'),
    bodiesUsed: sent,
    requests: [...clientele, sequential].reduce((total, r) => total + r.requests, 0),
    status: captured.status,
    bytes: Buffer.from(captured.body, 'base64').length,
    limit: { rps: of(fastify, 'rps'), p99: of(fastify, 'p99'), ratio: ratios(fastify), sequential: latency(limitSequential), ...withAccount(accounted(`${what}, same-bytes limit`, tallies.limit, false)) },
    ...(raw.length ? { raw: { rps: of(raw, 'rps'), p99: of(raw, 'p99'), ratio: ratios(raw) } } : {}),
    baselineRatio: rps / baseline,
    sequential: latency(sequential),
    ...withAccount(accounted(what, tallies.clientele, phase === 'postgres')),
  };
  const used = bodies ? `, ${sent.toLocaleString('en')} of ${bodies.length.toLocaleString('en')} prepared bodies sent` : '';
  const rawText = row.raw ? `, ${row.raw.ratio.median.toFixed(2)} × raw node:http` : '';
  const r = row.limit.ratio;
  const oneAtATime = `one at a time p50 ${row.sequential.p50.toFixed(2)} ms, p99 ${row.sequential.p99.toFixed(2)} ms (limit ${row.limit.sequential.p50.toFixed(2)} ms)`;
  console.log(`${what}: ${Math.round(rps)} req/s, p99 ${row.p99} ms, ${r.median.toFixed(2)} × same-bytes Fastify (${r.min.toFixed(2)}–${r.max.toFixed(2)})${rawText}; ${oneAtATime}${used}`);
  // A scenario whose rounds saw no answer at all measured nothing: its 0 req/s is not a figure. Said, not
  // failed: on a loaded machine a short round (--quick, the smoke tests) can end before the first answer.
  if (clientele.every((r) => r.rps === 0)) console.log('  ⚠ no answer in any timed round: its 0 req/s is not a measurement (rounds too short for this load)');
  const wrong = row.errors + row.non2xx;
  if (wrong) {
    failures.push(`${what}: ${row.errors} errors and ${row.non2xx} non-2xx answers of ${row.requests} while timed`);
    console.log(`  ✗ ${row.errors} errors and ${row.non2xx} non-2xx answers of ${row.requests} while timed`);
  }
  return row;
}

const withAccount = (account: Account | undefined) => (account ? { account } : {});

/** Today's single baseline: plain Fastify answering one fixed customer JSON (a real one, as the first API presents it). */
async function measureBaseline(sample: unknown): Promise<LoadResult> {
  const server = started(nodeOnCore(0, [...tsx, 'apps/bench/src/baseline.ts', String(BASELINE_PORT), JSON.stringify(sample)]));
  await waitFor(`${origin(BASELINE_PORT)}/customer`);
  const runs: LoadResult[] = [];
  for (let round = 0; round < rounds; round++) runs.push(await measure(BASELINE_PORT, { method: 'GET', path: '/customer' }, { warmup: round === 0 ? warmup : 0, seconds }));
  await stop(server);
  const baseline = runs.sort((a, b) => a.rps - b.rps)[Math.floor((rounds - 1) / 2)]!;
  console.log(`baseline (Fastify, one fixed customer): ${Math.round(baseline.rps)} req/s`);
  return baseline;
}

/** Authorizes each API's bench tenant against a probe server on the preloaded database, and fetches one resource. */
async function authorizeAll(dbUrl: string, phase: Phase, loaded: Preloaded[]) {
  const probe = nodeOnCore(0, ['apps/server/dist/main.mjs', '--port', String(SERVER_PORT), '--db', dbUrl]);
  try {
    await waitFor(`${origin(SERVER_PORT)}/healthz`);
    const prepared: Prepared[] = [];
    for (const item of loaded) {
      const headers = await item.api.authorize(item.tenant.credentials, { apiRoot: `${origin(SERVER_PORT)}/${item.api.definition.name}`, fetch });
      const idsFile = join(scratch, `${phase}-${item.api.definition.name}-ids.json`);
      writeFileSync(idsFile, JSON.stringify(item.ids));
      prepared.push({ loaded: item, headers, scenarios: scenariosOf(item, headers), idsFile });
    }
    const get = prepared[0]?.scenarios.find((s) => s.key === 'get')?.request;
    const response = get && (await fetch(`${origin(SERVER_PORT)}${get.path.replace('{id}', prepared[0]!.loaded.ids[0]!)}`, { headers: get.headers }));
    return { prepared, sample: response ? ((await response.json()) as unknown) : {} };
  } finally {
    await stop(probe);
  }
}

/**
 * The APIs as the server bundle serves them, to preload with: a document's kept text is stamped with
 * its presenter's code as printed by the build that wrote it (the bundle renames), and the server
 * sends only text its own code stamped. Preloaded by the unbundled code, every document was
 * presented again at each read, as no document the server writes itself is.
 */
async function asServed(phaseApis: readonly ServerApi[]): Promise<ServerApi[]> {
  const bundle = (await import(pathToFileURL(join(ROOT, 'apps/server/dist/main.mjs')).href)) as { serverApis: readonly ServerApi[] };
  return phaseApis.map((api) => bundle.serverApis.find((served) => served.definition.name === api.definition.name)!);
}

/**
 * Every scenario of `phaseApis` on one database: preloaded through the store before the server
 * starts, a full walk of each API first (while it holds exactly the preload), then the scenarios.
 * With `keepWalks`, each API's walked customers are written as json-server's file.
 */
async function benchPhase(phase: Phase, dbUrl: string, phaseCount: number, phaseApis: readonly ServerApi[], { keepWalks = false, requestLogOff = false, keys = scenarioKeys }: { keepWalks?: boolean; requestLogOff?: boolean; keys?: readonly string[] } = {}) {
  const sqlitePath = dbUrl.startsWith('sqlite://') ? dbUrl.slice('sqlite://'.length) : undefined;
  const store = await openStore(dbUrl);
  await store.migrate();
  const preloadStarted = performance.now();
  const loaded = await preloadAll(store, phaseCount, preparedCreates, await asServed(phaseApis));
  console.log(`${phase}: preloaded ${phaseCount.toLocaleString('en')} resources of each of ${loaded.length} APIs in ${((performance.now() - preloadStarted) / 1000).toFixed(1)} s`);
  await store.analyze();
  await store.close();
  const { prepared, sample } = await authorizeAll(dbUrl, phase, loaded);
  report.baseline ??= await measureBaseline(sample);

  const startedAt = performance.now();
  // As users run it: the request log at the server's default (on) unless `--request-log` (or the log-off phase) says otherwise.
  const requestLogSetting = requestLogOff ? '0' : values['request-log'];
  const requestLog = requestLogSetting === undefined ? [] : ['--request-log', requestLogSetting];
  report.extras[`${phase}.requestLog`] = requestLogSetting === undefined ? -1 : Number(requestLogSetting);
  const breaking = faults.length ? ['--admin-token', adminToken] : [];
  const pool = values['db-pool'] === undefined ? [] : ['--db-pool', values['db-pool']];
  const server = started(nodeOnCore(0, [...agentArgs(), 'apps/server/dist/main.mjs', '--port', String(SERVER_PORT), '--db', dbUrl, ...requestLog, ...pool, ...breaking], agentEnv(SERVER_AGENT_PORT)));
  // The request log says when its writes fell behind the requests and it dropped entries: a rate
  // bought so is no rate at all.
  report.extras[`${phase}.logDropped`] = 0;
  server.stdout!.on('data', (chunk: Buffer) => {
    for (const [, dropped] of String(chunk).matchAll(/the request log dropped (\d+) entries/g)) report.extras[`${phase}.logDropped`]! += Number(dropped);
  });
  await waitFor(`${origin(SERVER_PORT)}/healthz`);
  report.extras[`${phase}.readyMs`] = performance.now() - startedAt;
  // Read at once: what start-up cost the server, whatever the load; its memory before any request.
  report.extras[`${phase}.readyCpuMs`] = cpuMsOf(server.pid!) ?? 0;
  report.extras[`${phase}.readyRssBytes`] = rssOf(server.pid!) ?? 0;
  // A new server process each phase: its agent is calibrated again.
  idleSampleUs.delete(SERVER_AGENT_PORT);
  if (profile) await calibrate([SERVER_AGENT_PORT, LIMIT_AGENT_PORT]);
  if (profile) report.extras[`${phase}.profilerIdleSampleUs`] = idleSampleUs.get(SERVER_AGENT_PORT)!;
  let walMax = 0;
  let logWalMax = 0;
  const walWatch =
    sqlitePath &&
    setInterval(() => {
      walMax = Math.max(walMax, fileSize(`${sqlitePath}-wal`));
      logWalMax = Math.max(logWalMax, fileSize(`${requestLogPath(sqlitePath)}-wal`));
    }, 250);
  const walked = new Map<string, string>();
  // Profiles cover the scenarios only; the log-off phase measures what the log costs, not walks.
  for (const item of profile || requestLogOff ? [] : prepared) {
    const api = item.loaded.api.definition.name;
    const walkStarted = performance.now();
    const items = await walk(origin(SERVER_PORT), item.loaded, item.headers);
    report.extras[`${phase}.${api}.walkMs`] = performance.now() - walkStarted;
    report.extras[`${phase}.${api}.walkItems`] = items.length;
    console.log(`${phase} ${api} full walk: ${items.length} items in ${((performance.now() - walkStarted) / 1000).toFixed(2)} s`);
    if (keepWalks) {
      walked.set(api, join(scratch, `${api}-json-server.json`));
      writeFileSync(walked.get(api)!, JSON.stringify({ customers: items }));
      writeFileSync(join(scratch, `${api}-json-server-ids.json`), JSON.stringify(items.map((i) => i.id)));
    }
  }
  for (const { loaded } of faults.length ? prepared : []) {
    await addFaults(origin(SERVER_PORT), adminToken, loaded.api.definition.name, sampleOperations(loaded.api, loaded.tenant), faults);
  }
  for (const item of prepared) {
    for (const scenario of item.scenarios.filter((s) => !keys || keys.includes(s.key))) {
      const row = await scenarioRow(phase, phaseCount, item, scenario, report.baseline.rps);
      if (!row) continue;
      report.rows.push(row);
      if (scenario.writes && sqlitePath) {
        report.extras[`${phase}.${item.loaded.api.definition.name}.${scenario.key}.dbBytes`] = fileSize(sqlitePath);
        report.extras[`${phase}.${item.loaded.api.definition.name}.${scenario.key}.walBytes`] = fileSize(`${sqlitePath}-wal`);
      }
    }
  }
  if (walWatch) clearInterval(walWatch);
  if (sqlitePath) report.extras[`${phase}.walMaxBytes`] = walMax;
  if (sqlitePath) report.extras[`${phase}.logWalMaxBytes`] = logWalMax;
  report.extras[`${phase}.rssBytes`] = rssOf(server.pid!) ?? 0;
  await stop(server);
  if (profile) printProfile(profileDir(phase), report.rows.filter((r) => r.phase === phase));
  return { prepared, walked };
}

/** The server's self time per request, by frame and by package, over the scenarios just run (their profiled requests). */
function printProfile(dir: string, rows: Row[]) {
  const requests = rows.reduce((total, r) => total + (r.account?.requests ?? 0), 0);
  const { frames, packages, totalUsPerRequest } = summarizeProfiles(dir, requests);
  console.log(`\nserver CPU profile: ${rows.map((r) => `${r.api} ${r.key}`).join(', ')}; ${requests.toLocaleString('en')} requests, ${totalUsPerRequest.toFixed(1)} µs of CPU each (idle left out)`);
  for (const [title, list] of [['self time by package', packages], ['self time by frame', frames]] as const) {
    console.log(`  ${title}:`);
    for (const f of list) console.log(`    ${f.usPerRequest.toFixed(2).padStart(8)} µs  ${(f.share * 100).toFixed(1).padStart(5)} %  ${f.name}`);
  }
}

/** A peer's figures for one scenario, with clientele's (SQLite) req/s ÷ the peer's. */
async function peerRows(peer: PeerName, port: number, api: string, requests: PeerRequest[], idsFile: string, bodies: (key: string) => LoadJob['bodies']) {
  for (const { key, request, connections: conns = connections } of requests) {
    const result = await measure(port, request, { idsFile, bodies: bodies(key), warmup: Math.min(warmup, 1), seconds: peerSeconds, connections: conns });
    const ours = report.rows.find((r) => r.phase === 'sqlite' && r.api === api && r.key === key);
    const ratio = ours ? ours.rps / result.rps : Number.NaN;
    report.peers.push({ api, peer, key, connections: conns, ...result, ratio });
    console.log(`${peer} ${api} ${key}: ${Math.round(result.rps)} req/s at ${conns} connections (clientele ${ratio.toFixed(1)} ×)${result.errors + result.non2xx ? `, ${result.errors + result.non2xx} errors or non-2xx` : ''}`);
  }
}

async function benchPeers(prepared: Prepared[], walked: Map<string, string>) {
  // --quick measures the peers on the first API only (each takes seconds to start).
  const chosen = quick ? prepared.slice(0, 1) : prepared;
  if (quick && prepared.length > 1) report.skipped.push(`peers on ${prepared.slice(1).map((p) => p.loaded.api.definition.name).join(', ')}: --quick measures them on the first API only`);
  for (const { loaded, scenarios, idsFile } of chosen) {
    const api = loaded.api.definition.name;
    const bodies = (key: string) => {
      const file = join(scratch, `sqlite-${api}-${key}-bodies.json`);
      return scenarios.find((s) => s.key === key)?.bodies ? { file, from: 0 } : undefined;
    };
    const prism = await startPrism(api, PEER_PORT);
    try {
      await peerRows('prism', PEER_PORT, api, prismRequests(api, scenarios), idsFile, bodies);
    } finally {
      await stop(prism);
    }
    const jsonServer = await startJsonServer(walked.get(api)!, PEER_PORT);
    try {
      await peerRows('json-server', PEER_PORT, api, jsonServerRequests(scenarios), join(scratch, `${api}-json-server-ids.json`), bodies);
    } finally {
      await stop(jsonServer);
    }
  }
}

/** Runs one statement on a short-lived connection to `url`. */
async function sql(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * A scratch database on the server `url` names, created through the database it names (or
 * `postgres` where that one does not exist), dropped after the run.
 */
async function scratchPostgres(url: string) {
  const admin = new URL(url);
  await sql(url, 'select 1').catch((error: { code?: string }) => {
    if (error.code !== '3D000') throw error;
    admin.pathname = '/postgres';
  });
  const name = `clientele_bench_${process.pid}_${Date.now().toString(36)}`;
  await sql(admin.toString(), `create database "${name}"`);
  const scratchUrl = new URL(admin);
  scratchUrl.pathname = `/${name}`;
  return { name, url: scratchUrl.toString(), drop: () => sql(admin.toString(), `drop database if exists "${name}" with (force)`) };
}

function timeCommand(command: string, args: string[]): number {
  const startedAt = performance.now();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'ignore', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
  return performance.now() - startedAt;
}

try {
  const { prepared, walked } = await benchPhase('sqlite', `sqlite://${join(scratch, 'bench.sqlite')}`, count, apis, { keepWalks: values.peers! && !profile });
  if (values.peers && !profile && !scenarioKeys) await benchPeers(prepared, walked);
  else report.skipped.push(`peers: ${values.peers ? (profile ? '--profile' : '--scenario') : '--no-peers'}`);
  for (const file of walked.values()) rmSync(file, { force: true });
  for (const file of [join(scratch, 'bench.sqlite'), requestLogPath(join(scratch, 'bench.sqlite'))]) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  }

  if (values.db) {
    const database = await scratchPostgres(values.db);
    console.log(`PostgreSQL: scratch database ${database.name}, dropped after the run`);
    try {
      await benchPhase('postgres', database.url, count, apis);
    } finally {
      await database.drop();
    }
  }
  if (values.growth) {
    await benchPhase('growth', `sqlite://${join(scratch, 'grown.sqlite')}`, growthCount, apis.slice(0, 1));
  }
  // What the request log costs: get one, the first page and create again with it off, where the run
  // had it on (the server's default). The first page too: the log's cost grows with the answer's size.
  const logOffKeys = LOG_OFF_KEYS.filter((key) => !scenarioKeys || scenarioKeys.includes(key));
  const logOffSkipped =
    values['request-log'] !== undefined ? '--request-log given' : faults.length ? '--fault' : profile ? '--profile' : !values['log-off'] ? '--no-log-off' : !logOffKeys.length ? '--scenario names none of get, list_first, create' : undefined;
  if (logOffSkipped) report.skipped.push(`request log off: ${logOffSkipped}`);
  else await benchPhase('logoff', `sqlite://${join(scratch, 'logoff.sqlite')}`, count, apis, { requestLogOff: true, keys: logOffKeys });
  if (!quick && !profile && !scenarioKeys) {
    report.extras.generateColdMs = timeCommand('pnpm', ['exec', 'turbo', 'run', 'generate', '--force']);
    report.extras.generateCachedMs = timeCommand('pnpm', ['exec', 'turbo', 'run', 'generate']);
  }
  // A run of chosen scenarios (--scenario, --profile) measures those alone.
  if (!profile && !scenarioKeys) {
    report.validators = await benchValidators(quick ? 0.1 : 1.5);
    report.serializers = await benchSerializers(quick ? 0.05 : 1);
  }
} finally {
  await Promise.all(children.map((child) => stop(child)));
  rmSync(scratch, { recursive: true, force: true });
}

printReport(report, targetsOf(report));
mkdirSync(join(values.out!, '..'), { recursive: true });
writeFileSync(values.out!, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nfigures written to ${values.out} (${((performance.now() - benchStarted) / 1000).toFixed(0)} s in all)`);
for (const failure of failures) console.log(`✗ ${failure}`);
console.log(`bench: ${failures.length ? `FAILED (${failures.length} scenarios not measured as meant)` : `ok (${report.rows.length} scenarios, each answered as meant, no errors or non-2xx answers)`}`);
process.exitCode = failures.length ? 1 : 0;
