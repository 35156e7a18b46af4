import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDriver } from './support/drivers.ts';
import { basic, raw, type RawResponse } from './support/http.ts';
import { startServer, type TestServer } from './support/server.ts';
import { specValidator } from './support/spec.ts';

const spec = specValidator('balanced');

/** The exact v1 envelope: every key, the request-id sentence, and the extras naming each bad field. */
function expectEnvelope(res: RawResponse, status: number, reason: string, categoryType: string, categoryCode: string, extras?: Record<string, string | RegExp>) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = res.json;
  expect(Object.keys(body).sort()).toEqual(['additional', 'category_code', 'category_type', 'description', 'extras', 'request_id', 'status', 'status_code']);
  expect(body).toMatchObject({ status: reason, status_code: status, category_type: categoryType, category_code: categoryCode, additional: null });
  expect(body.request_id).toMatch(/^OHM[0-9a-f]{32}$/);
  expect(body.description.endsWith(` Your request id is ${body.request_id}.`)).toBe(true);
  expect(spec.schemaErrors('Error', body)).toEqual([]);
  if (extras) {
    expect(Object.keys(body.extras).sort()).toEqual(Object.keys(extras).sort());
    for (const [field, message] of Object.entries(extras)) expect(body.extras[field]).toMatch(message);
    for (const field of Object.keys(extras)) expect(body.description).toContain(field === 'body' ? '' : `[${field}]`);
  }
}

