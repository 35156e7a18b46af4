// pnpm --filter @clientele/bench log-writer [--requests N] [--passes N] [--batch N] [--backlog]
// [--customers N] [--cpu-profile FILE]: the request log's writer alone (entries made, redacted,
// stored in a SQLite file of their own, pruned), fed what a server recorded of real Balanced gets:
// CPU time per entry, in figures the HTTP path's noise does not reach, and the longest turns of the
// event loop it takes (what a request arriving meanwhile waits, where the log is written on the
// request thread). Each pass writes fresh copies (a request brings its own strings), a write a
// turn, as the server's queue does: spread over turns as with nothing else waiting, or in one turn
// each as behind a backlog (`--backlog`). The gets go round `--customers` customers (50: the log's
// memory of recent texts finds most answers again; as many as the requests: none, as when a test
// suite reads what it has just made). `--cpu-profile` writes a profile of the passes (DevTools opens it).
import { Agent, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { buildApp } from '@clientele/server/app';
import { serverApis } from '@clientele/server/apis';
import { logWriter, type Recorded } from '@clientele/server/log-writer';
import { recordedOf } from '@clientele/server/request-log';
import { openStore } from '@clientele/store';

const { values } = parseArgs({
  options: { requests: { type: 'string', default: '3200' }, passes: { type: 'string', default: '20' }, batch: { type: 'string', default: '32' }, backlog: { type: 'boolean', default: false }, customers: { type: 'string', default: '50' }, 'cpu-profile': { type: 'string' } },
});
const requests = Number(values.requests);
const batchSize = Number(values.batch);
const TOKEN = 'bench-admin-token-0123456789';

const dir = mkdtempSync(join(tmpdir(), 'clientele-log-writer-'));
const store = await openStore(join(dir, 'log-writer.db'));
await store.migrate();

/** What the request log records of each get (as `requestLog.record` does), its own log off. */
const recorded: Recorded[] = [];
const app = await buildApp({ store, apis: serverApis, sandbox: { adminToken: TOKEN, requestLogLimit: 0 }, pruneEveryMs: false });
app.addHook('onSend', (request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (error: null, payload: unknown) => void) => {
  if (request.method === 'GET' && request.url.startsWith('/balanced/')) {
    const state = { api: 'balanced', startNs: process.hrtime.bigint(), logged: true, serialized: true };
    recorded.push(recordedOf(request, reply, payload, { state, status: reply.statusCode, atUs: Date.now() * 1000, instance: 'bench' }));
  }
  done(null, payload);
});
await app.listen({ port: 0, host: '127.0.0.1' });
const port = (app.server.address() as AddressInfo).port;
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function call(method: string, path: string, authorization: string, body?: unknown): Promise<any> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const type = payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) };
  return new Promise((resolve, reject) => {
    const req = httpRequest({ agent, host: '127.0.0.1', port, method, path, headers: { authorization, 'user-agent': 'clientele-bench', accept: 'application/json', ...type } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString() || 'null')));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

const tenant = await call('POST', '/_clientele/tenants', `Bearer ${TOKEN}`, { api: 'balanced' });
const auth = `Basic ${Buffer.from(`${tenant.credentials.api_key_secret}:`).toString('base64')}`;
const ids: string[] = [];
for (let i = 0; i < Number(values.customers); i++) ids.push((await call('POST', '/balanced/v1/customers', auth, { name: `Customer ${i}`, email_address: `c${i}@example.org`, meta: { index: i } })).id);
for (let i = 0; i < requests; i++) await call('GET', `/balanced/v1/customers/${ids[i % ids.length]}`, auth);
agent.destroy();
await app.close();

const writer = logWriter(store, 1000, (error) => {
  throw error;
});
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
/** Times every turn of the event loop while `work` runs: each gap is how long a request arriving then would wait. */
async function turnsDuring(work: () => Promise<void>): Promise<number[]> {
  const gaps: number[] = [];
  let last = performance.now();
  let running = true;
  const tick = () => {
    const now = performance.now();
    gaps.push(now - last);
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  await work();
  running = false;
  await nextTurn();
  return gaps;
}

const profiler = values['cpu-profile'] === undefined ? undefined : new Session();
if (profiler) {
  profiler.connect();
  await profiler.post('Profiler.enable');
  await profiler.post('Profiler.start');
}
const perEntry: number[] = [];
const gaps: number[] = [];
const passes = Number(values.passes);
for (let pass = 0; pass < passes; pass++) {
  // Fresh strings, as each request brings its own: remembered texts are found by content, not identity.
  const entries = JSON.parse(JSON.stringify(recorded)) as Recorded[];
  const before = process.cpuUsage();
  const turns = await turnsDuring(async () => {
    for (let at = 0; at < entries.length; at += batchSize) {
      // As the server writes with nothing else waiting (spread over turns), or behind a backlog.
      await writer.write(entries.slice(at, at + batchSize), !values.backlog);
      await nextTurn();
    }
  });
  const cpu = process.cpuUsage(before);
  // The first two passes warm the JIT and the file.
  if (pass < 2) continue;
  perEntry.push((cpu.user + cpu.system) / entries.length);
  gaps.push(...turns);
}
if (profiler) writeFileSync(values['cpu-profile']!, JSON.stringify((await profiler.post('Profiler.stop')).profile));
await writer.close();
await store.close();
rmSync(dir, { recursive: true, force: true });
perEntry.sort((a, b) => a - b);
gaps.sort((a, b) => a - b);
/** The turns a request arriving then would wait more than 10 ms for (a checkpoint's fsyncs, on the request thread). */
const long = gaps.filter((ms) => ms > 10);
const gap = (q: number) => gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))]!.toFixed(2);
console.log(
  `the request log's writer, ${recorded.length} Balanced gets of ${ids.length} customers in writes of ${batchSize}: CPU µs per entry, median ${perEntry[Math.floor(perEntry.length / 2)]!.toFixed(1)} (min ${perEntry[0]!.toFixed(1)}, max ${perEntry.at(-1)!.toFixed(1)}) over ${perEntry.length} passes;\n  turns of the event loop meanwhile (ms): p50 ${gap(0.5)}, p90 ${gap(0.9)}, p99 ${gap(0.99)}, longest ${gap(1)}; over 10 ms: ${long.length}, ${long.reduce((sum, ms) => sum + ms, 0).toFixed(0)} ms in all`,
);
