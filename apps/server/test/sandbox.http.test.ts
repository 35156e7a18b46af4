import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from './support/drivers.ts';
import { basic, raw } from './support/http.ts';
import { startSandbox, type SandboxServer } from './support/sandbox.ts';

describeEachDriver('what a newcomer meets: GET /, CORS, the reference at the real host and port', (driver) => {
  let server: SandboxServer;
  let key: string;

  beforeAll(async () => {
    server = await startSandbox(driver);
    key = ((await server.admin.createTenant({ api: 'balanced' })).data as { credentials: Record<string, string> }).credentials.api_key_secret!;
  });
  afterAll(() => server.close());

  it('GET / points to the reference, the specs, every API and the admin API; a browser is sent to /docs/', async () => {
    const res = await raw(`${server.origin}/`);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      docs: '/docs/',
      specs: '/specs',
      admin: { root: '/_clientele/', reference: '/docs/admin/', spec: '/specs/admin/openapi.json', seed_schema: '/specs/admin/seed.schema.json' },
    });
    expect(res.json.apis.map((a: { root: string }) => a.root)).toEqual(['/balanced', '/dwolla', '/bank', '/octobat', '/pingpp']);
    const browser = await fetch(`${server.origin}/`, { headers: { accept: 'text/html,application/xhtml+xml' }, redirect: 'manual' });
    expect(browser.status).toBe(302);
    expect(browser.headers.get('location')).toBe('/docs/');
  });

  it('answers CORS preflights from loopback origins (a front end under development), and only those by default', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.origin}/balanced/v1/customers`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
      });
    for (const origin of ['http://localhost:3000', 'http://127.0.0.1:5173', 'http://[::1]:8080']) {
      const res = await preflight(origin);
      expect(res.status, origin).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-allow-headers')).toBe('authorization, content-type');
      expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    }
    const elsewhere = await preflight('https://evil.example');
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull();
    const call = await fetch(`${server.origin}/balanced/v1/customers`, { headers: { origin: 'http://localhost:3000', authorization: basic(key) } });
    expect(call.status).toBe(200);
    expect(call.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(call.headers.get('access-control-expose-headers')).toContain('location');
  });

  it('takes configured origins instead (* for any)', async () => {
    for (const [origins, allowed, refused] of [
      [['https://app.example'], 'https://app.example', 'http://localhost:3000'],
      [['*'], 'https://anything.example', undefined],
    ] as const) {
      const other = await startSandbox(driver, { corsOrigins: origins });
      try {
        const ask = (origin: string) => fetch(`${other.origin}/healthz`, { headers: { origin } });
        expect((await ask(allowed)).headers.get('access-control-allow-origin')).toBe(allowed);
        if (refused) expect((await ask(refused)).headers.get('access-control-allow-origin')).toBeNull();
      } finally {
        await other.close();
      }
    }
  });

  it('the reference pages name the host and port actually serving, the admin API included', { timeout: 180_000 }, async () => {
    const page = await raw(`${server.origin}/docs/balanced/`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`${server.origin}/balanced`);
    expect(page.text).not.toContain('http://localhost:4010');
    const admin = await raw(`${server.origin}/docs/admin/`);
    expect(admin.text).toContain(`${server.origin}/_clientele`);
    const index = await raw(`${server.origin}/docs/`);
    expect(index.text).toContain('mounted at <code>/_clientele</code>');
  });
});
