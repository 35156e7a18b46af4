import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PINGPP_NODE_SDK, pingppApi, registerPublicKey } from '../src/apis/pingpp/index.ts';
import { manualClock } from '../src/platform/clock.ts';
import { describeEachDriver } from './support/drivers.ts';
import { raw } from './support/http.ts';
import { unionPay } from './support/pingpp.ts';
import { startServer, type TestServer } from './support/server.ts';

const require = createRequire(import.meta.url);

/** What the tests use of the official SDK (it ships no types). */
type Method = (...args: unknown[]) => Promise<any>;
interface Resource<M extends string> {
  new (client: PingppClient): Record<M, Method>;
}
interface PingppClient {
  setHost(host: string, port: number, protocol: string): void;
  setPrivateKey(pem: string): void;
}
interface PingppModule {
  (key: string): PingppClient;
  PingppResource: {
    extend<M extends string>(spec: Record<string, unknown>): Resource<M>;
    method(spec: { method: string; path?: string; urlParams?: string[] }): Method;
  };
}
const Pingpp = require('pingpp') as PingppModule;
const { PingppResource } = Pingpp;

/**
 * The resources the SDK's published versions no longer have (Ping++ removed customers, cards and
 * tokens in 2018), declared through the SDK's own extension mechanism: `PingppResource.extend`,
 * with its basic methods (`update` is a POST to the object's path) and `PingppResource.method`.
 */
const Customers = PingppResource.extend<'create' | 'list' | 'retrieve' | 'update' | 'del'>({ path: 'customers', includeBasic: ['create', 'list', 'retrieve', 'update', 'del'] });
const Sources = PingppResource.extend<'create' | 'list' | 'del'>({
  path: 'customers/{customerId}/sources',
  create: PingppResource.method({ method: 'POST', urlParams: ['customerId'] }),
  list: PingppResource.method({ method: 'GET', urlParams: ['customerId'] }),
  del: PingppResource.method({ method: 'DELETE', path: '/{cardId}', urlParams: ['customerId', 'cardId'] }),
});
const Tokens = PingppResource.extend<'create' | 'retrieve'>({ path: 'tokens', includeBasic: ['create', 'retrieve'] });
const SmsCodes = PingppResource.extend<'retrieve'>({ path: 'sms_codes', includeBasic: ['retrieve'] });

describeEachDriver('the official pingpp SDK against clientele (Ping++ alone at the root of its port)', (driver) => {
  let server: TestServer;
  let account: { app_id?: string; test_secret_key?: string; tenant_id: string };
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });

  const sdk = () => {
    const client = Pingpp(account.test_secret_key!);
    const { port } = new URL(server.origin);
    client.setHost('127.0.0.1', Number(port), 'http');
    client.setPrivateKey(privateKey);
    return { customers: new Customers(client), sources: new Sources(client), tokens: new Tokens(client), smsCodes: new SmsCodes(client) };
  };

  beforeAll(async () => {
    // The SDK signs with the real time.
    server = await startServer(driver, { apis: [pingppApi], mount: 'root', clock: manualClock(Date.now()) });
    account = await server.tenant('pingpp');
    await registerPublicKey(server.store, account.tenant_id, publicKey);
  });
  afterAll(() => server.close());

  it("runs on Node's default agent, which keeps sockets alive: the hazard the server's Connection: close answers", () => {
    expect((http.globalAgent as http.Agent & { keepAlive: boolean }).keepAlive).toBe(true);
    expect(PINGPP_NODE_SDK.test(`Pingpp/v1 NodeBindings/${require('pingpp/package.json').version}`)).toBe(true);
  });

  it('creates, retrieves, updates, lists and deletes a customer, binding cards, with every request signed, call after call', async () => {
    const { customers, sources, tokens, smsCodes } = sdk();
    const app = account.app_id!;
    const bindable = async (n: number) => {
      const token = await tokens.create({ app, card: { card_number: unionPay(n), name: '张三', phone_number: '13800138000', bank: 'icbc' } });
      const sms = await smsCodes.retrieve(token.sms_code.id);
      return { source: token.id, sms_code: { id: sms.id, code: sms.code } };
    };

    const created = await customers.create({ app, ...(await bindable(1)), description: 'from the SDK', metadata: { via: 'pingpp-nodejs' } });
    expect(created).toMatchObject({ object: 'customer', livemode: false, app, name: '张三', description: 'from the SDK', metadata: { via: 'pingpp-nodejs' } });
    expect(await customers.retrieve(created.id)).toEqual(created);

    const updated = await customers.update(created.id, { email: 'zhang@example.cn', metadata: { tier: 'gold' } });
    expect(updated).toMatchObject({ id: created.id, email: 'zhang@example.cn', metadata: { via: 'pingpp-nodejs', tier: 'gold' } });

    const card = await sources.create(created.id, await bindable(2));
    expect(card).toMatchObject({ object: 'card', brand: 'UnionPay', bank: 'icbc', customer: created.id });
    expect((await sources.list(created.id, { limit: 1 })).data.map((c: { id: string }) => c.id)).toEqual([card.id]);
    expect(await sources.del(created.id, card.id)).toEqual({ deleted: true, id: card.id });

    await customers.create({ app, ...(await bindable(3)) });
    const page = await customers.list({ limit: 1 });
    expect(page).toMatchObject({ object: 'list', url: '/v1/customers', has_more: true });
    const next = await customers.list({ limit: 1, starting_after: page.data[0].id });
    expect(next.data.map((c: { id: string }) => c.id)).toEqual([created.id]);

    expect(await customers.del(created.id)).toEqual({ deleted: true, id: created.id });
    const gone = await customers.retrieve(created.id).catch((error: unknown) => error);
    expect(gone).toMatchObject({ type: 'PingppInvalidRequest', rawType: 'invalid_request_error', param: 'id' });
  });

  it("raises the SDK's own errors: invalid requests with their param, authentication", async () => {
    const { customers, tokens } = sdk();
    const token = await tokens.create({ app: account.app_id, card: { card_number: unionPay(9), name: '李四', phone_number: '13900139000' } });
    const wrong = await customers.create({ app: account.app_id, source: token.id, sms_code: { id: token.sms_code.id, code: '000000' } }).catch((e: unknown) => e);
    expect(wrong).toMatchObject({ type: 'PingppInvalidRequest', param: 'sms_code[code]', code: 'sms_code_incorrect', message: '短信验证码错误' });
    const stranger = Pingpp('sk_test_000000000000000000000000');
    stranger.setHost('127.0.0.1', Number(new URL(server.origin).port), 'http');
    const denied = await new Customers(stranger).list().catch((e: unknown) => e);
    expect(denied).toMatchObject({ type: 'PingppAuthenticationError' });
  });

  it('answers the SDK (by its User-Agent) with Connection: close, and other clients with keep-alive', async () => {
    const sdkLike = await raw(`${server.origin}/v1/customers`, { headers: { 'user-agent': 'Pingpp/v1 NodeBindings/2.1.6' } });
    expect(sdkLike.headers.get('connection')).toBe('close');
    const other = await raw(`${server.origin}/v1/customers`);
    expect(other.headers.get('connection')).toBe('keep-alive');
  });
});
