import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDwollaClient, DwollaTokenError } from '@clientele/client';
import { createDwollaApi } from '../src/apis/dwolla/index.ts';
import { ACCESS_TOKEN } from '../src/platform/oauth.ts';
import { describeEachDriver } from './support/drivers.ts';
import { manualClock } from '../src/platform/clock.ts';
import { dwollaAccount, errorOf, HAL, newCustomer, type DwollaAccount } from './support/dwolla.ts';
import { basic, raw } from './support/http.ts';
import { startServer, type TestServer } from './support/server.ts';
import { specValidator } from './support/spec.ts';

const spec = specValidator('dwolla');
const FORM = 'application/x-www-form-urlencoded';

describeEachDriver('Dwolla OAuth: tokens, expiry and scopes', (driver) => {
  let server: TestServer;
  let root: string;
  let account: DwollaAccount;

  const token = (init: { headers?: Record<string, string>; body?: string }) =>
    raw(`${root}/token`, { method: 'POST', headers: { 'content-type': FORM, ...init.headers }, body: init.body ?? 'grant_type=client_credentials' });

  beforeAll(async () => {
    server = await startServer(driver);
    root = `${server.origin}/dwolla`;
    account = await dwollaAccount(server, root);
  });
  afterAll(() => server.close());

  it('grants a bearer token for the key and secret as HTTP Basic: access_token, bearer, 3600 s, the scopes', async () => {
    const res = await token({ headers: { authorization: basic(account.clientId, account.clientSecret) } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.json).toEqual({ access_token: expect.stringMatching(/^[0-9A-Za-z]{50}$/), token_type: 'bearer', expires_in: 3600, scope: 'managecustomers' });
    expect(spec.responseErrors('requestToken', 200, res.json)).toEqual([]);
    // Each grant is a new token; both work.
    expect(res.json.access_token).not.toBe(account.token);
    for (const t of [res.json.access_token, account.token]) {
      expect((await raw(`${root}/customers`, { headers: { authorization: `Bearer ${t}` } })).status).toBe(200);
    }
  });

  it('answers tokens in JSON, or under the Dwolla media type to clients that send it everywhere; other Accepts are a 406', async () => {
    const auth = { authorization: basic(account.clientId, account.clientSecret) };
    const hal = await token({ headers: { ...auth, accept: HAL } });
    expect(hal.status).toBe(200);
    expect(hal.headers.get('content-type')).toBe(`${HAL}; charset=utf-8`);
    expect(hal.json.token_type).toBe('bearer');
    const html = await token({ headers: { ...auth, accept: 'text/html' } });
    expect(html.status).toBe(406);
    expect(html.json.error).toBe('invalid_request');
    expect(spec.responseErrors('requestToken', 406, html.json)).toEqual([]);
  });

  it('also takes client_id and client_secret in a form or JSON body (the 2015 form)', async () => {
    const form = await token({ body: `grant_type=client_credentials&client_id=${account.clientId}&client_secret=${account.clientSecret}` });
    expect(form.status).toBe(200);
    const json = await token({
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials', client_id: account.clientId, client_secret: account.clientSecret }),
    });
    expect(json.status).toBe(200);
    expect(json.json.token_type).toBe('bearer');
  });

  it('refuses unknown or wrong client credentials with OAuth errors (401 invalid_client)', async () => {
    const cases = [
      { headers: { authorization: basic(account.clientId, 'wrong') } },
      { headers: { authorization: basic('unknown', account.clientSecret) } },
      { body: `grant_type=client_credentials&client_id=${account.clientId}&client_secret=nope` },
      // A bearer token is not an application credential.
      { headers: { authorization: basic(account.token, '') } },
    ];
    for (const init of cases) {
      const res = await token(init);
      expect(res.status).toBe(401);
      expect(res.json).toEqual({ error: 'invalid_client', error_description: 'Invalid client credentials.' });
      expect(res.headers.get('www-authenticate')).toMatch(/^Basic/);
      expect(spec.responseErrors('requestToken', 401, res.json)).toEqual([]);
    }
    const missing = await token({});
    expect(missing.status).toBe(401);
    expect(missing.json.error).toBe('invalid_client');
    expect(missing.json.error_description).toMatch(/Client authentication is required/);
  });

  it('an unsupported or missing grant_type, and a bad body, are OAuth 400s', async () => {
    const auth = { authorization: basic(account.clientId, account.clientSecret) };
    const password = await token({ headers: auth, body: 'grant_type=password&username=u' });
    expect(password.status).toBe(400);
    expect(password.json).toEqual({ error: 'unsupported_grant_type', error_description: 'Only grant_type=client_credentials is supported.' });
    const none = await token({ headers: auth, body: 'scope=x' });
    expect(none.status).toBe(400);
    expect(none.json).toEqual({ error: 'invalid_request', error_description: 'grant_type is required.' });
    expect(spec.responseErrors('requestToken', 400, none.json)).toEqual([]);
    const broken = await token({ headers: { ...auth, 'content-type': 'application/json' }, body: '{"grant_type":' });
    expect(broken.status).toBe(400);
    expect(broken.json.error).toBe('invalid_request');
    const text = await token({ headers: { ...auth, 'content-type': 'text/plain' }, body: 'grant_type=client_credentials' });
    expect(text.status).toBe(415);
    expect(text.json.error).toBe('invalid_request');
  });

  it('customer calls without a token, with an unknown one, or with an application secret are 401s', async () => {
    const cases: [Record<string, string>, string][] = [
      [{}, 'InvalidCredentials'],
      [{ authorization: 'Bearer not-a-token' }, 'InvalidAccessToken'],
      [{ authorization: basic(account.clientId, account.clientSecret) }, 'InvalidCredentials'],
      [{ authorization: `Bearer ${account.clientSecret}` }, 'InvalidAccessToken'],
    ];
    for (const [headers, code] of cases) {
      for (const [method, path, body] of [
        ['GET', '/customers', undefined],
        ['POST', '/customers', JSON.stringify(newCustomer())],
        ['GET', '/customers/00000000-0000-0000-0000-000000000000', undefined],
        ['POST', '/customers/00000000-0000-0000-0000-000000000000', '{}'],
      ] as const) {
        const res = await raw(`${root}${path}`, { method, headers: { ...headers, accept: HAL, 'content-type': HAL }, body });
        expect(res.status, `${method} ${path}`).toBe(401);
        expect(errorOf(res).code).toBe(code);
        expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
        expect(spec.responseErrors('createCustomer', 401, res.json)).toEqual([]);
      }
    }
    // Nothing was created by any of them.
    expect((await raw(`${root}/customers`, { headers: account.headers })).json.total).toBe(0);
  });

  it('an expired token is a 401 ExpiredAccessToken', async () => {
    await server.store.credentials.create({
      secret: 'expired-token-of-the-account',
      tenantId: account.accountId,
      api: 'dwolla',
      kind: ACCESS_TOKEN,
      scopes: ['ManageCustomers'],
      expiresAt: Date.now() - 1000,
    });
    const res = await raw(`${root}/customers`, { headers: { authorization: 'Bearer expired-token-of-the-account' } });
    expect(res.status).toBe(401);
    expect(res.json).toEqual({ code: 'ExpiredAccessToken', message: 'Expired access token.', description: 'Expired access token.' });
  });

  it('a token without the ManageCustomers scope is a 403 Forbidden on every customer operation', async () => {
    const scopeless = await dwollaAccount(server, root, []);
    const id = (await raw(`${root}/customers`, { method: 'POST', headers: account.headers, body: JSON.stringify(newCustomer()) })).headers
      .get('location')!
      .split('/')
      .at(-1)!;
    const checks = [
      ['createCustomer', 'POST', '/customers', JSON.stringify(newCustomer()), 'Not authorized to create customers.'],
      ['listCustomers', 'GET', '/customers', undefined, 'Not authorized to list customers.'],
      ['retrieveCustomer', 'GET', `/customers/${id}`, undefined, 'Not authorized to get a customer by id.'],
      ['updateCustomer', 'POST', `/customers/${id}`, '{}', 'Not authorized to update customers.'],
    ] as const;
    for (const [operationId, method, path, body, message] of checks) {
      const res = await raw(`${root}${path}`, { method, headers: scopeless.headers, body });
      expect(res.status, operationId).toBe(403);
      const error = errorOf(res);
      expect(error.code).toBe('Forbidden');
      expect(error.message).toBe(`${message} The credentials lack the scope(s): ManageCustomers.`);
      expect(spec.responseErrors(operationId, 403, res.json)).toEqual([]);
    }
    // The scope-less application still gets tokens, saying it has no scopes.
    const granted = await token({ headers: { authorization: basic(scopeless.clientId, scopeless.clientSecret) } });
    expect(granted.json.scope).toBe('');
  });
});

describeEachDriver('the typed Dwolla client refreshes its token', (driver) => {
  let server: TestServer;
  let root: string;
  let account: DwollaAccount;
  const grants: string[] = [];

  /** Records every token request the client makes. */
  const counting: typeof fetch = async (input, init) => {
    if (String(input).endsWith('/token')) grants.push(String(input));
    return fetch(input, init);
  };

  // The server's time is a clock the test moves: expiry without sleeping.
  const clock = manualClock();

  beforeAll(async () => {
    server = await startServer(driver, { apis: [createDwollaApi({ tokenLifetimeSeconds: 2 })], clock });
    root = `${server.origin}/dwolla`;
    account = await dwollaAccount(server, root);
  });
  afterAll(() => server.close());

  it('server-side lifetime is configurable: expires_in says so and the token stops working after it', async () => {
    const res = await raw(`${root}/token`, {
      method: 'POST',
      headers: { authorization: basic(account.clientId, account.clientSecret), 'content-type': FORM },
      body: 'grant_type=client_credentials',
    });
    expect(res.json.expires_in).toBe(2);
    const headers = { authorization: `Bearer ${res.json.access_token}` };
    expect((await raw(`${root}/customers`, { headers })).status).toBe(200);
    clock.advance(1999);
    expect((await raw(`${root}/customers`, { headers })).status).toBe(200);
    clock.advance(1);
    const expired = await raw(`${root}/customers`, { headers });
    expect(expired.status).toBe(401);
    expect(expired.json.code).toBe('ExpiredAccessToken');
  });

  it('keeps one token while it is fresh and fetches a new one when its clock says it has expired', async () => {
    grants.length = 0;
    let now = Date.now();
    const client = createDwollaClient({ baseUrl: root, clientId: account.clientId, clientSecret: account.clientSecret, fetch: counting, now: () => now });
    // Concurrent first calls share one token request.
    const first = await Promise.all([client.listCustomers(), client.listCustomers(), client.listCustomers()]);
    expect(first.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(grants).toHaveLength(1);
    const before = await client.accessToken();
    now += 1000;
    expect(await client.accessToken()).toBe(before);
    expect(grants).toHaveLength(1);
    now += 1000;
    expect((await client.listCustomers()).status).toBe(200);
    expect(grants).toHaveLength(2);
    expect(await client.accessToken()).not.toBe(before);
  });

  it('fetches a new token and retries once when the server says the token expired', async () => {
    grants.length = 0;
    const frozen = Date.now();
    // A clock that never moves: only the server's 401 can tell the client its token expired.
    const client = createDwollaClient({ baseUrl: root, clientId: account.clientId, clientSecret: account.clientSecret, fetch: counting, now: () => frozen });
    expect((await client.listCustomers()).status).toBe(200);
    clock.advance(2000);
    const created = await client.createCustomer(newCustomer());
    expect(created.status).toBe(201);
    expect(grants).toHaveLength(2);
  });

  it('wrong application credentials surface as a DwollaTokenError with the OAuth error', async () => {
    const client = createDwollaClient({ baseUrl: root, clientId: account.clientId, clientSecret: 'wrong' });
    const error = await client.listCustomers().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DwollaTokenError);
    expect(error).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
  });
});
