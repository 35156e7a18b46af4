import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_NAMES, connectSandbox, startSandbox, type ApiName, type Sandbox } from '../src/index.ts';
import { documentsOf, happyPaths } from './happy-paths.ts';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox?.close());

const throwing = { client: { throwOnError: true, maxRetries: 0 } } as const;

describe.each(API_NAMES)('a %s tenant', (api: ApiName) => {
  it('comes with credentials and a ready client that creates and reads a customer over HTTP', async () => {
    const tenant = await sandbox.tenant(api, throwing);
    expect(tenant.url).toBe(`${sandbox.origin}/${api}`);
    expect(Object.keys(tenant.credentials).length).toBeGreaterThan(0);
    const before = await documentsOf(sandbox, tenant);
    const id = await (happyPaths[api] as (t: typeof tenant) => Promise<string>)(tenant);
    expect(id).toEqual(expect.any(String));
    expect(await documentsOf(sandbox, tenant)).toBeGreaterThan(before);

    const logged = await sandbox.requests({ tenant, operation: 'createCustomer' });
    expect(logged.map((entry) => [entry.api, entry.tenant, entry.status < 300])).toEqual([[api, tenant.id, true]]);

    expect(await sandbox.reset(tenant)).toEqual([tenant.id]);
    expect(await documentsOf(sandbox, tenant)).toBe(before);
  });
});

describe('what a tenant needs besides its client', () => {
  it('the bank: its bank id and an access token already fetched with the refresh token', async () => {
    const bank = await sandbox.tenant('bank');
    expect(bank.bankId).toBe(bank.credentials.bank_id);
    expect(await bank.client.accessToken()).toBe(bank.accessToken);
    const current = await fetch(`${bank.url}/v1/users/current/customers`, { headers: { authorization: `Bearer ${bank.accessToken}` } });
    expect(current.status).toBe(200);
  });

  it('Dwolla: a token already fetched with the application key; Ping++: its app id', async () => {
    const dwolla = await sandbox.tenant('dwolla');
    expect(await dwolla.client.accessToken()).toBe(dwolla.accessToken);
    const customers = await fetch(`${dwolla.url}/customers`, { headers: { authorization: `Bearer ${dwolla.accessToken}`, accept: 'application/vnd.dwolla.v1.hal+json' } });
    expect(customers.status).toBe(200);
    const pingpp = await sandbox.tenant('pingpp');
    expect(pingpp.appId).toBe(pingpp.credentials.app_id);
  });
});

describe('faults, the clock and the request log', () => {
  it('a fault rule narrowed to a tenant fails its next create with a 503 in the API’s envelope, then is spent', async () => {
    const mine = await sandbox.tenant('balanced', throwing);
    const other = await sandbox.tenant('balanced', throwing);
    const rule = await sandbox.faults.add({ match: { tenant: mine, operation: 'createCustomer' }, status: 503, count: 1 });
    expect(rule.match).toEqual({ tenant: mine.id, operation: 'createCustomer' });
    // Another tenant is not touched by it.
    await other.client.createCustomer({ name: 'Unaffected' });
    const failed = await mine.client.createCustomer({ name: 'Ada' }).catch((error: unknown) => error);
    expect(failed).toMatchObject({ name: 'BalancedError', status: 503 });
    await mine.client.createCustomer({ name: 'Ada' });
    expect((await sandbox.requests({ tenant: mine, status: 503 })).map((entry) => entry.fault)).toEqual(['status=503']);
    await sandbox.faults.remove(rule);
    expect((await sandbox.faults.list()).map((r) => r.id)).not.toContain(rule.id);
  });

  it('faults.clear() removes the rules this handle added', async () => {
    const tenant = await sandbox.tenant('octobat', throwing);
    await sandbox.faults.add({ match: { tenant }, status: 500 });
    await sandbox.faults.clear();
    await tenant.client.createCustomer({ name: 'Fine', billing_address_country: 'FR' });
  });

  it('clock.advance moves the time the APIs see: a customer made after it is dated a day later', async () => {
    const tenant = await sandbox.tenant('balanced', throwing);
    const before = await sandbox.clock.now();
    const moved = await sandbox.clock.advance('1d');
    expect(moved.getTime() - before.getTime()).toBeGreaterThanOrEqual(86_400_000);
    const created = await tenant.client.createCustomer({ name: 'Tomorrow' });
    expect(Date.parse(created.data.created_at)).toBeGreaterThanOrEqual(before.getTime() + 86_400_000);
    expect((await sandbox.clock.advance(60_000)).getTime()).toBeGreaterThanOrEqual(moved.getTime() + 60_000);
  });
});

describe('two workers on one server, each with its own handle', () => {
  it('never see each other’s data; reset, faults.clear and close touch only their own', async () => {
    const [a, b] = [connectSandbox(sandbox.connection), connectSandbox(sandbox.connection)];
    const [ta, tb] = await Promise.all([a.tenant('dwolla', throwing), b.tenant('dwolla', throwing)]);
    const [ida, idb] = await Promise.all([happyPaths.dwolla(ta), happyPaths.dwolla(tb)]);
    const ids = async (tenant: typeof ta) => (await tenant.client.listCustomers()).data._embedded.customers.map((c) => c.id);
    expect(await ids(ta)).toEqual([ida]);
    expect(await ids(tb)).toEqual([idb]);
    expect(await ta.client.retrieveCustomer(idb).catch((error: { status: number }) => error.status)).toBe(404);
    expect((await a.requests({ tenant: ta })).every((entry) => entry.tenant === ta.id)).toBe(true);

    await b.faults.add({ match: { tenant: tb, operation: 'listCustomers' }, status: 429 });
    await a.faults.add({ match: { tenant: ta, operation: 'listCustomers' }, status: 500 });
    await a.faults.clear();
    expect(await ids(ta)).toEqual([ida]);
    expect(await ids(tb).catch((error: { status: number }) => error.status)).toBe(429);
    await b.faults.clear();

    expect(await a.reset()).toEqual([ta.id]);
    expect(await ids(ta)).toEqual([]);
    expect(await ids(tb)).toEqual([idb]);

    await a.close();
    expect(await sandbox.admin.getTenant(ta.id).catch((error: { status: number }) => error.status)).toBe(404);
    expect(await ids(tb)).toEqual([idb]);
    await b.close();
  });

  it('connectSandbox() without a connection reads CLIENTELE_SANDBOX, and says so when it is missing', async () => {
    const saved = process.env.CLIENTELE_SANDBOX;
    try {
      delete process.env.CLIENTELE_SANDBOX;
      expect(() => connectSandbox()).toThrow(/CLIENTELE_SANDBOX/);
      process.env.CLIENTELE_SANDBOX = JSON.stringify(sandbox.connection);
      const worker = connectSandbox();
      expect((await worker.tenant('octobat')).url).toBe(`${sandbox.origin}/octobat`);
      await worker.close();
    } finally {
      if (saved === undefined) delete process.env.CLIENTELE_SANDBOX;
      else process.env.CLIENTELE_SANDBOX = saved;
    }
  });
});
