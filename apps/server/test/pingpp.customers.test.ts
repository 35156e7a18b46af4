import { afterAll, beforeAll, expect, it } from 'vitest';
import { UniqueViolation } from '@clientele/store';
import { manualClock } from '../src/platform/clock.ts';
import { describeEachDriver } from './support/drivers.ts';
import { errorOf, pingppAccount, unionPay, type PingppAccount } from './support/pingpp.ts';
import { startServer, type TestServer } from './support/server.ts';

describeEachDriver('Ping++ customers, cards, tokens and SMS codes', (driver) => {
  let server: TestServer;
  let account: PingppAccount;
  const clock = manualClock(Date.UTC(2026, 0, 1));
  const seconds = () => Math.floor(clock.nowMs() / 1000);

  beforeAll(async () => {
    server = await startServer(driver, { clock });
    account = await pingppAccount(server, `${server.origin}/pingpp`);
  });
  afterAll(() => server.close());

  it('binds a card end to end: token → SMS code → customer → more cards → default → remove cards → delete the customer', async () => {
    const { call, app } = account;
    // 1. A token for a UnionPay card; its SMS code object is embedded, the code readable on its own.
    const tokenRes = await call('POST', '/v1/tokens', {
      app,
      card: { card_number: unionPay(), name: '张三', phone_number: '13800138000', cred_type: 'ID', cred_number: '110101199003070000', bank: 'boc', funding: 'debit' },
    });
    expect(tokenRes.status).toBe(200);
    const token = tokenRes.json;
    expect(token).toEqual({
      id: expect.stringMatching(/^tok_[0-9A-Za-z]{24}$/),
      object: 'token',
      created: seconds(),
      livemode: false,
      type: 'card',
      used: false,
      time_used: null,
      card: { object: 'card', last4: '9823', funding: 'debit', brand: 'UnionPay', bank: 'boc', name: '张三' },
      sms_code: { id: expect.stringMatching(/^sms_[0-9A-Za-z]{24}$/), object: 'sms_code', created: seconds(), validated: false },
    });
    const sms = (await call('GET', `/v1/sms_codes/${token.sms_code.id}`)).json;
    expect(sms).toEqual({ id: token.sms_code.id, object: 'sms_code', created: seconds(), livemode: false, source: token.id, code: '123456', validated: false });

    // 2. The customer, bound to that card: the card is its first source and default, its holder its name.
    clock.advance(5_000);
    const created = await call('POST', '/v1/customers', {
      app,
      source: token.id,
      sms_code: { id: sms.id, code: sms.code },
      description: 'VIP',
      email: 'zhang@example.cn',
      metadata: { tier: 'gold', visits: 3 },
    });
    expect(created.status).toBe(200);
    const customer = created.json;
    const firstCard = customer.sources.data[0];
    expect(customer).toEqual({
      id: expect.stringMatching(/^cus_[0-9A-Za-z]{14}$/),
      object: 'customer',
      created: seconds(),
      livemode: false,
      app,
      name: '张三',
      email: 'zhang@example.cn',
      currency: null,
      description: 'VIP',
      metadata: { tier: 'gold', visits: '3' },
      sources: {
        object: 'list',
        url: `/v1/customers/${customer.id}/sources`,
        has_more: false,
        data: [
          {
            id: expect.stringMatching(/^card_[0-9A-Za-z]{24}$/),
            object: 'card',
            created: seconds(),
            last4: '9823',
            funding: 'debit',
            brand: 'UnionPay',
            bank: 'boc',
            customer: customer.id,
          },
        ],
      },
      default_source: firstCard.id,
    });
    expect((await call('GET', `/v1/customers/${customer.id}`)).json).toEqual(customer);
    // The token and its SMS code are used up.
    const used = (await call('GET', `/v1/tokens/${token.id}`)).json;
    expect(used).toMatchObject({ used: true, time_used: seconds(), sms_code: { validated: true } });
    expect((await call('GET', `/v1/sms_codes/${sms.id}`)).json.validated).toBe(true);

    // 3. Two more cards; the default stays the first.
    const bind = async (n: number) => {
      clock.advance(1_000);
      const { id: source, sms_code } = await account.token({ card_number: unionPay(n), bank: 'cmb' });
      const res = await call('POST', `/v1/customers/${customer.id}/sources`, { source, sms_code });
      expect(res.status, res.text).toBe(200);
      return res.json;
    };
    const second = await bind(2);
    expect(second).toEqual({
      id: expect.stringMatching(/^card_/),
      object: 'card',
      created: seconds(),
      last4: '0002',
      funding: 'unknown',
      brand: 'UnionPay',
      bank: 'cmb',
      customer: customer.id,
    });
    const third = await bind(3);
    let current = (await call('GET', `/v1/customers/${customer.id}`)).json;
    expect(current.sources.data.map((c: { id: string }) => c.id)).toEqual([third.id, second.id, firstCard.id]);
    expect(current.default_source).toBe(firstCard.id);
    expect((await call('GET', `/v1/customers/${customer.id}/sources/${second.id}`)).json).toEqual(second);
    const list = (await call('GET', `/v1/customers/${customer.id}/sources`)).json;
    expect(list).toEqual({ object: 'list', url: `/v1/customers/${customer.id}/sources`, has_more: false, data: [third, second, firstCard] });

    // 4. Change the default to the second card (PUT, as the seed documents).
    const changed = await call('PUT', `/v1/customers/${customer.id}`, { default_source: second.id });
    expect(changed.status).toBe(200);
    expect(changed.json.default_source).toBe(second.id);

    // 5. Remove the default: the most recently bound card left (the third) takes over.
    const removed = await call('DELETE', `/v1/customers/${customer.id}/sources/${second.id}`);
    expect(removed.json).toEqual({ deleted: true, id: second.id });
    expect((await call('GET', `/v1/customers/${customer.id}/sources/${second.id}`)).status).toBe(404);
    current = (await call('GET', `/v1/customers/${customer.id}`)).json;
    expect(current.default_source).toBe(third.id);
    expect(current.sources.data.map((c: { id: string }) => c.id)).toEqual([third.id, firstCard.id]);
    // Removing a card that is not the default leaves the default alone.
    await call('DELETE', `/v1/customers/${customer.id}/sources/${firstCard.id}`);
    expect((await call('GET', `/v1/customers/${customer.id}`)).json.default_source).toBe(third.id);
    // Removing the last card leaves no default.
    await call('DELETE', `/v1/customers/${customer.id}/sources/${third.id}`);
    current = (await call('GET', `/v1/customers/${customer.id}`)).json;
    expect(current.default_source).toBeNull();
    expect(current.sources).toEqual({ object: 'list', url: `/v1/customers/${customer.id}/sources`, has_more: false, data: [] });

    // 6. Delete the customer: it and its cards are gone from reads and lists, kept in storage.
    const fourth = await bind(4);
    const deleted = await call('DELETE', `/v1/customers/${customer.id}`);
    expect(deleted.json).toEqual({ deleted: true, id: customer.id });
    for (const path of [`/v1/customers/${customer.id}`, `/v1/customers/${customer.id}/sources`, `/v1/customers/${customer.id}/sources/${fourth.id}`]) {
      const res = await call('GET', path);
      expect(res.status).toBe(404);
      expect(errorOf(res)).toMatchObject({ type: 'invalid_request_error', param: 'id' });
    }
    expect((await call('DELETE', `/v1/customers/${customer.id}`)).status).toBe(404);
    expect((await call('PUT', `/v1/customers/${customer.id}`, { description: 'x' })).status).toBe(404);
    expect((await call('GET', '/v1/customers')).json.data.map((c: { id: string }) => c.id)).not.toContain(customer.id);
    // Kept: its id is still taken in storage, and its card is still stored in its scope.
    const scope = { tenantId: account.tenantId, mode: 'test' };
    const again = server.store.collection('pingpp.customers').insert(scope, { id: customer.id, createdUs: clock.nowUs(), data: {} });
    await expect(again).rejects.toBeInstanceOf(UniqueViolation);
    const rows = await server.store.collection('pingpp.cards').cursorPage({ ...scope, parentId: customer.id }, { limit: 10 });
    expect(rows.items.map((c) => c.id)).toEqual([fourth.id]);
  });

  it('form bodies with bracket notation work as JSON does: sms_code[id], sms_code[code], metadata[k], card[…]', async () => {
    const { call, app } = account;
    const token = await call('POST', '/v1/tokens', { app, card: { card_number: unionPay(10), name: '李四', phone_number: '13900139000' } }, { form: true });
    expect(token.status, token.text).toBe(200);
    const created = await call(
      'POST',
      '/v1/customers',
      { app, source: token.json.id, sms_code: { id: token.json.sms_code.id, code: '123456' }, metadata: { testkey: 'test' }, email: 'li@example.cn' },
      { form: true },
    );
    expect(created.status, created.text).toBe(200);
    expect(created.json).toMatchObject({ name: '李四', email: 'li@example.cn', metadata: { testkey: 'test' } });
    // The seed's own update example: form-encoded, with `app` and `metadata[testkey]`.
    const updated = await call('PUT', `/v1/customers/${created.json.id}`, { app, metadata: { another: 'value' } }, { form: true });
    expect(updated.json.metadata).toEqual({ testkey: 'test', another: 'value' });
  });

  it('updates: fields sent replace, absent stay, null clears; metadata is merged; POST updates as PUT does', async () => {
    const { call } = account;
    const customer = await account.customer({ description: 'first', email: 'a@example.cn', metadata: { a: '1', b: '2' } }, { card_number: unionPay(20) });
    const path = `/v1/customers/${customer.id}`;
    let res = await call('PUT', path, { description: 'second', metadata: { b: '', c: 3 } });
    expect(res.json).toMatchObject({ description: 'second', email: 'a@example.cn', metadata: { a: '1', c: '3' } });
    res = await call('POST', path, { email: null, description: null });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ description: null, email: null, metadata: { a: '1', c: '3' } });
    res = await call('POST', path, { metadata: null });
    expect(res.json.metadata).toEqual({});
    res = await call('PUT', path, {});
    expect(res.json).toEqual((await call('GET', path)).json);
  });

  it('test and live never mix: livemode follows the key, and neither mode sees the other’s objects', async () => {
    const { call, app, liveKey } = account;
    const live = { key: liveKey };
    const token = await call('POST', '/v1/tokens', { app, card: { card_number: unionPay(30), name: '王五', phone_number: '13700137000' } }, live);
    expect(token.json.livemode).toBe(true);
    // Live mode sends a random code, readable only as the SMS code object.
    const sms = (await call('GET', `/v1/sms_codes/${token.json.sms_code.id}`, undefined, live)).json;
    expect(sms).toMatchObject({ livemode: true, code: expect.stringMatching(/^[0-9]{6}$/) });
    expect(JSON.stringify(token.json)).not.toContain(`"code":"${sms.code}"`);
    // The test key knows nothing of the live token, its SMS code or what it binds.
    expect((await call('GET', `/v1/tokens/${token.json.id}`)).status).toBe(404);
    expect((await call('GET', `/v1/sms_codes/${sms.id}`)).status).toBe(404);
    const crossed = await call('POST', '/v1/customers', { app, source: token.json.id, sms_code: { id: sms.id, code: sms.code } });
    expect(crossed.status).toBe(400);
    expect(errorOf(crossed)).toMatchObject({ param: 'source' });

    const liveCustomer = await call('POST', '/v1/customers', { app, source: token.json.id, sms_code: { id: sms.id, code: sms.code } }, live);
    expect(liveCustomer.json.livemode).toBe(true);
    expect((await call('GET', `/v1/customers/${liveCustomer.json.id}`)).status).toBe(404);
    expect((await call('GET', '/v1/customers')).json.data.map((c: { id: string }) => c.id)).not.toContain(liveCustomer.json.id);
    const liveList = (await call('GET', '/v1/customers', undefined, live)).json;
    expect(liveList.data.map((c: { id: string; livemode: boolean }) => [c.id, c.livemode])).toEqual([[liveCustomer.json.id, true]]);
    // And the other way round.
    const testCustomer = await account.customer({}, { card_number: unionPay(31) });
    expect((await call('GET', `/v1/customers/${testCustomer.id}`, undefined, live)).status).toBe(404);
    expect((await call('DELETE', `/v1/customers/${testCustomer.id}`, undefined, live)).status).toBe(404);
  });

  it('another account never sees this one’s objects, and its App is not this account’s', async () => {
    const other = await pingppAccount(server, `${server.origin}/pingpp`);
    const mine = await account.customer({}, { card_number: unionPay(40) });
    const { id: tokenId, sms_code } = await account.token({ card_number: unionPay(41) });
    expect((await other.call('GET', `/v1/customers/${mine.id}`)).status).toBe(404);
    expect((await other.call('GET', `/v1/customers/${mine.id}/sources/${mine.default_source}`)).status).toBe(404);
    expect((await other.call('GET', `/v1/tokens/${tokenId}`)).status).toBe(404);
    expect((await other.call('GET', `/v1/sms_codes/${sms_code.id}`)).status).toBe(404);
    const stolen = await other.call('POST', '/v1/customers', { app: other.app, source: tokenId, sms_code });
    expect(stolen.status).toBe(400);
    expect(errorOf(stolen).param).toBe('source');
    const foreignApp = await other.call('POST', '/v1/customers', { app: account.app, source: tokenId, sms_code });
    expect(foreignApp.status).toBe(400);
    expect(errorOf(foreignApp).param).toBe('app');
    expect((await other.call('GET', '/v1/customers')).json.data).toEqual([]);
  });

  it('the key also works as a Bearer token, as some official SDKs send it', async () => {
    const res = await account.call('GET', '/v1/customers', undefined, { headers: { authorization: `Bearer ${account.testKey}` } });
    expect(res.status).toBe(200);
  });

  it('a token binds once, even when two bindings race for it', async () => {
    const { id: source, sms_code } = await account.token({ card_number: unionPay(50) });
    const body = { app: account.app, source, sms_code };
    const results = await Promise.all([account.call('POST', '/v1/customers', body), account.call('POST', '/v1/customers', body)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 400]);
    expect(errorOf(results.find((r) => r.status === 400)!)).toMatchObject({ param: 'source', code: 'token_used' });
  });

  it('a card bound while its customer is deleted is either bound before, or refused with the token given back', async () => {
    const customer = await account.customer({}, { card_number: unionPay(60) });
    const { id: source, sms_code } = await account.token({ card_number: unionPay(61) });
    const [bound, deleted] = await Promise.all([
      account.call('POST', `/v1/customers/${customer.id}/sources`, { source, sms_code }),
      account.call('DELETE', `/v1/customers/${customer.id}`),
    ]);
    expect(deleted.status).toBe(200);
    expect([200, 404]).toContain(bound.status);
    const token = (await account.call('GET', `/v1/tokens/${source}`)).json;
    expect(token.used).toBe(bound.status === 200);
  });

  it('the embedded sources show the newest 10 cards with has_more; the list pages through all of them', async () => {
    const customer = await account.customer({}, { card_number: unionPay(100) });
    for (let n = 101; n <= 111; n++) {
      const { id: source, sms_code } = await account.token({ card_number: unionPay(n) });
      expect((await account.call('POST', `/v1/customers/${customer.id}/sources`, { source, sms_code })).status).toBe(200);
    }
    const embedded = (await account.call('GET', `/v1/customers/${customer.id}`)).json.sources;
    expect(embedded.has_more).toBe(true);
    expect(embedded.data.map((c: { last4: string }) => c.last4)).toEqual(['0111', '0110', '0109', '0108', '0107', '0106', '0105', '0104', '0103', '0102']);
    const all = (await account.call('GET', `/v1/customers/${customer.id}/sources?limit=100`)).json;
    expect(all.data).toHaveLength(12);
    expect(all.has_more).toBe(false);
  });
});
