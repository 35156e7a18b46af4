import { afterAll, beforeAll, expect, it } from 'vitest';
import { manualClock } from '../src/platform/clock.ts';
import { requestFingerprint } from '../src/platform/idempotency.ts';
import { describeEachDriver } from './support/drivers.ts';
import { createdId, errorsOf, octobatAccount, octobatCaller, type OctobatAccount, type OctobatCaller } from './support/octobat.ts';
import { startServer, type TestServer } from './support/server.ts';
import { specValidator } from './support/spec.ts';

const spec = specValidator('octobat');

describeEachDriver('Octobat Idempotency-Key', (driver) => {
  let server: TestServer;
  let account: OctobatAccount;
  let test: OctobatCaller;
  let live: OctobatCaller;
  const clock = manualClock();
  const keyed = (key: string) => ({ headers: { 'idempotency-key': key } });
  const total = async (caller = test) => (await caller.list()).json.total_count as number;

  beforeAll(async () => {
    server = await startServer(driver, { clock });
    const root = `${server.origin}/octobat`;
    account = await octobatAccount(server);
    test = octobatCaller(root, account.testKey);
    live = octobatCaller(root, account.liveKey);
  });
  afterAll(() => server.close());

  it('the same key and parameters replay the first 201, form or JSON alike; one customer exists', async () => {
    const before = await total();
    const body = { name: 'Once', billing_address_country: 'FR' };
    const first = await test.create(body, keyed('create-1'));
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const again = await test.create(body, keyed('create-1'));
    expect([again.status, again.json]).toEqual([201, first.json]);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    // The same parameters as JSON, in another order: the same request.
    const json = await test.create({ billing_address_country: 'FR', name: 'Once' }, { json: true, ...keyed('create-1') });
    expect(json.json.id).toBe(first.json.id);
    expect(await total()).toBe(before + 1);
    // Without a key, the same parameters make another customer.
    expect((await test.create(body)).json.id).not.toBe(first.json.id);
  });

  it('updates replay their first answer, not the customer as it is now', async () => {
    const id = await createdId(test.create({ name: 'Before', billing_address_country: 'FR' }));
    const first = await test.update(id, { name: 'After' }, keyed('update-1'));
    expect(first.status).toBe(200);
    await test.update(id, { name: 'Later' });
    const replay = await test.update(id, { name: 'After' }, keyed('update-1'));
    expect([replay.status, replay.json]).toEqual([200, first.json]);
    expect((await test.retrieve(id)).json.name).toBe('Later');
  });

  it('the key reused with different parameters, or on another customer, is a 400 and changes nothing', async () => {
    const id = await createdId(test.create({ name: 'Kept', billing_address_country: 'FR' }, keyed('reuse')));
    const before = await total();
    const res = await test.create({ name: 'Other', billing_address_country: 'FR' }, keyed('reuse'));
    expect(res.status).toBe(400);
    expect(spec.responseErrors('createCustomer', 400, res.json)).toEqual([]);
    expect(errorsOf(res).global![0]).toMatch(/Idempotency-Key reuse was already used with different parameters/);
    const patched = await test.update(id, { name: 'x' }, keyed('reuse'));
    expect(patched.status).toBe(400);
    expect(await total()).toBe(before);
    expect((await test.retrieve(id)).json.name).toBe('Kept');
  });

  it('keys belong to an account and a mode: the same key in live mode, or in another account, is a new request', async () => {
    const body = { name: 'Moded', billing_address_country: 'FR' };
    const inTest = await test.create(body, keyed('per-mode'));
    const inLive = await live.create(body, keyed('per-mode'));
    expect([inTest.status, inLive.status]).toEqual([201, 201]);
    expect(inLive.json.id).not.toBe(inTest.json.id);
    expect(inLive.json.livemode).toBe(true);
    const other = octobatCaller(`${server.origin}/octobat`, (await octobatAccount(server)).testKey);
    const theirs = await other.create(body, keyed('per-mode'));
    expect(theirs.status).toBe(201);
    expect(theirs.json.id).not.toBe(inTest.json.id);
  });

  it('a key still held by a request in flight is a 409', async () => {
    const body = { name: 'In flight', billing_address_country: 'FR' };
    // Another instance claimed the key for this very request and has not answered yet.
    const claim = await server.store.idempotency.claim({
      tenantId: account.accountId,
      key: 'test:in-flight',
      fingerprint: requestFingerprint({ operationId: 'createCustomer', params: {}, body }),
      now: clock.nowMs(),
      expiresAt: clock.nowMs() + 60_000,
    });
    expect(claim).toEqual({ claimed: true });
    const before = await total();
    const res = await test.create(body, keyed('in-flight'));
    expect(res.status).toBe(409);
    expect(spec.responseErrors('createCustomer', 409, res.json)).toEqual([]);
    expect(errorsOf(res).global![0]).toMatch(/still being processed/);
    expect(await total()).toBe(before);
  });

  it('a refused request keeps no key; a key is kept 24 hours, then runs afresh', async () => {
    const refused = await test.create({ name: 'No country' }, keyed('fix-then-send'));
    expect(refused.status).toBe(422);
    expect((await test.create({ name: 'Fixed', billing_address_country: 'FR' }, keyed('fix-then-send'))).status).toBe(201);

    const body = { name: 'Daily', billing_address_country: 'FR' };
    const first = await test.create(body, keyed('daily'));
    clock.advance(24 * 3600 * 1000 - 1000);
    expect((await test.create(body, keyed('daily'))).json.id).toBe(first.json.id);
    clock.advance(2000);
    const fresh = await test.create(body, keyed('daily'));
    expect(fresh.status).toBe(201);
    expect(fresh.json.id).not.toBe(first.json.id);
  });
});
