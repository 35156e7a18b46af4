import { afterAll, beforeAll, expect, it } from 'vitest';
import { bankSandbox, call as bankCall, spec as bankSpec } from './support/bank.ts';
import { describeEachDriver } from './support/drivers.ts';
import { dwollaAccount, HAL, newCustomer, type DwollaAccount } from './support/dwolla.ts';
import { basic, firstResponse, raw, rawHttp, socketExchange } from './support/http.ts';
import { startServer, type TestServer } from './support/server.ts';
import { specValidator } from './support/spec.ts';

/**
 * The cases a run of hostile input (`pnpm fuzz`) and a validating proxy found, each answered as
 * the API's spec documents, in its envelope: every status and every way of calling the server
 * accepts is one the spec documents.
 */
const balancedSpec = specValidator('balanced');
const dwollaSpec = specValidator('dwolla');

describeEachDriver('hostile input', (driver) => {
  let server: TestServer;
  let balanced: string;
  let dwolla: string;
  let key: Record<string, string>;
  let account: DwollaAccount;

  const balancedTotal = async () => (await raw(`${balanced}/v1/customers?limit=1`, { headers: key })).json.total as number;
  const dwollaTotal = async () => (await raw(`${dwolla}/customers?limit=1`, { headers: account.headers })).json.total as number;

  beforeAll(async () => {
    server = await startServer(driver);
    balanced = `${server.origin}/balanced`;
    dwolla = `${server.origin}/dwolla`;
    key = { authorization: basic((await server.tenant('balanced')).api_key_secret!) };
    account = await dwollaAccount(server, dwolla);
  });
  afterAll(() => server.close());

  it("a 5 MB JSON body sent with Node's fetch is answered 413 in Balanced's envelope, 20 times out of 20", async () => {
    const body = JSON.stringify({ name: 'x'.repeat(5 * 1024 * 1024) });
    for (let i = 0; i < 20; i++) {
      const res = await raw(`${balanced}/v1/customers`, { method: 'POST', headers: { ...key, 'content-type': 'application/json' }, body });
      expect(res.status).toBe(413);
      expect(balancedSpec.responseErrors('createCustomer', 413, res.json)).toEqual([]);
    }
  });

  it("a raw non-ASCII byte in the path is a 400 in the API's envelope with Connection: close; a request pipelined after it is not reset", async () => {
    const bad = Buffer.from(`GET /balanced/v1/customers/CU\xff HTTP/1.1\r\nHost: localhost\r\n\r\n`, 'latin1');
    const next = Buffer.from(`GET /balanced/v1/customers HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    const exchange = await socketExchange(server.origin, Buffer.concat([bad, next]));
    expect(exchange.error).toBeUndefined();
    expect(exchange.closedGracefully).toBe(true);
    const res = firstResponse(exchange.text);
    expect(res.status).toBe(400);
    expect(res.headers.connection).toBe('close');
    expect(balancedSpec.schemaErrors('Error', res.json)).toEqual([]);
    expect(res.json).toMatchObject({ status_code: 400, category_code: 'request' });
  });

  it("headers over the size limit are a 431, a URL over it a 414, in the API's envelope with Connection: close", async () => {
    const headers = await socketExchange(
      server.origin,
      `GET /dwolla/customers HTTP/1.1\r\nHost: localhost\r\nX-Filler: ${'a'.repeat(20_000)}\r\n\r\nGET /dwolla/customers HTTP/1.1\r\nHost: localhost\r\n\r\n`,
    );
    expect([headers.error, headers.closedGracefully]).toEqual([undefined, true]);
    const tooLarge = firstResponse(headers.text);
    expect([tooLarge.status, tooLarge.headers.connection, tooLarge.headers['content-type']]).toEqual([431, 'close', `${HAL}; charset=utf-8`]);
    expect(dwollaSpec.schemaErrors('Error', tooLarge.json)).toEqual([]);

    const url = await socketExchange(server.origin, `GET /dwolla/customers?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    const tooLong = firstResponse(url.text);
    expect([tooLong.status, tooLong.headers.connection]).toEqual([414, 'close']);
    expect(dwollaSpec.schemaErrors('Error', tooLong.json)).toEqual([]);
  });

  it('a Host that is not a valid authority is refused in the API\'s envelope, never reflected into Location or links', async () => {
    const exchange = await socketExchange(
      server.origin,
      `POST /dwolla/customers HTTP/1.1\r\nHost: a b\r\nAuthorization: ${account.headers.authorization}\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`,
    );
    const res = firstResponse(exchange.text);
    expect(res.status).toBe(400);
    expect(res.headers.location).toBeUndefined();
    expect(res.json).toMatchObject({ code: 'BadRequest', message: expect.stringMatching(/Host/) });
    expect(dwollaSpec.schemaErrors('Error', res.json)).toEqual([]);
  });

  it('an HTTP/1.1 request carries exactly one Host line, in any case; HTTP/1.0 may carry none', async () => {
    const get = (version: string, hostLines: string) => socketExchange(server.origin, `GET /dwolla/customers?limit=1 HTTP/${version}\r\n${hostLines}Authorization: ${account.headers.authorization}\r\nConnection: close\r\n\r\n`);
    const refused = [
      ['1.1', 'Host: localhost\r\nHost: localhost\r\n', /more than one Host/],
      ['1.1', 'Host: localhost\r\nHOST: other\r\n', /more than one Host/],
      ['1.1', '', /no Host/],
    ] as const;
    for (const [version, lines, message] of refused) {
      const res = firstResponse((await get(version, lines)).text);
      expect(res.status, lines).toBe(400);
      expect(res.json).toMatchObject({ code: 'BadRequest', message: expect.stringMatching(message) });
    }
    for (const [version, lines] of [['1.1', 'hOsT: localhost\r\n'], ['1.0', '']] as const) expect(firstResponse((await get(version, lines)).text).status, `${version} ${lines}`).toBe(200);
  });

  it('X-Forwarded-Host and -Proto are ignored unless the server is told it sits behind a proxy', async () => {
    const forwarded = { ...account.headers, 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.example' };
    const res = await raw(`${dwolla}/customers`, { method: 'POST', headers: forwarded, body: JSON.stringify(newCustomer()) });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toMatch(new RegExp(`^${server.origin}/dwolla/customers/[0-9A-F-]{36}$`));
    const list = await raw(`${dwolla}/customers?limit=1`, { headers: forwarded });
    expect(list.json._links.self.href.startsWith(`${server.origin}/dwolla/`)).toBe(true);
  });

  it("Balanced answers whatever the Accept header asks, never a 406: its spec documents none", async () => {
    for (const accept of ['image/png', 'text/html', 'application/xml;q=1, */*;q=0']) {
      const res = await raw(`${balanced}/v1/customers`, { headers: { ...key, accept } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(balancedSpec.responseErrors('listCustomers', 200, res.json)).toEqual([]);
    }
  });

  it('a trailing slash is no documented path: a 404, and nothing is created or changed', async () => {
    const balancedBefore = await balancedTotal();
    const dwollaBefore = await dwollaTotal();
    const created = await raw(`${dwolla}/customers/`, { method: 'POST', headers: account.headers, body: JSON.stringify(newCustomer()) });
    expect(created.status).toBe(404);
    expect(dwollaSpec.responseErrors('updateCustomer', 404, created.json)).toEqual([]);
    const customer = (await raw(`${balanced}/v1/customers`, { method: 'POST', headers: { ...key, 'content-type': 'application/json' }, body: '{"name":"A"}' })).json;
    const updated = await raw(`${balanced}/v1/customers/${customer.id}/`, {
      method: 'PUT',
      headers: { ...key, 'content-type': 'application/json' },
      body: '{"name":"B"}',
    });
    expect(updated.status).toBe(404);
    expect(balancedSpec.schemaErrors('Error', updated.json)).toEqual([]);
    expect((await raw(`${balanced}/v1/customers/${customer.id}`, { headers: key })).json.name).toBe('A');
    expect(await balancedTotal()).toBe(balancedBefore + 1);
    expect(await dwollaTotal()).toBe(dwollaBefore);
  });

  it("a body of JSON null, a bare scalar, an array, or none at all is a 400 in the API's envelope; nothing is created", async () => {
    const before = await balancedTotal();
    const json = { ...key, 'content-type': 'application/json' };
    for (const body of ['null', '5', '"customer"', 'true', '[]', '[{"name":"A"}]']) {
      const res = await raw(`${balanced}/v1/customers`, { method: 'POST', headers: json, body });
      expect(res.status, body).toBe(400);
      expect(balancedSpec.responseErrors('createCustomer', 400, res.json)).toEqual([]);
    }
    // No body, with and without a Content-Type: the spec marks the body required.
    expect((await raw(`${balanced}/v1/customers`, { method: 'POST', headers: key })).status).toBe(400);
    expect((await rawHttp(`${balanced}/v1/customers`, { method: 'POST', headers: key, body: '' })).status).toBe(400);
    const dwollaNone = await raw(`${dwolla}/customers`, { method: 'POST', headers: { authorization: account.headers.authorization! } });
    expect(dwollaNone.status).toBe(400);
    expect(dwollaSpec.responseErrors('createCustomer', 400, dwollaNone.json)).toEqual([]);
    expect(await balancedTotal()).toBe(before);
  });

  it('a PUT with no body is a 400, not an update', async () => {
    const customer = (await raw(`${balanced}/v1/customers`, { method: 'POST', headers: { ...key, 'content-type': 'application/json' }, body: '{"name":"A"}' })).json;
    const res = await raw(`${balanced}/v1/customers/${customer.id}`, { method: 'PUT', headers: key });
    expect(res.status).toBe(400);
    expect(balancedSpec.responseErrors('updateCustomer', 400, res.json)).toEqual([]);
  });

  it('no query parameter is dropped: a bad one after the 100th is still refused', async () => {
    const filler = Array.from({ length: 149 }, (_, i) => `p${i}=${i}`).join('&');
    const res = await raw(`${balanced}/v1/customers?${filler}&limit=NaN`, { headers: key });
    expect(res.status).toBe(400);
    expect(balancedSpec.responseErrors('listCustomers', 400, res.json)).toEqual([]);
    expect(res.json.extras).toHaveProperty('limit');
  });

  it("a NUL in a path parameter (%00) names nothing: a 404 in the API's envelope (PostgreSQL refuses NUL in text: it was a 500 there)", async () => {
    const bank = await bankSandbox(server);
    for (const path of ['/v1/banks/%00/customers/x', `/v1/banks/${bank.bankId}/customers/a%00b`]) {
      const res = await bankCall(`${server.origin}/bank`, 'GET', path, bank.headers);
      expect(res.status).toBe(404);
      expect(bankSpec.responseErrors('getCustomerByCustomerId', 404, res.json)).toEqual([]);
    }
  });

  it('Balanced: an email holding a NUL is stored, read back and kept unique like any other (it was a 500 on PostgreSQL, whose text refuses NUL)', async () => {
    const email = `nul${Date.now()}\u0000@example.com`;
    const body = JSON.stringify({ email_address: email });
    const created = await raw(`${balanced}/v1/customers`, { method: 'POST', headers: { ...key, 'content-type': 'application/json' }, body });
    expect(created.status).toBe(201);
    const read = await raw(`${balanced}/v1/customers/${created.json.id as string}`, { headers: key });
    expect(read.json.email_address).toBe(email);
    const again = await raw(`${balanced}/v1/customers`, { method: 'POST', headers: { ...key, 'content-type': 'application/json' }, body });
    expect(again.status).toBe(409);
    expect(balancedSpec.responseErrors('createCustomer', 409, again.json)).toEqual([]);
  });

  it('Dwolla: an over-long id is a 404 (retrieve documents no 400), and HEAD, which no operation documents, a 405', async () => {
    const long = await raw(`${dwolla}/customers/${'A'.repeat(80)}`, { headers: account.headers });
    expect(long.status).toBe(404);
    expect(dwollaSpec.responseErrors('retrieveCustomer', 404, long.json)).toEqual([]);
    const head = await raw(`${dwolla}/customers`, { method: 'HEAD', headers: account.headers });
    expect(head.status).toBe(405);
    expect(head.headers.get('allow')).toBe('GET, POST');
  });

  it("Dwolla's token endpoint takes the application's key and secret in the body, as its spec's security now documents", async () => {
    const operation = dwollaSpec.document.paths['/token']!.post! as unknown as { security: unknown[] };
    expect(operation.security).toEqual([{ clientCredentials: [] }, {}]);
    const res = await raw(`${dwolla}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `grant_type=client_credentials&client_id=${account.clientId}&client_secret=${account.clientSecret}`,
    });
    expect(res.status).toBe(200);
    expect(dwollaSpec.responseErrors('requestToken', 200, res.json)).toEqual([]);
  });

  it("a refusal made before the route's own steps (a bad Host) answers in that route's envelope: OAuth's on Dwolla's token endpoint", async () => {
    const body = `grant_type=client_credentials&client_id=${account.clientId}&client_secret=${account.clientSecret}`;
    const exchange = await socketExchange(
      server.origin,
      `POST /dwolla/token HTTP/1.1\r\nHost: bad host\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
    );
    const res = firstResponse(exchange.text);
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ error: 'invalid_request', error_description: expect.stringContaining('Host') });
    expect(dwollaSpec.responseErrors('requestToken', 400, res.json)).toEqual([]);
    // The customers route of the same API keeps Dwolla's own envelope.
    const customers = firstResponse((await socketExchange(server.origin, 'GET /dwolla/customers HTTP/1.1\r\nHost: bad host\r\n\r\n')).text);
    expect(customers.status).toBe(400);
    expect(customers.json).toMatchObject({ code: 'BadRequest' });
  });
});
