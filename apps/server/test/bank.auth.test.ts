import { afterAll, beforeAll, expect, it } from 'vitest';
import { bankAuthorizationCode, BankTokenError, createBankClient } from '@clientele/client';
import { bankApi } from '../src/apis/bank/index.ts';
import { manualClock } from '../src/platform/clock.ts';
import { bankSandbox, bearer, call, expectOk, expectStatus, newCustomer, READ_SCOPE, tokenFor, userWith, type Sandbox } from './support/bank.ts';
import { describeEachDriver } from './support/drivers.ts';
import { basic, raw } from './support/http.ts';
import { startServer, type TestServer } from './support/server.ts';

const FORM = 'application/x-www-form-urlencoded';

describeEachDriver('bank: OAuth, users, links', (driver) => {
  let server: TestServer;
  let root: string;
  let sandbox: Sandbox;
  const clock = manualClock();

  beforeAll(async () => {
    server = await startServer(driver, { clock });
    root = `${server.origin}/bank`;
    sandbox = await bankSandbox(server, { clock });
  });
  afterAll(() => server.close());

  const authorize = (headers: Record<string, string>, query: Record<string, string>) => raw(`${root}/v1/auth?${new URLSearchParams(query)}`, { headers });
  const exchange = (body: Record<string, unknown>, headers: Record<string, string> = {}) => call(root, 'POST', '/v1/token', { 'content-type': 'application/json', ...headers }, body);
  const signIn = { authorization: basic('', '') };
  const codeFor = async () => {
    const res = await authorize({ authorization: basic(sandbox.userId, sandbox.password) }, { client_id: sandbox.clientId, redirect_uri: sandbox.redirectUri });
    return expectOk(res, 'authorize').code as string;
  };

  it('the authorization-code flow: a signed-in user gets a code, the code a token (201) for that user, once', async () => {
    const code = await codeFor();
    const res = await exchange({ grant_type: 'AuthorizationCode', code, redirect_uri: sandbox.redirectUri });
    const token = expectOk(res, 'token', 201);
    expect(token).toEqual({ access_token: expect.stringMatching(/^[0-9A-Za-z]{50}$/), token_type: 'bearer', expires_in: 3600, refresh_token: expect.stringMatching(/^[0-9A-Za-z]{40}$/) });
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect((await call(root, 'GET', '/v1/users/current/customers', bearer(token.access_token))).status).toBe(200);
    // A code works once.
    expectStatus(await exchange({ grant_type: 'AuthorizationCode', code, redirect_uri: sandbox.redirectUri }), 'token', 400, 3, /code/);
  });

  it('refuses the authorization step without the user’s password (401, Basic), for an unknown client or redirect URI (400)', async () => {
    const query = { client_id: sandbox.clientId, redirect_uri: sandbox.redirectUri };
    const anonymous = await authorize({}, query);
    expectStatus(anonymous, 'authorize', 401, 16);
    expect(anonymous.headers.get('www-authenticate')).toBe('Basic realm="bank"');
    expectStatus(await authorize({ authorization: basic(sandbox.userId, 'wrong') }, query), 'authorize', 401, 16);
    expectStatus(await authorize(signIn, query), 'authorize', 401, 16);
    const user = { authorization: basic(sandbox.userId, sandbox.password) };
    expectStatus(await authorize(user, { ...query, client_id: 'nope' }), 'authorize', 400, 3, /client_id/);
    expectStatus(await authorize(user, { ...query, redirect_uri: 'https://evil.example/cb' }), 'authorize', 400, 3, /redirect_uri/);
    expectStatus(await authorize(user, { client_id: sandbox.clientId }), 'authorize', 400, 3, /redirect_uri/);
  });

  it('refuses codes for another redirect URI, expired codes (10 minutes), unknown grant types and missing fields', async () => {
    expectStatus(await exchange({ grant_type: 'AuthorizationCode', code: await codeFor(), redirect_uri: 'http://other/cb' }), 'token', 400, 3, /redirect_uri/);
    const late = await codeFor();
    clock.advance(601_000);
    expectStatus(await exchange({ grant_type: 'AuthorizationCode', code: late, redirect_uri: sandbox.redirectUri }), 'token', 400, 3, /code/);
    expectStatus(await exchange({ grant_type: 'Password' }), 'token', 400, 3, /grant_type/);
    expectStatus(await exchange({ grant_type: 'AuthorizationCode', redirect_uri: sandbox.redirectUri }), 'token', 400, 3, /code/);
    expectStatus(await exchange({ grant_type: 'RefreshToken' }), 'token', 400, 3, /refresh_token/);
    expectStatus(await exchange({ grant_type: 'RefreshToken', refresh_token: 'not-a-token' }), 'token', 400, 3, /refresh_token/);
    // An access token is not a refresh token.
    expectStatus(await exchange({ grant_type: 'RefreshToken', refresh_token: sandbox.accessToken }), 'token', 400, 3, /refresh_token/);
  });

  it('checks client authentication when it is sent (HTTP Basic or in the body); RFC 6749 spellings and form bodies work too', async () => {
    const other = (await bankApi.commands!.find((c) => c.name === 'client create')!.run({ store: server.store, tenant: sandbox.provisioned.tenant, clock }, {}))!;
    const code = await codeFor();
    expectStatus(await exchange({ grant_type: 'AuthorizationCode', code, redirect_uri: sandbox.redirectUri }, { authorization: basic(sandbox.clientId, 'wrong') }), 'token', 401, 16);
    expectStatus(
      await exchange({ grant_type: 'AuthorizationCode', code, redirect_uri: sandbox.redirectUri }, { authorization: basic(other.client_id!, other.client_secret!) }),
      'token',
      400,
      3,
      /code/,
    );
    const right = await exchange({ grant_type: 'authorization_code', code, redirect_uri: sandbox.redirectUri, client_id: sandbox.clientId, client_secret: sandbox.clientSecret });
    expectOk(right, 'token', 201);
    const form = await raw(`${root}/v1/token`, {
      method: 'POST',
      headers: { 'content-type': FORM, authorization: basic(sandbox.clientId, sandbox.clientSecret) },
      body: `grant_type=refresh_token&refresh_token=${right.json.refresh_token}`,
    });
    expectOk(form, 'token', 201);
  });

  it('access tokens expire after an hour (401); the refresh token (which does not expire) gets another and is answered back', async () => {
    const fresh = await bankSandbox(server, { clock });
    expect((await call(root, 'GET', '/v1/users/current/customers', fresh.headers)).status).toBe(200);
    clock.advance(3_600_000);
    const expired = await call(root, 'GET', '/v1/users/current/customers', fresh.headers);
    expectStatus(expired, 'getCustomersForCurrentUser', 401, 16, /expired/);
    const refreshed = expectOk(await exchange({ grant_type: 'RefreshToken', refresh_token: fresh.refreshToken }), 'token', 201);
    expect(refreshed.refresh_token).toBe(fresh.refreshToken);
    expect(refreshed.access_token).not.toBe(fresh.accessToken);
    expect((await call(root, 'GET', '/v1/users/current/customers', bearer(refreshed.access_token))).status).toBe(200);
  });

  it('a token carries its client’s scopes: a read-only client’s token reads (200) and cannot write (403)', async () => {
    const reader = await bankSandbox(server, { scopes: [READ_SCOPE], clock });
    const token = await tokenFor(root, reader, reader.userId, reader.password);
    const headers = bearer(token.access_token);
    expect((await call(root, 'GET', `/v1/banks/${reader.bankId}/customers`, headers)).status).toBe(200);
    expectStatus(await call(root, 'POST', '/v1/customers', headers, { bank_id: reader.bankId, legal_name: 'x' }), 'createCustomer', 403, 7, /customer\.write/);
  });

  it('links users to customers (201), one link per user and customer (409), and the current user sees the customers linked to them', async () => {
    // A sandbox of its own: the earlier tests moved the clock past the first one's ready token.
    const s = await bankSandbox(server, { clock });
    const bob = await userWith(server, root, s, []);
    const [a, b] = [await newCustomer(root, s, { legal_name: 'A' }), await newCustomer(root, s, { legal_name: 'B' })];
    const otherBank = (await bankApi.commands!.find((c) => c.name === 'bank create')!.run({ store: server.store, tenant: s.provisioned.tenant, clock }, {})).bank_id!;
    const c = await newCustomer(root, s, { bank_id: otherBank, legal_name: 'C' });
    const link = (bankId: string, body: Record<string, unknown>, headers = s.headers) => call(root, 'POST', `/v1/banks/${bankId}/user_customer_links`, headers, body);

    const created = expectOk(await link(s.bankId, { bank_id: s.bankId, user_id: bob.userId, customer_id: b }), 'createUserCustomerLink', 201);
    expect(created).toEqual({ user_customer_link_id: expect.stringMatching(/^[0-9a-f-]{36}$/), customer_id: b, user_id: bob.userId, date_inserted: expect.any(String), is_active: true });
    expectOk(await link(s.bankId, { user_id: bob.userId, customer_id: a }), 'createUserCustomerLink', 201);
    expectOk(await link(otherBank, { user_id: bob.userId, customer_id: c }), 'createUserCustomerLink', 201);
    expectStatus(await link(s.bankId, { user_id: bob.userId, customer_id: b }), 'createUserCustomerLink', 409, 6, `the user is already linked to customer ${b}`);

    expectStatus(await link(s.bankId, { user_id: bob.userId, customer_id: c }), 'createUserCustomerLink', 400, 3, /customer_id/);
    expectStatus(await link(s.bankId, { user_id: 'nobody', customer_id: a }), 'createUserCustomerLink', 400, 3, /user_id/);
    expectStatus(await link(s.bankId, { bank_id: otherBank, user_id: bob.userId, customer_id: a }), 'createUserCustomerLink', 400, 3, /bank_id/);
    expectStatus(await link(s.bankId, { customer_id: a }), 'createUserCustomerLink', 400, 3, /user_id/);
    expectStatus(await link('nope', { user_id: bob.userId, customer_id: a }), 'createUserCustomerLink', 404, 5, /bank nope/);
    expectStatus(await link(s.bankId, { user_id: bob.userId, customer_id: a }, bob.headers), 'createUserCustomerLink', 403, 7, /CanCreateUserCustomerLink or CanCreateUserCustomerLinkAtAnyBank/);

    const mine = expectOk(await call(root, 'GET', '/v1/users/current/customers', bob.headers), 'getCustomersForCurrentUser');
    expect(mine.customers.map((x: { legal_name: string }) => x.legal_name)).toEqual(['B', 'A', 'C']);
    const atBank = expectOk(await call(root, 'GET', `/v1/banks/${s.bankId}/customers`, bob.headers), 'getCustomersForCurrentUserAtBank');
    expect(atBank.customers.map((x: { id: string }) => x.id)).toEqual([b, a]);
    expect((await call(root, 'GET', '/v1/users/current/customers', s.headers)).json.customers).toEqual([]);
    expectStatus(await call(root, 'GET', '/v1/banks/nope/customers', bob.headers), 'getCustomersForCurrentUserAtBank', 404, 5);
  });

  it('the typed client: the authorization-code flow, then every call as the user, renewing its token', async () => {
    const fresh = await bankSandbox(server, { clock });
    const tokens = await bankAuthorizationCode({ baseUrl: root, userId: fresh.userId, password: fresh.password, clientId: fresh.clientId, clientSecret: fresh.clientSecret, redirectUri: fresh.redirectUri });
    const client = createBankClient({ baseUrl: root, refreshToken: tokens.refresh_token, clientId: fresh.clientId, clientSecret: fresh.clientSecret, now: () => clock.nowMs() });
    const created = await client.createCustomer({ bank_id: fresh.bankId, legal_name: 'Typed', branchId: 'b1' });
    expect(created.status).toBe(201);
    if (created.status !== 201) return;
    const got = await client.getCustomerByCustomerId(fresh.bankId, created.data.customer_id);
    expect(got.status === 200 && got.data.branch_id).toBe('b1');
    const first = await client.accessToken();
    clock.advance(3_600_000);
    const updated = await client.updateCustomerEmail(fresh.bankId, created.data.customer_id, { email: 'typed@example.org' });
    expect(updated.status === 200 && updated.data.customer.email).toBe('typed@example.org');
    expect(await client.accessToken()).not.toBe(first);
    const page = await client.getFirehoseCustomer(fresh.bankId, { limit: 1, sort_direction: 'ASC' });
    expect(page.status === 200 && page.data.customers.map((c) => c.id)).toEqual([created.data.customer_id]);
    await expect(createBankClient({ baseUrl: root, refreshToken: 'nope' }).accessToken()).rejects.toBeInstanceOf(BankTokenError);
  });
});
