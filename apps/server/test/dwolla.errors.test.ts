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

  it('*/*, application/json, the vendor type and no Accept are served, each in its type (the refusals: refusals.test.ts)', async () => {
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
  });

  it('HEAD, which no operation documents, is a 405 with Allow, without a body', async () => {
    const head = await raw(`${root}/customers`, { method: 'HEAD', headers: account.headers });
    expect([head.status, head.headers.get('allow')]).toEqual([405, 'GET, POST']);
  });
});
