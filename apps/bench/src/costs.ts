// pnpm --filter @clientele/bench costs [--db postgres://…] [--requests N] [--rounds N] [--api NAME]
// [--compare-shown]: what one Balanced request (or, with --api, one get and first page of that API)
// costs the server (with --compare-shown, the request log off, sending documents' kept text
// against presenting every document, interleaved on one store), in figures the machine's load does not move: CPU time per
// request (this process's, the client's included: one connection on loopback, request log on and
// off interleaved) and, on PostgreSQL, statements sent per request and the round trips they took
// (the pg client counted; a statement pipelined behind an unanswered one shares its round trip), the
// request log's writes included, and the database's own CPU per request (its backends', read from
// /proc where PostgreSQL runs on this machine; in ticks of 10 ms).
import { Agent, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '@clientele/server/app';
import { serverApis } from '@clientele/server/apis';
import { openStore, type Store } from '@clientele/store';
import { recordStatements, rereading, withoutShown } from '@clientele/store/testing';
import type { ServerApi } from '@clientele/server/platform';
import { preloadAll, scenariosOf } from './apis.ts';
import { cpuMsOf } from './processes.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    requests: { type: 'string', default: '400' },
    rounds: { type: 'string', default: '3' },
    scenario: { type: 'string', multiple: true },
    log: { type: 'string', default: 'both' },
    api: { type: 'string' },
    'compare-shown': { type: 'boolean', default: false },
  },
});
const requests = Number(values.requests);
const rounds = Number(values.rounds);
const TOKEN = 'bench-admin-token-0123456789';

async function freshPostgres(adminUrl: string): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const pg = createRequire(createRequire(import.meta.url).resolve('@clientele/store'))('pg') as typeof import('pg');
  const name = `clientele_costs_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

/**
 * The CPU the database's backends on `name` have used so far, by process (Linux, PostgreSQL on this
 * machine); a backend that ends between two readings loses its share. Undefined where none is visible.
 */
async function backendsCpuMs(adminUrl: string, name: string): Promise<Map<number, number> | undefined> {
  const pg = createRequire(createRequire(import.meta.url).resolve('@clientele/store'))('pg') as typeof import('pg');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [name]);
    const cpu = new Map<number, number>();
    for (const { pid } of rows) {
      const ms = cpuMsOf(pid);
      if (ms !== undefined) cpu.set(pid, ms);
    }
    return cpu.size ? cpu : undefined;
  } finally {
    await admin.end();
  }
}

/** CPU ms the backends used between two readings: those still there, and those that came meanwhile, whole. */
const backendsUsed = (before: Map<number, number>, after: Map<number, number>) => [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);

interface Server {
  readonly app: FastifyInstance;
  readonly port: number;
  readonly auth: string;
  readonly ids: string[];
  /** With --api: the API's get and first-page requests (`{id}` a preloaded id) and their headers. */
  readonly shapes?: Readonly<Record<string, { readonly path: string; readonly headers: Record<string, string> }>>;
}

/** The preload of the last server started: one presenting every document serves the same tenant (--compare-shown). */
let preloaded: Awaited<ReturnType<typeof preloadAll>>[number] | undefined;

/** With --api: the API's tenant and 50 sample resources through the store, then its own get and first page. */
async function apiServer(store: Store, requestLog: number, api: ServerApi, keptText = true): Promise<Server> {
  const [loaded] = keptText ? await preloadAll(store, 50, 0, [api]) : [preloaded!];
  preloaded = loaded;
  const served = keptText ? store : rereading(store, undefined, withoutShown);
  const app = await buildApp({ store: served, apis: serverApis, sandbox: { adminToken: TOKEN, requestLogLimit: requestLog }, pruneEveryMs: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  const headers = await api.authorize(loaded!.tenant.credentials, { apiRoot: `http://127.0.0.1:${port}/${api.definition.name}`, fetch });
  const shapes = Object.fromEntries(
    scenariosOf(loaded!, headers)
      .filter((scenario) => scenario.key === 'get' || scenario.key === 'list_first')
      .map((scenario) => [scenario.key, { path: scenario.request.path, headers: { ...scenario.request.headers } }]),
  );
  return { app, port, auth: '', ids: [...loaded!.ids], shapes };
}

