// pnpm soak: mixed traffic over every registered API for a long time (30 minutes by default; CI
// runs 1), both shallow and deep pages. The server's resident memory must stay flat after warm-up,
// SQLite's write-ahead log bounded, expired tokens and idempotency keys pruned rather than piling
// up (the soak moves the server's clock forward through the admin API, a few hours at a step, so
// days of expiry pass within the run), latency stable, and every answer the status its request
// expects (a documented success: a 404 to a get, a 400 to a create, a 401 that persists after a
// new token are failures).
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SQLite as Database } from '@clientele/store/sqlite';
import { serverApis } from '@clientele/server/apis';
import { systemClock, type NamedOperation } from '@clientele/server/platform';
import { addFaults, admin, parseFaults, runAdminToken } from './admin.ts';
import { answerTally, documentedSuccess } from './answers.ts';
import { withPostgres } from '@clientele/store/testing';
import { seeded, type Random } from './random.ts';
import { freshDatabase, residentBytes, ROOT, storeOf, type DriverName } from './target.ts';
import { buildWorld, type ApiWorld } from './world.ts';
import { writesOf, type Writes } from './writes.ts';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '30' },
    seconds: { type: 'string' },
    db: { type: 'string', default: 'sqlite' },
    connections: { type: 'string', default: '8' },
    preload: { type: 'string', default: '2000' },
    'warm-up': { type: 'string' },
    /** A server broken on purpose (see admin.ts): `--fault get={"status":429}`. */
    fault: { type: 'string', multiple: true },
    /** The soak server announces prunes that delete nothing: the pruning check must fail. */
    'break-pruning': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
  },
});
const seconds = values.quick ? 60 : values.seconds ? Number(values.seconds) : Number(values.minutes) * 60;
const driver = values.db as DriverName;
const connections = Number(values.connections);
const preload = Number(values.preload);
const PRUNE_EVERY_MS = 2_000;
/** The server's clock moves this far at each step: tokens (an hour) and idempotency keys (a day) expire within seconds. */
const CLOCK_STEP = { ms: 6 * 3600_000, every: 2_000 };
/** At the end, past every token's expiry and grace and every key's: once a prune has run, none may be left. */
const FINAL_ADVANCE_MS = 50 * 3600_000;
const SAMPLE_EVERY_MS = 5_000;
/** Runs measuring less than this after warm-up report the memory slope and latency without judging them. */
const JUDGE_MINUTES = 10;
/** Memory and latency are judged after this: the first requests compile code and fill caches. */
const WARM_UP_S = values['warm-up'] ? Number(values['warm-up']) : Math.max(20, seconds * 0.2);

/** What the database holds that expires: tokens (and codes), idempotency keys. */
const HELD = {
  expiring: 'select count(*) as n from credentials where expires_at is not null',
  keys: 'select count(*) as n from idempotency_keys',
};

interface Sample {
  readonly at: number;
  readonly rss: number;
  readonly wal: number;
  readonly expiring: number;
  readonly keys: number;
  /** Rows a completed prune should have taken (see `overdueQueries`). */
  readonly overdue: number;
}

/** A prune the server announced: its cutoffs (server milliseconds) and what it deleted. */
interface Prune {
  readonly credentialsBefore: number;
  readonly keysBefore: number;
  readonly credentials: number;
  readonly idempotencyKeys: number;
}

interface Scenario {
  readonly name: string;
  /** The statuses its request may get: the operation's documented successes. */
  readonly expected: readonly number[];
  /** The status it got; undefined when it sent nothing (no prepared body left). */
  run(random: Random): Promise<number | undefined>;
}

const percentile = (sorted: readonly number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! : 0);

const clockStepHours = CLOCK_STEP.ms / 3600_000;
console.log(`clientele soak: ${seconds} s of mixed traffic over ${serverApis.length} APIs, ${connections} connections, ${driver}, server clock +${clockStepHours} h every ${CLOCK_STEP.every / 1000} s`);
const database = await freshDatabase(driver);
const token = runAdminToken();
const prunes: Prune[] = [];
const server = await startSoakServer(database.url);
const store = await storeOf(database.url);
const faults = parseFaults(values.fault);
const latencies: { at: number; ms: number }[] = [];
const failures: string[] = [];
const answers = answerTally();
let clockSteps = 0;
const started = performance.now();
const elapsed = () => (performance.now() - started) / 1000;

const scenarios: Scenario[] = [];
for (const api of serverApis) scenarios.push(...(await scenariosOf(await buildWorld(api, store, server.origin, { samples: 4 }))));
console.log(`${scenarios.length} scenarios: ${scenarios.map((s) => s.name).join(', ')}`);

