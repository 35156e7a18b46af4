import { afterEach, beforeEach, expect, it } from 'vitest';
import { sqlitePath, type Store } from '@clientele/store';
import { SQLite } from '@clientele/store/sqlite';
import { withPostgres, type OpenedStore } from '@clientele/store/testing';
import { dwollaApi } from '../src/apis/dwolla/index.ts';
import { deliveryLeaseMs } from '../src/webhooks/worker.ts';
import { describeEachDriver } from './support/drivers.ts';
import { dwollaToken, HAL } from './support/dwolla.ts';
import { raw } from './support/http.ts';
import { spawnServerWith, type ServerProcess } from './support/process.ts';
import { startReceiver, type Receiver } from './support/receiver.ts';
import { ADMIN_TOKEN } from './support/sandbox.ts';

/** How long a claim holds a Dwolla delivery (real time): what a restarted server must wait out. */
const LEASE_MS = deliveryLeaseMs([dwollaApi.events!]);

/** Runs one statement on the server's database, whichever it is (the test reads and moves delivery leases). */
async function sql(url: string, text: string): Promise<Record<string, unknown>[]> {
  if (url.startsWith('postgres')) return withPostgres(url, async (db) => (await db.query(text)).rows as Record<string, unknown>[]);
  const db = new SQLite(sqlitePath(url, process.cwd()));
  try {
    const statement = db.prepare(text);
    return statement.reader ? (statement.all() as Record<string, unknown>[]) : (statement.run(), []);
  } finally {
    db.close();
  }
}

/**
 * The real server (Dwolla at the root of its port) killed with SIGKILL after a customer write was
 * acknowledged and before its webhook was delivered, then started again on the same database: the
 * event is there once and is delivered once, and every attempt is counted as it happened.
 */
