import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverApis } from '../src/apis/index.ts';
import { firstAdminToken } from '../src/sandbox/admin-auth.ts';
import { drivers } from './support/drivers.ts';
import { raw } from './support/http.ts';
import { ADMIN_TOKEN, documented } from './support/sandbox.ts';
import { startServer, type TestServer } from './support/server.ts';

/**
 * Who counts as "on this machine" for the admin API and the console: a loopback peer that no proxy
 * relayed. A reverse proxy on the same host makes every peer loopback, so forwarding headers make a
 * request remote, unless the server trusts its proxy and the client it names is loopback too.
 */
const driver = drivers[0]!;
const REMOTE = '203.0.113.9';
const FORWARDINGS: Record<string, string>[] = [
  { 'x-forwarded-for': REMOTE },
  { 'x-forwarded-for': '127.0.0.1' },
  { forwarded: `for=${REMOTE}` },
  { 'x-forwarded-host': 'sandbox.example.com' },
  { 'x-forwarded-proto': 'https' },
];

/** The token the console page carries, if the server gave it one. */
const consoleTokenOf = (html: string) => /"token":"(clientele_console_[0-9A-Za-z]+)"/.exec(html)?.[1];

describe('the admin API and the console: local callers only, without --admin-token', () => {
  let plain: TestServer;
  let behindProxy: TestServer;
  let configured: TestServer;
  let token: string;
  let proxiedToken: string;
  const clock = (server: TestServer, bearer: string, headers: Record<string, string> = {}) =>
    raw(`${server.origin}/_clientele/clock`, { headers: { authorization: `Bearer ${bearer}`, ...headers } });
  const page = (server: TestServer, headers: Record<string, string> = {}) => raw(`${server.origin}/_clientele/console/`, { headers });

  beforeAll(async () => {
    plain = await startServer(driver, { sandbox: { sharedStateTtlMs: 0 } });
    token = (await firstAdminToken(plain.store))!;
    behindProxy = await startServer(driver, { sandbox: { sharedStateTtlMs: 0 }, trustProxy: true });
    proxiedToken = (await firstAdminToken(behindProxy.store))!;
    configured = await startServer(driver, { sandbox: { sharedStateTtlMs: 0, adminToken: ADMIN_TOKEN } });
  });
  afterAll(async () => {
    await Promise.all([plain?.close(), behindProxy?.close(), configured?.close()]);
  });

  it('a request carrying Forwarded or any X-Forwarded-* header is remote: 403, even with the admin token', async () => {
    documented('getClock', await clock(plain, token), 200);
    for (const headers of FORWARDINGS) {
      const res = await clock(plain, token, headers);
      documented('getClock', res, 403);
      expect(res.json.detail).toContain('X-Forwarded');
    }
  });

  it('with --trust-proxy, the client X-Forwarded-For names decides; Forwarded (not read) stays remote', async () => {
    const bearer = proxiedToken;
    documented('getClock', await clock(behindProxy, bearer, { 'x-forwarded-for': '127.0.0.1', 'x-forwarded-proto': 'https' }), 200);
    documented('getClock', await clock(behindProxy, bearer, { 'x-forwarded-for': `${REMOTE}, 127.0.0.1` }), 403);
    documented('getClock', await clock(behindProxy, bearer, { 'x-forwarded-for': REMOTE }), 403);
    documented('getClock', await clock(behindProxy, bearer, { forwarded: 'for=127.0.0.1' }), 403);
    documented('getClock', await clock(behindProxy, bearer, { 'x-forwarded-host': 'sandbox.example.com' }), 403);
  });

  it('the console page gives a local caller its token, and nobody else; the admin API takes it from local callers only', async () => {
    const local = await page(plain);
    expect(local.status).toBe(200);
    expect(local.headers.get('content-security-policy')).toContain("default-src 'self'");
    const viewer = consoleTokenOf(local.text);
    expect(viewer).toBeDefined();
    documented('getClock', await clock(plain, viewer!), 200);
    for (const headers of FORWARDINGS) {
      const relayed = await page(plain, headers);
      expect(relayed.status).toBe(200);
      expect(consoleTokenOf(relayed.text), JSON.stringify(headers)).toBeUndefined();
      documented('getClock', await clock(plain, viewer!, headers), 403);
    }
    // Another server's console token is not this one's.
    documented('getClock', await clock(configured, viewer!), 401);
    // With --admin-token anyone may try a token; the console's own is still a local caller's only.
    const configuredViewer = consoleTokenOf((await page(configured)).text)!;
    documented('getClock', await clock(configured, configuredViewer), 200);
    documented('getClock', await clock(configured, configuredViewer, { 'x-forwarded-for': REMOTE }), 401);
    documented('getClock', await clock(configured, ADMIN_TOKEN, { 'x-forwarded-for': REMOTE }), 200);
  });

  it('serves the built files, not the page unfilled nor anything beside them; `/` links to it', async () => {
    const html = (await page(plain)).text;
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)![1]!;
    const asset = await raw(`${plain.origin}/_clientele/console/${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect((await raw(`${plain.origin}/_clientele/console/index.html`)).status).toBe(404);
    expect((await raw(`${plain.origin}/_clientele/console/.inputs`)).status).toBe(404);
    expect((await raw(`${plain.origin}/_clientele/console/assets/../../package.json`)).status).toBe(404);
    const moved = await raw(`${plain.origin}/_clientele/console`, { redirect: 'manual' });
    expect([moved.status, moved.headers.get('location')]).toEqual([301, '/_clientele/console/']);
    expect((await raw(`${plain.origin}/`)).json.console).toBe('/_clientele/console/');
  });

  it('is served beside an API served alone at the root of its port too', async () => {
    const alone = await startServer(driver, { apis: [serverApis[0]!], mount: 'root', sandbox: { sharedStateTtlMs: 0 } });
    try {
      const res = await page(alone);
      expect(res.status).toBe(200);
      expect(res.text).toContain(`"root":""`);
      documented('getClock', await clock(alone, consoleTokenOf(res.text)!), 200);
    } finally {
      await alone.close();
    }
  });
});
