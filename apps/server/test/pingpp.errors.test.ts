import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from './support/drivers.ts';
import { basic, raw } from './support/http.ts';
import { errorOf, pingppAccount, unionPay, VISA, type PingppAccount } from './support/pingpp.ts';
import { startServer, type TestServer } from './support/server.ts';

const EN = { headers: { 'accept-language': 'en' } };

describeEachDriver("Ping++ errors: the envelope, the param, Ping++'s statuses, Chinese or English", (driver) => {
  let server: TestServer;
  let root: string;
  let account: PingppAccount;

  beforeAll(async () => {
    server = await startServer(driver);
    root = `${server.origin}/pingpp`;
    account = await pingppAccount(server, root);
  });
  afterAll(() => server.close());

  /** Asserts a 400 naming `param` (and `code` where given), and returns the error. */
  const refused = async (response: Promise<{ status: number; json: any; text: string }>, param: string, code?: string) => {
    const res = await response;
    expect(res.status, res.text).toBe(400);
    const error = errorOf(res as never);
    expect(error).toMatchObject({ type: 'invalid_request_error', param, ...(code ? { code } : {}) });
    return error;
  };

  it('Accept-Language: English on request (any en tag, by q-value), Chinese for zh, unknown or wildcard languages', async () => {
    const unknown = (headers: Record<string, string>) => account.call('GET', '/v1/customers/cus_00000000000000', undefined, { headers });
    expect(errorOf(await unknown({ 'accept-language': 'en-GB' })).message).toBe('No such Customer: cus_00000000000000');
    expect(errorOf(await unknown({ 'accept-language': 'zh-CN,en;q=0.5' })).message).toBe('无法找到指定的 Customer 对象');
    expect(errorOf(await unknown({ 'accept-language': 'zh;q=0.2, en;q=0.8' })).message).toMatch(/^No such Customer/);
    expect(errorOf(await unknown({ 'accept-language': 'fr-FR' })).message).toBe('无法找到指定的 Customer 对象');
    expect(errorOf(await unknown({ 'accept-language': '*' })).message).toBe('无法找到指定的 Customer 对象');
    expect(errorOf(await unknown({})).message).toBe('无法找到指定的 Customer 对象');
  });

  it('404 for every unknown id, with param id', async () => {
    const customer = await account.customer({}, { card_number: unionPay(1) });
    for (const path of [
      '/v1/customers/cus_00000000000000',
      `/v1/customers/${customer.id}/sources/card_000000000000000000000000`,
      '/v1/customers/cus_00000000000000/sources',
      '/v1/tokens/tok_000000000000000000000000',
      '/v1/sms_codes/sms_000000000000000000000000',
    ]) {
      const res = await account.call('GET', path);
      expect(res.status, path).toBe(404);
      expect(errorOf(res)).toMatchObject({ type: 'invalid_request_error', param: 'id' });
    }
  });

  it('400 for missing, unknown and malformed parameters, named in bracket notation', async () => {
    const { call, app } = account;
    const missing = await refused(call('POST', '/v1/customers', {}), 'app');
    expect(missing.message).toBe('缺少参数 app；缺少参数 source；缺少参数 sms_code');
    const { id: source, sms_code } = await account.token({ card_number: unionPay(2) });
    await refused(call('POST', '/v1/customers', { app, source, sms_code: { id: sms_code.id } }), 'sms_code[code]');
    const englishMissing = await refused(call('POST', '/v1/customers', { app, source, sms_code: { code: '123456' } }, EN), 'sms_code[id]');
    expect(englishMissing.message).toBe('Missing required param: sms_code[id].');
    const unknown = await refused(call('POST', '/v1/customers', { app, source, sms_code, currency: 'cny' }), 'currency');
    expect(unknown.message).toBe('不支持的参数 currency');
    await refused(call('POST', '/v1/customers', { app, source, sms_code, email: 'not an email' }), 'email');
    await refused(call('POST', '/v1/customers', { app, source, sms_code, metadata: { nested: { no: 1 } } }), 'metadata[nested]');
    await refused(call('POST', '/v1/customers', { app, source, sms_code: '123456' }), 'sms_code');
    await refused(call('POST', '/v1/customers', { app: 'app_x', source, sms_code }), 'app');
    await refused(call('POST', '/v1/tokens', { app, card: { card_number: '6222-2800', name: 'x', phone_number: '138' } }), 'card[card_number]');
    const bad = await raw(`${root}/v1/customers`, {
      method: 'POST',
      headers: { authorization: basic(account.testKey), 'content-type': 'application/json' },
      body: '{"app": ',
    });
    expect(bad.status).toBe(400);
    expect(errorOf(bad).type).toBe('invalid_request_error');
    // Nothing was used up by all of that.
    expect((await call('GET', `/v1/tokens/${source}`)).json.used).toBe(false);
  });

  it('a wrong SMS code, another token’s SMS code, an unknown or used token: 400 on the offending param; the token survives mistakes', async () => {
    const { call, app } = account;
    const first = await account.token({ card_number: unionPay(3) });
    const second = await account.token({ card_number: unionPay(4) });
    const wrong = await refused(call('POST', '/v1/customers', { app, source: first.id, sms_code: { id: first.sms_code.id, code: '000000' } }), 'sms_code[code]', 'sms_code_incorrect');
    expect(wrong.message).toBe('短信验证码错误');
    await refused(call('POST', '/v1/customers', { app, source: first.id, sms_code: second.sms_code }), 'sms_code[id]', 'sms_code_mismatch');
    const unknown = await refused(
      call('POST', '/v1/customers', { app, source: 'tok_000000000000000000000000', sms_code: first.sms_code }, EN),
      'source',
    );
    expect(unknown.message).toBe('No such Token: tok_000000000000000000000000 (source).');
    // After the mistakes, the right code still binds.
    const customer = await call('POST', '/v1/customers', { app, source: first.id, sms_code: first.sms_code });
    expect(customer.status).toBe(200);
    const used = await refused(call('POST', '/v1/customers', { app, source: first.id, sms_code: first.sms_code }), 'source', 'token_used');
    expect(used.message).toBe('该 Token 已被使用');
    await refused(call('POST', `/v1/customers/${customer.json.id}/sources`, { source: first.id, sms_code: first.sms_code }), 'source', 'token_used');
  });

  it('a foreign card makes a token but binds to no customer: 400 on source, the token left unused', async () => {
    const { call, app } = account;
    const visa = await account.token({ card_number: VISA, bank: 'boc', funding: 'credit' });
    expect(visa.token.card).toEqual({ object: 'card', last4: '4242', funding: 'credit', brand: 'Visa', bank: null, name: '张三' });
    const error = await refused(call('POST', '/v1/customers', { app, source: visa.id, sms_code: visa.sms_code }), 'source', 'foreign_card');
    expect(error.message).toBe('暂时不允许通过外卡创建，请使用银联卡');
    const customer = await account.customer({}, { card_number: unionPay(5) });
    await refused(call('POST', `/v1/customers/${customer.id}/sources`, { source: visa.id, sms_code: visa.sms_code }), 'source', 'foreign_card');
    expect((await call('GET', `/v1/tokens/${visa.id}`)).json.used).toBe(false);
    for (const [number, brand] of [
      ['5555555555554444', 'MasterCard'],
      ['2223000048400011', 'MasterCard'],
      ['3530111333300000', 'JCB'],
    ]) {
      expect((await account.token({ card_number: number })).token.card.brand).toBe(brand);
    }
  });

  it('card numbers of other networks and a brand that contradicts the number are refused', async () => {
    const { call, app } = account;
    const card = { name: '张三', phone_number: '13800138000' };
    await refused(call('POST', '/v1/tokens', { app, card: { ...card, card_number: '9999999999999999' } }), 'card[card_number]', 'card_unsupported');
    await refused(call('POST', '/v1/tokens', { app, card: { ...card, card_number: unionPay(6), brand: 'Visa' } }), 'card[brand]', 'brand_mismatch');
    await refused(call('POST', '/v1/tokens', { app: 'app_0000000000000000', card: { ...card, card_number: unionPay(6) } }), 'app');
  });

  it('binding a card the customer already has is a 400 on source, and gives the token back', async () => {
    const { call } = account;
    const customer = await account.customer({}, { card_number: unionPay(7) });
    const again = await account.token({ card_number: unionPay(7) });
    const error = await refused(call('POST', `/v1/customers/${customer.id}/sources`, { source: again.id, sms_code: again.sms_code }), 'source', 'card_already_bound');
    expect(error.message).toBe('该卡已绑定到此 Customer');
    expect((await call('GET', `/v1/tokens/${again.id}`)).json).toMatchObject({ used: false, sms_code: { validated: false } });
    // The same card may be another customer's too, with the token given back.
    const other = await call('POST', '/v1/customers', { app: account.app, source: again.id, sms_code: again.sms_code });
    expect(other.status).toBe(200);
  });

  it("default_source must be one of the customer's cards, and cannot be null; app must be the account's", async () => {
    const { call } = account;
    const customer = await account.customer({}, { card_number: unionPay(8) });
    const other = await account.customer({}, { card_number: unionPay(9) });
    const path = `/v1/customers/${customer.id}`;
    await refused(call('PUT', path, { default_source: other.default_source }), 'default_source');
    await refused(call('PUT', path, { default_source: 'card_000000000000000000000000' }), 'default_source');
    const nulled = await refused(call('PUT', path, { default_source: null }, EN), 'default_source');
    expect(nulled.message).toMatch(/^Invalid default_source: /);
    await refused(call('PUT', path, { app: 'app_0000000000000000' }), 'app');
    expect((await call('GET', path)).json.default_source).toBe(customer.default_source);
  });

  it('list parameters out of range are 400s naming them', async () => {
    const { call } = account;
    for (const [query, param] of [
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=ten', 'limit'],
      ['created[gt]=yesterday', 'created[gt]'],
      ['created[lte]=-1', 'created[lte]'],
      ['starting_after=cus_00000000000000', 'starting_after'],
      ['ending_before=cus_00000000000000', 'ending_before'],
    ] as const) {
      await refused(call('GET', `/v1/customers?${query}`), param);
    }
    const customer = await account.customer({}, { card_number: unionPay(11) });
    await refused(call('GET', `/v1/customers?starting_after=${customer.id}&ending_before=${customer.id}`), 'ending_before');
    await refused(call('GET', `/v1/customers/${customer.id}/sources?starting_after=card_000000000000000000000000`), 'starting_after');
  });
});
