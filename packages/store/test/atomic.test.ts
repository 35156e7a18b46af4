import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { UniqueViolation, type Store } from '../src/index.ts';
import { testDrivers, type OpenedStore } from '../src/testing.ts';

const drivers = testDrivers(inject('postgres'));

for (const driver of drivers) {
  describe.skipIf(!driver.available)(`atomically and prune (${driver.name})`, () => {
    let opened: OpenedStore;
    let store: Store;
    let n = 0;
    const t1 = { tenantId: 't1' };
    const fresh = <T>() => store.collection<T>(`x.atomic${++n}`);

    beforeAll(async () => {
      opened = await driver.open();
      store = opened.store;
      await store.tenants.create({ id: 't1', api: 'x', name: 'one' });
    });
    afterAll(() => opened?.dispose());

    it('commits every write of the work together; its reads see its own writes', async () => {
      const docs = fresh<{ n: number }>();
      const seen = await store.atomically(async () => {
        await docs.insert(t1, { id: 'a', createdUs: 1, data: { n: 1 } });
        await docs.update(t1, 'a', () => ({ data: { n: 2 } }));
        await docs.insert(t1, { id: 'b', createdUs: 2, data: { n: 3 } });
        return { a: (await docs.get(t1, 'a'))?.data, total: (await docs.page(t1, { offset: 0, limit: 10 })).total };
      });
      expect(seen).toEqual({ a: { n: 2 }, total: 2 });
      expect((await docs.page(t1, { offset: 0, limit: 10 })).items.map((d) => d.id)).toEqual(['b', 'a']);
    });

    it('leaves nothing when the work throws part-way', async () => {
      const docs = fresh<{ n: number }>();
      await expect(
        store.atomically(async () => {
          await docs.insert(t1, { id: 'a', createdUs: 1, data: { n: 1 } });
          throw new Error('crashed in the middle');
        }),
      ).rejects.toThrow('crashed in the middle');
      expect(await docs.get(t1, 'a')).toBeUndefined();
      expect((await docs.page(t1, { offset: 0, limit: 10 })).total).toBe(0);
    });

    it('a write that fails inside (a unique value taken) undoes only itself: the rest commits', async () => {
      const docs = fresh<{ n: number }>();
      await docs.insert(t1, { id: 'taken', createdUs: 1, data: { n: 0 }, unique: { email: 'same' } });
      await store.atomically(async () => {
        await docs.insert(t1, { id: 'a', createdUs: 2, data: { n: 1 } });
        await expect(docs.insert(t1, { id: 'b', createdUs: 3, data: { n: 2 }, unique: { email: 'same' } })).rejects.toBeInstanceOf(UniqueViolation);
        await docs.insert(t1, { id: 'c', createdUs: 4, data: { n: 3 } });
      });
      expect((await docs.page(t1, { offset: 0, limit: 10 })).items.map((d) => d.id)).toEqual(['c', 'a', 'taken']);
    });

    it('a first write that fails (nothing written before it) undoes only itself: what follows commits', async () => {
      const docs = fresh<{ n: number }>();
      await docs.insert(t1, { id: 'taken', createdUs: 1, data: { n: 0 }, unique: { email: 'same' } });
      await store.atomically(async () => {
        expect((await docs.get(t1, 'taken'))?.data).toEqual({ n: 0 });
        await expect(docs.insert(t1, { id: 'b', createdUs: 3, data: { n: 2 }, unique: { email: 'same', phone: '1' } })).rejects.toBeInstanceOf(UniqueViolation);
        await docs.insert(t1, { id: 'c', createdUs: 4, data: { n: 3 }, unique: { phone: '1' } });
        await docs.update(t1, 'taken', () => ({ data: { n: 5 } }));
      });
      expect((await docs.page(t1, { offset: 0, limit: 10 })).items.map((d) => [d.id, d.data.n])).toEqual([['c', 3], ['taken', 5]]);
      expect((await docs.findUnique(t1, 'phone', '1'))?.id).toBe('c');
    });

    it('a create whose unique value is taken, and the event after it, leave nothing: the work hears the UniqueViolation', async () => {
      // On PostgreSQL both writes wait for the end of the work and go together; the create fails
      // there, so the work runs again in a transaction, where the insert itself throws.
      const docs = fresh<{ n: number }>();
      await docs.insert(t1, { id: 'taken', createdUs: 1, data: { n: 0 }, unique: { email: 'same' } });
      const eventId = `ev-dup-${n}`;
      const answer = await store.atomically(async () => {
        try {
          await docs.insert(t1, { id: 'b', createdUs: 2, data: { n: 1 }, unique: { email: 'same' } });
        } catch (error) {
          if (error instanceof UniqueViolation) return `duplicate ${error.name}`;
          throw error;
        }
        await store.outbox.append([{ api: 'x', tenantId: 't1', id: eventId, topic: 'created', resourceId: 'b', createdUs: 2, body: {} }]);
        return 'created';
      });
      expect(answer).toBe('duplicate email');
      expect(await store.outbox.event('x', 't1', eventId)).toBeUndefined();
      expect((await docs.page(t1, { offset: 0, limit: 10 })).items.map((d) => d.id)).toEqual(['taken']);
    });

    it('a create older than the newest document of its scope is stored 1 µs after it, and the work hears that createdUs', async () => {
      const docs = fresh<{ n: number }>();
      await docs.insert(t1, { id: 'newest', createdUs: 50, data: { n: 0 } });
      const created = await store.atomically(() => docs.insert(t1, { id: 'older', createdUs: 10, data: { n: 1 } }));
      expect(created.createdUs).toBe(51);
      expect((await docs.get(t1, 'older'))?.createdUs).toBe(51);
    });

    it('calls made in parallel inside take turns on its transaction', async () => {
      const docs = fresh<{ n: number }>();
      await store.atomically(() => Promise.all(Array.from({ length: 10 }, (_, i) => docs.insert(t1, { id: `p${i}`, createdUs: i, data: { n: i } }))));
      expect((await docs.page(t1, { offset: 0, limit: 20 })).total).toBe(10);
    });

    it('prune deletes credentials and idempotency keys that expired before the cut-offs, and nothing else', async () => {
      await store.credentials.create({ secret: 'forever-secret-0001', tenantId: 't1', api: 'x', kind: 'key' });
      await store.credentials.create({ secret: 'old-token-00000001', tenantId: 't1', api: 'x', kind: 'token', expiresAt: 1_000 });
      await store.credentials.create({ secret: 'new-token-00000001', tenantId: 't1', api: 'x', kind: 'token', expiresAt: 5_000 });
      await store.idempotency.claim({ tenantId: 't1', key: 'old', fingerprint: 'f', now: 0, expiresAt: 1_000 });
      await store.idempotency.claim({ tenantId: 't1', key: 'new', fingerprint: 'f', now: 0, expiresAt: 5_000 });
      expect(await store.prune({ credentialsBefore: 2_000, keysBefore: 2_000 })).toEqual({ credentials: 1, idempotencyKeys: 1 });
      expect(await store.credentials.find('x', 'old-token-00000001')).toBeUndefined();
      expect(await store.credentials.find('x', 'new-token-00000001')).toBeDefined();
      expect(await store.credentials.find('x', 'forever-secret-0001')).toBeDefined();
      expect(await store.idempotency.claim({ tenantId: 't1', key: 'new', fingerprint: 'f', now: 3_000, expiresAt: 9_000 })).toMatchObject({ claimed: false });
      expect(await store.idempotency.claim({ tenantId: 't1', key: 'old', fingerprint: 'g', now: 3_000, expiresAt: 9_000 })).toEqual({ claimed: true });
    });
  });
}