const samples: Sample[] = [];
const sampler = setInterval(() => void sample().then((s) => samples.push(s)), SAMPLE_EVERY_MS);
const stepper = setInterval(
  () =>
    void admin(server.origin, token, 'POST', '/clock', { advance: CLOCK_STEP.ms }, 200).then(
      () => clockSteps++,
      (error: Error) => failures.push(`moving the clock: ${error.message}`),
    ),
  CLOCK_STEP.every,
);
const random = seeded(1);
const trafficStart = performance.now();
await Promise.all(
  Array.from({ length: connections }, async (_, i) => {
    const own = random.fork();
    while ((performance.now() - trafficStart) / 1000 < seconds) {
      const scenario = scenarios[(i + own.int(scenarios.length)) % scenarios.length]!;
      const t0 = performance.now();
      try {
        const status = await scenario.run(own);
        if (status !== undefined) answers.record(scenario.name, status, scenario.expected.includes(status));
      } catch (error) {
        failures.push(`${scenario.name}: ${(error as Error).message}`);
      }
      latencies.push({ at: (performance.now() - trafficStart) / 1000, ms: performance.now() - t0 });
    }
  }),
);
clearInterval(sampler);
clearInterval(stepper);
samples.push(await sample());
const final = await finalPrune();
await server.stop();
await store.close();
await database.drop();
report();

/** The soak server in its own process; the prunes it announces are kept in `prunes`. */
async function startSoakServer(db: string) {
  const args = ['--db', db, '--prune-ms', String(PRUNE_EVERY_MS), '--admin-token', token, ...(values['break-pruning'] ? ['--break-pruning'] : [])];
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'apps/reliability/src/soak-server.ts'), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let pending = '';
  const ready = await new Promise<{ origin: string }>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-64 * 1024);
      const found = /soak server on (\S+)/.exec(output);
      if (found) resolve({ origin: found[1]! });
    };
    child.stdout.on('data', (chunk: Buffer) => {
      read(chunk);
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop()!;
      for (const line of lines) if (line.startsWith('pruned ')) prunes.push(JSON.parse(line.slice('pruned '.length)) as Prune);
    });
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`the soak server exited (${code}):\n${output}`)));
  });
  return {
    ...ready,
    pid: child.pid!,
    alive: () => child.exitCode === null,
    stop: () => new Promise<void>((resolve) => (child.exitCode === null ? (child.once('exit', () => resolve()), child.kill('SIGTERM')) : resolve())),
  };
}

/** An API's traffic: reads of one resource, the first page and a deep one, creates (some with keys, some repeated), updates, new tokens. */
async function scenariosOf(world: ApiWorld): Promise<Scenario[]> {
  const { api } = world;
  const creates = Math.ceil(seconds * 20);
  const prepared = api.samples.prepareCreates ? await api.samples.prepareCreates(store, world.owner.tenant, creates, systemClock) : [];
  const writes = writesOf(world, prepared);
  if (!writes) return [];
  await addFaults(server.origin, token, api.definition.name, writes, faults);
  const ids = await api.samples.insert(store, world.owner.tenant.scope, { from: 100_000, count: preload }, systemClock);
  const made: string[] = [...ids.slice(0, 50)];
  let n = 2_000_000;
  let reauthorizing: Promise<void> | undefined;
  const reauthorize = () => (reauthorizing ??= world.reauthorize(server.origin).finally(() => (reauthorizing = undefined)));

  /** A request with the owner's credentials; a 401 (its token expired: the clock runs fast) gets a fresh token and one retry. */
  const call = async (method: string, path: string, body?: { op: NamedOperation; value: unknown }, key?: string) => {
    for (let attempt = 0; ; attempt++) {
      const headers: Record<string, string> = { ...world.owner.headers };
      if (body) headers['content-type'] = writes.contentType(body.op);
      else delete headers['content-type'];
      if (key) headers['idempotency-key'] = key;
      const response = await fetch(`${server.origin}${path}`, { method, headers, ...(body ? { body: JSON.stringify(body.value) } : {}), signal: AbortSignal.timeout(30_000) });
      const text = await response.text();
      if (response.status === 401 && attempt < 2) {
        await reauthorize();
        continue;
      }
      return { status: response.status, headers: response.headers, text };
    }
  };

  const name = (what: string) => `${api.definition.name} ${what}`;
  const expected = (op: NamedOperation) => documentedSuccess(op.op);
  const list: Scenario[] = [
    { name: name('get'), expected: expected(writes.get), run: async (r) => (await call('GET', writes.pathOf(writes.get, r.pick(made)))).status },
    {
      name: name('create'),
      expected: expected(writes.create),
      async run(r) {
        const { body } = writes.createBody(++n, r);
        if (body === undefined) return undefined;
        // Half with an Idempotency-Key where the API takes one: keys pile up unless expired ones are pruned.
        const key = writes.idempotent && r.chance(0.5) ? `soak-${n}` : undefined;
        const answer = await call('POST', writes.pathOf(writes.create, ''), { op: writes.create, value: body }, key);
        const id = answer.status < 300 ? writes.idOf({ headers: answer.headers, json: JSON.parse(answer.text || 'null') }) : undefined;
        if (id) made.push(id);
        if (made.length > 5_000) made.splice(0, 1_000);
        return answer.status;
      },
    },
    // A new token: `authorize` throws unless the token endpoint answers as documented.
    { name: name('token'), expected: [], run: async () => void (await reauthorize()) },
  ];
  if (writes.update) {
    const update = writes.update;
    list.push({
      name: name('update'),
      expected: expected(update),
      run: async (r) => (await call(update.op.method, writes.pathOf(update, r.pick(made)), { op: update, value: writes.updateBody(++n, r).body })).status,
    });
  }
  if (writes.list) {
    const path = writes.pathOf(writes.list, '');
    const query = writes.list.op.request?.query?.properties ?? {};
    const deep = 'offset' in query ? `offset=${preload - 10}` : 'starting_after' in query ? `starting_after=${encodeURIComponent(ids[10]!)}` : undefined;
    const pages = expected(writes.list);
    list.push({ name: name('first page'), expected: pages, run: async () => (await call('GET', `${path}?limit=10`)).status });
    if (deep) list.push({ name: name('deep page'), expected: pages, run: async () => (await call('GET', `${path}?limit=10&${deep}`)).status });
  }
  return list;
}

