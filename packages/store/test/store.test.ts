import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isPostgresUnavailable, openStore, StoreUnavailable, UniqueViolation, type NewEvent, type Store } from '../src/index.ts';
import { migrations } from '../src/migrations.ts';
import { gate, testDrivers, throwawayDatabase, withPostgres, type OpenedStore } from '../src/testing.ts';

const postgres = inject('postgres');
const drivers = testDrivers(postgres);

for (const driver of drivers) {
  describe.skipIf(!driver.available)(`store (${driver.name})`, () => {
    let opened: OpenedStore;
    let store: Store;
    let n = 0;
    const t1 = { tenantId: 't1' };
    const t2 = { tenantId: 't2' };
    /** A fresh collection per test, so tests share one database without seeing each other. */
    const fresh = <T>() => store.collection<T>(`x.things${++n}`);

    beforeAll(async () => {
      opened = await driver.open();
      store = opened.store;
      await store.tenants.create({ id: 't1', api: 'x', name: 'one' });
      await store.tenants.create({ id: 't2', api: 'x', name: 'two' });
    });
    afterAll(() => opened?.dispose());

    let events = 0;
    const event = (endpoints?: string): NewEvent => ({ api: 'x', tenantId: 't1', id: `e${++events}`, topic: 'created', resourceId: 'r', createdUs: events, body: {}, endpoints });
    const unfannedIds = async () => (await store.outbox.unfanned(100)).map((e) => e.id);
    const settle = async () => store.outbox.fanOut((await store.outbox.unfanned(100)).map((e) => ({ eventSeq: e.seq, deliveries: [] })));

    it('an event whose tenant has no live endpoint is written fanned out; one with an endpoint, or naming none, is left to the worker', async () => {
      const endpoints = store.collection<{ url: string }>('x.endpoints');
      const none = event('x.endpoints');
      const unnamed = event();
      await store.outbox.append([none, unnamed]);
      expect(await unfannedIds()).toEqual([unnamed.id]);
      await settle();

      // Another tenant's endpoint, or one in a scope below the tenant's, is not this tenant's.
      await endpoints.insert({ tenantId: 't2' }, { id: 'elsewhere', createdUs: 1, data: { url: 'http://example.org/hooks' } });
      await endpoints.insert({ tenantId: 't1', parentId: 'p1' }, { id: 'below', createdUs: 1, data: { url: 'http://example.org/hooks' } });
      await store.outbox.append([event('x.endpoints')]);
      expect(await unfannedIds()).toEqual([]);

      await endpoints.insert(t1, { id: 'ep1', createdUs: 1, data: { url: 'http://example.org/hooks' } });
      const withOne = event('x.endpoints');
      await store.atomically(() => store.outbox.append([withOne]));
      expect(await unfannedIds()).toEqual([withOne.id]);
      await settle();

      await endpoints.remove(t1, 'ep1');
      await store.outbox.append([event('x.endpoints')]);
      expect(await unfannedIds()).toEqual([]);
    });

    it('claims due deliveries no one holds, earliest first, once until their lease lapses', async () => {
      const e = event();
      await store.outbox.append([e]);
      const [stored] = await store.outbox.unfanned(1);
      const delivery = (id: string, dueUs: number) => ({ id, api: 'x', tenantId: 't1', eventId: e.id, endpointId: id, url: 'http://example.org/hooks', state: 'pending' as const, dueUs, createdUs: 1 });
      await store.outbox.fanOut([{ eventSeq: stored!.seq, deliveries: [delivery('later', 30), delivery('sooner', 20), delivery('future', 1_000)] }]);
      expect((await store.outbox.claimDue(100, 1_000, 2_000, 10)).map((d) => d.id)).toEqual(['sooner', 'later']);
      expect(await store.outbox.claimDue(100, 1_500, 2_500, 10)).toEqual([]);
      expect((await store.outbox.claimDue(100, 2_001, 3_000, 1)).map((d) => d.id)).toEqual(['sooner']);
    });

    it('refreshes planner statistics after a bulk load, and lookups still answer', async () => {
      const docs = fresh<{ n: number }>();
      await docs.insertMany(t1, Array.from({ length: 50 }, (_, n) => ({ id: `bulk${n}`, createdUs: n, data: { n } })));
      await store.analyze();
      expect((await docs.get(t1, 'bulk7'))?.data).toEqual({ n: 7 });
      expect((await docs.page(t1, { offset: 0, limit: 3 })).items.map((d) => d.data.n)).toEqual([49, 48, 47]);
    });

    it('concurrent writes, some failing, leave exactly the successful ones with dense ranks (SQLite commits them in shared batches)', async () => {
      const docs = fresh<{ n: number }>();
      const results = await Promise.allSettled(
        Array.from({ length: 30 }, (_, n) =>
          docs.insert(t1, { id: `c${n}`, createdUs: n, data: { n }, unique: { email: n % 3 === 0 ? 'same' : `e${n}` } }),
        ),
      );
      const failed = results.filter((r) => r.status === 'rejected');
      expect(failed).toHaveLength(9);
      for (const f of failed) expect((f as PromiseRejectedResult).reason).toBeInstanceOf(UniqueViolation);
      const page = await docs.page(t1, { offset: 0, limit: 100 });
      expect(page.total).toBe(21);
      expect(page.items).toHaveLength(21);
      // Every offset lands where it should: ranks have no gaps left by the failed writes.
      for (let offset = 0; offset < 21; offset += 5) {
        const slice = await docs.page(t1, { offset, limit: 5 });
        expect(slice.items.map((d) => d.id)).toEqual(page.items.slice(offset, offset + 5).map((d) => d.id));
      }
    });

    it('keeps totals as counters and pages newest first within a tenant', async () => {
      const docs = fresh<{ n: number }>();
      for (let n = 0; n < 5; n++) await docs.insert(t1, { id: `d${n}`, createdUs: n, data: { n } });
      await docs.insert(t2, { id: 'other', createdUs: 9, data: { n: 99 } });
      const page = await docs.page(t1, { offset: 1, limit: 2 });
      expect(page.total).toBe(5);
      expect(page.items.map((d) => d.data.n)).toEqual([3, 2]);
      expect((await docs.page(t1, { offset: 10, limit: 2 })).items).toEqual([]);
      expect(await docs.get(t2, 'd1')).toBeUndefined();
    });

    it('cursor pages carry the same total as offset pages: the scope, or the created range, less deleted documents', async () => {
      const docs = fresh<{ n: number }>();
      for (let n = 0; n < 6; n++) await docs.insert(t1, { id: `k${n}`, createdUs: (n + 1) * 10, data: { n } });
      await docs.insert(t2, { id: 'theirs', createdUs: 5, data: { n: 99 } });
      await docs.remove(t1, 'k2');
      const first = await docs.cursorPage(t1, { limit: 2 });
      expect([first.items.map((d) => d.id), first.total]).toEqual([['k5', 'k4'], 5]);
      const deep = await docs.cursorPage(t1, { limit: 2, startingAfter: 'k3' });
      expect([deep.items.map((d) => d.id), deep.before, deep.after, deep.total]).toEqual([['k1', 'k0'], true, false, 5]);
      const ranged = await docs.cursorPage(t1, { limit: 10, created: { gte: 20, lt: 50 } });
      expect([ranged.items.map((d) => d.id), ranged.total]).toEqual([['k3', 'k1'], (await docs.page(t1, { offset: 0, limit: 1, created: { gte: 20, lt: 50 } })).total]);
      expect(ranged.total).toBe(2);
      expect((await docs.cursorPage(t1, { limit: 2, created: { gt: 1000 } })).total).toBe(0);
    });

    it('enforces unique values per tenant in the same transaction as the write', async () => {
      const docs = fresh<{ email: string | null }>();
      await docs.insert(t1, { id: 'a', createdUs: 1, data: { email: 'e' }, unique: { email: 'e' } });
      await expect(docs.insert(t1, { id: 'b', createdUs: 2, data: { email: 'e' }, unique: { email: 'e' } })).rejects.toBeInstanceOf(UniqueViolation);
      await docs.insert(t2, { id: 'c', createdUs: 3, data: { email: 'e' }, unique: { email: 'e' } });
      // The failed insert left neither a document nor a count behind.
      expect((await docs.page(t1, { offset: 0, limit: 10 })).total).toBe(1);
      expect(await docs.get(t1, 'b')).toBeUndefined();
      // A failed update leaves the document and its claims as they were.
      await docs.insert(t1, { id: 'd', createdUs: 4, data: { email: 'f' }, unique: { email: 'f' } });
      await expect(docs.update(t1, 'd', () => ({ data: { email: 'e' }, unique: { email: 'e' } }))).rejects.toBeInstanceOf(UniqueViolation);
      expect((await docs.get(t1, 'd'))?.data).toEqual({ email: 'f' });
      await expect(docs.insert(t1, { id: 'g', createdUs: 5, data: { email: 'f' }, unique: { email: 'f' } })).rejects.toBeInstanceOf(UniqueViolation);
    });

    it('stores credentials hashed and finds them by secret within their API', async () => {
      await store.credentials.create({ secret: 's3cret', tenantId: 't1', api: 'x', kind: 'api_key', expiresAt: 1_900_000_000_123 });
      const found = await store.credentials.find('x', 's3cret');
      expect(found?.tenant.id).toBe('t1');
      expect(found?.expiresAt).toBe(1_900_000_000_123);
      expect(found?.subject).toBeNull();
      expect(await store.credentials.find('y', 's3cret')).toBeUndefined();
      expect(await store.credentials.find('x', 'other')).toBeUndefined();
      // A credential that acts for a user within the tenant (an OAuth token of an API with users).
      await store.credentials.create({ secret: 'user-token', tenantId: 't1', api: 'x', kind: 'token', subject: 'user-1' });
      expect((await store.credentials.find('x', 'user-token'))?.subject).toBe('user-1');
    });

    it('round-trips bigint columns as numbers (timestamps in microseconds, counts)', async () => {
      const docs = fresh<object>();
      const createdUs = 1_767_225_600_123_456;
      await docs.insert(t1, { id: 'big', createdUs, data: {} });
      const got = await docs.get(t1, 'big');
      expect(got?.createdUs).toBe(createdUs);
      const page = await docs.page(t1, { offset: 0, limit: 1 });
      expect(page.total).toBe(1);
      expect(page.items[0]?.createdUs).toBe(createdUs);
      expect(await store.tenants.count('x')).toBe(2);
    });

    it('concurrent inserts claiming one value: exactly one wins and the total counts it once', async () => {
      const docs = fresh<object>();
      const results = await Promise.allSettled(
        Array.from({ length: 12 }, (_, i) => docs.insert(t1, { id: `r${i}`, createdUs: i, data: {}, unique: { email: 'race' } })),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(rejected).toHaveLength(11);
      for (const r of rejected) expect(r.reason).toBeInstanceOf(UniqueViolation);
      expect((await docs.page(t1, { offset: 0, limit: 100 })).total).toBe(1);
    });

    it('concurrent updates of one document never lose a change', async () => {
      const docs = fresh<{ n: number }>();
      await docs.insert(t1, { id: 'counter', createdUs: 1, data: { n: 0 } });
      await Promise.all(Array.from({ length: 10 }, () => docs.update(t1, 'counter', (current) => ({ data: { n: current.n + 1 } }))));
      expect((await docs.get(t1, 'counter'))?.data.n).toBe(10);
    });

    it('a page read while a write is under way answers without waiting for it, from committed data only: its total matches its rows', async () => {
      const docs = fresh<object>();
      await docs.insertMany(t1, Array.from({ length: 10 }, (_, i) => ({ id: `c${i}`, createdUs: i, data: {} })));
      // A write held open by the test: ten more documents inserted, not yet committed.
      const held = gate();
      const write = store.atomically(async () => {
        for (let i = 10; i < 20; i++) await docs.insert(t1, { id: `w${i}`, createdUs: i, data: {} });
        await held.hold();
      });
      await held.reached;
      // Read while the write is held: a read that waited for the write would never get past here.
      const during = await docs.page(t1, { offset: 0, limit: 100 });
      expect([during.items.length, during.total]).toEqual([10, 10]);
      held.release();
      await write;
      const after = await docs.page(t1, { offset: 0, limit: 100 });
      expect([after.items.length, after.total]).toEqual([20, 20]);
    });

    it('exclusive runs check-then-write steps one at a time', async () => {
      const created: string[] = [];
      await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          store.exclusive('first-tenant', async () => {
            if ((await store.tenants.count('solo')) === 0) {
              await new Promise((resolve) => setTimeout(resolve, 20));
              await store.tenants.create({ id: `solo${i}`, api: 'solo', name: 'first' });
              created.push(`solo${i}`);
            }
          }),
        ),
      );
      expect(created).toHaveLength(1);
      expect(await store.tenants.count('solo')).toBe(1);
    });

    it('migrating again is a no-op', async () => {
      await store.migrate();
      expect(await store.tenants.count('x')).toBe(2);
    });

    it('claims an idempotency key once per tenant, replays the completed response, and lets an expired or released key go', async () => {
      const claim = (tenantId: string, fingerprint: string, now = 1000) =>
        store.idempotency.claim({ tenantId, key: 'k', fingerprint, now, expiresAt: now + 100 });
      expect(await claim('t1', 'f1')).toEqual({ claimed: true });
      // Held and in flight: a second claim (same or different request) learns who holds it.
      expect(await claim('t1', 'f1')).toEqual({ claimed: false, holder: { fingerprint: 'f1', response: null } });
      expect(await claim('t1', 'f2')).toEqual({ claimed: false, holder: { fingerprint: 'f1', response: null } });
      // Keys are per tenant.
      expect(await claim('t2', 'f9')).toEqual({ claimed: true });

      const response = { status: 201, headers: { location: 'http://x/customers/1' } };
      // Completing with another request's fingerprint changes nothing.
      await store.idempotency.complete({ tenantId: 't1', key: 'k', fingerprint: 'f2', response: { status: 500, headers: {} } });
      await store.idempotency.complete({ tenantId: 't1', key: 'k', fingerprint: 'f1', response });
      expect(await claim('t1', 'f1')).toEqual({ claimed: false, holder: { fingerprint: 'f1', response } });
      // A completed key is not released.
      await store.idempotency.release({ tenantId: 't1', key: 'k', fingerprint: 'f1' });
      expect(await claim('t1', 'f1', 1099)).toMatchObject({ claimed: false });
      // Once expired, the key is claimed afresh, by any request.
      expect(await claim('t1', 'f3', 1100)).toEqual({ claimed: true });
      expect(await claim('t1', 'f3', 1101)).toEqual({ claimed: false, holder: { fingerprint: 'f3', response: null } });
      // Released while in flight: free again.
      await store.idempotency.release({ tenantId: 't1', key: 'k', fingerprint: 'f3' });
      expect(await claim('t1', 'f4', 1102)).toEqual({ claimed: true });

      await store.idempotency.complete({ tenantId: 't2', key: 'k', fingerprint: 'f9', response: { status: 200, headers: {}, body: { a: [1, 'x'] } } });
      expect(await claim('t2', 'f9')).toEqual({ claimed: false, holder: { fingerprint: 'f9', response: { status: 200, headers: {}, body: { a: [1, 'x'] } } } });
      await store.close();
    });
  });
}

