import {
  ApiError,
  BalancedError,
  BankError,
  ConnectionError,
  createBalancedClient,
  createBankClient,
  createdId,
  createDwollaClient,
  createOctobatClient,
  createPingppClient,
  DwollaError,
  OctobatError,
  PingppError,
  TimeoutError,
} from '@clientele/client';
import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../src/platform/clock.ts';
import { clientFixtures, type ClientFixture } from './support/clients.ts';
import { describeEachDriver } from './support/drivers.ts';
import { faultProxy, type FaultProxy } from './support/faults.ts';
import { unionPay } from './support/pingpp.ts';
import { startServer, type TestServer } from './support/server.ts';

/** A sleep that only records what the client asked to wait: no test sleeps. */
function recordedSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

describeEachDriver('retries, idempotency keys, timeouts and typed errors (@clientele/client)', (driver) => {
  let server: TestServer;
  let proxy: FaultProxy;
  const clock = manualClock();
  const { waits, sleep } = recordedSleep();
  let fixtures: ClientFixture[];

  beforeAll(async () => {
    server = await startServer(driver, { clock });
    proxy = await faultProxy(server.origin);
    fixtures = await clientFixtures(server, proxy.origin, clock, { maxRetries: 3, sleep });
  });
  afterAll(async () => {
    await proxy.close();
    await server.close();
  });
  afterEach(() => {
    waits.length = 0;
  });

  const lastRequests = (n: number) => proxy.seen.slice(-n);

  it.each(['balanced', 'dwolla', 'bank', 'octobat', 'pingpp'])('%s: a list goes through a 503, a 429 with Retry-After and a dropped connection', async (api) => {
    const fixture = fixtures.find((f) => f.api === api)!;
    await fixture.create(0); // and its token, where the API has one: the faults then meet the list
    proxy.inject({ status: 503 }, { status: 429, retryAfter: '2' }, { drop: 'before' });
    const walked = [];
    for await (const customer of fixture.paginate({ limit: 5 })) walked.push(customer);
    expect(walked.length).toBeGreaterThanOrEqual(1);
    const attempts = lastRequests(4);
    expect(attempts.map((r) => r.fault ?? 'passed')).toEqual([{ status: 503 }, { status: 429, retryAfter: '2' }, { drop: 'before' }, 'passed']);
    expect(new Set(attempts.map((r) => `${r.method} ${r.url}`)).size).toBe(1);
    // Three waits, growing, the second at least the two seconds the server asked for.
    expect(waits).toHaveLength(3);
    expect(waits[1]).toBeGreaterThanOrEqual(2000);
    expect(waits[0]).toBeLessThan(waits[2]!);
  });

  it('Dwolla: a create whose answer is lost is retried with the same Idempotency-Key and makes one customer', async () => {
    const tenant = await server.tenant('dwolla');
    const dwolla = createDwollaClient({ baseUrl: `${proxy.origin}/dwolla`, clientId: tenant.client_id!, clientSecret: tenant.client_secret!, now: () => clock.nowMs(), sleep });
    await dwolla.accessToken();
    proxy.inject({ drop: 'after' });
    const created = await dwolla.createCustomer({ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org' });
    expect(created.status).toBe(201);
    expect(created.headers.get('idempotent-replayed')).toBe('true');
    const [first, second] = lastRequests(2);
    expect(first!.fault).toEqual({ drop: 'after' });
    expect(first!.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(second!.headers['idempotency-key']).toBe(first!.headers['idempotency-key']);
    const list = await dwolla.listCustomers();
    expect(list.status === 200 && list.data.total).toBe(1);
    expect(list.status === 200 && list.data._embedded.customers[0]!.id).toBe(createdId(created));
  });

  it('Octobat: a create dropped after the server ran it, with a key of the caller’s, makes one customer', async () => {
    const tenant = await server.tenant('octobat');
    const octobat = createOctobatClient({ baseUrl: `${proxy.origin}/octobat`, secretKey: tenant.test_secret_key!, sleep, throwOnError: true });
    proxy.inject({ drop: 'after' }, { status: 503 });
    const created = await octobat.createCustomer({ name: 'Octobat Inc.', billing_address_country: 'FR' }, { idempotencyKey: 'order-42' });
    expect(lastRequests(3).map((r) => r.headers['idempotency-key'])).toEqual(['order-42', 'order-42', 'order-42']);
    const list = await octobat.listCustomers();
    expect(list.data.total_count).toBe(1);
    expect(list.data.data[0]!.id).toBe(created.data.id);
  });

  it('a POST to an API without idempotency keys is not retried: the 503 is answered, a dropped connection is a ConnectionError', async () => {
    const tenant = await server.tenant('balanced');
    const balanced = createBalancedClient({ baseUrl: `${proxy.origin}/balanced`, apiKeySecret: tenant.api_key_secret!, sleep, maxRetries: 5 });
    proxy.inject({ status: 503 });
    expect((await balanced.createCustomer({ name: 'Once' })).status).toBe(503);
    proxy.inject({ drop: 'before' });
    const failure = await balanced.createCustomer({ name: 'Once' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConnectionError);
    expect(failure).not.toBeInstanceOf(TypeError);
    expect(waits).toEqual([]);
    expect(lastRequests(2).every((r) => !('idempotency-key' in r.headers))).toBe(true);
    // A PUT may run twice: it is retried.
    const created = await balanced.createCustomer({ name: 'Twice' });
    proxy.inject({ drop: 'after' });
    const updated = await balanced.updateCustomer(created.status === 201 ? created.data.id : '', { name: 'Updated' });
    expect(updated.status).toBe(200);
    expect(waits).toHaveLength(1);
  });

  it('a Retry-After beyond a minute is not waited for: the 429 is the answer', async () => {
    const tenant = await server.tenant('balanced');
    const balanced = createBalancedClient({ baseUrl: `${proxy.origin}/balanced`, apiKeySecret: tenant.api_key_secret!, sleep });
    proxy.inject({ status: 429, retryAfter: '3600' });
    expect((await balanced.listCustomers()).status).toBe(429);
    expect(waits).toEqual([]);
  });

  it('a timeout abandons an attempt held back by latency; the retry then gets the answer', async () => {
    const tenant = await server.tenant('octobat');
    const octobat = createOctobatClient({ baseUrl: `${proxy.origin}/octobat`, secretKey: tenant.test_secret_key!, sleep, maxRetries: 0 });
    proxy.inject({ latencyMs: 60_000 });
    const failure = await octobat.listCustomers(undefined, { timeout: 200 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TimeoutError);
    expect(failure).toBeInstanceOf(ConnectionError);
    expect((failure as TimeoutError).timeout).toBe(200);
    proxy.inject({ latencyMs: 60_000 });
    const retried = await octobat.listCustomers(undefined, { timeout: 2000, maxRetries: 1 });
    expect(retried.status).toBe(200);
    expect(waits).toHaveLength(1);
  });

  it('a call cancelled by its signal rejects with the signal’s reason and is not retried', async () => {
    const tenant = await server.tenant('octobat');
    const octobat = createOctobatClient({ baseUrl: `${proxy.origin}/octobat`, secretKey: tenant.test_secret_key!, sleep });
    proxy.inject({ latencyMs: 60_000 });
    const controller = new AbortController();
    const call = octobat.listCustomers(undefined, { signal: controller.signal });
    const seen = proxy.seen.length;
    controller.abort(new Error('the user went away'));
    await expect(call).rejects.toThrow('the user went away');
    expect(proxy.seen.length).toBeLessThanOrEqual(seen + 1);
    expect(waits).toEqual([]);
  });

  it('typed errors carry each provider’s code and fields', async () => {
    const balancedTenant = await server.tenant('balanced');
    const balanced = createBalancedClient({ baseUrl: `${server.origin}/balanced`, apiKeySecret: balancedTenant.api_key_secret!, throwOnError: true });
    await balanced.createCustomer({ name: 'A', email_address: 'a@example.org' });
    const duplicate = await balanced.createCustomer({ name: 'B', email_address: 'a@example.org' }).catch((error: unknown) => error);
    expect(duplicate).toBeInstanceOf(BalancedError);
    expect(duplicate).toBeInstanceOf(ApiError);
    expect(duplicate).toMatchObject({ status: 409, code: 'duplicate-email-address', requestId: expect.stringMatching(/^OHM/) });
    const invalid = await balanced.createCustomer({ email_address: 'not an email' } as never).catch((error: unknown) => error);
    expect(invalid).toMatchObject({ status: 400, fields: { email_address: expect.any(String) } });

    const dwollaTenant = await server.tenant('dwolla');
    const dwolla = createDwollaClient({ baseUrl: `${server.origin}/dwolla`, clientId: dwollaTenant.client_id!, clientSecret: dwollaTenant.client_secret!, now: () => clock.nowMs(), throwOnError: true });
    await dwolla.createCustomer({ firstName: 'Bob', lastName: 'Dole', email: 'bob@dole.com' });
    const taken = await dwolla.createCustomer({ firstName: 'Bob', lastName: 'Dole', email: 'BOB@dole.com' }).catch((error: unknown) => error);
    expect(taken).toBeInstanceOf(DwollaError);
    expect(taken).toMatchObject({ status: 400, code: 'ValidationError', fieldCodes: { email: 'Duplicate' }, fields: { email: expect.stringMatching(/already exists/) } });

    const bankTenant = await server.tenant('bank');
    const bank = createBankClient({ baseUrl: `${server.origin}/bank`, refreshToken: bankTenant.refresh_token!, now: () => clock.nowMs(), throwOnError: true });
    const badEmail = await bank.createCustomer({ bank_id: bankTenant.bank_id!, legal_name: 'Ada', email: 'nope' }).catch((error: unknown) => error);
    expect(badEmail).toBeInstanceOf(BankError);
    expect(badEmail).toMatchObject({ status: 400, code: 'InvalidArgument', grpcCode: 3, fields: { email: expect.any(String) } });
    const elsewhere = await bank.getCustomerByCustomerId('no-such-bank', 'no-such-customer').catch((error: unknown) => error);
    expect(elsewhere).toMatchObject({ status: 404, code: 'NotFound', grpcCode: 5 });

    const octobatTenant = await server.tenant('octobat');
    const octobat = createOctobatClient({ baseUrl: `${server.origin}/octobat`, secretKey: octobatTenant.test_secret_key!, throwOnError: true });
    const missing = await octobat.createCustomer({ name: 'No country' } as never).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(OctobatError);
    expect(missing).toMatchObject({ status: 422, fields: { billing_address_country: expect.any(String) }, requestId: expect.any(String) });

    const pingppTenant = await server.tenant('pingpp');
    const pingpp = createPingppClient({ baseUrl: `${server.origin}/pingpp`, secretKey: pingppTenant.test_secret_key!, language: 'en', throwOnError: true });
    const token = await pingpp.createToken({ app: pingppTenant.app_id!, card: { card_number: unionPay(9), name: '张三', phone_number: '13800138000' } });
    const wrongCode = await pingpp.createCustomer({ app: pingppTenant.app_id!, source: token.data.id, sms_code: { id: token.data.sms_code.id, code: '000000' } }).catch((error: unknown) => error);
    expect(wrongCode).toBeInstanceOf(PingppError);
    expect(wrongCode).toMatchObject({ status: 400, code: 'sms_code_incorrect', type: 'invalid_request_error', fields: { 'sms_code[code]': expect.any(String) } });

    // paginate throws the API's error too: it has no status to yield.
    const stranger = createOctobatClient({ baseUrl: `${server.origin}/octobat`, secretKey: 'oc_test_skey_unknown' });
    await expect(stranger.paginate('listCustomers').next()).rejects.toMatchObject({ name: 'OctobatError', status: 401 });
  });
});

describe('no server', () => {
  it('a server that is not there is a ConnectionError naming the call, after the retries', async () => {
    // A port that was free a moment ago: nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const { waits, sleep } = recordedSleep();
    const balanced = createBalancedClient({ baseUrl: `http://127.0.0.1:${port}/balanced`, apiKeySecret: 'k', sleep });
    const failure = await balanced.listCustomers().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConnectionError);
    expect((failure as Error).message).toMatch(new RegExp(`GET http://127.0.0.1:${port}/balanced/v1/customers failed: .*ECONNREFUSED`));
    expect(waits).toHaveLength(2);
  });
});