/**
 * What a prune should have taken: rows below the cutoffs of the prune before the last one announced.
 * Not the last one's: a request that read the clock before a prune may commit its token or key
 * after it; the next prune takes that (the clock moves a few hours a step, less than a token's grace
 * or a key's day, so only a request spanning several steps could still be missed).
 */
function overdueQuery(cut: Prune | undefined): string {
  if (!cut) return 'select 0 as n';
  return `select (select count(*) from credentials where expires_at < ${cut.credentialsBefore}) + (select count(*) from idempotency_keys where expires_at < ${cut.keysBefore}) as n`;
}

/** Resident memory, the WAL's size, and how many tokens and idempotency keys the database holds (and how many are overdue for pruning). */
async function sample(): Promise<Sample> {
  const counts = await countAll({ ...HELD, overdue: overdueQuery(prunes.at(-2)) });
  const wal = database.sqlitePath && existsSync(`${database.sqlitePath}-wal`) ? statSync(`${database.sqlitePath}-wal`).size : 0;
  return { at: elapsed(), rss: residentBytes(server.pid) ?? 0, wal, ...counts };
}

/**
 * The end of the run, with no traffic: the clock moves past every token's expiry and grace and
 * every key's day; once a prune that read the clock after the move has committed, nothing below
 * its cutoffs may be left.
 */
async function finalPrune(): Promise<{ ran: boolean; left: number }> {
  const moved = (await admin(server.origin, token, 'POST', '/clock', { advance: FINAL_ADVANCE_MS }, 200)) as { now: string };
  const now = Date.parse(moved.now);
  const after = () => prunes.find((p) => p.keysBefore >= now);
  // Prunes come every PRUNE_EVERY_MS; the limit only ends a run whose server has stopped pruning.
  const deadline = performance.now() + 30 * PRUNE_EVERY_MS;
  while (!after() && performance.now() < deadline && server.alive()) await new Promise((resolve) => setTimeout(resolve, 50));
  const prune = after();
  return prune ? { ran: true, left: (await countAll({ left: overdueQuery(prune) })).left } : { ran: false, left: 0 };
}

async function countAll<K extends string>(queries: Record<K, string>): Promise<Record<K, number>> {
  const out = {} as Record<K, number>;
  if (database.sqlitePath) {
    const sqlite = new Database(database.sqlitePath, { readonly: true, fileMustExist: true });
    for (const [key, sql] of Object.entries(queries) as [K, string][]) out[key] = Number((sqlite.prepare(sql).get() as { n: number }).n);
    sqlite.close();
    return out;
  }
  return withPostgres(database.url, async (client) => {
    for (const [key, sql] of Object.entries(queries) as [K, string][]) out[key] = Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
    return out;
  });
}

/** Least-squares slope of `y` over `x`. */
function slope(points: readonly [number, number][]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const num = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const den = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return den ? num / den : 0;
}

