import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openStore, type Store } from '@clientele/store';
import { serverApis } from '../src/apis/index.ts';
import { buildApp } from '../src/app.ts';
import { run as runCli } from '../src/cli.ts';
import { drivers, postgres } from './support/drivers.ts';
import { dwollaToken } from './support/dwolla.ts';
import { basic, raw } from './support/http.ts';
import { capturedIo } from './support/process.ts';
import { ADMIN_TOKEN, startSandbox, withAdmin, type SandboxServer } from './support/sandbox.ts';
import type { TestServer } from './support/server.ts';

const postgresDriver = drivers.find((d) => d.name === 'postgres')!;

/**
 * Two instances on one PostgreSQL database, as behind a load balancer: fault rules, the request log,
 * the clock and credential changes are in the database, so whichever instance a request reaches
 * behaves the same. Each reads the shared state for every request here (a second by default).
 */
describe.skipIf(!postgres.available)('sandbox controls shared by two instances on one PostgreSQL database', () => {
  let a: SandboxServer;
  let b: SandboxServer;
  let storeB: Store;
  let appB: FastifyInstance;
  let key: string;
  let tenantId: string;
  const via = (i: number) => (i % 2 === 0 ? a : b);
  const list = (server: TestServer, secret = key) => raw(`${server.origin}/balanced/v1/customers`, { headers: { authorization: basic(secret) } });

  beforeAll(async () => {
    a = await startSandbox(postgresDriver);
    storeB = await openStore(a.url, process.cwd(), { poolSize: 4 });
    appB = await buildApp({ store: storeB, apis: serverApis, sandbox: { adminToken: ADMIN_TOKEN, requestLogLimit: 100, sharedStateTtlMs: 0 } });
    await appB.listen({ port: 0, host: '127.0.0.1' });
    const origin = `http://127.0.0.1:${(appB.server.address() as AddressInfo).port}`;
    b = withAdmin({ ...a, origin, store: storeB, app: appB, http: appB.server, close: async () => {} });
    const created = (await a.admin.createTenant({ api: 'balanced' })).data as { tenant_id: string; credentials: Record<string, string> };
    key = created.credentials.api_key_secret!;
    tenantId = created.tenant_id;
  });
  afterAll(async () => {
    await appB?.close();
    await storeB?.close();
    await a?.close();
  });

  it('a fault rule added on one instance applies on the other; a count is shared', async () => {
    const rule = await a.admin.addFault({ match: { api: 'balanced' }, status: 503, count: 3 });
    expect(rule.status).toBe(201);
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await list(via(i + 1))).status);
    expect(statuses).toEqual([503, 503, 503, 200, 200, 200]);
    expect((await b.admin.listFaults()).data).toMatchObject({ items: [{ remaining: 0 }] });
    await b.admin.clearFaults();
    expect((await a.admin.listFaults()).data).toEqual({ items: [] });
  });

  it('the request log holds both instances’ requests, read on either', async () => {
    // B writes its entries within 50 ms of them; those of earlier tests, written now, are cleared too.
    await appB.clienteleSandbox.flush();
    await a.call('DELETE', '/requests');
    await list(a);
    await list(b);
    await list(b);
    await a.app.clienteleSandbox.flush();
    await appB.clienteleSandbox.flush();
    const [onA, onB] = await Promise.all([a.call('GET', `/requests?tenant=${tenantId}`), b.call('GET', `/requests?tenant=${tenantId}`)]);
    expect(onA.json).toEqual(onB.json);
    const instances = onA.json.items.map((e: { instance: string }) => e.instance);
    expect(instances).toHaveLength(3);
    expect(new Set(instances).size).toBe(2);
  });

  it('the clock moved on one instance is the other’s too', async () => {
    const dwolla = (await a.admin.createTenant({ api: 'dwolla' })).data as { credentials: Record<string, string> };
    const token = await dwollaToken(`${b.origin}/dwolla`, dwolla.credentials.client_id!, dwolla.credentials.client_secret!);
    const customers = (server: TestServer) => raw(`${server.origin}/dwolla/customers`, { headers: { authorization: `Bearer ${token}` } });
    expect((await customers(b)).status).toBe(200);
    await a.admin.advanceClock({ advance: '2h' });
    expect((await b.admin.getClock()).data).toMatchObject({ offset_ms: expect.any(Number) });
    expect((await customers(b)).status).toBe(401);
    expect((await customers(a)).status).toBe(401);
  });

  it('a credential revoked (or rotated) on one instance stops working on the other at its next refresh', async () => {
    expect((await list(b)).status).toBe(200); // found, and remembered, by B
    const shown = await a.admin.getTenant(tenantId);
    const credential = shown.status === 200 ? shown.data.credentials[0]! : undefined;
    const rotated = await a.admin.rotateCredential(tenantId, credential!.id);
    expect((await list(b)).status).toBe(401);
    const fresh = rotated.status === 200 ? rotated.data.secrets.api_key_secret! : '';
    expect((await list(b, fresh)).status).toBe(200);
    await a.call('DELETE', `/tenants/${tenantId}/credentials/${credential!.id}`);
    expect((await list(b, fresh)).status).toBe(401);
  });

  it("a Ping++ account's public key registered by the command is required on both instances at their next refresh; a reset through one that removes it lifts that on both", async () => {
    const account = (await a.admin.createTenant({ api: 'pingpp' })).data as { tenant_id: string; credentials: Record<string, string> };
    const unsigned = (server: TestServer) => raw(`${server.origin}/pingpp/v1/customers`, { headers: { authorization: basic(account.credentials.test_secret_key!) } });
    expect((await unsigned(b)).status).toBe(200); // B found the key, and that the account has no public key
    const dir = mkdtempSync(join(tmpdir(), 'clientele-instances-'));
    const pem = join(dir, 'public.pem');
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
    // The command, as an operator runs it: on the database, beside both instances.
    writeFileSync(pem, publicKey);
    expect(await runCli(['tenant', 'public-key', '--api', 'pingpp', '--tenant', account.tenant_id, '--file', pem, '--db', a.url], capturedIo())).toBe(0);
    expect((await unsigned(a)).status).toBe(401);
    expect((await unsigned(b)).status).toBe(401);
    // The account's baseline (as created) has no key: a reset through B removes it, on A too.
    expect((await b.call('POST', '/reset', { tenant: account.tenant_id })).status).toBe(200);
    expect((await unsigned(a)).status).toBe(200);
    expect((await unsigned(b)).status).toBe(200);
  });

  it('with a refresh every second (the default), a rotation or revocation on one instance holds on the other within one tick: a second', async () => {
    // C reads what instances share on its timer only; the test moves that timer, not the clock on the wall.
    const TTL_MS = 1000;
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const storeC = await openStore(a.url, process.cwd(), { poolSize: 2 });
    const appC = await buildApp({ store: storeC, apis: serverApis, sandbox: { adminToken: ADMIN_TOKEN, sharedStateTtlMs: TTL_MS } });
    try {
      await appC.listen({ port: 0, host: '127.0.0.1' });
      const c = { origin: `http://127.0.0.1:${(appC.server.address() as AddressInfo).port}` } as TestServer;
      const created = (await a.admin.createTenant({ api: 'balanced' })).data as { tenant_id: string; credentials: Record<string, string> };
      const old = created.credentials.api_key_secret!;
      expect((await list(c, old)).status).toBe(200); // found, and remembered, by C
      const [credential] = ((await a.admin.getTenant(created.tenant_id)).data as { credentials: { id: string }[] }).credentials;
      const rotated = await a.admin.rotateCredential(created.tenant_id, credential!.id);
      const fresh = rotated.status === 200 ? rotated.data.secrets.api_key_secret! : '';
      /** Moves C's timer on by `ms` and waits for the read it started, if it started one. */
      const tick = async (ms: number) => {
        vi.advanceTimersByTime(ms);
        await appC.clienteleSandbox.settled();
      };
      await tick(TTL_MS - 1);
      expect((await list(c, old)).status).toBe(200); // within the bound, C may still take the old secret
      await tick(1);
      expect((await list(c, old)).status).toBe(401);
      expect((await list(c, fresh)).status).toBe(200);
      await a.call('DELETE', `/tenants/${created.tenant_id}/credentials/${credential!.id}`);
      await tick(TTL_MS - 1);
      expect((await list(c, fresh)).status).toBe(200);
      await tick(1);
      expect((await list(c, fresh)).status).toBe(401);
    } finally {
      vi.useRealTimers();
      await appC.close();
      await storeC.close();
    }
  });
});
