import dwolla from 'dwolla-v2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDriver } from './support/drivers.ts';
import { startServer, type TestServer } from './support/server.ts';

/**
 * Dwolla's official Node SDK, unchanged, against clientele. The SDK knows only Dwolla's own hosts
 * (`environment: 'production' | 'sandbox'`) and reads `apiUrl` and `tokenUrl` from the client at
 * every call, so pointing it elsewhere is setting those two after construction.
 */
function sdkClient(root: string, key: string, secret: string): dwolla.Client {
  const client = new dwolla.Client({ key, secret, environment: 'sandbox' });
  Object.assign(client, { apiUrl: root, tokenUrl: `${root}/token` });
  return client;
}

interface SdkError extends Error {
  status: number;
  body: { code: string; message: string };
}

describeEachDriver('the dwolla-v2 SDK against clientele', (driver) => {
  let server: TestServer;
  let root: string;
  let client: dwolla.Client;

  beforeAll(async () => {
    server = await startServer(driver);
    root = `${server.origin}/dwolla`;
    const app = await server.tenant('dwolla');
    client = sdkClient(root, app.client_id!, app.client_secret!);
  });
  afterAll(() => server.close());

  it('gets a token, creates, retrieves, lists and updates customers', async () => {
    const created = await client.post('customers', { firstName: 'Bob', lastName: 'Dole', email: 'bob@dole.com', ipAddress: '99.99.99.99' });
    expect(created.status).toBe(201);
    const location = created.headers.get('location')!;
    expect(location).toMatch(new RegExp(`^${root}/customers/[0-9A-F-]{36}$`));

    const got = await client.get(location);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ firstName: 'Bob', lastName: 'Dole', email: 'bob@dole.com', type: 'unverified', status: 'unverified' });
    expect(got.body._links.self.href).toBe(location);

    await client.post('customers', { firstName: 'Jane', lastName: 'Doe', email: 'jane@doe.com' });
    const page = await client.get('customers', { limit: '1' });
    expect(page.body.total).toBe(2);
    expect(page.body._embedded.customers.map((c: { firstName: string }) => c.firstName)).toEqual(['Jane']);
    // Following a HAL link is how the SDK pages.
    const next = await client.get(page.body._links.next.href);
    expect(next.body._embedded.customers[0].id).toBe(got.body.id);

    const updated = await client.post(location, { email: 'robert@dole.com' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ id: got.body.id, firstName: 'Bob', email: 'robert@dole.com' });
  });

  it('creates, lists, pauses and deletes webhook subscriptions, and reads events', async () => {
    const created = await client.post('webhook-subscriptions', { url: 'http://127.0.0.1:9/sdk-hooks', secret: 'sdk-secret' });
    expect(created.status).toBe(201);
    const location = created.headers.get('location')!;
    expect(location).toMatch(new RegExp(`^${root}/webhook-subscriptions/[0-9a-f-]{36}$`));
    const listed = await client.get('webhook-subscriptions');
    expect(listed.body._embedded['webhook-subscriptions'].map((s: { _links: { self: { href: string } } }) => s._links.self.href)).toContain(location);
    expect((await client.post(location, { paused: true })).body.paused).toBe(true);
    expect((await client.get(location)).body).toMatchObject({ url: 'http://127.0.0.1:9/sdk-hooks', paused: true });

    const customer = (await client.post('customers', { firstName: 'Evan', lastName: 'Tful', email: 'evan@example.org' })).headers.get('location')!;
    const events = await client.get('events', { limit: '5' });
    const event = events.body._embedded.events.find((e: { _links: { resource: { href: string } } }) => e._links.resource.href === customer);
    expect(event).toMatchObject({ topic: 'customer_created' });
    expect((await client.get(event._links.self.href)).body).toEqual(event);

    expect((await client.delete(location)).status).toBe(200);
    const gone = await client.get(location).catch((error: SdkError) => error);
    expect((gone as SdkError).status).toBe(404);
  });

  it('sends an Idempotency-Key and gets the original response back on a repeat', async () => {
    const body = { firstName: 'Idem', lastName: 'Potent', email: 'idem@example.org' };
    const first = await client.post('customers', body, { 'Idempotency-Key': 'sdk-key-1' });
    const again = await client.post('customers', body, { 'Idempotency-Key': 'sdk-key-1' });
    expect(again.status).toBe(201);
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
  });

  it('surfaces a not-found as a rejected promise with the status and Dwolla error body', async () => {
    const error = (await client.get('customers/00000000-0000-0000-0000-000000000000').catch((e: unknown) => e)) as SdkError;
    expect(error).toBeInstanceOf(Error);
    expect(error.status).toBe(404);
    expect(error.body).toMatchObject({ code: 'NotFound', message: 'Customer not found.' });
  });

  it('surfaces validation errors with their embedded errors', async () => {
    const error = (await client.post('customers', { firstName: 'No', email: 'bob@dole.com' }).catch((e: unknown) => e)) as SdkError & {
      body: { _embedded: { errors: { code: string; path: string }[] } };
    };
    expect(error.status).toBe(400);
    expect(error.body.code).toBe('ValidationError');
    expect(error.body._embedded.errors.map((e) => [e.code, e.path])).toEqual([['Required', '/lastName']]);
  });

  it('rejects wrong application credentials at the token request with the OAuth error', async () => {
    const wrong = sdkClient(root, 'unknown-key', 'wrong-secret');
    const error = (await wrong.get('customers').catch((e: unknown) => e)) as Error & { error: string };
    expect(error).toBeInstanceOf(Error);
    expect(error.error).toBe('invalid_client');
  });
});
