import { afterEach, describe, expect, it } from 'vitest';
import { throwawayDatabase, withPostgres, type ThrowawayDatabase } from '@clientele/store/testing';
import { postgres } from './support/drivers.ts';
import { basic, raw, type RawResponse } from './support/http.ts';
import { spawnServer, type ServerProcess } from './support/process.ts';
import { tcpProxy, type TcpProxy } from './support/proxy.ts';
import { specValidator } from './support/spec.ts';

const spec = specValidator('balanced');

/** Balanced's own 503, never a bare 500 or a dropped connection. */
function expectUnavailable(res: RawResponse) {
  expect(res.status).toBe(503);
  expect(res.json).toMatchObject({ status: 'Service Unavailable', status_code: 503, category_type: 'server', category_code: 'service-unavailable', additional: null });
  expect(spec.schemaErrors('Error', res.json)).toEqual([]);
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The database goes away under a running server and comes back. The shared PostgreSQL is never
 * stopped: the outage is a TCP proxy the test cuts, or the server's own backends terminated.
 */
describe.skipIf(!postgres.available)('PostgreSQL going away under a running server process', () => {
  let database: ThrowawayDatabase | undefined;
  let server: ServerProcess | undefined;
  let proxy: TcpProxy | undefined;
  afterEach(async () => {
    await server?.stop();
    await proxy?.close();
    await database?.drop();
    server = proxy = database = undefined;
  });

  it('answers 503 in the Balanced envelope while the database is unreachable, and recovers by itself', async () => {
    database = await throwawayDatabase(postgres.adminUrl);
    const target = new URL(database.url);
    proxy = await tcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = new URL(database.url);
    viaProxy.port = String(proxy.port);
    server = await spawnServer(viaProxy.toString());
    const auth = { authorization: basic(server.dev!.api_key_secret!) };
    const create = () => raw(`${server!.origin}/v1/customers`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{"name":"Kept"}' });
    const list = () => raw(`${server!.origin}/v1/customers`, { headers: auth });

    expect((await create()).status).toBe(201);
    expect((await raw(`${server.origin}/healthz`)).status).toBe(200);

    await proxy.cut();
    expectUnavailable(await create());
    expectUnavailable(await list());
    expectUnavailable(await raw(`${server.origin}/v1/customers/CU0000000000000000000000`, { headers: auth }));
    const health = await raw(`${server.origin}/healthz`);
    expect(health.status).toBe(503);
    expect(health.json).toMatchObject({ status: 'unavailable', store: 'postgres' });
    expect(server.exited()).toBe(false);

    await proxy.restore();
    await eventually(async () => (await list()).status === 200);
    expect((await list()).json).toMatchObject({ total: 1 });
    expect((await create()).status).toBe(201);
    expect((await list()).json).toMatchObject({ total: 2 });
    expect((await raw(`${server.origin}/healthz`)).status).toBe(200);
    expect(server.exited()).toBe(false);
  });

  it('survives its connections being terminated, idle or mid-request, and carries on', async () => {
    database = await throwawayDatabase(postgres.adminUrl);
    server = await spawnServer(database.url);
    const auth = { authorization: basic(server.dev!.api_key_secret!), 'content-type': 'application/json' };
    const create = (i: number) => raw(`${server!.origin}/v1/customers`, { method: 'POST', headers: auth, body: JSON.stringify({ email_address: `c${i}@example.org` }) });
    /** Terminates the server's connections to its database (all but `spare`); how many there were. */
    const terminate = (spare: number[] = []) =>
      withPostgres(postgres.adminUrl, (db) =>
        db.query('select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() and pid <> all($2::int[])', [database!.name, spare]),
      ).then((r) => r.rows[0].n as number);

    // Fill the pool, then kill every connection it holds while they sit idle.
    expect((await Promise.all(Array.from({ length: 8 }, (_, i) => create(i)))).map((r) => r.status)).toEqual(Array(8).fill(201));
    expect(await terminate()).toBeGreaterThan(0);
    await eventually(async () => (await raw(`${server!.origin}/healthz`)).status === 200);

    // Kill them again while requests are in flight: the documents table is locked, so the
    // requests' statements wait in the database until the test has seen them waiting there.
    const waitingOnTheLock = () =>
      withPostgres(postgres.adminUrl, (db) =>
        db.query("select count(*)::int as n from pg_stat_activity where datname = $1 and wait_event_type = 'Lock'", [database!.name]),
      ).then((r) => r.rows[0].n as number);
    const { inFlight, waiting } = await withPostgres(database.url, async (holder) => {
      await holder.query('begin');
      await holder.query('lock table documents in access exclusive mode');
      const holderPid = (await holder.query('select pg_backend_pid() as pid')).rows[0].pid as number;
      const requests = Array.from({ length: 30 }, (_, i) => create(100 + i));
      await eventually(async () => (await waitingOnTheLock()) > 0);
      const seen = await waitingOnTheLock();
      expect(await terminate([holderPid])).toBeGreaterThanOrEqual(seen);
      await holder.query('rollback');
      return { inFlight: requests, waiting: seen };
    });
    expect(waiting).toBeGreaterThan(0);
    const results = await Promise.all(inFlight);
    for (const res of results) {
      if (res.status === 503) expectUnavailable(res);
      else expect(res.status).toBe(201);
    }
    expect(server.exited()).toBe(false);

    // Afterwards everything works, and what was acknowledged is there (and nothing else).
    await eventually(async () => (await create(999)).status === 201);
    const page = await raw(`${server.origin}/v1/customers?limit=100`, { headers: auth });
    expect(page.status).toBe(200);
    const acknowledged = results.filter((r) => r.status === 201).map((r) => r.json.id as string);
    const listed = (page.json.items as { id: string }[]).map((c) => c.id);
    for (const id of acknowledged) expect(listed).toContain(id);
    expect(page.json.total).toBe(listed.length);
    expect(page.json.total).toBe(8 + acknowledged.length + 1);
  });
});