describe.skipIf(!postgres.available)('store (postgres, several instances on one database)', () => {
  it('concurrent first starts apply each migration once', async () => {
    const database = await throwawayDatabase(postgres.adminUrl);
    const stores = await Promise.all(Array.from({ length: 4 }, () => openStore(database.url, process.cwd(), { poolSize: 2 })));
    try {
      await Promise.all(stores.map((s) => s.migrate()));
      const rows = await withPostgres(database.url, (c) => c.query('select name from kysely_migration'));
      const all = Object.keys(await migrations('postgres').getMigrations()).sort();
      expect(rows.rows.map((r) => r.name).sort()).toEqual(all);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
      await database.drop();
    }
  });

  it('writes inside atomically from two instances at once: no update lost, ranks dense, createdUs rising with rank', async () => {
    const database = await throwawayDatabase(postgres.adminUrl);
    const stores = await Promise.all([0, 1].map(() => openStore(database.url, process.cwd(), { poolSize: 4 })));
    try {
      await stores[0]!.migrate();
      await stores[0]!.tenants.create({ id: 't1', api: 'x', name: 'one' });
      const t1 = { tenantId: 't1' };
      const on = (i: number) => ({ store: stores[i % 2]!, counters: stores[i % 2]!.collection<{ n: number }>('x.counters'), docs: stores[i % 2]!.collection<object>('x.docs') });
      await on(0).counters.insert(t1, { id: 'counter', createdUs: 1, data: { n: 0 } });
      // Each update reads the document, then writes at the end of its work unless another got there first.
      await Promise.all(
        Array.from({ length: 20 }, (_, i) => on(i).store.atomically(() => on(i).counters.update(t1, 'counter', (current) => ({ data: { n: current.n + 1 } })))),
      );
      expect((await on(0).counters.get(t1, 'counter'))?.data.n).toBe(20);
      // Creates whose createdUs arrive out of order: those older than the scope's newest are stored after it.
      await Promise.all(Array.from({ length: 20 }, (_, i) => on(i).store.atomically(() => on(i).docs.insert(t1, { id: `d${i}`, createdUs: 100 + ((i * 7) % 20), data: {} }))));
      const page = await on(1).docs.page(t1, { offset: 0, limit: 100, order: 'asc' });
      expect(page.total).toBe(20);
      const created = page.items.map((d) => d.createdUs);
      expect(created.every((us, i) => i === 0 || us > created[i - 1]!), created.join(' ')).toBe(true);
      expect(new Set(page.items.map((d) => d.id)).size).toBe(20);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
      await database.drop();
    }
  });

  it('exclusive holds across pools: one check-then-write wins', async () => {
    const database = await throwawayDatabase(postgres.adminUrl);
    const stores = await Promise.all(Array.from({ length: 3 }, () => openStore(database.url, process.cwd(), { poolSize: 2 })));
    try {
      await stores[0]!.migrate();
      // The first in holds between its check and its write until the others are seen waiting for
      // the lock in the database (or, were the lock broken, have come in too).
      const held = gate();
      let entered = 0;
      const writes = Promise.all(
        stores.map((s, i) =>
          s.exclusive('dev-tenant', async () => {
            const first = ++entered === 1;
            if ((await s.tenants.count('x')) !== 0) return;
            if (first) await held.hold();
            await s.tenants.create({ id: `dev${i}`, api: 'x', name: 'dev' });
          }),
        ),
      );
      await held.reached;
      const waiting = () =>
        withPostgres(postgres.adminUrl, (c) =>
          c.query("select count(*)::int as n from pg_locks l join pg_stat_activity a using (pid) where a.datname = $1 and l.locktype = 'advisory' and not l.granted", [database.name]),
        ).then((r) => r.rows[0].n as number);
      while ((await waiting()) < 2 && entered === 1) await new Promise((resolve) => setImmediate(resolve));
      const enteredWhileHeld = entered;
      held.release();
      await writes;
      expect(enteredWhileHeld).toBe(1);
      expect(await stores[1]!.tenants.count('x')).toBe(1);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
      await database.drop();
    }
  });

  it('an unreachable database is StoreUnavailable, and closing twice is harmless', async () => {
    const url = new URL(postgres.adminUrl);
    url.port = '1';
    const store = await openStore(url.toString());
    await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailable);
    await expect(store.tenants.get('t1')).rejects.toBeInstanceOf(StoreUnavailable);
    await store.close();
    await store.close();
  });

});

describe('PostgreSQL errors that mean "unavailable"', () => {
  const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });
  it.each([
    ['ECONNREFUSED', withCode('ECONNREFUSED')],
    ['ECONNRESET', withCode('ECONNRESET')],
    ['57P01 admin_shutdown', withCode('57P01', 'terminating connection due to administrator command')],
    ['57P03 cannot_connect_now', withCode('57P03', 'the database system is starting up')],
    ['08006 connection_failure', withCode('08006')],
    ['Connection terminated unexpectedly', new Error('Connection terminated unexpectedly')],
    ['a dead client', new Error('Client has encountered a connection error and is not queryable')],
    ['pool connect timeout', new Error('timeout exceeded when trying to connect')],
    ['every address refused', new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')])],
  ])('%s', (_name, error) => {
    expect(isPostgresUnavailable(error)).toBe(true);
  });
  it.each([
    ['23505 unique_violation', withCode('23505')],
    ['42P01 undefined_table', withCode('42P01')],
    ['a plain error', new Error('boom')],
  ])('not %s', (_name, error) => {
    expect(isPostgresUnavailable(error)).toBe(false);
  });
});
