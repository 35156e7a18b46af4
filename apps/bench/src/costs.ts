// pnpm --filter @clientele/bench costs [--db postgres://…] [--requests N] [--rounds N]: what one
// Balanced request costs the server, in figures the machine's load does not move: CPU time per
// request (this process's, the client's included: one connection on loopback, request log on and
// off interleaved) and, on PostgreSQL, statements sent per request and the round trips they took
// (the pg client counted; a statement pipelined behind an unanswered one shares its round trip), the
// request log's writes included.
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
import { recordStatements } from '@clientele/store/testing';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    requests: { type: 'string', default: '400' },
    rounds: { type: 'string', default: '3' },
    scenario: { type: 'string', multiple: true },
    log: { type: 'string', default: 'both' },
  },
});
const requests = Number(values.requests);
const rounds = Number(values.rounds);
const TOKEN = 'bench-admin-token-0123456789';

async function freshPostgres(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
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
    drop: async () => {
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

interface Server {
  readonly app: FastifyInstance;
  readonly port: number;
  readonly auth: string;
  readonly ids: string[];
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
function call(port: number, method: string, path: string, authorization: string, body?: unknown): Promise<{ status: number; json: any }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { agent, host: '127.0.0.1', port, method, path, headers: { authorization, ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode!, json: text ? JSON.parse(text) : undefined });
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

const scenarios: Record<string, (s: Server, i: number) => Promise<unknown>> = {
  get: (s, i) => call(s.port, 'GET', `/balanced/v1/customers/${s.ids[i % s.ids.length]}`, s.auth),
  list_first: (s) => call(s.port, 'GET', '/balanced/v1/customers?limit=10', s.auth),
  create,
  update: (s, i) => call(s.port, 'PUT', `/balanced/v1/customers/${s.ids[i % s.ids.length]}`, s.auth, { name: `Renamed ${i}` }),
};

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
  const on = await server(await open(), 1000);
  const off = await server(await open(), 0);
  const totals: Record<string, { cpu: number[]; statements: number[]; roundTrips: number[] }> = {};
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(scenarios).filter(([key]) => !values.scenario || values.scenario.includes(key))) {
      for (const [label, s] of ([['log on', on], ['log off', off]] as const).filter(([label]) => values.log === 'both' || label === `log ${values.log}`)) {
        const sentBefore = counted?.sent.length ?? 0;
        const tripsBefore = counted?.roundTrips() ?? 0;
        const cpuBefore = process.cpuUsage();
        for (let i = 0; i < requests; i++) await run(s, i);
        await s.app.clienteleSandbox.flush();
        const cpu = process.cpuUsage(cpuBefore);
        const row = (totals[`${name} ${label}`] ??= { cpu: [], statements: [], roundTrips: [] });
        row.cpu.push((cpu.user + cpu.system) / requests);
        row.statements.push(((counted?.sent.length ?? 0) - sentBefore) / requests);
        row.roundTrips.push(((counted?.roundTrips() ?? 0) - tripsBefore) / requests);
      }
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`${values.db?.startsWith('postgres') ? 'postgres' : 'sqlite'}: ${requests} sequential requests × ${rounds} rounds, interleaved`);
  console.log('scenario            CPU µs/request (median)   statements/request   round trips/request');
  for (const [name, row] of Object.entries(totals)) {
    console.log(`${name.padEnd(20)}${median(row.cpu).toFixed(0).padStart(10)}${median(row.statements).toFixed(2).padStart(26)}${median(row.roundTrips).toFixed(2).padStart(22)}`);
  }
  for (const name of Object.keys(scenarios)) {
    if (!totals[`${name} log on`] || !totals[`${name} log off`]) continue;
    const ratio = median(totals[`${name} log on`]!.cpu) / median(totals[`${name} log off`]!.cpu);
    console.log(`${name}: log on costs ${((ratio - 1) * 100).toFixed(0)}% more CPU than log off`);
  }
  agent.destroy();
  await on.app.close();
  await off.app.close();
  for (const store of stores) await store.close();
  await pgDb?.drop();
  rmSync(dir, { recursive: true, force: true });
}

await main();
