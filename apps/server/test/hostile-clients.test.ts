import { spawn } from 'node:child_process';
import { connect, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { openPostgres, requestLogPath, type Store } from '@clientele/store';
import { throwawayDatabase, withPostgres } from '@clientele/store/testing';
import { serverApis } from '../src/apis/index.ts';
import { buildApp } from '../src/app.ts';
import { manualClock } from '../src/platform/clock.ts';
import { EXPIRED_CREDENTIAL_GRACE_MS, pruneExpired } from '../src/platform/prune.ts';
import { describeEachDriver, drivers, postgres } from './support/drivers.ts';
import { dwollaAccount } from './support/dwolla.ts';
import { basic, firstResponse, raw } from './support/http.ts';
import { bundles, spawnServer } from './support/process.ts';
import { tcpProxy } from './support/proxy.ts';
import { startServer, type TestServer } from './support/server.ts';
import { specValidator } from './support/spec.ts';

const balancedSpec = specValidator('balanced');

/**
 * A connection that writes `data` and then nothing more; `closed` resolves once the connection is
 * gone, with what the server sent and whether the server ended it gracefully (FIN, not a reset).
 */
function stalledClient(origin: string, data: string): { socket: Socket; closed: Promise<string>; ended: Promise<{ text: string; byServer: boolean }> } {
  const { hostname, port } = new URL(origin);
  const socket = connect(Number(port), hostname);
  const chunks: Buffer[] = [];
  let byServer = false;
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  socket.on('end', () => (byServer = true));
  socket.on('error', () => {});
  const ended = new Promise<{ text: string; byServer: boolean }>((resolve) =>
    socket.on('close', () => resolve({ text: Buffer.concat(chunks).toString('latin1'), byServer })),
  );
  if (data) socket.write(data);
  return { socket, closed: ended.then(({ text }) => text), ended };
}

/**
 * Clients a production HTTP server meets: too slow, gone in the middle, holding connections open
 * across a shutdown; and a database that hangs. Short limits here; the defaults are in
 * platform/connections.ts.
 */
describeEachDriver('hostile clients', (driver) => {
  let server: TestServer;
  let key: Record<string, string>;
  const total = async () => (await raw(`${server.origin}/balanced/v1/customers?limit=1`, { headers: key })).json.total as number;

  beforeAll(async () => {
    server = await startServer(driver, { limits: { headersTimeoutMs: 400, requestTimeoutMs: 800, checkEveryMs: 50 } });
    key = { authorization: basic((await server.tenant('balanced')).api_key_secret!) };
  });
  afterAll(() => server.close());

  it('slow headers time out (408, Connection: close) without holding up anyone else', async () => {
    // Half send the start of their headers, half send nothing at all: each one is answered.
    const slow = Array.from({ length: 20 }, (_, i) => stalledClient(server.origin, i % 2 ? 'GET /balanced/v1/customers HTTP/1.1\r\nHost: x\r\n' : ''));
    // The server answers others meanwhile.
    expect((await raw(`${server.origin}/balanced/v1/customers`, { headers: key })).status).toBe(200);
    const seen = await Promise.all(
      slow.map(async ({ ended }) => {
        const { text, byServer } = await ended;
        const res = firstResponse(text);
        return { status: res.status, connection: res.headers.connection, message: res.json?.message, byServer };
      }),
    );
    const timedOut = { status: 408, connection: 'close', message: 'The request was not received in time.', byServer: true };
    expect(seen).toEqual(slow.map(() => timedOut));
  });

  it("a slow body times out with a 408 in the API's envelope, and nothing is created", async () => {
    const before = await total();
    const { closed } = stalledClient(
      server.origin,
      `POST /balanced/v1/customers HTTP/1.1\r\nHost: x\r\nAuthorization: ${key.authorization}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"name":`,
    );
    const res = firstResponse(await closed);
    expect([res.status, res.headers.connection]).toEqual([408, 'close']);
    expect(balancedSpec.schemaErrors('Error', res.json)).toEqual([]);
    expect(await total()).toBe(before);
  });

  it('a client that goes away in the middle of its body leaves nothing half-written', async () => {
    const before = await total();
    const { socket, closed } = stalledClient(
      server.origin,
      `POST /balanced/v1/customers HTTP/1.1\r\nHost: x\r\nAuthorization: ${key.authorization}\r\nContent-Type: application/json\r\nContent-Length: 60\r\n\r\n{"name":"Half","email_address":"half@`,
    );
    socket.destroy();
    await closed;
    expect(await total()).toBe(before);
    expect((await raw(`${server.origin}/balanced/v1/customers`, { headers: key })).json.items.map((c: { name: string }) => c.name)).not.toContain('Half');
  });
});

describe('SIGTERM', () => {
  it('closes idle connections at once, finishes the request in progress (Connection: close), commits it, then exits 0', async () => {
    const server = await spawnServer(`sqlite://${process.env.TMPDIR ?? '/tmp'}/clientele-sigterm-${process.pid}-${Date.now()}.sqlite`, ['--log-requests']);
    const secret = server.dev!.api_key_secret!;
    // A connection that never sends a request, and one kept alive after a request.
    const idle = stalledClient(server.origin, '');
    const keptAlive = stalledClient(server.origin, `GET /v1/customers HTTP/1.1\r\nHost: x\r\nAuthorization: ${basic(secret)}\r\n\r\n`);
    await eventuallyTrue(() => server.output().split('request completed').length > 1);
    // A request whose body has only begun to arrive.
    const body = JSON.stringify({ name: 'Finished after SIGTERM' });
    const inFlight = stalledClient(
      server.origin,
      `POST /v1/customers HTTP/1.1\r\nHost: x\r\nAuthorization: ${basic(secret)}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`,
    );
    await eventuallyTrue(() => server.output().split('incoming request').length > 2);
    const exited = server.stop();
    // The idle connections go at once (the one that never sent a request would otherwise wait for its headers' time limit).
    await idle.closed;
    await keptAlive.closed;
    inFlight.socket.write(body.slice(5));
    const res = firstResponse(await inFlight.closed);
    expect(res.status).toBe(201);
    expect(res.headers.connection).toBe('close');
    expect(await exited).toBe(0);
    await expect(fetch(`${server.origin}/v1/customers`)).rejects.toThrow();
  });
});

describe('SIGTERM as soon as the server answers', () => {
  it('still exits 0 (the signal is listened for before the server listens, not once it has started)', async () => {
    const port = await freePort();
    const db = `sqlite://${process.env.TMPDIR ?? '/tmp'}/clientele-sigterm-early-${process.pid}-${Date.now()}.sqlite`;
    const child = spawn(process.execPath, [bundles.server, '--db', db, '--port', String(port)], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    // The first answer, then the signal at once: the dev tenant may still be being created.
    while (!(await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false))) await new Promise((resolve) => setImmediate(resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});

/** A port free a moment ago (the system's pick), for a server whose first answer must be caught. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Waits for `check` (the server's log to say something), event by event rather than for a fixed time. */
async function eventuallyTrue(check: () => boolean) {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 10));
}

/**
 * The time limits of the hang test, as multiples of the slowest of a few ordinary requests timed
 * just before on the same database, so a loaded machine stretches them rather than failing the
 * test; the floors keep them from being tighter than the database's own round trips.
 */
function hangLimits(slowestMs: number): { statementTimeoutMs: number; handlerTimeoutMs: number } {
  const statementTimeoutMs = Math.max(300, Math.ceil(10 * slowestMs));
  return { statementTimeoutMs, handlerTimeoutMs: 4 * statementTimeoutMs };
}

describe.skipIf(!postgres.available)('a PostgreSQL that hangs', () => {
  it("is the API's own 503 (a statement timeout for a lock held elsewhere, a handler timeout for a silent network), and the server recovers", async () => {
    const database = await throwawayDatabase(postgres.adminUrl);
    const url = new URL(database.url);
    const proxy = await tcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
    url.port = String(proxy.port);
    const balanced = serverApis.find((api) => api.definition.name === 'balanced')!;
    /** A server on the database through the proxy; `limits` none for the baseline. */
    const serve = async (limits?: ReturnType<typeof hangLimits>) => {
      const store: Store = openPostgres(url.toString(), { poolSize: 4, ...(limits && { statementTimeoutMs: limits.statementTimeoutMs }) });
      const app = await buildApp({ store, apis: serverApis, pruneEveryMs: false, ...(limits && { limits: { handlerTimeoutMs: limits.handlerTimeoutMs } }) });
      await app.listen({ port: 0, host: '127.0.0.1' });
      return { store, app, origin: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` };
    };
    let server: Awaited<ReturnType<typeof serve>> | undefined;
    try {
      // The baseline: ordinary requests, with the default limits, timed now.
      server = await serve();
      await server.store.migrate();
      const { credentials } = await balanced.provisionTenant(server.store, {});
      const headers = { authorization: basic(credentials.api_key_secret!) };
      const other = await balanced.provisionTenant(server.store, {});
      const otherHeaders = { authorization: basic(other.credentials.api_key_secret!) };
      // Each key once first: a first request compiles and caches what later ones reuse.
      for (const key of [headers, otherHeaders]) expect((await raw(`${server.origin}/balanced/v1/customers`, { headers: key })).status).toBe(200);
      let slowest = 0;
      for (let i = 0; i < 10; i++) {
        const started = performance.now();
        expect((await raw(`${server.origin}/balanced/v1/customers`, { headers: i % 2 ? headers : otherHeaders })).status).toBe(200);
        slowest = Math.max(slowest, performance.now() - started);
      }
      await server.app.close();
      await server.store.close();
      server = await serve(hangLimits(slowest));
      const { origin } = server;
      const list = () => raw(`${origin}/balanced/v1/customers`, { headers });
      expect((await list()).status).toBe(200);

      // A lock held elsewhere: every statement on the table waits (credentials: every request
      // reads them), and the statement timeout ends it. The other key, so none is cached.
      const waitingOnALock = () =>
        withPostgres(postgres.adminUrl, (db) =>
          db.query("select count(*)::int as n from pg_stat_activity where datname = $1 and wait_event_type = 'Lock'", [database.name]),
        ).then((r) => r.rows[0].n as number);
      await withPostgres(database.url, async (client) => {
        await client.query('begin');
        await client.query('lock table credentials in access exclusive mode');
        const locked = await raw(`${origin}/balanced/v1/customers`, { headers: otherHeaders });
        expect(locked.status).toBe(503);
        expect(balancedSpec.schemaErrors('Error', locked.json)).toEqual([]);
        // It was the statement timeout that answered: nothing waits on the lock any more, though it is still held.
        expect(await waitingOnALock()).toBe(0);
        await client.query('rollback');
      });
      expect((await list()).status).toBe(200);

      // A network that goes silent: no statement timeout can reach the server, the handler's limit answers.
      proxy.stall();
      const silent = await list();
      expect(silent.status).toBe(503);
      expect(balancedSpec.schemaErrors('Error', silent.json)).toEqual([]);
      proxy.unstall();
    } finally {
      await server?.app.close();
      await server?.store.close();
      await proxy.close();
      await database.drop();
    }
  });
});

describeEachDriver('pruning', (driver) => {
  it('deletes tokens a day past their expiry and expired idempotency keys, and nothing that can still be used', async () => {
    const clock = manualClock();
    const server = await startServer(driver, { clock });
    try {
      const root = `${server.origin}/dwolla`;
      const account = await dwollaAccount(server, root);
      const key = { ...account.headers, 'idempotency-key': 'prune-me' };
      const body = JSON.stringify({ firstName: 'A', lastName: 'B', email: `prune${Date.now()}@example.org` });
      expect((await raw(`${root}/customers`, { method: 'POST', headers: key, body })).status).toBe(201);
      expect(await pruneExpired(server.store, clock)).toEqual({ credentials: 0, idempotencyKeys: 0 });

      // Expired: still told apart from unknown for a day.
      clock.advance(2 * 3600 * 1000);
      expect((await raw(`${root}/customers`, { headers: account.headers })).json.code).toBe('ExpiredAccessToken');
      expect((await pruneExpired(server.store, clock)).credentials).toBe(0);

      clock.advance(EXPIRED_CREDENTIAL_GRACE_MS);
      const pruned = await pruneExpired(server.store, clock);
      expect(pruned).toEqual({ credentials: 1, idempotencyKeys: 1 });
      expect((await raw(`${root}/customers`, { headers: account.headers })).json.code).toBe('InvalidAccessToken');
      // The application's key and secret never expire: a new token works.
      const fresh = await dwollaAccount(server, root);
      expect((await raw(`${root}/customers?limit=1`, { headers: fresh.headers })).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('the log', () => {
  it("binds every request's lines to its id, the same from its first line to its last", async () => {
    const lines: string[] = [];
    const stream = { write: (line: string) => void lines.push(line) };
    const sqlite = drivers.find((driver) => driver.name === 'sqlite')!;
    const server = await startServer(sqlite, { logger: { level: 'info', stream }, logRequests: true });
    try {
      const balanced = await server.tenant('balanced');
      for (const key of [balanced.api_key_secret!, 'wrong']) await raw(`${server.origin}/balanced/v1/customers`, { headers: { authorization: basic(key) } });
      const entries = lines.map((line) => JSON.parse(line) as { msg: string; reqId?: string }).filter((entry) => /^(incoming request|request completed)$/.test(entry.msg));
      const ids = (msg: string) => entries.filter((entry) => entry.msg === msg).map((entry) => entry.reqId);
      expect(ids('incoming request').length).toBeGreaterThanOrEqual(2);
      for (const id of ids('incoming request')) expect(id).toMatch(/^[0-9a-f]{32}$/);
      expect(ids('request completed')).toEqual(ids('incoming request'));
    } finally {
      await server.close();
    }
  });
});

describe('secrets', () => {
  it('no key, secret or token appears in the log (requests logged too) or in an error body; only hashes are stored', async () => {
    const lines: string[] = [];
    const stream = { write: (line: string) => void lines.push(line) };
    const sqlite = drivers.find((driver) => driver.name === 'sqlite')!;
    const server = await startServer(sqlite, { logger: { level: 'info', stream, redact: ['req.headers.authorization', 'req.headers.cookie'] }, logRequests: true });
    try {
      const balanced = await server.tenant('balanced');
      const dwolla = await server.tenant('dwolla');
      const secrets = [balanced.api_key_secret!, dwolla.client_secret!];
      const bodies: string[] = [];
      const send = async (path: string, init: RequestInit) => bodies.push((await raw(`${server.origin}${path}`, init)).text);
      await send('/balanced/v1/customers', { headers: { authorization: basic(balanced.api_key_secret!) } });
      await send('/balanced/v1/customers', { headers: { authorization: basic(`${balanced.api_key_secret!}x`) } });
      // Credentials in a form body, right and wrong.
      for (const secret of [dwolla.client_secret!, `${dwolla.client_secret!}x`]) {
        await send('/dwolla/token', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: `grant_type=client_credentials&client_id=${dwolla.client_id}&client_secret=${secret}`,
        });
      }
      const token = JSON.parse(bodies[2]!).access_token as string;
      secrets.push(token);
      await send('/dwolla/customers', { headers: { authorization: `Bearer ${token}` } });
      await send('/dwolla/customers', { headers: { authorization: `Bearer ${token}x` } });
      expect(lines.length).toBeGreaterThan(5);
      const log = lines.join('\n');
      const errors = bodies.filter((body) => !body.includes('access_token')).join('\n');
      // The database files (the data's and the request log's) and their write-ahead logs, bytes and all.
      const path = server.url.replace('sqlite://', '');
      const files = [path, requestLogPath(path)].flatMap((file) => [file, `${file}-wal`]);
      expect(files.filter(existsSync).length).toBeGreaterThanOrEqual(2);
      const stored = files.filter(existsSync).map((file) => readFileSync(file).toString('latin1')).join('');
      for (const secret of secrets) {
        expect(log.includes(secret), 'a secret in the log').toBe(false);
        expect(errors.includes(secret), 'a secret in an error body').toBe(false);
        expect(stored.includes(secret), 'a secret stored in clear').toBe(false);
      }
    } finally {
      await server.close();
    }
  });
});
