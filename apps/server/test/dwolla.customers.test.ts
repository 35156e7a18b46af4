import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDwollaClient, type DwollaClient } from '@clientele/client';
import { describeEachDriver } from './support/drivers.ts';
import { dwollaAccount, HAL, newCustomer, type DwollaAccount } from './support/dwolla.ts';
import { raw } from './support/http.ts';
import { startServer, type TestServer } from './support/server.ts';
import { specValidator } from './support/spec.ts';

const spec = specValidator('dwolla');
const GUID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;

describeEachDriver('Dwolla customers over HTTP', (driver) => {
  let server: TestServer;
  let root: string;
  let account: DwollaAccount;
  let client: DwollaClient;

  beforeAll(async () => {
    // Behind a proxy (`--trust-proxy`), so the proxy-header tests below are honoured.
    server = await startServer(driver, { trustProxy: true });
    root = `${server.origin}/dwolla`;
    account = await dwollaAccount(server, root);
    client = createDwollaClient({ baseUrl: root, clientId: account.clientId, clientSecret: account.clientSecret });
  });
  afterAll(() => server.close());

  it('creates a customer: 201, empty body, Location with the absolute URL of the new customer', async () => {
    const res = await raw(`${root}/customers`, {
      method: 'POST',
      headers: account.headers,
      body: JSON.stringify({ firstName: 'Bob', lastName: 'Dole', email: 'bob@dole.com', ipAddress: '99.99.99.99' }),
    });
    expect(res.status).toBe(201);
    expect(res.text).toBe('');
    const location = res.headers.get('location')!;
    expect(location).toMatch(new RegExp(`^${root}/customers/[0-9A-F-]{36}$`));
    const id = location.split('/').at(-1)!;
    expect(id).toMatch(GUID);

    const got = await raw(location, { headers: account.headers });
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe(`${HAL}; charset=utf-8`);
    expect(spec.responseErrors('retrieveCustomer', 200, got.json)).toEqual([]);
    expect(got.json).toEqual({
      _links: { self: { href: location } },
      id,
      firstName: 'Bob',
      lastName: 'Dole',
      email: 'bob@dole.com',
      type: 'unverified',
      status: 'unverified',
      created: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    });
    // The IP address is kept but, as in Dwolla's resource, never shown.
    expect(got.text).not.toContain('99.99.99.99');
    expect(Math.abs(Date.parse(got.json.created) - Date.now())).toBeLessThan(60_000);
  });

  it('accepts application/json bodies as well as the vendor type, and an IPv6 address', async () => {
    const res = await raw(`${root}/customers`, {
      method: 'POST',
      headers: { ...account.headers, 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(newCustomer({ ipAddress: '2001:db8::1' })),
    });
    expect(res.status).toBe(201);
  });

  it('the typed client gets a token, creates, retrieves, lists and updates', async () => {
    const created = await client.createCustomer(newCustomer({ firstName: 'Typed', email: 'typed@example.org' }));
    expect(created.status).toBe(201);
    const id = created.headers.get('location')!.split('/').at(-1)!;

    const got = await client.retrieveCustomer(id);
    expect(got.status).toBe(200);
    if (got.status !== 200) return;
    expect(got.data).toMatchObject({ id, firstName: 'Typed', email: 'typed@example.org' });

    const page = await client.listCustomers({ limit: 1 });
    expect(page.status).toBe(200);
    if (page.status !== 200) return;
    expect(page.data._embedded.customers[0]!.id).toBe(id);
    expect(spec.responseErrors('listCustomers', 200, page.data)).toEqual([]);

    const updated = await client.updateCustomer(id, { lastName: 'Updated', email: 'TYPED2@example.org' });
    expect(updated.status).toBe(200);
    expect(spec.responseErrors('updateCustomer', 200, updated.data)).toEqual([]);
    expect(updated.data).toMatchObject({ id, firstName: 'Typed', lastName: 'Updated', email: 'TYPED2@example.org', created: got.data.created });
    expect((await client.retrieveCustomer(id)).data).toEqual(updated.data);
  });

  it('updates with POST /customers/{id}: fields sent replace, fields absent stay; an empty update changes nothing', async () => {
    const id = (await client.createCustomer(newCustomer({ firstName: 'Before', lastName: 'Same' }))).headers.get('location')!.split('/').at(-1)!;
    const before = await raw(`${root}/customers/${id}`, { headers: account.headers });
    const empty = await raw(`${root}/customers/${id}`, { method: 'POST', headers: account.headers, body: '{}' });
    expect(empty.status).toBe(200);
    expect(empty.json).toEqual(before.json);
    const res = await raw(`${root}/customers/${id}`, { method: 'POST', headers: account.headers, body: JSON.stringify({ firstName: 'After' }) });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ ...before.json, firstName: 'After' });
  });

  it('ids are matched case-insensitively and always shown uppercase', async () => {
    const id = (await client.createCustomer(newCustomer())).headers.get('location')!.split('/').at(-1)!;
    const res = await raw(`${root}/customers/${id.toLowerCase()}`, { headers: account.headers });
    expect(res.status).toBe(200);
    expect(res.json.id).toBe(id);
    expect(res.json._links.self.href).toBe(`${root}/customers/${id}`);
  });

  it("another account's customer is a 404, in lists and by id, for reads and updates", async () => {
    const other = await dwollaAccount(server, root);
    const id = (await client.createCustomer(newCustomer())).headers.get('location')!.split('/').at(-1)!;
    const got = await raw(`${root}/customers/${id}`, { headers: other.headers });
    expect(got.status).toBe(404);
    expect(got.json).toEqual({ code: 'NotFound', message: 'Customer not found.', description: 'Customer not found.' });
    expect(spec.responseErrors('retrieveCustomer', 404, got.json)).toEqual([]);
    const update = await raw(`${root}/customers/${id}`, { method: 'POST', headers: other.headers, body: JSON.stringify({ firstName: 'Mallory' }) });
    expect(update.status).toBe(404);
    const list = await raw(`${root}/customers`, { headers: other.headers });
    expect(list.json.total).toBe(0);
    expect((await client.retrieveCustomer(id)).data).toMatchObject({ firstName: 'Bob' });
  });

  it('an unknown customer is a 404 NotFound for GET and update', async () => {
    const missing = '00000000-0000-0000-0000-000000000000';
    const got = await raw(`${root}/customers/${missing}`, { headers: account.headers });
    expect(got.status).toBe(404);
    expect(got.json.code).toBe('NotFound');
    expect(got.headers.get('content-type')).toBe(`${HAL}; charset=utf-8`);
    const update = await raw(`${root}/customers/not-a-guid`, { method: 'POST', headers: account.headers, body: JSON.stringify({ firstName: 'X' }) });
    expect(update.status).toBe(404);
    expect(update.json.code).toBe('NotFound');
  });

  it('an email already used by a customer of the account is a Duplicate at /email (case-insensitively), on create and update', async () => {
    await client.createCustomer(newCustomer({ email: 'taken@example.org' }));
    const again = await raw(`${root}/customers`, { method: 'POST', headers: account.headers, body: JSON.stringify(newCustomer({ email: 'Taken@Example.org' })) });
    expect(again.status).toBe(400);
    expect(spec.responseErrors('createCustomer', 400, again.json)).toEqual([]);
    expect(again.json).toEqual({
      code: 'ValidationError',
      message: 'Validation error(s) present. See embedded errors list for more details.',
      description: 'Validation error(s) present. See embedded errors list for more details.',
      _embedded: { errors: [{ code: 'Duplicate', message: 'A customer with the specified email already exists.', path: '/email' }] },
    });

    const id = (await client.createCustomer(newCustomer({ email: 'free@example.org' }))).headers.get('location')!.split('/').at(-1)!;
    const update = await raw(`${root}/customers/${id}`, { method: 'POST', headers: account.headers, body: JSON.stringify({ email: 'TAKEN@example.org' }) });
    expect(update.status).toBe(400);
    expect(update.json._embedded.errors).toEqual([{ code: 'Duplicate', message: 'A customer with the specified email already exists.', path: '/email' }]);
    expect((await client.retrieveCustomer(id)).data).toMatchObject({ email: 'free@example.org' });
    // Keeping one's own email, in another case, is no duplicate; the old email is then free for others.
    expect((await client.updateCustomer(id, { email: 'FREE@example.org' })).status).toBe(200);
    expect((await client.updateCustomer(id, { email: 'moved@example.org' })).status).toBe(200);
    expect((await client.createCustomer(newCustomer({ email: 'free@example.org' }))).status).toBe(201);

    // Another account may use the same email.
    const other = await dwollaAccount(server, root);
    const elsewhere = await raw(`${root}/customers`, { method: 'POST', headers: other.headers, body: JSON.stringify(newCustomer({ email: 'taken@example.org' })) });
    expect(elsewhere.status).toBe(201);
  });

  it('Location and every href follow X-Forwarded-Proto and -Host behind a trusted proxy', async () => {
    const proxied = { ...account.headers, 'x-forwarded-proto': 'https', 'x-forwarded-host': 'api.example.com' };
    const res = await raw(`${root}/customers`, { method: 'POST', headers: proxied, body: JSON.stringify(newCustomer()) });
    expect(res.status).toBe(201);
    const location = res.headers.get('location')!;
    expect(location).toMatch(/^https:\/\/api\.example\.com\/dwolla\/customers\/[0-9A-F-]{36}$/);
    const id = location.split('/').at(-1)!;
    const got = await raw(`${root}/customers/${id}`, { headers: proxied });
    expect(got.json._links.self.href).toBe(location);
    const list = await raw(`${root}/customers?limit=1`, { headers: proxied });
    expect(list.json._links.self.href).toBe('https://api.example.com/dwolla/customers?limit=1&offset=0');
    expect(list.json._embedded.customers[0]._links.self.href).toBe(location);
  });
});
