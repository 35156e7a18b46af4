import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from './support/drivers.ts';
import { basic, raw } from './support/http.ts';
import { FORM } from './support/octobat.ts';
import { startServer, type TestServer } from './support/server.ts';
import { specValidator } from './support/spec.ts';

const dir = new URL('./fixtures/octobat/', import.meta.url);
const text = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const fixture = (name: string) => JSON.parse(text(name));
const spec = specValidator('octobat');

/** The key the seed's examples authenticate with (`-u oc_test_skey_tkHCYYOUVrYyY5rBFZxNzgtt:`). */
const SEED_KEY = 'oc_test_skey_tkHCYYOUVrYyY5rBFZxNzgtt';

/** Octobat's seed examples are requests to send as they are written (the other seeds' are held to the spec in fixtures.test.ts). */
describeEachDriver("Octobat: the seed's example requests, sent as written", (driver) => {
  let server: TestServer;
  let root: string;
  const headers = { authorization: basic(SEED_KEY), 'content-type': FORM };

  beforeAll(async () => {
    server = await startServer(driver);
    root = `${server.origin}/octobat`;
    // An account holding the very key the seed's examples use.
    const tenant = await server.store.tenants.create({ id: 'oc_acct_seed', api: 'octobat', name: 'Seed' });
    await server.store.credentials.create({ secret: SEED_KEY, tenantId: tenant.id, api: 'octobat', kind: 'secret_key', mode: 'test' });
  });
  afterAll(() => server.close());

  it('creates, retrieves, updates and lists the way the examples show', async () => {
    const created = await raw(`${root}/customers`, { method: 'POST', headers, body: text('create-request.form') });
    expect(created.status, created.text).toBe(201);
    expect(spec.responseErrors('createCustomer', 201, created.json)).toEqual([]);
    const { id, octobat_billing_page, livemode, created_at, updated_at, payment_sources } = created.json;
    // Everything the example answers, except what differs by design: a new id, test mode for a test key,
    // and the phone number's `+`, which `curl -d` sends unencoded (a space to any server).
    expect(withoutIdentity(created.json)).toEqual({ ...withoutIdentity(fixture('create-response.json')), phone_number: ' 33 9 52 54 03 70' });
    expect(payment_sources).toEqual(fixture('create-response.json').payment_sources);
    expect([livemode, octobat_billing_page]).toEqual([false, `https://bp.octobat.com/c/${id.slice(6)}`]);
    expect(created_at).toBe(updated_at);

    const ruby = await raw(`${root}/customers`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: text('create-ruby-request.json') });
    expect(ruby.status, ruby.text).toBe(201);
    expect({ ...withoutIdentity(ruby.json), email: 'admin@octobat.com' }).toEqual(withoutIdentity(fixture('create-ruby-response.json')));

    const got = await raw(`${root}/customers/${id}`, { headers: { authorization: basic(SEED_KEY) } });
    expect(got.json).toEqual(created.json);
    const updated = await raw(`${root}/customers/${id}`, { method: 'PATCH', headers, body: text('update-request.form') });
    expect(updated.status).toBe(200);
    expect(updated.json).toEqual({ ...created.json, email: 'admin@octobat.com', updated_at: updated.json.updated_at });

    const list = await raw(`${root}/customers`, { headers: { authorization: basic(SEED_KEY) } });
    expect(list.json).toMatchObject({ object: 'list', has_before: false, has_more: false, total_count: 2 });
    expect(list.json.data.map((c: { id: string }) => c.id)).toEqual([ruby.json.id, id]);
  });
});

/** A customer without what identifies one instance of it (id, billing page, mode, times). */
function withoutIdentity(customer: Record<string, unknown>): Record<string, unknown> {
  const { id, octobat_billing_page, livemode, created_at, updated_at, payment_sources, ...rest } = customer;
  void [id, octobat_billing_page, livemode, created_at, updated_at, payment_sources];
  return rest;
}
