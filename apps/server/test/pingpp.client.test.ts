import { generateKeyPairSync } from 'node:crypto';
import { createPingppClient } from '@clientele/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { registerPublicKey } from '../src/apis/pingpp/index.ts';
import { manualClock } from '../src/platform/clock.ts';
import { describeEachDriver } from './support/drivers.ts';
import { unionPay } from './support/pingpp.ts';
import { startServer, type TestServer } from './support/server.ts';

describeEachDriver('the typed Ping++ client (@clientele/client)', (driver) => {
  let server: TestServer;
  let account: Record<string, string> & { tenant_id: string };
  let baseUrl: string;
  const clock = manualClock(Date.UTC(2026, 0, 1));
  const now = () => Math.floor(clock.nowMs() / 1000);

  beforeAll(async () => {
    server = await startServer(driver, { clock });
    baseUrl = `${server.origin}/pingpp`;
    account = await server.tenant('pingpp');
  });
  afterAll(() => server.close());

  /** A token for a UnionPay card and the SMS code it sent, through the client. */
  const bindable = async (client: ReturnType<typeof createPingppClient>, n: number, app = account.app_id!) => {
    const token = await client.createToken({ app, card: { card_number: unionPay(n), name: '张三', phone_number: '13800138000' } });
    if (token.status !== 200) throw new Error(JSON.stringify(token.data));
    const sms = await client.retrieveSmsCode(token.data.sms_code.id);
    if (sms.status !== 200) throw new Error(JSON.stringify(sms.data));
    return { source: token.data.id, sms_code: { id: sms.data.id, code: sms.data.code } };
  };

  it('binds, reads, updates, lists (created range too) and deletes, typed per status', async () => {
    const client = createPingppClient({ baseUrl, secretKey: account.test_secret_key! });
    const created = await client.createCustomer({ app: account.app_id!, ...(await bindable(client, 1)), email: 'zhang@example.cn' });
    expect(created.status).toBe(200);
    if (created.status !== 200) return;
    expect(created.data).toMatchObject({ name: '张三', email: 'zhang@example.cn', livemode: false });
    const updated = await client.updateCustomer(created.data.id, { metadata: { tier: 'gold' } });
    expect(updated.status === 200 && updated.data.metadata).toEqual({ tier: 'gold' });
    const card = await client.createSource(created.data.id, await bindable(client, 2));
    expect(card.status).toBe(200);
    clock.advance(60_000);
    await client.createCustomer({ app: account.app_id!, ...(await bindable(client, 3)) });
    const early = await client.listCustomers({ created: { lt: now() } });
    expect(early.status === 200 && early.data.data.map((c) => c.id)).toEqual([created.data.id]);
    const sources = await client.listSources(created.data.id, { limit: 1, created: { gte: now() - 60 } });
    expect(sources.status === 200 && sources.data.data.length).toBe(1);
    const deleted = await client.deleteCustomer(created.data.id);
    expect(deleted).toMatchObject({ status: 200, data: { deleted: true, id: created.data.id } });
    const gone = await client.retrieveCustomer(created.data.id);
    expect(gone.status).toBe(404);
    if (gone.status === 404) expect(gone.data.error.param).toBe('id');
  });

  it('signs every request with the private key, PKCS#8 or PKCS#1, once the account requires it', async () => {
    const pkcs8 = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
    const signed = await server.tenant('pingpp');
    await registerPublicKey(server.store, signed.tenant_id, pkcs8.publicKey);
    const unsigned = createPingppClient({ baseUrl, secretKey: signed.test_secret_key! });
    expect((await unsigned.listCustomers()).status).toBe(401);
    const client = createPingppClient({ baseUrl, secretKey: signed.test_secret_key!, privateKey: pkcs8.privateKey, now });
    const customer = await client.createCustomer({ app: signed.app_id!, ...(await bindable(client, 4, signed.app_id!)), metadata: { k: 'v' } });
    expect(customer.status).toBe(200);
    expect((await client.listCustomers({ limit: 1, created: { gte: now() } })).status).toBe(200);

    const pkcs1 = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'pkcs1', format: 'pem' }, privateKeyEncoding: { type: 'pkcs1', format: 'pem' } });
    await registerPublicKey(server.store, signed.tenant_id, pkcs1.publicKey);
    const legacy = createPingppClient({ baseUrl, secretKey: signed.test_secret_key!, privateKey: pkcs1.privateKey, now });
    expect((await legacy.listCustomers()).status).toBe(200);
    expect((await client.listCustomers()).status).toBe(401);
  });

  it('asks for English error messages when told to', async () => {
    const client = createPingppClient({ baseUrl, secretKey: account.test_secret_key!, language: 'en' });
    const missing = await client.retrieveToken('tok_000000000000000000000000');
    expect(missing.status === 404 && missing.data.error.message).toBe('No such Token: tok_000000000000000000000000');
  });
});