async function server(store: Store, requestLog: number): Promise<Server> {
  const app = await buildApp({ store, apis: serverApis, sandbox: { adminToken: TOKEN, requestLogLimit: requestLog }, pruneEveryMs: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  const tenant = await call(port, 'POST', '/_clientele/tenants', `Bearer ${TOKEN}`, { api: 'balanced' });
  const secret = (tenant.json as { credentials: Record<string, string> }).credentials.api_key_secret!;
  const auth = `Basic ${Buffer.from(`${secret}:`).toString('base64')}`;
  const ids: string[] = [];
  for (let i = 0; i < 50; i++) ids.push(await create({ app, port, auth, ids }, i));
  return { app, port, auth, ids };
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** One request on the kept-alive connection: its status and JSON body. */
function call(port: number, method: string, path: string, authorization: string | Record<string, string>, body?: unknown): Promise<{ status: number; json: any }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const given = typeof authorization === 'string' ? { authorization } : authorization;
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { agent, host: '127.0.0.1', port, method, path, headers: { ...given, ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode! >= 400) reject(new Error(`${method} ${path}: ${res.statusCode} ${text}`));
          else resolve({ status: res.statusCode!, json: text ? JSON.parse(text) : undefined });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function create(s: Server, i: number): Promise<string> {
  const res = await call(s.port, 'POST', '/balanced/v1/customers', s.auth, {
    name: `Customer ${i}`,
    email_address: `c${i}-${Math.random().toString(36).slice(2)}@example.org`,
    meta: { index: i },
  });
  if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.json)}`);
  return (res.json as { id: string }).id;
}

/** A request of the API named by --api: its shape with `{id}` the i-th preloaded id. */
const shaped = (key: string) => (s: Server, i: number) => {
  const shape = s.shapes![key]!;
  return call(s.port, 'GET', shape.path.replace('{id}', s.ids[i % s.ids.length]!), shape.headers);
};

const apiScenarios: Record<string, (s: Server, i: number) => Promise<unknown>> = { get: shaped('get'), list_first: shaped('list_first') };

const balancedScenarios: Record<string, (s: Server, i: number) => Promise<unknown>> = {
  get: (s, i) => call(s.port, 'GET', `/balanced/v1/customers/${s.ids[i % s.ids.length]}`, s.auth),
  list_first: (s) => call(s.port, 'GET', '/balanced/v1/customers?limit=10', s.auth),
  create,
  update: (s, i) => call(s.port, 'PUT', `/balanced/v1/customers/${s.ids[i % s.ids.length]}`, s.auth, { name: `Renamed ${i}` }),
};

const namedApi = values.api === undefined ? undefined : serverApis.find((api) => api.definition.name === values.api);
if (values.api !== undefined && !namedApi) throw new Error(`--api: no API named ${values.api} (${serverApis.map((api) => api.definition.name).join(', ')})`);
const scenarios = namedApi ? apiScenarios : balancedScenarios;

async function main() {
  const counted = values.db?.startsWith('postgres') ? recordStatements() : undefined;
  const dir = mkdtempSync(join(tmpdir(), 'clientele-costs-'));
  const pgDb = values.db?.startsWith('postgres') ? await freshPostgres(values.db) : undefined;
  const stores: Store[] = [];
  const open = async () => {
    const store = await openStore(pgDb?.url ?? join(dir, `costs-${stores.length}.db`));
    await store.migrate();
    stores.push(store);
    return store;
  };
  const start = (store: Store, requestLog: number) => (namedApi ? apiServer(store, requestLog, namedApi) : server(store, requestLog));
  const compare = values['compare-shown'];
  if (compare && !namedApi) throw new Error('--compare-shown needs --api');
  const on = await start(await open(), compare ? 0 : 1000);
  // Compared: the same store and tenant, read with the kept text hidden (every document presented).
  const off = compare ? await apiServer(stores[0]!, 0, namedApi!, false) : await start(await open(), 0);
  const totals: Record<string, { cpu: number[]; statements: number[]; roundTrips: number[]; database: number[] }> = {};
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(scenarios).filter(([key]) => !values.scenario || values.scenario.includes(key))) {
      const pair = compare ? ([['kept text', on], ['presented', off]] as const) : ([['log on', on], ['log off', off]] as const);
      // Each side first every other round: the side run second runs warmer.
      const sides = round % 2 ? [...pair].reverse() : pair;
      for (const [label, s] of sides.filter(([label]) => compare || values.log === 'both' || label === `log ${values.log}`)) {
        const sentBefore = counted?.sent.length ?? 0;
        const tripsBefore = counted?.roundTrips() ?? 0;
        const backendsBefore = pgDb && (await backendsCpuMs(values.db!, pgDb.name));
        const cpuBefore = process.cpuUsage();
        for (let i = 0; i < requests; i++) await run(s, i);
        await s.app.clienteleSandbox.flush();
        const cpu = process.cpuUsage(cpuBefore);
        const backendsAfter = pgDb && (await backendsCpuMs(values.db!, pgDb.name));
        const row = (totals[`${name} ${label}`] ??= { cpu: [], statements: [], roundTrips: [], database: [] });
        row.cpu.push((cpu.user + cpu.system) / requests);
        if (backendsBefore && backendsAfter) row.database.push((backendsUsed(backendsBefore, backendsAfter) * 1000) / requests);
        row.statements.push(((counted?.sent.length ?? 0) - sentBefore) / requests);
        row.roundTrips.push(((counted?.roundTrips() ?? 0) - tripsBefore) / requests);
      }
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`${values.db?.startsWith('postgres') ? 'postgres' : 'sqlite'}, ${namedApi?.definition.name ?? 'balanced'}: ${requests} sequential requests × ${rounds} rounds, interleaved`);
  console.log('scenario            CPU µs/request (median)   statements/request   round trips/request   database CPU µs/request');
  for (const [name, row] of Object.entries(totals)) {
    const database = row.database.length ? median(row.database).toFixed(0) : '–';
    console.log(`${name.padEnd(20)}${median(row.cpu).toFixed(0).padStart(10)}${median(row.statements).toFixed(2).padStart(26)}${median(row.roundTrips).toFixed(2).padStart(22)}${database.padStart(26)}`);
  }
  for (const name of Object.keys(scenarios)) {
    if (!totals[`${name} log on`] || !totals[`${name} log off`]) continue;
    const ratio = median(totals[`${name} log on`]!.cpu) / median(totals[`${name} log off`]!.cpu);
    console.log(`${name}: log on costs ${((ratio - 1) * 100).toFixed(0)}% more CPU than log off`);
  }
  for (const name of Object.keys(scenarios)) {
    if (!totals[`${name} kept text`] || !totals[`${name} presented`]) continue;
    const ratio = median(totals[`${name} kept text`]!.cpu) / median(totals[`${name} presented`]!.cpu);
    console.log(`${name}: kept text costs ${((ratio - 1) * 100).toFixed(0)}% CPU against presenting every document`);
  }
  agent.destroy();
  await on.app.close();
  await off.app.close();
  for (const store of stores) await store.close();
  await pgDb?.drop();
  rmSync(dir, { recursive: true, force: true });
}

await main();
