// pnpm fuzz: hostile input for every registered API, read off its emitted OpenAPI document, against
// the real server on a fresh database. Every answer must be one the spec documents; nobody else's
// data may be reached or changed; no secret may be echoed, logged or stored in clear.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { serverApis } from '@clientele/server/apis';
import { systemClock } from '@clientele/server/platform';
import { admin } from './admin.ts';
import { adminWorld } from './admin-world.ts';
import { generate, KIND_NAMES, type FuzzRequest } from './cases.ts';
import { httpClient, rawExchange, Unsendable } from './http.ts';
import { judge } from './judge.ts';
import { replayable } from './replay.ts';
import { plaintextSecrets } from './secrets.ts';
import { buildServer, freshDatabase, startTarget, storeOf, type DriverName } from './target.ts';
import { buildWorld, snapshot, type Caller, type FuzzWorld } from './world.ts';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    api: { type: 'string', multiple: true },
    db: { type: 'string', default: 'sqlite' },
    connections: { type: 'string', default: '16' },
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
  },
});

const perApi = values.quick ? 2_000 : Number(values.requests);
const seed = Number(values.seed);
const connections = Number(values.connections);
const driver = values.db as DriverName;
const only = values.only === undefined ? undefined : Number(values.only);
const apis = values.api ? serverApis.filter((api) => values.api!.includes(api.definition.name)) : serverApis;
/** The admin API (`/_clientele`) is fuzzed after the providers: its resets, imports and clock would change their data. */
const withAdmin = !values.api || values.api.includes('admin');
if (values.api && apis.length + Number(withAdmin) !== values.api.length) {
  throw new Error(`unknown API among ${values.api.join(', ')}; known: ${[...serverApis.map((a) => a.definition.name), 'admin'].join(', ')}`);
}

/** How many failures are printed in full per API (all are counted). */
const SHOWN = 10;
const TIMEOUT_MS = 30_000;
/** Requests per set of the owner's data. */
const EPOCH = 500;

interface ApiResult {
  readonly api: string;
  sent: number;
  unsendable: number;
  violations: number;
  readonly shown: string[];
  readonly statuses: Map<number, number>;
  readonly kinds: Map<string, number>;
  seconds: number;
}

const count = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

