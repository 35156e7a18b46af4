import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBalancedClient, type BalancedClient } from '@clientele/client';
import { describeEachDriver } from './support/drivers.ts';
import { basic, raw } from './support/http.ts';
import { startServer, type TestServer } from './support/server.ts';
import { specValidator } from './support/spec.ts';

const spec = specValidator('balanced');

describeEachDriver('Balanced customers over HTTP', (driver) => {
  let server: TestServer;
  let root: string;
  let secret: string;
  let marketplace: string;
  let client: BalancedClient;

  beforeAll(async () => {
    server = await startServer(driver);
    root = `${server.origin}/balanced`;
    const t = await server.tenant('balanced');
    secret = t.api_key_secret!;
    marketplace = t.tenant_id;
    client = createBalancedClient({ baseUrl: root, apiKeySecret: secret });
  });
  afterAll(() => server.close());

  it('creates a customer with the seed defaults (201, full resource, links under the marketplace)', async () => {
    const res = await client.createCustomer({});
    expect(res.status).toBe(201);
    expect(spec.responseErrors('createCustomer', 201, res.data)).toEqual([]);
    if (res.status !== 201) return;
    const c = res.data;
    expect(c.id).toMatch(/^CU[0-9A-Za-z]{22}$/);
    expect(c).toMatchObject({
      _type: 'customer',
      uri: `/v1/customers/${c.id}`,
      name: null,
      email_address: null,
      meta: {},
      address: {},
      phone_number: null,
      dob: null,
      business_name: null,
      ein: null,
      ssn_last4: null,
      facebook_id: null,
      twitter_id: null,
      is_identity_verified: false,
      source_uri: null,
      destination_uri: null,
      cards_uri: `/v1/marketplaces/${marketplace}/accounts/${c.id}/cards`,
      transactions_uri: `/v1/marketplaces/${marketplace}/accounts/${c.id}/transactions`,
    });
    expect(marketplace).toMatch(/^TEST-MP[0-9A-Za-z]{22}$/);
    expect(c.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
    expect(Object.keys(c._uris).sort()).toEqual(
      ['bank_accounts_uri', 'cards_uri', 'credits_uri', 'debits_uri', 'holds_uri', 'refunds_uri', 'transactions_uri'],
    );
    expect(c._uris.cards_uri).toEqual({ _type: 'page', key: 'cards' });
  });

  it('creates from a JSON body with every field; meta and address values come back as strings', async () => {
    const res = await client.createCustomer({
      name: 'William Henry Cavendish III',
      email_address: 'whc@example.org',
      meta: { score: 54.8, vip: true, tier: 'gold' },
      address: { line1: '965 Mission St', postal_code: 94103 },
      phone_number: '+16505551212',
      dob: '1980-05',
      business_name: 'Cavendish Labs',
      ein: '123456789',
      ssn_last4: '1234',
      facebook_id: 'whc',
      twitter_id: '@whc',
    });
    expect(res.status).toBe(201);
    expect(res.data).toMatchObject({
      name: 'William Henry Cavendish III',
      email_address: 'whc@example.org',
      meta: { score: '54.8', vip: 'true', tier: 'gold' },
      address: { line1: '965 Mission St', postal_code: '94103' },
      ssn_last4: '1234',
      business_name: 'Cavendish Labs',
    });
  });

  it('creates from a form body with bracket notation', async () => {
    const res = await raw(`${root}/v1/customers`, {
      method: 'POST',
      headers: { authorization: basic(secret), 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=Benny+Riemann&email_address=benny%40example.org&meta%5Btier%5D=gold&address%5Bcity%5D=Berlin',
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ name: 'Benny Riemann', email_address: 'benny@example.org', meta: { tier: 'gold' }, address: { city: 'Berlin' } });
    expect(spec.responseErrors('createCustomer', 201, res.json)).toEqual([]);
  });

  it('the client sends form bodies when asked, through the same runtime', async () => {
    const res = await client.createCustomer(
      { name: 'Form Client', meta: { a: 'b' } },
      { headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
    );
    expect(res.status).toBe(201);
    expect(res.data).toMatchObject({ name: 'Form Client', meta: { a: 'b' } });
  });

  it('retrieves a customer, and HEAD answers the same status and headers without a body', async () => {
    const created = await client.createCustomer({ name: 'Head Case' });
    const id = (created.data as { id: string }).id;
    const got = await client.retrieveCustomer(id);
    expect(got.status).toBe(200);
    expect(got.data).toEqual(created.data);
    expect(spec.responseErrors('retrieveCustomer', 200, got.data)).toEqual([]);

    const get = await raw(`${root}/v1/customers/${id}`, { headers: { authorization: basic(secret) } });
    const head = await raw(`${root}/v1/customers/${id}`, { method: 'HEAD', headers: { authorization: basic(secret) } });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    expect(head.headers.get('content-length')).toBe(get.headers.get('content-length'));

    const missing = await raw(`${root}/v1/customers/CU0000000000000000000000`, { method: 'HEAD', headers: { authorization: basic(secret) } });
    expect(missing.status).toBe(404);
    expect(missing.text).toBe('');
    const unauthorised = await raw(`${root}/v1/customers/${id}`, { method: 'HEAD' });
    expect(unauthorised.status).toBe(401);
    expect(unauthorised.text).toBe('');
  });

  it('HEAD on the list mirrors GET', async () => {
    const get = await raw(`${root}/v1/customers?limit=2`, { headers: { authorization: basic(secret) } });
    const head = await raw(`${root}/v1/customers?limit=2`, { method: 'HEAD', headers: { authorization: basic(secret) } });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.get('content-length')).toBe(get.headers.get('content-length'));
    const bad = await raw(`${root}/v1/customers?limit=0`, { method: 'HEAD', headers: { authorization: basic(secret) } });
    expect(bad.status).toBe(400);
    expect(bad.text).toBe('');
  });

  it('updates with PUT: fields sent replace, fields absent stay, null clears', async () => {
    const created = await client.createCustomer({ name: 'Before', phone_number: '+15555550100', meta: { keep: 'no' } });
    const id = (created.data as { id: string }).id;
    const updated = await client.updateCustomer(id, { name: 'After', meta: { fresh: 1 }, phone_number: null });
    expect(updated.status).toBe(200);
    expect(spec.responseErrors('updateCustomer', 200, updated.data)).toEqual([]);
    expect(updated.data).toMatchObject({ id, name: 'After', meta: { fresh: '1' }, phone_number: null });
    const again = await client.retrieveCustomer(id);
    expect(again.data).toEqual(updated.data);
    expect((again.data as { created_at: string }).created_at).toBe((created.data as { created_at: string }).created_at);

    const form = await raw(`${root}/v1/customers/${id}`, {
      method: 'PUT',
      headers: { authorization: basic(secret), 'content-type': 'application/x-www-form-urlencoded' },
      body: 'twitter_id=%40after&meta%5Bfrom%5D=form',
    });
    expect(form.status).toBe(200);
    expect(form.json).toMatchObject({ name: 'After', twitter_id: '@after', meta: { from: 'form' } });
  });

  it('update of an unknown id is a 404 and creates nothing', async () => {
    const before = await client.listCustomers({ limit: 1 });
    const res = await client.updateCustomer('CU0000000000000000000000', { name: 'ghost' });
    expect(res.status).toBe(404);
    const after = await client.listCustomers({ limit: 1 });
    expect((after.data as { total: number }).total).toBe((before.data as { total: number }).total);
  });
});

describeEachDriver('Balanced email uniqueness per marketplace', (driver) => {
  let server: TestServer;
  let root: string;
  beforeAll(async () => {
    server = await startServer(driver);
    root = `${server.origin}/balanced`;
  });
  afterAll(() => server.close());

  it('409 duplicate-email-address on create and on update, case-insensitively; other marketplaces are free', async () => {
    const a = createBalancedClient({ baseUrl: root, apiKeySecret: (await server.tenant('balanced')).api_key_secret! });
    const b = createBalancedClient({ baseUrl: root, apiKeySecret: (await server.tenant('balanced')).api_key_secret! });
    const first = await a.createCustomer({ email_address: 'taken@example.org', name: 'First' });
    expect(first.status).toBe(201);

    const dup = await a.createCustomer({ email_address: 'TAKEN@example.org' });
    expect(dup.status).toBe(409);
    expect(spec.responseErrors('createCustomer', 409, dup.data)).toEqual([]);
    expect(dup.data).toMatchObject({
      status: 'Conflict',
      status_code: 409,
      category_type: 'logical',
      category_code: 'duplicate-email-address',
      additional: null,
      extras: { email_address: "Customer with email address 'taken@example.org' already exists." },
    });

    expect((await b.createCustomer({ email_address: 'taken@example.org' })).status).toBe(201);

    const other = await a.createCustomer({ email_address: 'other@example.org' });
    const otherId = (other.data as { id: string }).id;
    const clash = await a.updateCustomer(otherId, { email_address: 'taken@example.org', name: 'must not stick' });
    expect(clash.status).toBe(409);
    expect((clash.data as { category_code: string }).category_code).toBe('duplicate-email-address');
    // The failed update changed nothing.
    expect((await a.retrieveCustomer(otherId)).data).toMatchObject({ email_address: 'other@example.org', name: null });

    // Keeping one's own email, or releasing it, is fine; a released email can be taken again.
    expect((await a.updateCustomer(otherId, { email_address: 'other@example.org' })).status).toBe(200);
    expect((await a.updateCustomer(otherId, { email_address: null })).status).toBe(200);
    expect((await a.createCustomer({ email_address: 'other@example.org' })).status).toBe(201);
    // Null emails never collide.
    expect((await a.createCustomer({ email_address: null })).status).toBe(201);
    expect((await a.createCustomer({})).status).toBe(201);
  });

  it('concurrent creates with one email: exactly one wins', async () => {
    const c = createBalancedClient({ baseUrl: root, apiKeySecret: (await server.tenant('balanced')).api_key_secret! });
    const results = await Promise.all(Array.from({ length: 10 }, () => c.createCustomer({ email_address: 'race@example.org' })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(9);
    expect((await c.listCustomers({})).data).toMatchObject({ total: 1 });
  });
});

describeEachDriver('Balanced auth and tenancy', (driver) => {
  let server: TestServer;
  let root: string;
  beforeAll(async () => {
    server = await startServer(driver);
    root = `${server.origin}/balanced`;
  });
  afterAll(() => server.close());

  const expect401 = (res: { status: number; json: any }) => {
    expect(res.status).toBe(401);
    expect(res.json).toMatchObject({ status: 'Unauthorized', status_code: 401, category_type: 'permission', category_code: 'authentication-required' });
    expect(spec.responseErrors('listCustomers', 401, res.json)).toEqual([]);
  };

  it('401 without a key, with an unknown key, with a key sent as the password, or as a bearer token', async () => {
    const { api_key_secret } = await server.tenant('balanced');
    expect401(await raw(`${root}/v1/customers`));
    expect401(await raw(`${root}/v1/customers`, { headers: { authorization: basic('0123456789abcdef0123456789abcdef') } }));
    expect401(await raw(`${root}/v1/customers`, { headers: { authorization: basic('', api_key_secret!) } }));
    expect401(await raw(`${root}/v1/customers`, { headers: { authorization: `Bearer ${api_key_secret}` } }));
    expect401(await raw(`${root}/v1/customers`, { headers: { authorization: 'Basic !!!not-base64' } }));
    expect401(await raw(`${root}/v1/customers`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }));
  });

  it('another marketplace never sees, updates or counts my customers', async () => {
    const mine = createBalancedClient({ baseUrl: root, apiKeySecret: (await server.tenant('balanced')).api_key_secret! });
    const theirs = createBalancedClient({ baseUrl: root, apiKeySecret: (await server.tenant('balanced')).api_key_secret! });
    const created = await mine.createCustomer({ name: 'Private' });
    const id = (created.data as { id: string }).id;
    expect((await theirs.retrieveCustomer(id)).status).toBe(404);
    expect((await theirs.headCustomer(id)).status).toBe(404);
    expect((await theirs.updateCustomer(id, { name: 'hijacked' })).status).toBe(404);
    expect((await theirs.listCustomers({})).data).toMatchObject({ total: 0, items: [] });
    expect((await mine.retrieveCustomer(id)).data).toMatchObject({ name: 'Private' });
    expect((await mine.listCustomers({})).data).toMatchObject({ total: 1 });
  });

  it('keys are stored hashed, never in plain text', async () => {
    const { api_key_secret } = await server.tenant('balanced');
    const found = await server.store.credentials.find('balanced', api_key_secret!);
    expect(found).toBeDefined();
    const dump = JSON.stringify(await server.store.credentials.find('balanced', api_key_secret!));
    expect(dump).not.toContain(api_key_secret);
  });
});
