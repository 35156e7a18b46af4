import { describe, expect, it } from 'vitest';
import { openStore, UniqueViolation } from '../src/index.ts';

describe('store (sqlite, in memory)', () => {
  const open = async () => {
    const store = await openStore('sqlite://:memory:');
    await store.migrate();
    await store.tenants.create({ id: 't1', api: 'x', name: 'one' });
    await store.tenants.create({ id: 't2', api: 'x', name: 'two' });
    return store;
  };

  it('keeps totals as counters and pages newest first within a tenant', async () => {
    const store = await open();
    const docs = store.collection<{ n: number }>('x.things');
    for (let n = 0; n < 5; n++) await docs.insert('t1', { id: `d${n}`, createdUs: n, data: { n } });
    await docs.insert('t2', { id: 'other', createdUs: 9, data: { n: 99 } });
    const page = await docs.page('t1', { offset: 1, limit: 2 });
    expect(page.total).toBe(5);
    expect(page.items.map((d) => d.data.n)).toEqual([3, 2]);
    expect((await docs.page('t1', { offset: 10, limit: 2 })).items).toEqual([]);
    expect(await docs.get('t2', 'd1')).toBeUndefined();
    await store.close();
  });

  it('enforces unique values per tenant in the same transaction as the write', async () => {
    const store = await open();
    const docs = store.collection<{ email: string | null }>('x.people');
    await docs.insert('t1', { id: 'a', createdUs: 1, data: { email: 'e' }, unique: { email: 'e' } });
    await expect(docs.insert('t1', { id: 'b', createdUs: 2, data: { email: 'e' }, unique: { email: 'e' } })).rejects.toBeInstanceOf(UniqueViolation);
    await docs.insert('t2', { id: 'c', createdUs: 3, data: { email: 'e' }, unique: { email: 'e' } });
    // The failed insert left neither a document nor a count behind.
    expect((await docs.page('t1', { offset: 0, limit: 10 })).total).toBe(1);
    expect(await docs.get('t1', 'b')).toBeUndefined();
    // A failed update leaves the document and its claims as they were.
    await docs.insert('t1', { id: 'd', createdUs: 4, data: { email: 'f' }, unique: { email: 'f' } });
    await expect(docs.update('t1', 'd', () => ({ data: { email: 'e' }, unique: { email: 'e' } }))).rejects.toBeInstanceOf(UniqueViolation);
    expect((await docs.get('t1', 'd'))?.data).toEqual({ email: 'f' });
    await expect(docs.insert('t1', { id: 'g', createdUs: 5, data: { email: 'f' }, unique: { email: 'f' } })).rejects.toBeInstanceOf(UniqueViolation);
    await store.close();
  });

  it('stores credentials hashed and finds them by secret within their API', async () => {
    const store = await open();
    await store.credentials.create({ secret: 's3cret', tenantId: 't1', api: 'x', kind: 'api_key' });
    expect((await store.credentials.find('x', 's3cret'))?.tenant.id).toBe('t1');
    expect(await store.credentials.find('y', 's3cret')).toBeUndefined();
    expect(await store.credentials.find('x', 'other')).toBeUndefined();
    await store.close();
  });

  it('claims an idempotency key once per tenant, replays the completed response, and lets an expired or released key go', async () => {
    const store = await open();
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