describeEachDriver('a server killed between a write and its delivery', (driver) => {
  let opened: OpenedStore;
  let store: Store;
  let server: ServerProcess;
  let receiver: Receiver;
  let tenantId: string;
  let headers: Record<string, string>;
  let subscriptionId: string;

  const start = () => spawnServerWith(['--db', opened.url, '--port', '0', '--api', 'dwolla', '--admin-token', ADMIN_TOKEN]);
  const admin = (method: string, path: string, body?: unknown) =>
    raw(`${server.origin}/_clientele${path}`, {
      method,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  /** Moves the clock; the answer comes once every attempt due by then has been made and recorded. */
  const advance = async (by: number | string) => expect((await admin('POST', '/clock', { advance: by })).status).toBe(200);
  const deliveries = async () => (await admin('GET', `/tenants/${tenantId}/deliveries`)).json.items as { id: string; event_id: string; endpoint_id: string; state: string; attempts: { n: number; status: number | null }[] }[];
  const toReceiver = async () => (await deliveries()).filter((d) => d.endpoint_id === subscriptionId);
  const createCustomer = async () => {
    const res = await raw(`${server.origin}/customers`, { method: 'POST', headers, body: JSON.stringify({ firstName: 'Kept', lastName: 'Once', email: `kept${Date.now()}@example.org` }) });
    expect(res.status).toBe(201);
    return res.headers.get('location')!.split('/').at(-1)!;
  };
  /** The account's events about `customer`, as its events list shows them. */
  const eventsOf = async (customer: string) => {
    const res = await raw(`${server.origin}/events?limit=200`, { headers });
    expect(res.status).toBe(200);
    return (res.json._embedded.events as { id: string; topic: string; resourceId: string }[]).filter((e) => e.resourceId === customer);
  };

  beforeEach(async () => {
    opened = await driver.open();
    store = opened.store;
    server = await start();
    tenantId = /created dev tenant (\S+):/.exec(server.output())![1]!;
    const token = await dwollaToken(server.origin, server.dev!.client_id!, server.dev!.client_secret!);
    headers = { authorization: `Bearer ${token}`, accept: HAL, 'content-type': HAL };
  });
  afterEach(async () => {
    await server?.stop();
    await receiver?.close();
    await opened?.dispose();
  });

  async function subscribe(answer: Parameters<typeof startReceiver>[0]) {
    receiver = await startReceiver(answer);
    const res = await raw(`${server.origin}/webhook-subscriptions`, { method: 'POST', headers, body: JSON.stringify({ url: receiver.url, secret: 'kept-once' }) });
    expect(res.status).toBe(201);
    subscriptionId = res.headers.get('location')!.split('/').at(-1)!;
  }

  it('killed while the retry is not yet due: after the restart the event is delivered once, when it falls due', async () => {
    await subscribe(500);
    const customer = await createCustomer();
    // The first attempt is made and answered 500; the next is due 15 minutes later on the clock.
    await advance(0);
    expect(receiver.received).toHaveLength(1);
    expect((await toReceiver()).map((d) => [d.state, d.attempts.map((a) => a.status)])).toEqual([['pending', [500]]]);

    await server.kill();
    receiver.answer(200);
    server = await start();
    await advance(0);
    expect(receiver.received).toHaveLength(1);
    await advance('15m');
    expect(receiver.received).toHaveLength(2);
    // Read while the access token is good (an hour on the clock), before the clock plays every later retry.
    const [event, ...others] = await eventsOf(customer);
    await advance('72h');
    expect(receiver.received).toHaveLength(2);

    expect(others).toEqual([]);
    expect(event!.topic).toBe('customer_created');
    expect(receiver.received.map((r) => JSON.parse(r.body).id)).toEqual([event!.id, event!.id]);
    const [delivery, ...more] = await toReceiver();
    expect(more).toEqual([]);
    expect(delivery).toMatchObject({ event_id: event!.id, state: 'succeeded' });
    expect(delivery!.attempts.map((a) => [a.n, a.status])).toEqual([
      [1, 500],
      [2, 200],
    ]);
  });

  it('killed while its attempt is in flight: the attempt is made again once its lease lapses, and recorded once', async () => {
    await subscribe('hold');
    const customer = await createCustomer();
    // The receiver holds the first attempt open: the server dies with it under way.
    await receiver.waitFor(1);
    const killedAt = Date.now();
    await server.kill();
    receiver.release(200);
    receiver.answer(200);
    server = await start();

    // Its outcome was never recorded, and its claim still holds: no instance may make it again yet.
    const [cut] = await toReceiver();
    expect(cut).toMatchObject({ state: 'pending', attempts: [] });
    const [{ lease_ms: lease }] = (await sql(opened.url, `select lease_ms from deliveries where id = '${cut!.id}'`)) as [{ lease_ms: number | string }];
    expect(Number(lease)).toBeGreaterThan(Date.now());
    expect(Number(lease)).toBeLessThanOrEqual(killedAt + LEASE_MS);
    await advance(0);
    expect(receiver.received).toHaveLength(1);

    // The lease's time passes (moved back in the database rather than waited for): the attempt is made again.
    await sql(opened.url, `update deliveries set lease_ms = ${Number(lease) - LEASE_MS} where id = '${cut!.id}'`);
    await advance(0);
    expect(receiver.received).toHaveLength(2);
    const [event, ...others] = await eventsOf(customer);
    await advance('72h');
    expect(receiver.received).toHaveLength(2);

    expect(others).toEqual([]);
    expect(receiver.received.map((r) => JSON.parse(r.body).id)).toEqual([event!.id, event!.id]);
    // The receiver saw attempt 1 twice (the first cut off); the record has it once, as it ended.
    const [delivery, ...more] = await toReceiver();
    expect(more).toEqual([]);
    expect(delivery).toMatchObject({ id: cut!.id, event_id: event!.id, state: 'succeeded' });
    expect(delivery!.attempts.map((a) => [a.n, a.status])).toEqual([[1, 200]]);
    expect(await store.outbox.attempts(tenantId, delivery!.id)).toHaveLength(1);
  });
});
