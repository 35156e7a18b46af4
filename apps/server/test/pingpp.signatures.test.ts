import { createSign, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'qs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { run as runCli } from '../src/cli.ts';
import { manualClock } from '../src/platform/clock.ts';
import { describeEachDriver } from './support/drivers.ts';
import { errorOf, pingppAccount, unionPay, type PingppAccount } from './support/pingpp.ts';
import { capturedIo } from './support/process.ts';
import { startServer, type TestServer } from './support/server.ts';


const keyPair = () => generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });

/** As Ping++'s SDKs sign: RSA-SHA256 over body + path (with its query) + timestamp, base64. */
const sign = (privateKey: string, body: string, path: string, timestamp: number) =>
  createSign('RSA-SHA256').update(`${body}${path}${timestamp}`, 'utf8').sign(privateKey, 'base64');

describeEachDriver('Ping++ request signatures (RSA-SHA256), once an account registers a public key', (driver) => {
  let server: TestServer;
  let account: PingppAccount;
  const clock = manualClock(Date.UTC(2026, 0, 1));
  const now = () => Math.floor(clock.nowMs() / 1000);
  const { publicKey, privateKey } = keyPair();
  const dir = mkdtempSync(join(tmpdir(), 'clientele-pingpp-keys-'));

  /** Runs the tenant command, in-process, against the test server's database. */
  const cli = async (...args: string[]) => {
    const io = capturedIo();
    const code = await runCli(['tenant', ...args, '--db', server.url], io);
    return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
  };

  /** A request as the SDK makes it: signed over exactly what is sent, unless `tamper` changes what is sent after signing. */
  const signed = (method: string, path: string, body?: unknown, options: { form?: boolean; timestamp?: number; key?: string; tamper?: (text: string) => string } = {}) => {
    const text = body === undefined ? '' : options.form ? stringify(body) : JSON.stringify(body);
    const timestamp = options.timestamp ?? now();
    const headers = {
      'pingplusplus-signature': sign(options.key ?? privateKey, text, `/pingpp${path}`, timestamp),
      'pingplusplus-request-timestamp': String(timestamp),
      ...(body === undefined ? {} : { 'content-type': options.form ? 'application/x-www-form-urlencoded' : 'application/json' }),
    };
    const sent = options.tamper ? options.tamper(text) : text;
    return account.call(method, path, body === undefined ? undefined : options.form ? body : JSON.parse(sent), { headers, form: options.form });
  };

  beforeAll(async () => {
    // The command runs beside the server, as another process would: the server forgets the
    // credentials it found (and the keys read with them) at its next refresh of what instances
    // share, a second by default, here before every request.
    server = await startServer(driver, { clock, sandbox: { sharedStateTtlMs: 0 } });
    account = await pingppAccount(server, `${server.origin}/pingpp`);
    writeFileSync(join(dir, 'public.pem'), publicKey);
    writeFileSync(join(dir, 'not-a-key.pem'), 'hello');
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('before a key is registered, requests need no signature', async () => {
    expect((await account.call('GET', '/v1/customers')).status).toBe(200);
  });

  it('the CLI refuses a file that is not an RSA public key, an unknown account, and APIs without signing', async () => {
    const notKey = await cli('public-key', '--api', 'pingpp', '--tenant', account.tenantId, '--file', join(dir, 'not-a-key.pem'));
    const unknown = await cli('public-key', '--api', 'pingpp', '--tenant', 'acct_nobody', '--file', join(dir, 'public.pem'));
    const balanced = await cli('public-key', '--api', 'balanced', '--tenant', account.tenantId, '--file', join(dir, 'public.pem'));
    expect(notKey.code).toBe(2);
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining('no pingpp tenant acct_nobody')]);
    expect([balanced.code, balanced.stderr]).toEqual([2, expect.stringContaining('unknown command "tenant public-key" for --api balanced')]);
    expect((await account.call('GET', '/v1/customers')).status).toBe(200);
  });

  it('the CLI registers the public key; from then on unsigned requests are a 401', async () => {
    const { code, stdout } = await cli('public-key', '--api', 'pingpp', '--tenant', account.tenantId, '--file', join(dir, 'public.pem'));
    expect(code).toBe(0);
    expect(stdout).toContain('its requests must now be signed');
    const unsigned = await account.call('GET', '/v1/customers');
    expect(unsigned.status).toBe(401);
    expect(errorOf(unsigned)).toEqual({ type: 'invalid_request_error', message: expect.stringContaining('缺少请求签名') });
    // The live key's requests too: the key belongs to the account.
    expect((await account.call('GET', '/v1/customers', undefined, { key: account.liveKey })).status).toBe(401);
  });

  it('valid signatures pass: a JSON body, a form body, a GET with its query, a DELETE', async () => {
    const token = await signed('POST', '/v1/tokens', { app: account.app, card: { card_number: unionPay(1), name: '张三', phone_number: '13800138000' } });
    expect(token.status, token.text).toBe(200);
    const body = { app: account.app, source: token.json.id, sms_code: { id: token.json.sms_code.id, code: '123456' }, metadata: { k: 'v' } };
    const customer = await signed('POST', '/v1/customers', body, { form: true });
    expect(customer.status, customer.text).toBe(200);
    const listed = await signed('GET', `/v1/customers?limit=1&created[gte]=${now()}`);
    expect(listed.json.data.map((c: { id: string }) => c.id)).toEqual([customer.json.id]);
    expect((await signed('DELETE', `/v1/customers/${customer.json.id}`)).status).toBe(200);
  });

  it('a tampered body, another path, a stale or future timestamp, another key: 401, nothing done', async () => {
    const card = { card_number: unionPay(2), name: '张三', phone_number: '13800138000' };
    const tampered = await signed('POST', '/v1/tokens', { app: account.app, card }, { tamper: (text) => text.replace('张三', '李四') });
    expect(tampered.status).toBe(401);
    expect(errorOf(tampered).message).toBe('请求签名验证失败');

    const res = await account.call('GET', '/v1/customers?limit=2', undefined, {
      headers: { 'pingplusplus-signature': sign(privateKey, '', '/pingpp/v1/customers?limit=1', now()), 'pingplusplus-request-timestamp': String(now()) },
    });
    expect(res.status).toBe(401);

    const stale = await signed('GET', '/v1/customers', undefined, { timestamp: now() - 301 });
    expect(stale.status).toBe(401);
    expect(errorOf(stale).message).toBe('请求时间戳无效或已过期');
    expect((await signed('GET', '/v1/customers', undefined, { timestamp: now() + 301 })).status).toBe(401);
    expect((await signed('GET', '/v1/customers', undefined, { timestamp: now() - 300 })).status).toBe(200);

    const stranger = await signed('GET', '/v1/customers', undefined, { key: keyPair().privateKey });
    expect(stranger.status).toBe(401);
    const garbage = await account.call('GET', '/v1/customers', undefined, {
      headers: { 'pingplusplus-signature': 'not base64 at all!', 'pingplusplus-request-timestamp': String(now()) },
    });
    expect([garbage.status, errorOf(garbage).message]).toEqual([401, '请求签名验证失败']);
    const english = await account.call('GET', '/v1/customers', undefined, {
      headers: { 'accept-language': 'en', 'pingplusplus-signature': 'bm90IGEgc2lnbmF0dXJl', 'pingplusplus-request-timestamp': 'yesterday' },
    });
    expect(errorOf(english).message).toBe('Pingplusplus-Request-Timestamp is not within 300 seconds of the server time.');
    // No token was made by the refused requests.
    const tokens = await server.store.collection('pingpp.tokens').cursorPage({ tenantId: account.tenantId, mode: 'test' }, { limit: 10 });
    expect(tokens.items).toHaveLength(1);
  });

  it("other accounts are not asked for signatures; a new key replaces the account's old one", async () => {
    const other = await pingppAccount(server, `${server.origin}/pingpp`);
    expect((await other.call('GET', '/v1/customers')).status).toBe(200);
    const next = keyPair();
    writeFileSync(join(dir, 'next.pem'), next.publicKey);
    await cli('public-key', '--api', 'pingpp', '--tenant', account.tenantId, '--file', join(dir, 'next.pem'));
    expect((await signed('GET', '/v1/customers')).status).toBe(401);
    expect((await signed('GET', '/v1/customers', undefined, { key: next.privateKey })).status).toBe(200);
  });
});