function report() {
  const MB = 1024 * 1024;
  const traffic = samples.filter((s) => s.at >= WARM_UP_S);
  const measured = traffic.length ? traffic : samples;
  const rssSlope = slope(measured.map((s) => [s.at / 60, s.rss / MB]));
  const minutes = (measured.at(-1)!.at - measured[0]!.at) / 60;
  const rssMedian = [...measured].map((s) => s.rss).sort((a, b) => a - b)[Math.floor(measured.length / 2)]! / MB;
  const growth = rssSlope * minutes;
  const walMax = Math.max(...samples.map((s) => s.wal)) / MB;
  const overdue = Math.max(...samples.map((s) => s.overdue));
  const deleted = { tokens: prunes.reduce((n, p) => n + p.credentials, 0), keys: prunes.reduce((n, p) => n + p.idempotencyKeys, 0) };
  const unexpected = answers.unexpectedCount();
  const firstRows = measured[0]!;
  const lastRows = measured.at(-1)!;

  // Latency by window after warm-up.
  const windows = 6;
  const span = (seconds - WARM_UP_S) / windows;
  const byWindow = Array.from({ length: windows }, (_, w) => {
    const ms = latencies.filter((l) => l.at >= WARM_UP_S + w * span && l.at < WARM_UP_S + (w + 1) * span).map((l) => l.ms).sort((a, b) => a - b);
    return { count: ms.length, p50: percentile(ms, 0.5), p99: percentile(ms, 0.99) };
  });
  const first = byWindow.find((w) => w.count) ?? { p50: 0, p99: 0, count: 0 };
  const last = [...byWindow].reverse().find((w) => w.count) ?? first;

  const judgeTime = minutes >= JUDGE_MINUTES;
  const checks: [string, boolean][] = [
    [
      `no failed request (${failures.length + unexpected} failed of ${latencies.length}: ${unexpected} answered other than their operation documents, ${failures.length} errors)`,
      failures.length + unexpected === 0,
    ],
    // A few minutes cannot tell a leak from caches still filling (V8's heap, SQLite's pages, the kernel's): shorter runs report the slope only.
    judgeTime
      ? [`resident memory flat after warm-up: slope ${rssSlope.toFixed(2)} MB/min over ${minutes.toFixed(1)} min (${growth.toFixed(1)} MB; median ${rssMedian.toFixed(0)} MB)`, growth < Math.max(16, rssMedian * 0.1)]
      : [`resident memory not judged (${minutes.toFixed(1)} min measured, under ${JUDGE_MINUTES}): slope ${rssSlope.toFixed(2)} MB/min (${growth.toFixed(1)} MB; median ${rssMedian.toFixed(0)} MB)`, true],
    ...(driver === 'sqlite' ? ([[`SQLite WAL bounded: at most ${walMax.toFixed(1)} MB`, walMax <= 128]] as [string, boolean][]) : []),
    // What is stored follows the traffic (more requests, more live keys); what has expired must not stay.
    [
      `expired tokens and idempotency keys pruned, not piling up: at most ${overdue} overdue at any sample (held: ${firstRows.expiring} → ${lastRows.expiring} tokens that expire, ${firstRows.keys} → ${lastRows.keys} idempotency keys); ` +
        `${prunes.length} prunes deleted ${deleted.tokens} tokens and ${deleted.keys} keys; ` +
        (final.ran ? `${final.left} left after the clock moved ${FINAL_ADVANCE_MS / 3600_000} h more and a prune ran` : `no prune ran after the clock moved ${FINAL_ADVANCE_MS / 3600_000} h more`),
      overdue === 0 && final.ran && final.left === 0 && deleted.tokens > 0 && deleted.keys > 0,
    ],
    // Against the run's own first window; a short run on a shared machine cannot tell load from a regression.
    judgeTime
      ? [`latency stable: p99 ${first.p99.toFixed(1)} ms in the first window after warm-up, ${last.p99.toFixed(1)} ms in the last`, last.p99 <= first.p99 * 2 + 20]
      : [`latency not judged (${minutes.toFixed(1)} min measured, under ${JUDGE_MINUTES}): p99 ${first.p99.toFixed(1)} ms in the first window after warm-up, ${last.p99.toFixed(1)} ms in the last`, true],
  ];
  console.log('\n== soak results');
  console.log(`${latencies.length.toLocaleString('en')} requests in ${seconds} s (${Math.round(latencies.length / seconds)}/s); statuses ${answers.statuses()}; server clock moved ${clockSteps} × ${clockStepHours} h`);
  console.log(`latency by window after ${WARM_UP_S.toFixed(0)} s of warm-up: ${byWindow.map((w) => `p50 ${w.p50.toFixed(1)} / p99 ${w.p99.toFixed(1)} ms`).join(' | ')}`);
  console.log(`memory samples (MB): ${samples.map((s) => (s.rss / MB).toFixed(0)).join(' ')}`);
  for (const [what, ok] of checks) console.log(`${ok ? '✓' : '✗'} ${what}`);
  for (const failure of [...answers.unexpected().map((line) => `unexpected answer: ${line}`), ...failures].slice(0, 10)) console.log(`  ✗ ${failure}`);
  const failed = checks.some(([, ok]) => !ok);
  console.log(`soak: ${failed ? 'FAILED' : 'ok'}`);
  process.exitCode = failed ? 1 : 0;
}
