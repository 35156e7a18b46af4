import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serverApis } from '../src/apis/index.ts';
import { run as runServer } from '../src/main.ts';
import { manualClock } from '../src/platform/clock.ts';
import type { ServerApi } from '../src/platform/handlers.ts';
import { describeEachDriver } from './support/drivers.ts';
import { dwollaToken } from './support/dwolla.ts';
import { basic, raw } from './support/http.ts';
import { capturedIo } from './support/process.ts';
import { ADMIN_TOKEN, documented, startSandbox, type SandboxServer } from './support/sandbox.ts';

const apiNamed = (name: string) => serverApis.find((api) => api.definition.name === name)!;

/** The seed file of docs/sandbox.md ("Known keys and data: a seed file"): known keys, one customer. */
const SEED = {
  format: 'clientele-sandbox/1',
  tenants: [
    {
      api: 'balanced',
      id: 'TEST-MPci',
      name: 'CI marketplace',
      credentials: [{ kind: 'api_key', label: 'api_key_secret', secret: 'ci-balanced-secret-0001' }],
      documents: [{ collection: 'balanced.customers', id: 'CUci0001', data: { name: 'Ada Lovelace', email_address: 'ada@example.org' } }],
    },
    {
      api: 'dwolla',
      id: 'CI-DWOLLA-ACCOUNT',
      credentials: [{ kind: 'oauth_application', public_id: 'ci-dwolla-key', secret: 'ci-dwolla-secret-0001', scopes: ['ManageCustomers'] }],
      documents: [
        {
          collection: 'dwolla.customers',
          id: 'FC451A7A-AE30-4404-AB95-E3553FCD733F',
          created: '2026-01-02T03:04:05.678901Z',
          data: { firstName: 'Bob', lastName: 'Dole', email: 'bob@dole.com' },
        },
      ],
    },
  ],
};

/** The access token a Dwolla account was issued (among its credentials, as the admin API shows them). */
const tokenId = (tenant: { json: { credentials: { id: string; kind: string }[] } }) => tenant.json.credentials.find((c) => c.kind === 'oauth_access_token')!.id;

describeEachDriver('seed files', (driver) => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'clientele-seed-'));
    writeFileSync(join(dir, 'ci.json'), JSON.stringify(SEED));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** `pnpm start --seed FILE` in-process on the driver's database: its export, and what it printed. */
  const startSeeded = async (url: string, seed: string) => {
    const io = capturedIo();
    const server = await runServer(['--db', url, '--port', '0', '--seed', seed, '--admin-token', ADMIN_TOKEN, '--request-log', '0'], io);
    if (typeof server === 'number') throw new Error(`the server exited ${server}: ${io.stderr.join('\n')}`);
    try {
      const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
      const exported = await raw(`${server.origin}/_clientele/export`, { headers: admin });
      const balanced = await raw(`${server.origin}/balanced/v1/customers`, { headers: { authorization: basic('ci-balanced-secret-0001') } });
      // A token is a new credential of the tenant: asked for after the export, which it would be part of.
      const token = await dwollaToken(`${server.origin}/dwolla`, 'ci-dwolla-key', 'ci-dwolla-secret-0001');
      const dwolla = await raw(`${server.origin}/dwolla/customers`, { headers: { authorization: `Bearer ${token}` } });
      await raw(`${server.origin}/_clientele/tenants/CI-DWOLLA-ACCOUNT/credentials/${tokenId(await raw(`${server.origin}/_clientele/tenants/CI-DWOLLA-ACCOUNT`, { headers: admin }))}`, { method: 'DELETE', headers: admin });
      return { exported: exported.text, balanced, dwolla, out: io.stdout.join('\n') };
    } finally {
      await server.close();
    }
  };

  it('create the tenants with the keys and documents they name, and applied twice in a row give the same result', async () => {
    const { url, dispose } = await driver.open({ migrate: false });
    try {
      const first = await startSeeded(url, join(dir, 'ci.json'));
      expect(first.out).toContain('2 tenant(s), 2 new');
      expect(first.balanced.json).toMatchObject({ total: 1, items: [{ id: 'CUci0001', name: 'Ada Lovelace', email_address: 'ada@example.org', meta: {}, phone_number: null }] });
      expect(first.dwolla.json._embedded.customers).toMatchObject([{ id: 'FC451A7A-AE30-4404-AB95-E3553FCD733F', created: '2026-01-02T03:04:05.678Z', status: 'unverified' }]);
      // A folder of seed files is read too; the second start changes nothing.
      const second = await startSeeded(url, dir);
      expect(second.out).toContain('2 tenant(s), 0 new');
      expect(second.exported).toBe(first.exported);
      expect(second.balanced.json).toEqual(first.balanced.json);
    } finally {
      await dispose();
    }
  });

  it('a seed file with a mistake stops the server with one line naming the file and the field', async () => {
    const { url, dispose } = await driver.open({ migrate: false });
    try {
      const bad = join(dir, 'bad.json.txt');
      writeFileSync(bad, JSON.stringify({ format: 'clientele-sandbox/1', tenants: [{ api: 'balanced', id: 'X', credentials: [{ kind: 'api_key' }] }] }));
      const io = capturedIo();
      expect(await runServer(['--db', url, '--port', '0', '--seed', bad], io)).toBe(1);
      expect(io.stderr).toEqual([`seed ${bad}: tenants.0.credentials.0.secret: give either \`secret\` (in clear) or \`secret_sha256\`, one of the two`]);
      const missing = capturedIo();
      expect(await runServer(['--db', url, '--port', '0', '--seed', join(dir, 'none.json')], missing)).toBe(1);
      expect(missing.stderr[0]).toContain('no such file or folder');
    } finally {
      await dispose();
    }
  });
});

