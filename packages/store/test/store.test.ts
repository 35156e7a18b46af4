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
});
