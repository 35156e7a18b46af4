import { expect, it } from 'vitest';
import type { Store } from '@clientele/store';
import { balancedApi } from '../src/apis/balanced/index.ts';
import { dwollaApi } from '../src/apis/dwolla/index.ts';
import { run as runCli } from '../src/cli.ts';
import { buildApp } from '../src/app.ts';
import type { ServerApi } from '../src/platform/handlers.ts';
import { describeEachDriver } from './support/drivers.ts';
import { dwollaToken } from './support/dwolla.ts';
import { basic, raw } from './support/http.ts';
import { capturedIo } from './support/process.ts';
import { startServer } from './support/server.ts';

describeEachDriver('the server process', (driver) => {
  it('GET /healthz answers 200 while the store is reachable, 503 once it is not', async () => {
    const server = await startServer(driver);
    try {
      const ok = await raw(`${server.origin}/healthz`);
      expect(ok.status).toBe(200);
      expect(ok.json).toMatchObject({ status: 'ok', store: driver.name });
      await server.store.close();
      const down = await raw(`${server.origin}/healthz`);
      expect(down.status).toBe(503);
      expect(down.json).toMatchObject({ status: 'unavailable' });
    } finally {
      await server.close();
    }
  });

  /** Serves `api` alone at the root of its own port on a fresh store, for the length of `check`. */
  const serveAlone = async (api: ServerApi, check: (origin: string, store: Store) => Promise<void>) => {
    const { store, dispose } = await driver.open();
    const app = await buildApp({ store, apis: [api], mount: 'root' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      await check(`http://127.0.0.1:${(app.server.address() as { port: number }).port}`, store);
    } finally {
      await app.close();
      await dispose();
    }
  };

  it('serves one API at the root of its own port', async () => {
    await serveAlone(balancedApi, async (origin, store) => {
      const { credentials } = await balancedApi.provisionTenant(store, {});
      const headers = { authorization: basic(credentials.api_key_secret!), 'content-type': 'application/json' };
      const res = await raw(`${origin}/v1/customers`, { method: 'POST', headers, body: '{}' });
      expect(res.status).toBe(201);
      expect((await raw(`${origin}/balanced/v1/customers`)).status).toBe(404);
    });
  });

  it('serves Dwolla alone at the root of its own port: token, Location and hrefs without the /dwolla prefix', async () => {
    await serveAlone(dwollaApi, async (origin, store) => {
      const { credentials } = await dwollaApi.provisionTenant(store, {});
      const token = await dwollaToken(origin, credentials.client_id!, credentials.client_secret!);
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/vnd.dwolla.v1.hal+json' };
      const created = await raw(`${origin}/customers`, { method: 'POST', headers, body: JSON.stringify({ firstName: 'R', lastName: 'Oot', email: 'r@oot.example' }) });
      expect(created.status).toBe(201);
      expect(created.headers.get('location')).toMatch(new RegExp(`^${origin}/customers/[0-9A-F-]{36}$`));
      const list = await raw(`${origin}/customers`, { headers });
      expect(list.json._links.self.href).toBe(`${origin}/customers?limit=25&offset=0`);
      expect((await raw(`${origin}/dwolla/customers`, { headers })).status).toBe(404);
    });
  });

  it("errors the router raises before any route (bad percent-encoding, an over-long id) are 404s in each API's own envelope", async () => {
    const server = await startServer(driver);
    const auth = { authorization: basic((await server.tenant('balanced')).api_key_secret!) };
    const longId = `CU${'x'.repeat(300)}`;
    const balancedLong = await raw(`${server.origin}/balanced/v1/customers/${longId}`, { headers: auth });
    expect(balancedLong.status).toBe(404);
    expect(balancedLong.json).toMatchObject({ status_code: 404, category_code: 'not-found' });
    // A path that does not decode names nothing: a 404, which retrieve documents (it documents no 400).
    const balancedBad = await raw(`${server.origin}/balanced/v1/customers/%E0%A4%A`, { headers: auth });
    expect(balancedBad.status).toBe(404);
    expect(balancedBad.json).toMatchObject({ status_code: 404, category_code: 'not-found' });
    const dwollaLong = await raw(`${server.origin}/dwolla/customers/${'A'.repeat(300)}`);
    expect(dwollaLong.status).toBe(404);
    expect(dwollaLong.headers.get('content-type')).toBe('application/vnd.dwolla.v1.hal+json; charset=utf-8');
    expect(dwollaLong.json).toMatchObject({ code: 'NotFound' });
    const dwollaBad = await raw(`${server.origin}/dwolla/customers/%E0%A4%A`);
    expect(dwollaBad.status).toBe(404);
    expect(dwollaBad.json).toMatchObject({ code: 'NotFound' });
    const nowhere = await raw(`${server.origin}/elsewhere/%E0%A4%A`);
    expect(nowhere.status).toBe(404);
    await server.close();
  });

  it('paths outside every API are a plain 404 naming the mounts', async () => {
    const server = await startServer(driver);
    const res = await raw(`${server.origin}/nope`);
    expect(res.status).toBe(404);
    expect(res.json.message).toContain('/balanced');
    await server.close();
  });
});

describeEachDriver('the tenant command', (driver) => {
  /** `clientele tenant create --api API --json --db DB …`, in-process: its exit code and output. */
  const create = async (api: string, db: string, ...extra: string[]) => {
    const io = capturedIo();
    const code = await runCli(['tenant', 'create', '--api', api, '--json', '--db', db, ...extra], io);
    return { code, io, created: code === 0 ? JSON.parse(io.stdout.join('\n')) : undefined };
  };

  it('creates a tenant in the given (new) database and prints its credentials as one JSON line; they work against a server on it', async () => {
    const { store, url, dispose } = await driver.open({ migrate: false });
    try {
      const { code, io, created } = await create('balanced', url);
      expect(code).toBe(0);
      expect(io.stdout).toHaveLength(1);
      expect(io.stderr).toEqual([]);
      expect(created).toMatchObject({ api: 'balanced', tenant_id: expect.stringMatching(/^TEST-MP/), api_key_secret: expect.stringMatching(/^[0-9a-f]{32}$/) });

      const app = await buildApp({ store, apis: [balancedApi] });
      await app.listen({ port: 0, host: '127.0.0.1' });
      try {
        const origin = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
        const res = await raw(`${origin}/balanced/v1/customers`, { headers: { authorization: basic(created.api_key_secret) } });
        expect(res.status).toBe(200);
        expect(res.json.total).toBe(0);
      } finally {
        await app.close();
      }
    } finally {
      await dispose();
    }
  });

  it('creates Dwolla applications: key, secret and scopes; --scopes "" makes one without any', async () => {
    const { store, url: db, dispose } = await driver.open({ migrate: false });
    const plain = (await create('dwolla', db, '--name', 'Acme')).created;
    const scopeless = (await create('dwolla', db, '--scopes', '')).created;
    expect(plain).toEqual({
      api: 'dwolla',
      tenant_id: expect.stringMatching(/^[0-9A-F-]{36}$/),
      name: 'Acme',
      client_id: expect.stringMatching(/^[0-9A-Za-z]{50}$/),
      client_secret: expect.stringMatching(/^[0-9A-Za-z]{50}$/),
      scopes: 'ManageCustomers',
    });
    expect(scopeless.scopes).toBe('');

    const app = await buildApp({ store, apis: [dwollaApi] });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const root = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/dwolla`;
      const tokenOf = (app: { client_id: string; client_secret: string }) => dwollaToken(root, app.client_id, app.client_secret);
      expect((await raw(`${root}/customers`, { headers: { authorization: `Bearer ${await tokenOf(plain)}` } })).status).toBe(200);
      expect((await raw(`${root}/customers`, { headers: { authorization: `Bearer ${await tokenOf(scopeless)}` } })).status).toBe(403);
      const refused = await create('dwolla', db, '--scopes', 'Manage-Customers');
      expect(refused.code).toBe(2);
      expect(refused.io.stderr[0]).toContain('invalid scope');
    } finally {
      await app.close();
      await dispose();
    }
  });
});
