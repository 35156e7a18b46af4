import { afterAll, beforeAll, expect, it } from 'vitest';
import { createOctobatClient } from '@clientele/client';
import { manualClock } from '../src/platform/clock.ts';
import { describeEachDriver } from './support/drivers.ts';
import { raw } from './support/http.ts';
import { createdId, errorsOf, FORM, octobatAccount, octobatCaller, type OctobatAccount, type OctobatCaller } from './support/octobat.ts';
import { startServer, type TestServer } from './support/server.ts';
import { specValidator } from './support/spec.ts';

const spec = specValidator('octobat');

/** The seed's example create request, field for field (`curl … -d billing_address_country="France" …`). */
const SEED_CREATE = {
  email: 'contact@octobat.com',
  name: 'Octobat Inc.',
  phone_number: '+33 9 52 54 03 70',
  billing_address_zip: '75004',
  billing_address_city: 'Paris',
  billing_address_country: 'France',
  business_type: 'B2B',
  tax_number: 'FR60528551658',
};

describeEachDriver('Octobat customers over HTTP', (driver) => {
  let server: TestServer;
  let root: string;
  let account: OctobatAccount;
  let test: OctobatCaller;
  let live: OctobatCaller;
  const clock = manualClock(Date.UTC(2026, 2, 1, 12, 0, 0));

  beforeAll(async () => {
    server = await startServer(driver, { clock });
    root = `${server.origin}/octobat`;
    account = await octobatAccount(server);
    test = octobatCaller(root, account.testKey);
    live = octobatCaller(root, account.liveKey);
  });
  afterAll(() => server.close());

  it("accepts the seed's example create request as written (form encoded) and answers the seed's customer", async () => {
    const res = await test.create(SEED_CREATE);
    expect(res.status, res.text).toBe(201);
    expect(spec.responseErrors('createCustomer', 201, res.json)).toEqual([]);
    const c = res.json;
    const created = Math.floor(Date.UTC(2026, 2, 1, 12, 0, 0) / 1000);
    expect(c.id).toMatch(new RegExp(`^oc_cu_${created}[0-9a-z]{4}[0-9a-f]{8}$`));
    expect(c).toEqual({
      id: c.id,
      object: 'customer',
      livemode: false,
      name: 'Octobat Inc.',
      email: 'contact@octobat.com',
      phone_number: '+33 9 52 54 03 70',
      billing_address_line1: null,
      billing_address_line2: null,
      billing_address_city: 'Paris',
      billing_address_zip: '75004',
      billing_address_state: null,
      billing_address_country: 'France',
      business_type: 'B2B',
      tax_number: 'FR60528551658',
      octobat_billing_page: `https://bp.octobat.com/c/${c.id.slice('oc_cu_'.length)}`,
      payment_sources: { object: 'list', data: [] },
      created_at: '2026-03-01T12:00:00Z',
      updated_at: '2026-03-01T12:00:00Z',
    });
    // The seed's field order, then the two timestamps.
    expect(Object.keys(c).slice(0, 4)).toEqual(['id', 'object', 'livemode', 'name']);
    expect(Object.keys(c).slice(-4)).toEqual(['octobat_billing_page', 'payment_sources', 'created_at', 'updated_at']);
  });

  it('accepts the same request as JSON, with nulls for the fields it leaves empty', async () => {
    const res = await test.create({ ...SEED_CREATE, billing_address_line1: null, billing_address_state: null }, { json: true });
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({ name: 'Octobat Inc.', billing_address_line1: null, billing_address_state: null, business_type: 'B2B' });
  });

  it('retrieves a customer as created', async () => {
    const id = await createdId(test.create({ name: 'Retrieved', billing_address_country: 'fr' }));
    const res = await test.retrieve(id);
    expect(res.status).toBe(200);
    expect(spec.responseErrors('retrieveCustomer', 200, res.json)).toEqual([]);
    expect(res.json).toMatchObject({ id, name: 'Retrieved', billing_address_country: 'FR', livemode: false });
  });

  it('updates partially (PATCH): parameters sent replace, the rest stay; updated_at moves only on a change', async () => {
    const id = await createdId(test.create(SEED_CREATE));
    clock.advance(65_000);
    // The seed's example update: only the email.
    const res = await test.update(id, { email: 'admin@octobat.com' });
    expect(res.status, res.text).toBe(200);
    expect(spec.responseErrors('updateCustomer', 200, res.json)).toEqual([]);
    expect(res.json).toMatchObject({ ...SEED_CREATE, email: 'admin@octobat.com', created_at: '2026-03-01T12:00:00Z', updated_at: '2026-03-01T12:01:05Z' });
    // An empty value clears a field (form bodies have no null); JSON null does the same.
    const cleared = await test.update(id, { phone_number: '', billing_address_state: 'IDF' });
    expect(cleared.json).toMatchObject({ phone_number: null, billing_address_state: 'IDF', email: 'admin@octobat.com' });
    expect((await test.update(id, { billing_address_state: null }, { json: true })).json.billing_address_state).toBeNull();
    clock.advance(60_000);
    const unchanged = await test.update(id, {}, { json: true });
    expect(unchanged.status).toBe(200);
    expect(unchanged.json.updated_at).toBe('2026-03-01T12:01:05Z');
    expect((await test.retrieve(id)).json).toEqual(unchanged.json);
  });

  it('business_type: B2C without a type or tax number, B2B with a tax number alone, as sent otherwise; an update keeps it', async () => {
    const type = async (body: Record<string, unknown>) => (await test.create({ billing_address_country: 'FR', ...body })).json.business_type;
    expect(await type({})).toBe('B2C');
    expect(await type({ tax_number: 'FR60528551658' })).toBe('B2B');
    expect(await type({ tax_number: '' })).toBe('B2C');
    expect(await type({ business_type: 'B2C', tax_number: 'FR60528551658' })).toBe('B2C');
    expect(await type({ business_type: 'B2B' })).toBe('B2B');

    const id = await createdId(test.create({ billing_address_country: 'FR' }));
    const withTax = await test.update(id, { tax_number: 'FR60528551658' });
    expect(withTax.json).toMatchObject({ tax_number: 'FR60528551658', business_type: 'B2C' });
    expect((await test.update(id, { business_type: 'B2B' })).json.business_type).toBe('B2B');

    const bad = await test.create({ billing_address_country: 'FR', business_type: 'B2X' });
    expect(bad.status).toBe(422);
    expect(errorsOf(bad)).toEqual({ business_type: ["is invalid: expected 'B2B' or 'B2C'"] });
    const badUpdate = await test.update(id, { business_type: 'b2b' });
    expect(badUpdate.status).toBe(422);
    expect(Object.keys(errorsOf(badUpdate))).toEqual(['business_type']);
    expect((await test.retrieve(id)).json.business_type).toBe('B2B');
  });

  it('billing_address_country: required on create, an ISO code (any case, kept uppercase) or a name; not blank, not a made-up code', async () => {
    const missing = await test.create({ name: 'No country' });
    expect(missing.status).toBe(422);
    expect(errorsOf(missing)).toEqual({ billing_address_country: ["can't be blank"] });
    const blank = await test.create({ billing_address_country: '' });
    expect(blank.status).toBe(422);
    expect(errorsOf(blank)).toEqual({ billing_address_country: ["can't be blank"] });
    const notACountry = "is invalid: expected a two-letter ISO 3166-1 country code or a country name";
    for (const value of ['XX', 'UK', 'F', '   ']) {
      const res = await test.create({ billing_address_country: value });
      expect(res.status, value).toBe(422);
      expect(errorsOf(res), value).toEqual({ billing_address_country: [notACountry] });
    }
    expect((await test.create({ billing_address_country: 'gb' })).json.billing_address_country).toBe('GB');
    expect((await test.create({ billing_address_country: ' Deutschland ' })).json.billing_address_country).toBe('Deutschland');

    // An update may leave it out (the seed's own example does), but not blank it.
    const id = await createdId(test.create({ billing_address_country: 'FR' }));
    expect((await test.update(id, { name: 'Renamed' })).status).toBe(200);
    const blanked = await test.update(id, { billing_address_country: '' });
    expect(blanked.status).toBe(422);
    expect(errorsOf(blanked)).toEqual({ billing_address_country: ["can't be blank"] });
    expect((await test.update(id, { billing_address_country: 'be' })).json.billing_address_country).toBe('BE');
  });

  it('refuses what is not a parameter of the request, and values of the wrong kind, naming each (422)', async () => {
    const res = await test.create({ billing_address_country: 'FR', nickname: 'x', email: 'not-an-email', name: 'x'.repeat(256) });
    expect(res.status).toBe(422);
    expect(spec.responseErrors('createCustomer', 422, res.json)).toEqual([]);
    const errors = errorsOf(res);
    expect(errors.nickname).toEqual(['is not a known parameter']);
    expect(errors.email![0]).toMatch(/^is invalid: .*email/);
    expect(errors.name![0]).toMatch(/^is invalid/);
    const typed = await test.create({ billing_address_country: 'FR', name: 5 }, { json: true });
    expect(errorsOf(typed)).toEqual({ name: ['is invalid: expected string or null'] });
  });

  it('test and live keys are two modes: livemode follows the key and the data never mixes', async () => {
    const testId = await createdId(test.create({ name: 'In test', billing_address_country: 'FR' }));
    const liveRes = await live.create({ name: 'In live', billing_address_country: 'FR' });
    expect(liveRes.status).toBe(201);
    expect(liveRes.json.livemode).toBe(true);
    const liveId = liveRes.json.id as string;
    expect((await live.retrieve(liveId)).json.livemode).toBe(true);

    expect((await live.retrieve(testId)).status).toBe(404);
    expect((await test.retrieve(liveId)).status).toBe(404);
    expect((await test.update(liveId, { name: 'x' })).status).toBe(404);
    const livePage = await live.list('limit=100');
    expect(livePage.json.data.map((c: { id: string }) => c.id)).toEqual([liveId]);
    expect(livePage.json.total_count).toBe(1);
    const testPage = await test.list('limit=100');
    expect(testPage.json.data.every((c: { livemode: boolean }) => c.livemode === false)).toBe(true);
    expect(testPage.json.data.map((c: { id: string }) => c.id)).not.toContain(liveId);
    // A test cursor names nothing in live mode.
    expect((await live.list(`starting_after=${testId}`)).status).toBe(422);
  });

  it("another account's customers are a 404, in Octobat's envelope", async () => {
    const id = await createdId(test.create({ name: 'Mine', billing_address_country: 'FR' }));
    const other = octobatCaller(root, (await octobatAccount(server)).testKey);
    const res = await other.retrieve(id);
    expect(res.status).toBe(404);
    expect(errorsOf(res)).toEqual({ global: ['Customer not found'] });
    expect((await other.update(id, { name: 'Theirs' })).status).toBe(404);
    expect((await test.retrieve(id)).json.name).toBe('Mine');
  });

  it('HTTP Basic with the secret key as the username: 401 without it, with an unknown key, or with a key of another API', async () => {
    const none = await raw(`${root}/customers`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Basic realm="Octobat"');
    expect(errorsOf(none).global![0]).toMatch(/No API key provided/);
    const unknown = octobatCaller(root, 'oc_test_skey_000000000000000000000000');
    const res = await unknown.list();
    expect(res.status).toBe(401);
    expect(errorsOf(res)).toEqual({ global: ['Invalid API key'] });
    expect(spec.responseErrors('listCustomers', 401, res.json)).toEqual([]);
    const balancedKey = (await server.tenant('balanced')).api_key_secret!;
    expect((await octobatCaller(root, balancedKey).list()).status).toBe(401);
    // The key with a password (as some clients send) still authenticates by its username.
    const withPassword = await raw(`${root}/customers`, { headers: { authorization: `Basic ${Buffer.from(`${account.testKey}:x`).toString('base64')}` } });
    expect(withPassword.status).toBe(200);
  });

  it('the typed client sends form bodies, reads every operation typed, and clears a field with null', async () => {
    const seen: string[] = [];
    const client = createOctobatClient({
      baseUrl: root,
      secretKey: account.testKey,
      fetch: (input, init) => {
        seen.push(new Headers(init?.headers).get('content-type') ?? '');
        return fetch(input, init);
      },
    });
    const created = await client.createCustomer({ name: 'Typed', billing_address_country: 'FR', tax_number: 'FR60528551658' });
    expect(created.status).toBe(201);
    if (created.status !== 201) return;
    expect(seen).toEqual([FORM]);
    expect(created.data.business_type).toBe('B2B');
    const updated = await client.updateCustomer(created.data.id, { tax_number: null, phone_number: '+33 1 00 00 00 00' });
    expect(updated.status).toBe(200);
    if (updated.status !== 200) return;
    expect(updated.data).toMatchObject({ tax_number: null, phone_number: '+33 1 00 00 00 00', name: 'Typed' });
    const got = await client.retrieveCustomer(created.data.id);
    expect(got.status === 200 && got.data.name).toBe('Typed');
    const page = await client.listCustomers({ limit: 1 });
    expect(page.status === 200 && page.data.data[0]?.id).toBe(created.data.id);
    const invalid = await client.createCustomer({ billing_address_country: '' });
    expect(invalid.status).toBe(422);
    if (invalid.status === 422) expect(invalid.data.errors.billing_address_country).toEqual([{ details: "can't be blank" }]);
    const missing = await client.retrieveCustomer('oc_cu_1421878635hksc26e4de79');
    expect(missing.status).toBe(404);
  });
});
