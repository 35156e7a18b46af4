import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hashSecret, type Store } from '../src/index.ts';
import { recordStatements, testDrivers, type OpenedStore } from '../src/testing.ts';
import { sql } from 'kysely';
import { rawDatabase } from './support/raw.ts';

const drivers = testDrivers(inject('postgres'));

for (const driver of drivers) {
  describe.skipIf(!driver.available)(`sandbox store (${driver.name})`, () => {
    let opened: OpenedStore;
    let store: Store;

    beforeAll(async () => {
      opened = await driver.open();
      store = opened.store;
      await store.tenants.create({ id: 't1', api: 'x', name: 'one' });
      await store.tenants.create({ id: 't2', api: 'y', name: 'two' });
    });
    afterAll(() => opened?.dispose());

    it('lists credentials by public id, without secrets; rotates and revokes them; the cache forgets at once', async () => {
      await store.credentials.create({ secret: 'alpha-secret-0001', tenantId: 't1', api: 'x', kind: 'api_key', info: { label: 'key' } });
      const [listed] = await store.sandbox.credentials.list('t1');
      expect(listed).toMatchObject({ id: expect.stringMatching(/^cred_[0-9a-f]{16}$/), kind: 'api_key', info: { label: 'key' }, tenantId: 't1' });
      expect(JSON.stringify(listed)).not.toContain('alpha-secret');
      expect(await store.credentials.find('x', 'alpha-secret-0001')).toBeDefined();
      expect(await store.sandbox.credentials.replaceSecret(listed!.id, hashSecret('beta-secret-0002'), { label: 'key' })).toBe(true);
      expect(await store.credentials.find('x', 'alpha-secret-0001')).toBeUndefined();
      expect((await store.credentials.find('x', 'beta-secret-0002'))?.tenant.id).toBe('t1');
      expect([...(await store.sandbox.credentials.knownHashes([hashSecret('beta-secret-0002'), hashSecret('nope')]))]).toEqual([hashSecret('beta-secret-0002')]);
      expect(await store.sandbox.credentials.remove(listed!.id)).toBe(true);
      expect(await store.credentials.find('x', 'beta-secret-0002')).toBeUndefined();
      expect(await store.sandbox.credentials.remove(listed!.id)).toBe(false);
    });

    it('finds which candidates are credentials\' hashes, whether it reads every hash (fewer credentials than candidates) or looks each candidate up', async () => {
      for (const n of [1, 2, 3]) await store.credentials.create({ secret: `known-secret-000${n}`, tenantId: 't1', api: 'x', kind: 'api_key' });
      const known = (n: number) => hashSecret(`known-secret-000${n}`);
      // One candidate, three credentials: looked up.
      expect([...(await store.sandbox.credentials.knownHashes([known(2)]))]).toEqual([known(2)]);
      expect([...(await store.sandbox.credentials.knownHashes([hashSecret('unknown')]))]).toEqual([]);
      // Five candidates (one twice), three credentials: every hash read.
      const candidates = [known(1), hashSecret('unknown-1'), known(3), hashSecret('unknown-2'), known(1)];
      expect([...(await store.sandbox.credentials.knownHashes(candidates))].sort()).toEqual([known(1), known(3)].sort());
    });

    it('tells the lengths credentials\' secrets have (made, inserted, rotated), and none while one is known by its hash alone', async () => {
      await store.tenants.create({ id: 't-lengths', api: 'z', name: 'lengths' });
      const lengthsNow = async () => [...((await store.sandbox.credentials.secretLengths()) ?? ['unknown'])].sort();
      const before = (await store.sandbox.credentials.secretLengths())!;
      await store.credentials.create({ secret: 'x'.repeat(41), tenantId: 't-lengths', api: 'z', kind: 'api_key' });
      const base = { tenantId: 't-lengths', api: 'z', kind: 'api_key', scopes: [], mode: null, subject: null, expiresAt: null, info: {} };
      await store.sandbox.credentials.insertHashed({ ...base, id: 'cred_len43', hash: hashSecret('y'.repeat(43)), secretLength: 43 });
      expect(await lengthsNow()).toEqual([...before, 41, 43].sort());
      await store.sandbox.credentials.replaceSecret('cred_len43', hashSecret('y'.repeat(44)), {}, 44);
      expect(await lengthsNow()).toEqual([...before, 41, 44].sort());
      await store.sandbox.credentials.insertHashed({ ...base, id: 'cred_hashonly', hash: hashSecret('z'.repeat(45)) });
      expect(await store.sandbox.credentials.secretLengths()).toBeUndefined();
      await store.sandbox.credentials.remove('cred_hashonly');
      expect(await lengthsNow()).toEqual([...before, 41, 44].sort());
    });

    it("exports a tenant's live documents in creation order and replaces them all or nothing", async () => {
      const things = store.collection<{ n: number }>('x.things');
      await things.insertMany({ tenantId: 't1' }, [1, 2, 3].map((n) => ({ id: `d${n}`, createdUs: 1000 + n, data: { n }, unique: { n: String(n) } })));
      await things.insert({ tenantId: 't1', mode: 'test', parentId: 'p' }, { id: 'c1', createdUs: 5, data: { n: 9 } });
      await things.remove({ tenantId: 't1' }, 'd2');
      const exported = await store.sandbox.data.export('t1');
      expect(exported.map((d) => [d.collection, d.mode, d.parentId, d.id, d.createdUs])).toEqual([
        ['x.things', '', '', 'd1', 1001],
        ['x.things', '', '', 'd3', 1003],
        ['x.things', 'test', 'p', 'c1', 5],
      ]);
      expect(await store.sandbox.tenants.counts('t1')).toEqual({ 'x.things': 3 });
      // A duplicate unique value inside the import: nothing changes.
      await expect(store.sandbox.data.replace('t1', [{ ...exported[0]!, unique: { n: '1' } }, { ...exported[1]!, unique: { n: '1' } }])).rejects.toThrow();
      expect((await store.sandbox.data.export('t1')).map((d) => d.id)).toEqual(['d1', 'd3', 'c1']);
      await store.sandbox.data.replace('t1', exported.map((d) => ({ ...d, unique: { n: String((d.data as { n: number }).n) } })));
      expect(await store.sandbox.data.export('t1')).toEqual(exported);
      expect((await things.page({ tenantId: 't1' }, { offset: 0, limit: 10 })).total).toBe(2);
      expect(await store.sandbox.data.insertMissing('t1', [...exported, { ...exported[0]!, id: 'd4', createdUs: 2000 }])).toBe(1);
      expect((await things.findUnique({ tenantId: 't1' }, 'n', '3'))?.id).toBe('d3');
    });

    it("replaces and removes one tenant's data from many callers at once, each in turn (resets at once were a duplicate key or a deadlock on PostgreSQL)", async () => {
      await store.tenants.create({ id: 't3', api: 'x', name: 'three' });
      const docs = Array.from({ length: 20 }, (_, n) => ({ collection: 'x.turns', mode: '', parentId: '', id: `r${n}`, createdUs: 10 + n, data: { n }, unique: { n: String(n) } }));
      const results = await Promise.allSettled(Array.from({ length: 12 }, () => store.sandbox.data.replace('t3', docs)));
      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
      expect((await store.sandbox.data.export('t3')).map((d) => d.id)).toEqual(docs.map((d) => d.id));
      expect(await store.sandbox.tenants.counts('t3')).toEqual({ 'x.turns': 20 });
      const seeded = await Promise.all(Array.from({ length: 6 }, () => store.sandbox.data.insertMissing('t3', [...docs, { ...docs[0]!, id: 'r20', createdUs: 99, unique: { n: '20' } }])));
      expect(seeded.reduce((sum, added) => sum + added, 0)).toBe(1);
      // A removal among replaces: whichever runs last decides, and nothing is left of a removed tenant.
      const mixed = await Promise.allSettled([store.sandbox.data.replace('t3', docs), store.sandbox.tenants.remove('t3'), store.sandbox.data.replace('t3', docs)]);
      expect(mixed.filter((r) => r.status === 'rejected')).toEqual([]);
      expect(await store.sandbox.data.export('t3')).toEqual([]);
      expect(await store.sandbox.tenants.counts('t3')).toEqual({});
    });

    it('a credential for a tenant removed meanwhile is not written (false), not a foreign-key error', async () => {
      await store.tenants.create({ id: 't4', api: 'x', name: 'four' });
      const credential = { hash: hashSecret('gamma-secret-0003'), id: 'cred_gone', tenantId: 't4', api: 'x', kind: 'api_key', scopes: [], mode: null, subject: null, expiresAt: null, info: {} };
      expect(await store.sandbox.tenants.remove('t4')).toBe(true);
      expect(await store.sandbox.credentials.insertHashed(credential)).toBe(false);
      expect(await store.sandbox.credentials.get('cred_gone')).toBeUndefined();
    });

    it('clears of the request log and the fault rules sent at once, beside its pruning, all succeed (they could deadlock on PostgreSQL)', async () => {
      const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ atUs: i, api: 'x', tenantId: `t${i % 3}`, operation: 'op', method: 'GET', status: 200, entry: {} as never }));
      for (let round = 0; round < 20; round++) {
        await store.sandbox.requests.append(rows(300));
        const settled = await Promise.allSettled([
          ...Array.from({ length: 4 }, () => store.sandbox.requests.clear()),
          store.sandbox.requests.append(rows(100)),
          store.sandbox.requests.prune([{ api: 'x', tenantId: 't0' }, { api: 'x', tenantId: 't1' }], 10),
          store.sandbox.requests.prune([{ api: 'x', tenantId: 't1' }, { api: 'x', tenantId: 't0' }], 5),
          ...Array.from({ length: 3 }, () => store.sandbox.faults.clear()),
        ]);
        expect(settled.filter((r) => r.status === 'rejected')).toEqual([]);
      }
      await store.sandbox.requests.clear();
      expect(await store.sandbox.requests.list({ limit: 10 })).toHaveLength(0);
    });

    it('keeps settings, baselines, the newest requests per tenant, and counted fault rules', async () => {
      expect(await store.sandbox.settings.setIfAbsent('k', '"a"')).toBe('"a"');
      expect(await store.sandbox.settings.setIfAbsent('k', '"b"')).toBe('"a"');
      await store.sandbox.settings.set('k', '"c"');
      expect((await store.sandbox.settings.all()).k).toBe('"c"');
      await store.sandbox.baselines.set('t1', '[]');
      await store.sandbox.baselines.set('t1', '[1]');
      expect(await store.sandbox.baselines.get('t1')).toBe('[1]');

      const entry = (n: number, tenantId = 't1') => ({ atUs: n, api: 'x', tenantId, operation: 'op', method: 'GET', status: n % 2 ? 200 : 503, entry: { n } });
      await store.sandbox.requests.append([1, 2, 3, 4, 5].map((n) => entry(n)));
      await store.sandbox.requests.append([entry(6, 't2')]);
      await store.sandbox.requests.prune([{ api: 'x', tenantId: 't1' }], 3);
      expect((await store.sandbox.requests.list({ tenantId: 't1', limit: 10 })).map((r) => r.entry)).toEqual([{ n: 5 }, { n: 4 }, { n: 3 }]);
      expect((await store.sandbox.requests.list({ statusClass: 5, limit: 10 })).map((r) => r.atUs)).toEqual([6, 4]);
      const [newest] = await store.sandbox.requests.list({ limit: 1 });
      expect((await store.sandbox.requests.list({ afterSeq: newest!.seq - 1, order: 'asc', limit: 10 })).map((r) => r.atUs)).toEqual([6]);

      await store.sandbox.faults.add({ id: 'f1', createdUs: 1, rule: { status: 503 }, remaining: 2 });
      const takes = await Promise.all([1, 2, 3].map(() => store.sandbox.faults.take('f1')));
      expect(takes.filter(Boolean)).toHaveLength(2);
      expect((await store.sandbox.faults.list())[0]).toMatchObject({ id: 'f1', remaining: 0, rule: { status: 503 } });
    });

    it('removes a tenant with its data and credentials', async () => {
      await store.credentials.create({ secret: 'gamma-secret-0003', tenantId: 't2', api: 'y', kind: 'api_key' });
      await store.collection('y.things').insert({ tenantId: 't2' }, { id: 'a', createdUs: 1, data: {} });
      expect((await store.sandbox.tenants.list('y')).map((t) => t.id)).toEqual(['t2']);
      expect(await store.sandbox.tenants.remove('t2')).toBe(true);
      expect(await store.tenants.get('t2')).toBeUndefined();
      expect(await store.credentials.find('y', 'gamma-secret-0003')).toBeUndefined();
      expect(await store.sandbox.tenants.remove('t2')).toBe(false);
    });
  });
}