describeEachDriver('Balanced bad input', (driver) => {
  let server: TestServer;
  let root: string;
  let auth: string;
  let existing: string;
  let snapshot: string;

  const post = (body: string, contentType = 'application/json', path = '/v1/customers', method = 'POST') =>
    raw(`${root}${path}`, { method, headers: { authorization: auth, 'content-type': contentType }, body });
  const list = (query: string) => raw(`${root}/v1/customers?${query}`, { headers: { authorization: auth } });

  beforeAll(async () => {
    server = await startServer(driver, { bodyLimit: 64 * 1024 });
    root = `${server.origin}/balanced`;
    auth = basic((await server.tenant('balanced')).api_key_secret!);
    const created = await post(JSON.stringify({ name: 'Keep me', email_address: 'keep@example.org', meta: { a: '1' } }));
    existing = created.json.id;
    snapshot = (await raw(`${root}/v1/customers/${existing}`, { headers: { authorization: auth } })).text;
  });
  afterAll(async () => {
    // Nothing already stored was lost or changed by any of the bad requests.
    const after = await raw(`${root}/v1/customers/${existing}`, { headers: { authorization: auth } });
    expect(after.text).toBe(snapshot);
    const all = await list('limit=100');
    expect(all.json.total).toBe(1);
    await server.close();
  });

  it('malformed JSON', async () => {
    expectEnvelope(await post('{"name": '), 400, 'Bad Request', 'request', 'request', { body: /not valid JSON/ });
  });

  it('empty body declared as JSON', async () => {
    expectEnvelope(await post(''), 400, 'Bad Request', 'request', 'request', { body: /empty/ });
  });

  it('a JSON body that is not an object', async () => {
    expectEnvelope(await post('[1,2]'), 400, 'Bad Request', 'request', 'request', { body: /Expected object/ });
    expectEnvelope(await post('"x"'), 400, 'Bad Request', 'request', 'request', { body: /Expected object/ });
  });

  it('wrong types name each field', async () => {
    expectEnvelope(await post(JSON.stringify({ name: 5, is_identity_verified: true, dob: [] })), 400, 'Bad Request', 'request', 'request', {
      name: /Expected string or null/,
      dob: /Expected string or null/,
      is_identity_verified: /not a field/,
    });
  });

  it('an invalid email and a malformed ssn_last4', async () => {
    expectEnvelope(await post(JSON.stringify({ email_address: 'not-an-email', ssn_last4: '12a4' })), 400, 'Bad Request', 'request', 'request', {
      email_address: /email/,
      ssn_last4: /pattern|match/,
    });
  });

  it('non-string meta values: nested objects, arrays and null are rejected (scalars become strings)', async () => {
    expectEnvelope(await post(JSON.stringify({ meta: { nested: { a: 1 }, list: [1], nothing: null } })), 400, 'Bad Request', 'request', 'request', {
      'meta.nested': /string, number or boolean/,
      'meta.list': /string, number or boolean/,
      'meta.nothing': /string, number or boolean/,
    });
    expectEnvelope(await post(JSON.stringify({ address: 'Main St' })), 400, 'Bad Request', 'request', 'request', { address: /Expected object/ });
    expectEnvelope(await post('meta[a][b]=1', 'application/x-www-form-urlencoded'), 400, 'Bad Request', 'request', 'request', {
      'meta.a': /string, number or boolean/,
    });
  });

  it('unknown content type', async () => {
    const plain = await post('name=x', 'text/plain');
    expectEnvelope(plain, 415, 'Unsupported Media Type', 'request', 'unsupported-media-type');
    expect(plain.json.description).toMatch(/^Content-Type text\/plain is not supported: send application\/json or application\/x-www-form-urlencoded\. /);
    expectEnvelope(await post('<name/>', 'application/xml'), 415, 'Unsupported Media Type', 'request', 'unsupported-media-type');
  });

  it('oversized body', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(100 * 1024) });
    const res = await post(big);
    expectEnvelope(res, 413, 'Request Entity Too Large', 'request', 'request-entity-too-large');
    expect(res.json.description).toMatch(/^The request body is larger than 65536 bytes\. /);
  });

  it.each([
    ['limit=abc', { limit: /Expected integer/ }],
    ['offset=abc', { offset: /Expected integer/ }],
    ['limit=-1', { limit: /greater or equal to 1/ }],
    ['limit=0', { limit: /greater or equal to 1/ }],
    ['offset=-5', { offset: /greater or equal to 0/ }],
    ['limit=101', { limit: /less or equal to 100/ }],
    ['limit=99999999999999999999', { limit: /less or equal to 100/ }],
    ['offset=99999999999999999999', { offset: /less or equal to 2147483647/ }],
    ['limit=1.5', { limit: /Expected integer/ }],
    ['limit=1&limit=2', { limit: /Expected integer/ }],
    ['limit=abc&offset=-1', { limit: /Expected integer/, offset: /greater or equal to 0/ }],
  ])('list with %s', async (query, extras) => {
    expectEnvelope(await list(query), 400, 'Bad Request', 'request', 'request', extras);
  });

  it('unknown id: 404 not-found on GET and PUT', async () => {
    expectEnvelope(await raw(`${root}/v1/customers/CUnope`, { headers: { authorization: auth } }), 404, 'Not Found', 'request', 'not-found', {});
    expectEnvelope(await post('{"name":"x"}', 'application/json', '/v1/customers/CUnope', 'PUT'), 404, 'Not Found', 'request', 'not-found', {});
  });

  it('bad input on update is reported before the id is looked up, and changes nothing', async () => {
    expectEnvelope(await post('{"email_address": 7}', 'application/json', `/v1/customers/${existing}`, 'PUT'), 400, 'Bad Request', 'request', 'request', {
      email_address: /string.*null/,
    });
    expectEnvelope(await post('{"oops"', 'application/json', `/v1/customers/${existing}`, 'PUT'), 400, 'Bad Request', 'request', 'request', {
      body: /not valid JSON/,
    });
  });

  it('wrong verb on a documented path: 405 with Allow', async () => {
    const res = await raw(`${root}/v1/customers/${existing}`, { method: 'DELETE', headers: { authorization: auth } });
    expectEnvelope(res, 405, 'Method Not Allowed', 'request', 'method-not-allowed', {});
    expect(res.headers.get('allow')).toBe('GET, HEAD, PUT');
    const patch = await post('{}', 'application/json', '/v1/customers', 'PATCH');
    expectEnvelope(patch, 405, 'Method Not Allowed', 'request', 'method-not-allowed', {});
    expect(patch.headers.get('allow')).toBe('GET, HEAD, POST');
  });

  it('an undocumented path inside the API: 404 in the envelope', async () => {
    expectEnvelope(await raw(`${root}/v1/cards`, { headers: { authorization: auth } }), 404, 'Not Found', 'request', 'not-found', {});
  });
});