console.log(`clientele fuzz: ${only === undefined ? `${perApi.toLocaleString('en')} requests per API` : `request #${only} only`}, seed ${seed}, ${connections} connections, ${driver}`);
buildServer();
const database = await freshDatabase(driver);
// Every request logged, so the scan of the log for secrets sees what a request log would hold.
const adminToken = `fuzz_admin_${randomBytes(24).toString('hex')}`;
const target = await startTarget(database.url, ['--log-requests', '--admin-token', adminToken]);
// Events are delivered to the URLs requests register: only to this machine, so no attempt waits on
// a host this run cannot reach (a URL elsewhere is refused when registered, a 400 naming it).
await admin(target.origin, adminToken, 'PUT', '/webhook-targets', { targets: ['127.0.0.1'] }, 200);
const store = await storeOf(database.url);
const results: ApiResult[] = [];
const logLeaks = new Set<string>();
const allSecrets = new Set<string>();
let logged = '';
target.onOutput((chunk) => {
  // Chunks may split a secret: scan with the end of the previous one.
  const text = logged + chunk;
  for (const secret of allSecrets) if (text.includes(secret)) logLeaks.add(secret.slice(0, 6));
  logged = chunk.slice(-256);
});

try {
  for (const api of apis) results.push(await fuzzApi(await buildWorld(api, store, target.origin)));
  const names = serverApis.map((api) => api.definition.name);
  if (withAdmin) results.push(await fuzzApi(await adminWorld(target.origin, adminToken, names, allSecrets)));
} finally {
  await target.terminate();
}
const stored = await plaintextSecrets(database, allSecrets);
await store.close();
await database.drop();
report();

async function fuzzApi(world: FuzzWorld): Promise<ApiResult> {
  for (const secret of world.secrets) allSecrets.add(secret);
  const result: ApiResult = { api: world.name, sent: 0, unsendable: 0, violations: 0, shown: [], statuses: new Map(), kinds: new Map(), seconds: 0 };
  const prepared = world.samples.prepareCreates ? await world.samples.prepareCreates(store, world.owner.tenant, 2_000, systemClock) : [];
  const idsByCaller = new Map(
    [world.owner, ...world.others].map((caller) => [caller.label, [...caller.ids, ...Object.values(caller.params), ...Object.values(caller.disposable)]]),
  );
  const foreignIds = world.others.flatMap((caller) => idsByCaller.get(caller.label)!);
  // Valid deletes and updates wear the owner's data out: every EPOCH requests address fresh data.
  const owners = new Map<number, Promise<Caller>>([[0, Promise.resolve(world.owner)]]);
  const ownerFor = (index: number) => {
    const epoch = Math.floor(index / EPOCH);
    let owner = owners.get(epoch);
    if (!owner) {
      owners.set(epoch, (owner = world.freshOwner(10_000 + epoch * 10)));
      void owner.then((fresh) => idsByCaller.get(fresh.label)!.push(...fresh.ids, ...Object.values(fresh.params), ...Object.values(fresh.disposable)));
    }
    return owner;
  };
  // The server delivers events by itself (the sample customers' webhooks): moving the clock by nothing
  // plays every delivery due now and answers once they are made, so what another tenant holds is
  // settled before it is read, and only a request could change it during the run.
  await admin(target.origin, adminToken, 'POST', '/clock', { advance: 0 }, 200);
  const before = await Promise.all(world.others.map((caller) => snapshot(world, target.origin, caller)));
  const client = httpClient(target.origin, { connections, timeoutMs: TIMEOUT_MS });
  const started = performance.now();
  let next = only ?? 0;
  const last = only === undefined ? perApi : only + 1;
  let reauthorizedAt = started;

  const violate = (request: FuzzRequest | undefined, problems: string[]) => {
    result.violations++;
    if (result.shown.length < SHOWN) result.shown.push(`${problems.join('; ')}\n${request ? replayable(request, world.name, target.origin, seed) : ''}`);
  };

  async function worker() {
    while (next < last) {
      const index = next++;
      // OAuth tokens last an hour: fresh ones every ten minutes.
      if (performance.now() - reauthorizedAt > 10 * 60_000) {
        reauthorizedAt = performance.now();
        await world.reauthorize();
        for (const secret of world.secrets) allSecrets.add(secret);
      }
      const request = generate({ world, owner: await ownerFor(index), prepared, foreignIds }, seed, index);
      let answer;
      try {
        answer = request.raw ? await rawExchange(target.origin, request.raw, TIMEOUT_MS) : await client.send(request);
      } catch (error) {
        if (!(error instanceof Unsendable)) throw error;
        result.unsendable++;
        continue;
      }
      result.sent++;
      count(result.statuses, answer.status);
      count(result.kinds, request.kind);
      const problems = judge(world, request, answer, target.origin, idsByCaller);
      if (problems.length) violate(request, [...problems, `(the answer: ${answer.status} ${answer.text.slice(0, 200)})`]);
    }
  }
  await Promise.all(Array.from({ length: connections }, worker));
  result.seconds = (performance.now() - started) / 1000;
  client.close();

  // What the other callers owned before the run reads back the same after it.
  await world.reauthorize();
  const after = await Promise.all(world.others.map((caller) => snapshot(world, target.origin, caller)));
  world.others.forEach((caller, i) => {
    for (const [path, seen] of before[i]!) {
      const now = after[i]!.get(path);
      if (now !== seen) violate(undefined, [`${caller.label}'s ${path} changed during the run:\n  before: ${seen.slice(0, 300)}\n  after:  ${now?.slice(0, 300)}`]);
    }
  });
  if (!target.alive()) violate(undefined, ['the server exited during the run']);
  const rate = Math.round(result.sent / result.seconds);
  console.log(`${world.name}: ${result.sent.toLocaleString('en')} requests in ${result.seconds.toFixed(0)} s (${rate}/s), ${result.violations} violation(s)`);
  return result;
}

function report() {
  console.log('\n== fuzz results');
  let failed = false;
  for (const r of results) {
    const statuses = [...r.statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ');
    const kinds = KIND_NAMES.map((k) => `${k} ${r.kinds.get(k) ?? 0}`).join(', ');
    console.log(`${r.api}: ${r.sent.toLocaleString('en')} requests, ${r.violations} violations (${r.unsendable} not sendable by Node's client, skipped)`);
    console.log(`  statuses: ${statuses}`);
    console.log(`  kinds: ${kinds}`);
    for (const shown of r.shown) console.log(`  ✗ ${shown.replaceAll('\n', '\n    ')}`);
    if (r.violations) failed = true;
    if (only === undefined && r.sent < perApi * 0.99) {
      console.log(`  ✗ only ${r.sent} of ${perApi} requests were sent`);
      failed = true;
    }
  }
  if (logLeaks.size) {
    console.log(`✗ secrets appeared in the server's log (${[...logLeaks].map((s) => `${s}…`).join(', ')})`);
    failed = true;
  } else console.log(`no secret in the server's log (${allSecrets.size} secrets looked for)`);
  if (stored.length) {
    console.log(`✗ secrets stored in clear in the database: ${stored.map((s) => `${s.slice(0, 6)}…`).join(', ')}`);
    failed = true;
  } else console.log('no secret stored in clear in the database');
  const total = results.reduce((sum, r) => sum + r.sent, 0);
  console.log(`fuzz: ${total.toLocaleString('en')} requests over ${results.length} APIs, ${results.reduce((sum, r) => sum + r.violations, 0)} violations: ${failed ? 'FAILED' : 'ok'}`);
  process.exitCode = failed ? 1 : 0;
}