const postgres = drivers.find((driver) => driver.name === 'postgres')!;
describe.skipIf(!postgres.available)('the request log on PostgreSQL', () => {
  it('appends a large batch in one statement, and one past 65,535 parameters (7 an entry) in as few as take them', async () => {
    const opened = await postgres.open();
    try {
      const rows = (count: number) => Array.from({ length: count }, (_, n) => ({ atUs: n, api: 'x', tenantId: 't1', operation: 'op', method: 'GET', status: 200, entry: { n } }));
      const inserts = async (count: number) => {
        const recording = recordStatements();
        try {
          await opened.store.sandbox.requests.append(rows(count));
        } finally {
          recording.stop();
        }
        return recording.sent.filter(({ text }) => /^insert into request_log/.test(text)).length;
      };
      expect(await inserts(512)).toBe(1);
      expect(await inserts(10_000)).toBe(2);
      expect((await opened.store.sandbox.requests.list({ order: 'desc', limit: 1 }))[0]!.entry).toEqual({ n: 9999 });
      expect(await opened.store.sandbox.requests.list({ limit: 20_000 })).toHaveLength(10_512);
    } finally {
      await opened.dispose();
    }
  });

  it("compresses a long entry with LZ4, not pglz (far less of the database's CPU)", async () => {
    const opened = await postgres.open();
    const raw = rawDatabase(postgres, opened);
    try {
      const long = { customers: Array.from({ length: 40 }, (_, n) => ({ id: `CU${n}`, name: `Customer ${n}`, email: `c${n}@example.org` })) };
      await opened.store.sandbox.requests.append([{ atUs: 1, api: 'x', tenantId: 't1', operation: 'op', method: 'GET', status: 200, entry: long }]);
      const { rows } = await sql<{ method: string }>`select pg_column_compression(entry) as method from request_log`.execute(raw);
      expect(rows).toEqual([{ method: 'lz4' }]);
      expect((await opened.store.sandbox.requests.list({ limit: 1 }))[0]!.entry).toEqual(long);
    } finally {
      await raw.destroy();
      await opened.dispose();
    }
  });
});
