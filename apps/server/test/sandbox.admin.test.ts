import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAdminClient } from '@clientele/client';
import { hashSecret } from '@clientele/store';
import { serverApis } from '../src/apis/index.ts';
import type { ServerApi } from '../src/platform/handlers.ts';
import { firstAdminToken, isLoopback } from '../src/sandbox/admin-auth.ts';
import { run as runCli } from '../src/cli.ts';
import { describeEachDriver } from './support/drivers.ts';
import { basic, raw } from './support/http.ts';
import { capturedIo } from './support/process.ts';
import { ADMIN_TOKEN, adminSpec, documented, startSandbox, withAdmin, type SandboxServer } from './support/sandbox.ts';
import { heldStore } from './support/held.ts';
import { startServer } from './support/server.ts';
import { buildApp } from '../src/app.ts';

/** A GET of the API that lists the tenant's customers: what a credential is tried on. */
const listPath = (api: ServerApi) => Object.values(api.definition.routes).find((op) => op.method === 'GET' && !op.request?.params && op.auth && op.path.includes('customers'))!.path;

describeEachDriver('admin API: tenants and credentials', (driver) => {
  let server: SandboxServer;

  /** Whether a provider API takes these credentials: its list answers 200 (false for a 401, or a refused token grant). */
  const works = async (api: ServerApi, credentials: Record<string, string>) => {
    const root = `${server.origin}/${api.definition.name}`;
    const headers = await api.authorize(credentials, { apiRoot: root, fetch }).catch(() => undefined);
    if (!headers) return false;
    const res = await raw(`${root}${listPath(api)}`, { headers });
    if (res.status !== 200 && res.status !== 401) throw new Error(`${api.definition.name}: ${res.status} ${res.text}`);
    return res.status === 200;
  };

  beforeAll(async () => {
    server = await startSandbox(driver);
  });
  afterAll(() => server.close());

  it('the admin token: missing or wrong is a 401 problem; the right one is served', async () => {
    const missing = await raw(`${server.origin}/_clientele/tenants`);
    documented('listTenants', missing, 401);
    expect(missing.json).toMatchObject({ type: 'urn:clientele:problem:unauthorized', status: 401 });
    expect(missing.headers.get('www-authenticate')).toContain('Bearer');
    documented('listTenants', await raw(`${server.origin}/_clientele/tenants`, { headers: { authorization: 'Bearer not-the-token' } }), 401);
    documented('listTenants', await raw(`${server.origin}/_clientele/tenants`, { headers: { authorization: basic(ADMIN_TOKEN) } }), 401);
    documented('listTenants', await server.call('GET', '/tenants'), 200);
  });

  it('without --admin-token: the token stored at first start, loopback clients only; `clientele admin token` replaces it', async () => {
    const plain = await startServer(driver, { sandbox: { sharedStateTtlMs: 0 } });
    try {
      const token = (await firstAdminToken(plain.store))!;
      expect(token).toMatch(/^clientele_admin_[0-9A-Za-z]{32}$/);
      expect(await firstAdminToken(plain.store)).toBeUndefined();
      const get = (bearer: string, origin = plain.origin) => raw(`${origin}/_clientele/clock`, { headers: { authorization: `Bearer ${bearer}` } });
      documented('getClock', await get(token), 200);
      const io = capturedIo();
      expect(await runCli(['admin', 'token', '--json', '--db', plain.url], io)).toBe(0);
      const replaced = JSON.parse(io.stdout.join('')).admin_token as string;
      documented('getClock', await get(token), 401);
      documented('getClock', await get(replaced), 200);
      expect(isLoopback('127.0.0.1') && isLoopback('::1') && isLoopback('::ffff:127.0.0.1') && !isLoopback('10.1.2.3')).toBe(true);
    } finally {
      await plain.close();
    }
  });

  it('without --admin-token, a client reaching another address of this machine is refused whatever the token', async () => {
    // The test needs an address of this machine other than loopback; a machine without one has no such client.
    const external = Object.values(networkInterfaces()).flat().find((a) => a?.family === 'IPv4' && !a.internal)?.address;
    const { store, dispose } = await driver.open();
    const app = await buildApp({ store, apis: serverApis, sandbox: {} });
    try {
      const token = (await firstAdminToken(store))!;
      await app.listen({ port: 0, host: '0.0.0.0' });
      const { port } = app.server.address() as { port: number };
      const get = (host: string) => raw(`http://${host}:${port}/_clientele/clock`, { headers: { authorization: `Bearer ${token}` } });
      documented('getClock', await get('127.0.0.1'), 200);
      if (external) {
        const refused = await get(external);
        documented('getClock', refused, 403);
        expect(refused.json.detail).toContain('--admin-token');
      }
    } finally {
      await app.close();
      await dispose();
    }
  });

  it('creates, lists (per API), shows and deletes tenants of every API', async () => {
    const created = new Map<string, { tenant_id: string; credentials: Record<string, string> }>();
    for (const api of serverApis) {
      const res = await server.admin.createTenant({ api: api.definition.name, name: `Admin ${api.definition.name}` });
      documented('createTenant', res, 201);
      if (res.status !== 201) continue;
      expect(res.data).toMatchObject({ api: api.definition.name, name: `Admin ${api.definition.name}` });
      expect(res.data.example).toContain(server.origin);
      created.set(api.definition.name, res.data);
      expect(await works(api, res.data.credentials), api.definition.name).toBe(true);
    }
    const balanced = await server.admin.listTenants({ api: 'balanced' });
    documented('listTenants', balanced, 200);
    expect(balanced.status === 200 && balanced.data.items.map((t) => t.id)).toContain(created.get('balanced')!.tenant_id);
    expect(balanced.status === 200 && balanced.data.items.every((t) => t.api === 'balanced')).toBe(true);
    const paged = await server.admin.listTenants({ limit: 2, offset: 1 });
    expect(paged.status === 200 && paged.data.items.length).toBe(2);

    const octobat = created.get('octobat')!;
    const shown = await server.admin.getTenant(octobat.tenant_id);
    documented('getTenant', shown, 200);
    if (shown.status === 200) {
      expect(shown.data.credentials.map((c) => [c.kind, c.label, c.mode, c.hint])).toEqual(
        expect.arrayContaining([
          ['secret_key', 'test_secret_key', 'test', `oc_test_skey_…${octobat.credentials.test_secret_key!.slice(-4)}`],
          ['secret_key', 'live_secret_key', 'live', `oc_live_skey_…${octobat.credentials.live_secret_key!.slice(-4)}`],
        ]),
      );
      // Never a secret, nor its hash.
      for (const secret of Object.values(octobat.credentials)) {
        expect(JSON.stringify(shown.data)).not.toContain(secret);
        expect(JSON.stringify(shown.data)).not.toContain(hashSecret(secret));
      }
    }

    const dwolla = serverApis.find((a) => a.definition.name === 'dwolla')!;
    const doomed = created.get('dwolla')!;
    documented('deleteTenant', await server.call('DELETE', `/tenants/${doomed.tenant_id}`), 204);
    documented('getTenant', await server.call('GET', `/tenants/${doomed.tenant_id}`), 404);
    documented('deleteTenant', await server.call('DELETE', `/tenants/${doomed.tenant_id}`), 404);
    expect(await works(dwolla, doomed.credentials)).toBe(false);
  });

  it('adds, rotates and revokes credentials: new secrets shown once, old ones stop working at once', async () => {
    for (const api of serverApis.filter((a) => a.definition.name !== 'bank')) {
      const { tenant_id, credentials } = (await server.admin.createTenant({ api: api.definition.name })).data as { tenant_id: string; credentials: Record<string, string> };
      const detail = await server.admin.getTenant(tenant_id);
      const main = detail.status === 200 ? detail.data.credentials.find((c) => c.label === 'api_key_secret' || c.label === 'client_secret' || c.label === 'test_secret_key')! : undefined;
      expect(main, api.definition.name).toBeDefined();

      const added = await server.admin.addCredential(tenant_id, { like: main!.id });
      documented('addCredential', added, 201);
      const second = { ...credentials, ...(added.status === 201 ? added.data.secrets : {}) };
      expect(second).not.toEqual(credentials);
      expect(await works(api, second), `${api.definition.name} added`).toBe(true);

      const rotated = await server.admin.rotateCredential(tenant_id, main!.id);
      documented('rotateCredential', rotated, 200);
      const fresh = { ...credentials, ...(rotated.status === 200 ? rotated.data.secrets : {}) };
      expect(await works(api, fresh), `${api.definition.name} rotated`).toBe(true);
      expect(await works(api, credentials), `${api.definition.name} before rotation`).toBe(false);
      // The same form: prefix and length kept; a two-part credential keeps its public half.
      const label = main!.label!;
      expect(fresh[label]!.length).toBe(credentials[label]!.length);
      expect(fresh[label]!.startsWith(/^(?:[A-Za-z]+_)*/.exec(credentials[label]!)![0])).toBe(true);
      expect(fresh[label]).not.toBe(credentials[label]);
      if (main!.public_id) expect(rotated.status === 200 && rotated.data.credential.public_id).toBe(main!.public_id);

      documented('revokeCredential', await server.call('DELETE', `/tenants/${tenant_id}/credentials/${main!.id}`), 204);
      expect(await works(api, fresh), `${api.definition.name} revoked`).toBe(false);
      expect(await works(api, second), `${api.definition.name} the other one`).toBe(true);
    }
  });

  it('a credential of a given kind and secret (a known CI key); tokens the API issues are revoked, not rotated', async () => {
    const balanced = serverApis.find((a) => a.definition.name === 'balanced')!;
    const { tenant_id } = (await server.admin.createTenant({ api: 'balanced' })).data as { tenant_id: string };
    const known = await server.admin.addCredential(tenant_id, { kind: 'api_key', secret: 'ci-known-balanced-key', label: 'api_key_secret' });
    documented('addCredential', known, 201);
    expect(known.status === 201 && known.data.secrets).toEqual({ api_key_secret: 'ci-known-balanced-key' });
    expect(await works(balanced, { api_key_secret: 'ci-known-balanced-key' })).toBe(true);
    // That secret is taken now.
    documented('addCredential', await server.call('POST', `/tenants/${tenant_id}/credentials`, { kind: 'api_key', secret: 'ci-known-balanced-key' }), 409);
    documented('addCredential', await server.call('POST', `/tenants/${tenant_id}/credentials`, { secret: 'x'.repeat(20) }), 400);
    documented('addCredential', await server.call('POST', `/tenants/${tenant_id}/credentials`, { kind: 'api_key', surprise: 1 }), 400);
    documented('addCredential', await server.call('POST', `/tenants/${tenant_id}/credentials`, { like: 'cred_nope' }), 404);

    const bank = (await server.admin.createTenant({ api: 'bank' })).data as { tenant_id: string; credentials: Record<string, string> };
    const detail = await server.admin.getTenant(bank.tenant_id);
    const credentials = detail.status === 200 ? detail.data.credentials : [];
    const refresh = credentials.find((c) => c.label === 'refresh_token')!;
    expect(refresh.rotatable).toBe(false);
    const refused = await server.call('POST', `/tenants/${bank.tenant_id}/credentials/${refresh.id}/rotate`);
    documented('rotateCredential', refused, 409);
    expect(refused.json.detail).toContain('revoke it');
    // A user's password is rotated; the user signs in with the new one only.
    const login = credentials.find((c) => c.kind === 'user_login')!;
    expect(login).toMatchObject({ public_id: bank.credentials.user_id, public_label: 'user_id', label: 'user_password' });
    const rotated = await server.admin.rotateCredential(bank.tenant_id, login.id);
    const signIn = (password: string) =>
      raw(`${server.origin}/bank/v1/auth?client_id=${bank.credentials.client_id}&redirect_uri=${encodeURIComponent(bank.credentials.redirect_uri!)}`, {
        headers: { authorization: basic(bank.credentials.user_id!, password) },
      });
    expect((await signIn(bank.credentials.user_password!)).status).toBe(401);
    expect((await signIn(rotated.status === 200 ? rotated.data.secrets.user_password! : '')).status).toBe(200);
    // Another tenant's credential is not this tenant's.
    documented('revokeCredential', await server.call('DELETE', `/tenants/${tenant_id}/credentials/${login.id}`), 404);
  });

  it("every failure is a problem in the admin API's envelope: 400, 404, 405, 415, unknown paths", async () => {
    const wrong = await server.call('POST', '/tenants', { api: 'nope' });
    documented('createTenant', wrong, 400);
    expect(wrong.json.errors).toEqual([{ field: 'api', message: expect.stringContaining('balanced') }]);
    const scopes = await server.call('POST', '/tenants', { api: 'dwolla', scopes: ['Manage-Customers'] });
    documented('createTenant', scopes, 400);
    expect(scopes.json.detail).toContain('invalid scope');
    documented('listTenants', await server.call('GET', '/tenants?limit=0'), 400);
    documented('createTenant', await server.call('POST', '/tenants', '<tenant/>', { 'content-type': 'text/xml' }), 415);
    documented('createTenant', await server.call('POST', '/tenants', '{"api": '), 400);
    for (const res of [await server.call('PUT', '/tenants'), await server.call('GET', '/no/such/thing')]) {
      expect([404, 405]).toContain(res.status);
      expect(adminSpec.schemaErrors('Error', res.json)).toEqual([]);
    }
  });

  it('serves the admin client and its reference: its own document, the seed schema, a docs page', async () => {
    const client = createAdminClient({ baseUrl: `${server.origin}/_clientele`, token: 'wrong' });
    expect((await client.getClock()).status).toBe(401);
    const spec = await raw(`${server.origin}/specs/admin/openapi.json`);
    expect(spec.json.servers).toEqual([{ url: `${server.origin}/_clientele`, description: expect.any(String) }]);
    const schema = await raw(`${server.origin}/specs/admin/seed.schema.json`);
    expect(schema.json).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', $ref: '#/$defs/SandboxDocument' });
    expect((await raw(`${server.origin}/specs`)).json.apis.map((a: { name: string }) => a.name)).toContain('admin');
  });

  it('a rotation, or a new credential, that a revocation or the tenant\'s removal overtakes answers 200 or 404 over HTTP (they were 500s: the credential was read again)', async () => {
    // The store held at the moment that matters, while the test sends the overtaking request over HTTP.
    const hold = heldStore();
    const gated = await startSandbox({ ...driver, open: async (options) => hold.around(await driver.open(options)) });
    try {
      const tenant = (await gated.admin.createTenant({ api: 'octobat' })).data as { tenant_id: string };
      const listed = async () => {
        const shown = await gated.call('GET', `/tenants/${tenant.tenant_id}`);
        documented('getTenant', shown, 200);
        return shown.json.credentials as { id: string; mode: string | null }[];
      };
      const keys = await listed();
      expect(keys.map((key) => key.mode).sort()).toEqual(['live', 'test']);

      // Each key rotated, revoked once its new secret is written: the rotation still answers with that key, its secret in the key's own mode.
      for (const key of keys) {
        const written = hold.next('replaceSecret', 'after');
        const rotation = gated.call('POST', `/tenants/${tenant.tenant_id}/credentials/${key.id}/rotate`);
        await written.reached;
        documented('revokeCredential', await gated.call('DELETE', `/tenants/${tenant.tenant_id}/credentials/${key.id}`), 204);
        written.release();
        const rotated = await rotation;
        documented('rotateCredential', rotated, 200);
        expect(rotated.json.credential).toMatchObject({ id: key.id, mode: key.mode });
        expect(Object.values(rotated.json.secrets as Record<string, string>)).toEqual([expect.stringMatching(new RegExp(`^oc_${key.mode}_skey_[0-9A-Za-z]+$`))]);
      }
      expect(await listed()).toEqual([]);

      // A new credential revoked as soon as it is stored: a 404, not a 500.
      const copied = (await gated.admin.addCredential(tenant.tenant_id, { kind: 'secret_key' })).data as { credential: { id: string } };
      const stored = hold.next('insertHashed', 'after');
      const adding = gated.call('POST', `/tenants/${tenant.tenant_id}/credentials`, { like: copied.credential.id });
      await stored.reached;
      const added = (await listed()).find((credential) => credential.id !== copied.credential.id)!;
      documented('revokeCredential', await gated.call('DELETE', `/tenants/${tenant.tenant_id}/credentials/${added.id}`), 204);
      stored.release();
      documented('addCredential', await adding, 404);

      // The tenant removed before its new credential is stored: a 404, not a conflict or a foreign-key error.
      const storing = hold.next('insertHashed', 'before');
      const late = gated.call('POST', `/tenants/${tenant.tenant_id}/credentials`, { kind: 'api_key' });
      await storing.reached;
      documented('deleteTenant', await gated.call('DELETE', `/tenants/${tenant.tenant_id}`), 204);
      storing.release();
      documented('addCredential', await late, 404);
    } finally {
      await gated.close();
    }
  });

  it('a NUL in a name, a kind or a filter is a 400 naming the field, on both databases (PostgreSQL cannot store it: it was a 500 there)', async () => {
    const created = await server.call('POST', '/tenants', { api: 'balanced', name: 'a\u0000b' });
    documented('createTenant', created, 400);
    expect(JSON.stringify(created.json)).toContain('name');
    const listed = await raw(`${server.origin}/_clientele/tenants?api=%00`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    documented('listTenants', listed, 400);
    expect(JSON.stringify(listed.json)).toContain('api');
    const tenant = (await server.admin.createTenant({ api: 'octobat' })).data as { tenant_id: string };
    documented('addCredential', await server.call('POST', `/tenants/${tenant.tenant_id}/credentials`, { kind: 'api\u0000key' }), 400);
    documented('listRequests', await raw(`${server.origin}/_clientele/requests?tenant=a%00b`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } }), 400);
  });
});

describeEachDriver('admin API served beside one API at the root of a port', (driver) => {
  it('answers under /_clientele while the API answers at the root', async () => {
    const balanced = serverApis.find((a) => a.definition.name === 'balanced')!;
    const server = withAdmin(await startServer(driver, { apis: [balanced], mount: 'root', sandbox: { adminToken: ADMIN_TOKEN } }));
    try {
      const created = await server.admin.createTenant({ api: 'balanced' });
      documented('createTenant', created, 201);
      if (created.status !== 201) return;
      expect(created.data.example).toContain(`${server.origin}/v1/customers`);
      expect((await raw(`${server.origin}/v1/customers`, { headers: { authorization: basic(created.data.credentials.api_key_secret!) } })).status).toBe(200);
      documented('createTenant', await server.call('POST', '/tenants', { api: 'dwolla' }), 400);
      const spec = await raw(`${server.origin}/specs/balanced/openapi.json`);
      expect(spec.json.servers[0].url).toBe(server.origin);
    } finally {
      await server.close();
    }
  });
});
