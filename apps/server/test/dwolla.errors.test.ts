import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDriver } from './support/drivers.ts';
import { createCustomer, dwollaAccount, errorOf, HAL, newCustomer, type DwollaAccount } from './support/dwolla.ts';
import { raw, type RawResponse } from './support/http.ts';
import { startServer, type TestServer } from './support/server.ts';
import { specValidator } from './support/spec.ts';

const spec = specValidator('dwolla');

/** A Dwolla error in the negotiated media type, valid against the emitted `Error` schema. */
function expectError(res: RawResponse, status: number, code: string, type = HAL) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
  expect(spec.schemaErrors('Error', res.json)).toEqual([]);
  const error = errorOf(res);
  expect(error.code).toBe(code);
  return error;
}

describeEachDriver('Dwolla bad input', (driver) => {
  let server: TestServer;
  let root: string;
  let account: DwollaAccount;
  let existing: string;
  let snapshot: string;

  const post = (body: string, headers: Record<string, string> = {}, path = '/customers') =>
    raw(`${root}${path}`, { method: 'POST', headers: { ...account.headers, ...headers }, body });
  const invalid = async (body: unknown, path = '/customers') => {
    const res = await post(JSON.stringify(body), {}, path);
    const error = expectError(res, 400, 'ValidationError');
    expect(error.message).toBe('Validation error(s) present. See embedded errors list for more details.');
    return error.errors!;
  };

  beforeAll(async () => {
    server = await startServer(driver, { bodyLimit: 16 * 1024 });
    root = `${server.origin}/dwolla`;
    account = await dwollaAccount(server, root);
    existing = await createCustomer(root, account, newCustomer({ email: 'keep@example.org' }));
    snapshot = (await raw(`${root}/customers/${existing}`, { headers: account.headers })).text;
  });
  afterAll(async () => {
    // Nothing already stored was lost or changed by any of the bad requests.
    expect((await raw(`${root}/customers/${existing}`, { headers: account.headers })).text).toBe(snapshot);
    expect((await raw(`${root}/customers`, { headers: account.headers })).json.total).toBe(1);
    await server.close();
  });

  it('each missing required field is Required at its JSON pointer', async () => {
    expect(await invalid({})).toEqual([
      { code: 'Required', message: 'FirstName is required.', path: '/firstName' },
      { code: 'Required', message: 'LastName is required.', path: '/lastName' },
      { code: 'Required', message: 'Email is required.', path: '/email' },
    ]);
  });

  it('a malformed email or IP address is InvalidFormat; a wrong type or an over-long name is Invalid; unknown fields are NotAllowed', async () => {
    const errors = await invalid({ firstName: 7, lastName: 'x'.repeat(51), email: 'not-an-email', ipAddress: '999.1.1.1', status: 'verified' });
    expect(errors).toEqual(
      expect.arrayContaining([
        { code: 'Invalid', message: 'FirstName is invalid: Expected string.', path: '/firstName' },
        { code: 'Invalid', message: expect.stringMatching(/^LastName is invalid: .*50/), path: '/lastName' },
        { code: 'InvalidFormat', message: 'Email is in an invalid format.', path: '/email' },
        { code: 'InvalidFormat', message: 'IpAddress is in an invalid format.', path: '/ipAddress' },
        { code: 'NotAllowed', message: 'Status is not allowed.', path: '/status' },
      ]),
    );
    expect(errors).toHaveLength(5);
  });

  it('an empty name is Invalid; null is Invalid', async () => {
    const errors = await invalid({ firstName: '', lastName: null, email: 'a@b.co' });
    expect(errors.map((e) => [e.code, e.path])).toEqual([
      ['Invalid', '/firstName'],
      ['Invalid', '/lastName'],
    ]);
  });

  it('updates are validated too, before the customer is looked up', async () => {
    expect(await invalid({ email: 'nope', id: 'x' }, `/customers/${existing}`)).toEqual([
      { code: 'NotAllowed', message: 'Id is not allowed.', path: '/id' },
      { code: 'InvalidFormat', message: 'Email is in an invalid format.', path: '/email' },
    ]);
    const missing = await post(JSON.stringify({ email: 'nope' }), {}, '/customers/00000000-0000-0000-0000-000000000000');
    expect(missing.status).toBe(400);
  });

  it('a body that is not a JSON object', async () => {
    expect((await invalid([1, 2]))[0]).toMatchObject({ code: 'Invalid', path: '' });
    expect((await invalid('x'))[0]).toMatchObject({ code: 'Invalid', path: '' });
    const malformed = await post('{"firstName": ');
    expect(expectError(malformed, 400, 'BadRequest').message).toMatch(/not valid JSON/);
    const empty = await post('');
    expect(expectError(empty, 400, 'BadRequest').message).toMatch(/empty/);
  });

  it('limit and offset out of range or not integers are ValidationErrors naming them', async () => {
    for (const [query, path] of [
      ['limit=0', '/limit'],
      ['limit=201', '/limit'],
      ['limit=1.5', '/limit'],
      ['limit=abc', '/limit'],
      ['offset=-1', '/offset'],
    ]) {
      const res = await raw(`${root}/customers?${query}`, { headers: account.headers });
      const error = expectError(res, 400, 'ValidationError');
      expect(error.errors!.map((e) => e.path), query).toEqual([path]);
      expect(spec.responseErrors('listCustomers', 400, res.json)).toEqual([]);
    }
    expect((await raw(`${root}/customers?limit=200`, { headers: account.headers })).status).toBe(200);
  });

  it('413 for a body over the limit, 415 for a media type other than JSON', async () => {
    const big = await post(JSON.stringify(newCustomer({ firstName: 'x'.repeat(20_000) })));
    expect(expectError(big, 413, 'RequestTooLarge').message).toMatch(/16384 bytes/);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const res = await post('firstName=Bob', { 'content-type': type });
      expect(expectError(res, 415, 'UnsupportedMediaType').message, type).toContain(type);
    }
  });

  it('an Accept that cannot be served is 406 InvalidVersion; */*, application/json, the vendor type and no Accept are served', async () => {
    for (const accept of ['text/html', 'application/xml', 'application/vnd.dwolla.v2.hal+json', 'application/json;q=0']) {
      const res = await raw(`${root}/customers`, { headers: { authorization: account.headers.authorization!, accept } });
      expectError(res, 406, 'InvalidVersion');
      expect(spec.responseErrors('listCustomers', 406, res.json)).toEqual([]);
    }
    const served: [string | undefined, string][] = [
      [undefined, HAL],
      ['*/*', HAL],
      ['application/*', HAL],
      [HAL, HAL],
      ['application/json', 'application/json'],
      ['text/html, application/json;q=0.9, */*;q=0.1', 'application/json'],
    ];
    for (const [accept, type] of served) {
      const headers: Record<string, string> = { authorization: account.headers.authorization! };
      if (accept) headers.accept = accept;
      const res = await raw(`${root}/customers/${existing}`, { headers });
      expect(res.status, accept).toBe(200);
      expect(res.headers.get('content-type'), accept).toBe(`${type}; charset=utf-8`);
    }
    // Errors follow the negotiation too.
    const missing = await raw(`${root}/customers/00000000-0000-0000-0000-000000000000`, {
      headers: { authorization: account.headers.authorization!, accept: 'application/json' },
    });
    expectError(missing, 404, 'NotFound', 'application/json');
    // A 406 comes before authentication and before the body is read.
    const unauthenticated = await raw(`${root}/customers`, { method: 'POST', headers: { accept: 'text/html', 'content-type': 'text/plain' }, body: 'x' });
    expectError(unauthenticated, 406, 'InvalidVersion');
  });

  it('a verb a path does not serve is 405 MethodNotAllowed with Allow; an unknown path is 404 NotFound', async () => {
    for (const [method, path, allow] of [
      ['DELETE', `/customers/${existing}`, 'GET, POST'],
      ['PUT', '/customers', 'GET, POST'],
      ['GET', '/token', 'POST'],
    ]) {
      const res = await raw(`${root}${path}`, { method, headers: { authorization: account.headers.authorization!, accept: HAL } });
      expectError(res, 405, 'MethodNotAllowed');
      expect(res.headers.get('allow')).toBe(allow);
    }
    // No operation documents HEAD: a 405 too (without a body, as HEAD answers).
    const head = await raw(`${root}/customers`, { method: 'HEAD', headers: account.headers });
    expect([head.status, head.headers.get('allow')]).toEqual([405, 'GET, POST']);
    const unknown = await raw(`${root}/funding-sources`, { headers: account.headers });
    expect(expectError(unknown, 404, 'NotFound').message).toBe('The requested resource was not found.');
  });
});
