import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '@clientele/store';
import { serverApis } from '../src/apis/index.ts';
import { buildApp } from '../src/app.ts';
import { requestFingerprint } from '../src/platform/idempotency.ts';
import { describeEachDriver } from './support/drivers.ts';
import { dwollaAccount, errorOf, newCustomer, type DwollaAccount } from './support/dwolla.ts';
import { raw } from './support/http.ts';
import { startServer, type TestServer } from './support/server.ts';
import { specValidator } from './support/spec.ts';

const spec = specValidator('dwolla');

describeEachDriver('Dwolla Idempotency-Key', (driver) => {
  let server: TestServer;
  let root: string;
  let account: DwollaAccount;

  const post = (body: unknown, key?: string, path = '/customers', headers: Record<string, string> = account.headers) =>
    raw(`${root}${path}`, { method: 'POST', headers: { ...headers, ...(key ? { 'idempotency-key': key } : {}) }, body: JSON.stringify(body) });
  const total = async (headers = account.headers) => (await raw(`${root}/customers`, { headers })).json.total as number;

  beforeAll(async () => {
    server = await startServer(driver);
    root = `${server.origin}/dwolla`;
    account = await dwollaAccount(server, root);
  });
  afterAll(() => server.close());

  it('a repeat with the same key and body replays the original 201 and its Location; one customer exists', async () => {
    const body = newCustomer();
    const before = await total();
    const first = await post(body, 'create-1');
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    // Same body, keys in another order: still the same request.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const again = await post(reordered, 'create-1');
    expect(again.status).toBe(201);
    expect(again.text).toBe('');
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await total()).toBe(before + 1);
    // Without a key, the same body is a new request (here: a duplicate email).
    expect((await post(body)).status).toBe(400);
  });

  it('updates replay their 200 body; a key is per account', async () => {
    const id = (await post(newCustomer(), 'create-2')).headers.get('location')!.split('/').at(-1)!;
    const first = await post({ firstName: 'Once' }, 'update-1', `/customers/${id}`);
    expect(first.status).toBe(200);
    // A change made since does not leak into the replay: it is the original response.
    await post({ firstName: 'Twice' }, undefined, `/customers/${id}`);
    const replay = await post({ firstName: 'Once' }, 'update-1', `/customers/${id}`);
    expect(replay.status).toBe(200);
    expect(replay.json).toEqual(first.json);
    expect(spec.responseErrors('updateCustomer', 200, replay.json)).toEqual([]);

    const other = await dwollaAccount(server, root);
    const theirs = await post(newCustomer(), 'create-2', '/customers', other.headers);
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get('location')).not.toBe(`${root}/customers/${id}`);
  });

  it('the key reused for a different request within 24 hours is a 422 and creates nothing', async () => {
    expect((await post(newCustomer(), 'reuse')).status).toBe(201);
    const before = await total();
    const res = await post(newCustomer(), 'reuse');
    expect(res.status).toBe(422);
    expect(errorOf(res).code).toBe('IdempotencyKeyReused');
    expect(spec.responseErrors('createCustomer', 422, res.json)).toEqual([]);
    // The same key on another operation is a different request too.
    const id = (await post(newCustomer(), 'reuse-create')).headers.get('location')!.split('/').at(-1)!;
    expect((await post({ firstName: 'X' }, 'reuse-create', `/customers/${id}`)).status).toBe(422);
    expect(await total()).toBe(before + 1);
  });

  it('a request whose key is held by one still in flight gets a 409 Conflict', async () => {
    const body = newCustomer();
    // Another instance claimed the key for this very request and has not answered yet.
    const claim = await server.store.idempotency.claim({
      tenantId: account.accountId,
      key: 'in-flight',
      fingerprint: requestFingerprint({ operationId: 'createCustomer', params: {}, body }),
      now: Date.now(),
      expiresAt: Date.now() + 60_000,
    });
    expect(claim).toEqual({ claimed: true });
    const before = await total();
    const res = await post(body, 'in-flight');
    expect(res.status).toBe(409);
    expect(errorOf(res)).toMatchObject({ code: 'Conflict', message: expect.stringMatching(/still being processed/) });
    expect(spec.responseErrors('createCustomer', 409, res.json)).toEqual([]);
    expect(await total()).toBe(before);
  });

  it('racing instances on one database: exactly one customer, every other answer a replay or a 409', async () => {
    // A second server instance with its own connection to the same database.
    const store = await openStore(server.url);
    const app = await buildApp({ store, apis: serverApis });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const otherRoot = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/dwolla`;
      const body = JSON.stringify(newCustomer());
      const before = await total();
      const headers = { ...account.headers, 'idempotency-key': 'race' };
      const responses = await Promise.all(
        Array.from({ length: 12 }, (_, i) => raw(`${i % 2 ? otherRoot : root}/customers`, { method: 'POST', headers, body })),
      );
      const statuses = responses.map((r) => r.status);
      expect(statuses.every((s) => s === 201 || s === 409), statuses.join()).toBe(true);
      const created = responses.filter((r) => r.status === 201);
      expect(created.length).toBeGreaterThan(0);
      const ids = new Set(created.map((r) => r.headers.get('location')!.split('/').at(-1)));
      expect(ids.size).toBe(1);
      expect(await total()).toBe(before + 1);
    } finally {
      await app.close();
      await store.close();
    }
  });

  it('a rejected body is not kept: the key stays free; an answered 400 (duplicate email) is kept and replayed', async () => {
    const invalid = await post({ firstName: 'Only' }, 'fix-then-send');
    expect(invalid.status).toBe(400);
    expect((await post(newCustomer(), 'fix-then-send')).status).toBe(201);

    const taken = newCustomer();
    expect((await post(taken)).status).toBe(201);
    const duplicate = await post(newCustomer({ email: taken.email }), 'dup');
    expect(duplicate.status).toBe(400);
    expect(errorOf(duplicate).errors).toEqual([expect.objectContaining({ code: 'Duplicate', path: '/email' })]);
    const replay = await post(newCustomer({ email: taken.email, firstName: 'Bob', lastName: 'Dole' }), 'dup');
    expect(replay.status).toBe(400);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.json).toEqual(duplicate.json);
  });

  it('a key longer than 255 characters is a ValidationError naming the header', async () => {
    const res = await post(newCustomer(), 'k'.repeat(256));
    expect(res.status).toBe(400);
    expect(errorOf(res).errors).toEqual([expect.objectContaining({ code: 'Invalid', path: '/idempotency-key' })]);
  });
});