describeEachDriver('export, reset and import', (driver) => {
  let server: SandboxServer;
  const clock = manualClock();
  const tenants = new Map<string, { tenant_id: string; credentials: Record<string, string> }>();

  const headersOf = async (api: ServerApi) => api.authorize(tenants.get(api.definition.name)!.credentials, { apiRoot: `${server.origin}/${api.definition.name}`, fetch });

  beforeAll(async () => {
    server = await startSandbox(driver, {}, { clock });
    for (const api of serverApis) {
      const created = await server.admin.createTenant({ api: api.definition.name });
      const tenant = created.data as { tenant_id: string; credentials: Record<string, string> };
      tenants.set(api.definition.name, tenant);
      // Samples, and the things around one of them (a bank customer's address, a Ping++ customer's card).
      const provisioned = { tenant: (await server.store.tenants.get(tenant.tenant_id))!, scope: { tenantId: tenant.tenant_id, ...(tenant.credentials.test_secret_key ? { mode: 'test' } : {}) }, credentials: tenant.credentials, example: () => '' };
      const ids = await api.samples.insert(server.store, provisioned.scope, { from: 0, count: 3 }, clock);
      await api.samples.related?.(server.store, provisioned, ids[0]!, clock);
    }
  });
  afterAll(() => server.close());

  it('export → reset → import gives the same export byte for byte, and the APIs serve the data as before', async () => {
    const before = await server.call('GET', '/export');
    documented('exportData', before, 200);
    expect(before.json.tenants.length).toBeGreaterThanOrEqual(5);
    const balanced = apiNamed('balanced');
    const list = async () => raw(`${server.origin}/balanced/v1/customers`, { headers: await headersOf(balanced) });
    const served = (await list()).json;

    // Changes after the export: a new customer, then everything reset to its baseline (no customers).
    await raw(`${server.origin}/balanced/v1/customers`, { method: 'POST', headers: { ...(await headersOf(balanced)), 'content-type': 'application/json' }, body: '{"email_address": "new@example.org"}' });
    const reset = await server.call('POST', '/reset', {});
    documented('resetData', reset, 200);
    expect(reset.json.tenants).toEqual(expect.arrayContaining([...tenants.values()].map((t) => t.tenant_id)));
    expect((await list()).json.total).toBe(0);

    const imported = await server.call('POST', '/import', before.text, { 'content-type': 'application/json' });
    documented('importData', imported, 200);
    expect(imported.json.tenants.every((t: { created: boolean }) => !t.created)).toBe(true);
    const after = await server.call('GET', '/export');
    expect(after.text).toBe(before.text);
    expect((await list()).json).toEqual(served);
    // Unique values are claimed again: the samples' emails are taken.
    const taken = await raw(`${server.origin}/balanced/v1/customers`, {
      method: 'POST',
      headers: { ...(await headersOf(balanced)), 'content-type': 'application/json' },
      body: JSON.stringify({ email_address: served.items[0].email_address }),
    });
    expect(taken.status).toBe(409);
  });

  it('an import onto an empty database recreates the tenants, their credentials (by hash) and data', async () => {
    const exported = await server.call('GET', `/export?tenant=${tenants.get('octobat')!.tenant_id}`);
    documented('exportData', exported, 200);
    expect(exported.json.tenants).toHaveLength(1);
    const other = await startSandbox(driver);
    try {
      documented('importData', await other.call('POST', '/import', exported.text), 200);
      expect((await other.call('GET', '/export')).text).toBe(exported.text);
      const key = tenants.get('octobat')!.credentials.test_secret_key!;
      // Each secret's length travels with its hash: the request log of the new database hashes only strings of those lengths.
      const credentials = exported.json.tenants[0].credentials as { secret_length?: number }[];
      expect(credentials.every((c) => Number.isInteger(c.secret_length))).toBe(true);
      expect((await other.store.sandbox.credentials.secretLengths())?.has(key.length)).toBe(true);
      const res = await raw(`${other.origin}/octobat/customers`, { headers: { authorization: basic(key) } });
      expect(res.json).toMatchObject({ object: 'list', total_count: 3 });
    } finally {
      await other.close();
    }
  });

  it('resets one tenant, or the tenants of one API, to what they were created with: a bank sandbox still works', async () => {
    // A tenant made for this test: what it was created with is its baseline (the others were imported since).
    const bank = apiNamed('bank');
    const tenant = (await server.admin.createTenant({ api: 'bank' })).data as { tenant_id: string; credentials: Record<string, string> };
    await bank.samples.insert(server.store, { tenantId: tenant.tenant_id }, { from: 0, count: 3 }, clock);
    const headers = await bank.authorize(tenant.credentials, { apiRoot: `${server.origin}/bank`, fetch });
    const customers = async () => (await raw(`${server.origin}/bank/v1/banks/${tenant.credentials.bank_id}/firehose/customers?limit=50`, { headers })).json;
    expect((await customers()).customers.length).toBeGreaterThan(0);
    const shown = await server.admin.getTenant(tenant.tenant_id);
    const baseline = shown.status === 200 ? shown.data.baseline : -1;
    expect(baseline).toBeGreaterThan(0); // its bank, user, OAuth client, grants

    documented('resetData', await server.call('POST', '/reset', { tenant: tenant.tenant_id }), 200);
    expect((await customers()).customers).toEqual([]);
    // Its bank, user and client are still there: a fresh token, a new customer.
    const fresh = await bank.authorize(tenant.credentials, { apiRoot: `${server.origin}/bank`, fetch });
    const created = await raw(`${server.origin}/bank/v1/customers`, { method: 'POST', headers: fresh, body: JSON.stringify(bank.samples.body(1, { credentials: tenant.credentials } as never)) });
    expect(created.status, created.text).toBe(201);

    const octobat = tenants.get('octobat')!;
    const byApi = await server.call('POST', '/reset', { api: 'octobat' });
    expect(byApi.json.tenants).toContain(octobat.tenant_id);
    expect(byApi.json.tenants).not.toContain(tenant.tenant_id);
    documented('resetData', await server.call('POST', '/reset', { tenant: 'no-such-tenant' }), 404);
    documented('resetData', await server.call('POST', '/reset', { api: 'nope' }), 400);
  });

  it('resets sent at once (a CI suite resetting before each test, in parallel) all succeed, each in turn; a bank sandbox works after them', async () => {
    const tenant = (await server.admin.createTenant({ api: 'bank' })).data as { tenant_id: string; credentials: Record<string, string> };
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => server.call('POST', '/reset', i % 2 ? {} : { tenant: tenant.tenant_id })));
    for (const answer of answers) documented('resetData', answer, 200);
    const bank = apiNamed('bank');
    const headers = await bank.authorize(tenant.credentials, { apiRoot: `${server.origin}/bank`, fetch });
    const created = await raw(`${server.origin}/bank/v1/customers`, { method: 'POST', headers, body: JSON.stringify(bank.samples.body(2, { credentials: tenant.credentials } as never)) });
    expect(created.status, created.text).toBe(201);
  });

  it('refuses what cannot be imported, naming the field, and leaves nothing half done', async () => {
    const doc = (tenant: object) => ({ format: 'clientele-sandbox/1', tenants: [tenant] });
    const refused = async (body: unknown, status: number, field?: string) => {
      const res = await server.call('POST', '/import', body);
      documented('importData', res, status);
      if (field) expect(res.json.errors.map((e: { field: string }) => e.field)).toContain(field);
      return res;
    };
    await refused(doc({ api: 'nope', id: 'T1' }), 400, 'tenants.0.api');
    await refused(doc({ api: 'balanced', id: 'T1', credentials: [{ kind: 'api_key', secret: 'abcdefgh-1', secret_sha256: 'a'.repeat(64) }] }), 400, 'tenants.0.credentials.0.secret');
    await refused(doc({ api: 'balanced', id: 'T1', documents: [{ collection: 'dwolla.customers', id: 'A', data: {} }] }), 400, 'tenants.0.documents.0.collection');
    const twice = { collection: 'balanced.customers', id: 'CUsame', data: { name: 'x' } };
    await refused(doc({ api: 'balanced', id: 'T1', documents: [twice, twice] }), 400, 'tenants.0.documents.1.id');
    await refused({ format: 'clientele-sandbox/2', tenants: [] }, 400, 'format');
    await refused(doc({ api: 'dwolla', id: tenants.get('balanced')!.tenant_id }), 409);
    // Two customers with one email: a conflict, and the new tenant is not left behind.
    const clash = (id: string) => ({ collection: 'balanced.customers', id, data: { email_address: 'same@example.org' } });
    const res = await refused(doc({ api: 'balanced', id: 'TEST-MPclash', documents: [clash('CU1'), clash('CU2')] }), 409);
    expect(res.json.detail).toContain('same@example.org');
    documented('getTenant', await server.call('GET', '/tenants/TEST-MPclash'), 404);
  });
});
