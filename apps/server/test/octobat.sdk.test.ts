import { globalAgent } from 'node:http';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { octobatApi } from '../src/apis/octobat/index.ts';
import { describeEachDriver } from './support/drivers.ts';
import { rawHttp } from './support/http.ts';
import { startServer, type TestServer } from './support/server.ts';

/** The parts of Octobat's Node SDK (`octobat-npm`, plain JavaScript without types) this test uses. */
interface OctobatSdk {
  _setApiField(key: 'host' | 'port' | 'protocol', value: string | number): void;
  customers: {
    create(params: Record<string, unknown>): Promise<Customer>;
    retrieve(id: string): Promise<Customer>;
    update(id: string, params: Record<string, unknown>): Promise<Customer>;
    list(params?: Record<string, unknown>): Promise<{ object: 'list'; data: Customer[]; has_more: boolean; has_before: boolean; total_count: number }>;
  };
}
interface Customer {
  id: string;
  name: string | null;
  email: string | null;
  business_type: string;
  livemode: boolean;
}
interface SdkError extends Error {
  type: string;
  requestId: string | undefined;
  raw: Record<string, { details: string }[]>;
}

const require = createRequire(import.meta.url);
const Octobat = require('octobat-npm') as new (key: string) => OctobatSdk;
const SDK_VERSION = (require('octobat-npm/package.json') as { version: string }).version;

/**
 * Octobat's official Node SDK, unmodified, on Node's default agent, against clientele serving
 * Octobat alone at the root of its port (`pnpm start --api octobat`): the SDK builds its paths from
 * `/`. It knows only Octobat's host over HTTPS; its own `_setApiField` points it elsewhere.
 */
function sdk(origin: string, key: string): OctobatSdk {
  const url = new URL(origin);
  const client = new Octobat(key);
  client._setApiField('host', url.hostname);
  client._setApiField('port', url.port);
  client._setApiField('protocol', 'http');
  return client;
}

describeEachDriver('the octobat-npm SDK against clientele', (driver) => {
  let server: TestServer;
  let octobat: OctobatSdk;
  let key: string;
  let connections = 0;
  const failure = async (call: Promise<unknown>) => (await call.then(() => expect.unreachable('the call succeeded'), (e: unknown) => e)) as SdkError;

  beforeAll(async () => {
    server = await startServer(driver, { apis: [octobatApi], mount: 'root' });
    server.http.on('connection', () => connections++);
    key = (await server.tenant('octobat')).test_secret_key!;
    octobat = sdk(server.origin, key);
    // The SDK prints every error message it builds; keep the test output to the test's own.
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await server.close();
  });

  it("runs on Node's default agent, which keeps sockets alive (the case the SDK cannot handle by itself)", () => {
    expect((globalAgent as typeof globalAgent & { keepAlive: boolean }).keepAlive).toBe(true);
  });

  it('creates, retrieves, updates and lists customers, following pages, call after call', async () => {
    const before = connections;
    const created: Customer[] = [];
    for (let i = 0; i < 5; i++) {
      created.push(await octobat.customers.create({ name: `SDK ${i}`, email: `sdk${i}@example.org`, billing_address_country: 'France' }));
    }
    expect(created.map((c) => c.business_type)).toEqual(['B2C', 'B2C', 'B2C', 'B2C', 'B2C']);
    expect(created.every((c) => /^oc_cu_\d{10}[0-9a-z]{12}$/.test(c.id) && c.livemode === false)).toBe(true);

    const got = await octobat.customers.retrieve(created[2]!.id);
    expect(got).toMatchObject({ id: created[2]!.id, name: 'SDK 2', email: 'sdk2@example.org' });
    const updated = await octobat.customers.update(created[2]!.id, { email: 'admin@octobat.com', tax_number: 'FR60528551658' });
    expect(updated).toMatchObject({ id: created[2]!.id, name: 'SDK 2', email: 'admin@octobat.com', business_type: 'B2C' });

    // The SDK sends a list's parameters as a form body of the GET.
    const seen: string[] = [];
    let page = await octobat.customers.list({ limit: 2 });
    expect([page.total_count, page.has_before]).toEqual([5, false]);
    seen.push(...page.data.map((c) => c.id));
    while (page.has_more) {
      page = await octobat.customers.list({ limit: 2, starting_after: page.data.at(-1)!.id });
      seen.push(...page.data.map((c) => c.id));
    }
    expect(seen).toEqual(created.map((c) => c.id).reverse());
    const back = await octobat.customers.list({ limit: 2, ending_before: page.data[0]!.id });
    expect(back.data.map((c) => c.id)).toEqual([created[2]!.id, created[1]!.id]);

    // Eleven calls (5 creates, a retrieve, an update, 4 pages), each answered with Connection: close,
    // so each on a socket of its own: none waits forever on a kept-alive one.
    expect(connections - before).toBe(11);
  });

  it('surfaces a not-found customer as an error carrying the global detail', async () => {
    const error = await failure(octobat.customers.retrieve('oc_cu_1421878635hksc26e4de79'));
    expect(error.type).toBe('OctobatInvalidRequest');
    expect(error.message).toBe('global: Customer not found. ');
    expect(error.raw.global).toEqual([{ details: 'Customer not found' }]);
    expect(error.requestId).toMatch(/^req_[0-9a-f]{32}$/);
  });

  it('surfaces validation errors naming each parameter', async () => {
    const error = await failure(octobat.customers.create({ name: 'No country', business_type: 'B2X' }));
    expect(error.type).toBe('OctobatInvalidRequest');
    expect(error.raw.billing_address_country).toEqual([{ details: "can't be blank" }]);
    expect(error.raw.business_type).toEqual([{ details: "is invalid: expected 'B2B' or 'B2C'" }]);
    expect(error.message).toContain("billing_address_country: can't be blank.");
    const update = await failure(octobat.customers.update((await octobat.customers.list({ limit: 1 })).data[0]!.id, { billing_address_country: 'XX' }));
    expect(Object.keys(update.raw)).toContain('billing_address_country');
  });

  it('surfaces an unknown key as an authentication error', async () => {
    const error = await failure(sdk(server.origin, 'oc_test_skey_000000000000000000000000').customers.list());
    expect(error.type).toBe('OctobatAuthenticationError');
    expect(error.raw.global).toEqual([{ details: 'Invalid API key' }]);
  });

  it('only that SDK is answered Connection: close; every other client keeps its connection', async () => {
    const headers = { authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` };
    const asSdk = await rawHttp(`${server.origin}/customers`, { method: 'GET', headers: { ...headers, 'user-agent': `Octobat/v2 NodeBindings/${SDK_VERSION}` } });
    expect([asSdk.status, asSdk.headers.get('connection')]).toEqual([200, 'close']);
    const other = await rawHttp(`${server.origin}/customers`, { method: 'GET', headers: { ...headers, 'user-agent': 'my-app/1.0' } });
    expect([other.status, other.headers.get('connection')]).toEqual([200, 'keep-alive']);
    const before = connections;
    for (let i = 0; i < 3; i++) await rawHttp(`${server.origin}/customers`, { method: 'GET', headers });
    expect(connections - before).toBeLessThanOrEqual(1);
  });
});
