import { afterAll, beforeAll, expect, it } from 'vitest';
import { serverApis } from '../src/apis/index.ts';
import { describeEachDriver } from './support/drivers.ts';
import { raw, rawHttp, type RawResponse } from './support/http.ts';
import { startServer, type TestServer } from './support/server.ts';

/**
 * The refusals the conformance suite asks of every API (401, 404, 405, 406, 413, 415), in each
 * provider's own words: one table per API. The conformance suite checks their statuses, `Allow`,
 * and that each body fits the API's error schema; these rows check what each provider says.
 */
interface Refusal {
  readonly what: string;
  readonly method?: string;
  /** Under the API's mount. */
  readonly path: string;
  /** Without credentials (default: a new tenant's). */
  readonly anonymous?: true;
  readonly headers?: Record<string, string>;
  readonly body?: string;
  readonly status: number;
  /** What the body says, in the provider's words (matched as a subset; strings in it may be RegExps). */
  readonly says?: unknown;
  readonly allow?: string;
}

interface Table {
  readonly api: string;
  /** The provider's envelope, checked on every row: returns what `says` is matched against. */
  readonly envelope: (res: RawResponse) => unknown;
  readonly rows: readonly Refusal[];
}

const JSON_TYPE = { 'content-type': 'application/json' };
const OVER_LIMIT = JSON.stringify({ name: 'x'.repeat(1024 * 1024) });
const BALANCED_ENVELOPE = ['additional', 'category_code', 'category_type', 'description', 'extras', 'request_id', 'status', 'status_code'];

const TABLES: readonly Table[] = [
  {
    api: 'balanced',
    envelope: (res) => {
      expect(Object.keys(res.json).sort()).toEqual(BALANCED_ENVELOPE);
      expect(res.json.request_id).toMatch(/^OHM[0-9a-f]{32}$/);
      expect(res.json.description.endsWith(` Your request id is ${res.json.request_id}.`)).toBe(true);
      expect(res.json).toMatchObject({ status_code: res.status, category_type: 'request', additional: null });
      return res.json;
    },
    rows: [
      { what: 'an unknown customer', path: '/v1/customers/CUnope', status: 404, says: { status: 'Not Found', category_code: 'not-found' } },
      { what: 'an update of an unknown customer', method: 'PUT', path: '/v1/customers/CUnope', headers: JSON_TYPE, body: '{"name":"x"}', status: 404, says: { status: 'Not Found', category_code: 'not-found' } },
      { what: 'a path the API does not have', path: '/v1/cards', status: 404, says: { status: 'Not Found', category_code: 'not-found' } },
      { what: 'DELETE on a customer', method: 'DELETE', path: '/v1/customers/CUnope', status: 405, allow: 'GET, HEAD, PUT', says: { status: 'Method Not Allowed', category_code: 'method-not-allowed' } },
      { what: 'PATCH on the collection', method: 'PATCH', path: '/v1/customers', headers: JSON_TYPE, body: '{}', status: 405, allow: 'GET, HEAD, POST', says: { status: 'Method Not Allowed', category_code: 'method-not-allowed' } },
      { what: 'a body over 1 MiB', method: 'POST', path: '/v1/customers', headers: JSON_TYPE, body: OVER_LIMIT, status: 413, says: { status: 'Request Entity Too Large', category_code: 'request-entity-too-large', description: /^The request body is larger than 1048576 bytes\. / } },
      { what: 'text/plain', method: 'POST', path: '/v1/customers', headers: { 'content-type': 'text/plain' }, body: 'name=x', status: 415, says: { status: 'Unsupported Media Type', category_code: 'unsupported-media-type', description: /^Content-Type text\/plain is not supported: send application\/json or application\/x-www-form-urlencoded\. / } },
      { what: 'XML', method: 'POST', path: '/v1/customers', headers: { 'content-type': 'application/xml' }, body: '<name/>', status: 415, says: { status: 'Unsupported Media Type', category_code: 'unsupported-media-type' } },
    ],
  },
  {
    api: 'dwolla',
    envelope: (res) => {
      // The exact Dwolla error shape: `code`, `message`, `description` (the same text).
      expect(res.json.message).toBe(res.json.description);
      return res.json;
    },
    rows: [
      { what: 'a body over 1 MiB', method: 'POST', path: '/customers', headers: JSON_TYPE, body: OVER_LIMIT, status: 413, says: { code: 'RequestTooLarge', message: /1048576 bytes/ } },
      ...['text/plain', 'application/x-www-form-urlencoded', 'application/xml'].map((type) => ({
        what: `a body in ${type}`,
        method: 'POST',
        path: '/customers',
        headers: { 'content-type': type },
        body: 'firstName=Bob',
        status: 415,
        says: { code: 'UnsupportedMediaType', message: new RegExp(type.replace(/[/+]/g, '\\$&')) },
      })),
      ...['text/html', 'application/xml', 'application/vnd.dwolla.v2.hal+json', 'application/json;q=0'].map((accept) => ({
        what: `Accept ${accept}`,
        path: '/customers',
        headers: { accept },
        status: 406,
        says: { code: 'InvalidVersion' },
      })),
      { what: 'an Accept it cannot serve, before credentials and before the body', method: 'POST', path: '/customers', anonymous: true, headers: { accept: 'text/html', 'content-type': 'text/plain' }, body: 'x', status: 406, says: { code: 'InvalidVersion' } },
      { what: 'DELETE on a customer', method: 'DELETE', path: '/customers/00000000-0000-0000-0000-000000000000', status: 405, allow: 'GET, POST', says: { code: 'MethodNotAllowed' } },
      { what: 'PUT on the collection', method: 'PUT', path: '/customers', status: 405, allow: 'GET, POST', says: { code: 'MethodNotAllowed' } },
      { what: 'GET on the token endpoint', path: '/token', status: 405, allow: 'POST', says: { code: 'MethodNotAllowed' } },
      { what: 'a path the API does not have', path: '/funding-sources', status: 404, says: { code: 'NotFound', message: 'The requested resource was not found.' } },
      { what: 'an unknown customer, in the JSON it negotiated', path: '/customers/00000000-0000-0000-0000-000000000000', headers: { accept: 'application/json' }, status: 404, says: { code: 'NotFound' } },
    ],
  },
  {
    api: 'octobat',
    envelope: (res) => {
      // The SDKs know an error only by its `errors` key: field → [{details}].
      const errors = res.json.errors as Record<string, { details: string }[]>;
      return Object.fromEntries(Object.entries(errors).map(([field, list]) => [field, list.map((e) => e.details)]));
    },
    rows: [
      { what: 'no key', path: '/customers', anonymous: true, status: 401, says: { global: [expect.any(String)] } },
      { what: 'an unknown customer', path: '/customers/oc_cu_1421878635hksc26e4de79', status: 404, says: { global: ['Customer not found'] } },
      { what: 'an update of an unknown customer', method: 'PATCH', path: '/customers/oc_cu_1421878635hksc26e4de79', headers: JSON_TYPE, body: '{"name":"x"}', status: 404, says: { global: ['Customer not found'] } },
      { what: 'a path the API does not have', path: '/invoices', status: 404 },
      { what: 'DELETE on a customer', method: 'DELETE', path: '/customers/oc_cu_1421878635hksc26e4de79', status: 405, allow: 'GET, PATCH', says: { global: [expect.stringMatching(/Method DELETE is not allowed/)] } },
      { what: 'an Accept other than JSON', path: '/customers', headers: { accept: 'application/xml' }, status: 406, says: { global: ['Your request format was not supported. Use JSON.'] } },
      { what: 'a body over 1 MiB', method: 'POST', path: '/customers', headers: JSON_TYPE, body: OVER_LIMIT, status: 413, says: { global: [expect.stringMatching(/larger than 1048576 bytes/)] } },
      { what: 'XML', method: 'POST', path: '/customers', headers: { 'content-type': 'text/xml' }, body: '<customer/>', status: 415, says: { global: [expect.stringMatching(/text\/xml is not supported/)] } },
    ],
  },
  {
    api: 'pingpp',
    envelope: (res) => {
      expect(res.json.error.type).toBe('invalid_request_error');
      return res.json.error;
    },
    rows: [
      { what: 'no key (Chinese by default)', path: '/v1/customers', anonymous: true, status: 401, says: { message: expect.stringContaining('没有提供 API Key') } },
      { what: 'no key, English asked for', path: '/v1/customers', anonymous: true, headers: { 'accept-language': 'en-US,en;q=0.9,zh;q=0.8' }, status: 401, says: { message: expect.stringMatching(/^No API key provided/) } },
      { what: 'an unknown key (Basic)', path: '/v1/customers', anonymous: true, headers: { authorization: `Basic ${Buffer.from('sk_test_000000000000000000000000:').toString('base64')}` }, status: 401, says: { message: '无效的 API Key' } },
      { what: 'an unknown key (Bearer)', path: '/v1/customers', anonymous: true, headers: { authorization: 'Bearer sk_live_000000000000000000000000' }, status: 401, says: { message: '无效的 API Key' } },
      { what: 'a path the API does not have', path: '/v1/charges', status: 404, says: { message: '请求的 URL 不存在' } },
    ],
  },
];

describeEachDriver('refusals in each provider’s own words', (driver) => {
  let server: TestServer;
  const credentials = new Map<string, Record<string, string>>();

  beforeAll(async () => {
    server = await startServer(driver);
    for (const { api: name } of TABLES) {
      const api = serverApis.find((a) => a.definition.name === name)!;
      credentials.set(name, await api.authorize(await server.tenant(name), { apiRoot: `${server.origin}/${name}`, fetch }));
    }
  });
  afterAll(() => server.close());

  const rows = TABLES.flatMap((table) => table.rows.map((row) => [table.api, row.what, table, row] as const));
  it.each(rows)('%s: %s', async (api, _what, table, row) => {
    const method = row.method ?? 'GET';
    const headers = { ...(row.anonymous ? {} : credentials.get(api)), ...row.headers };
    const url = `${server.origin}/${api}${row.path}`;
    const res = method === 'HEAD' ? await rawHttp(url, { method, headers }) : await raw(url, { method, headers, body: row.body });
    expect(res.status, res.text).toBe(row.status);
    if (row.allow) expect(res.headers.get('allow')).toBe(row.allow);
    const said = table.envelope(res);
    if (row.says !== undefined) expect(said).toMatchObject(matchers(row.says) as object);
  });
});

/** `says` with its RegExps as matchers. */
function matchers(value: unknown): unknown {
  if (value instanceof RegExp) return expect.stringMatching(value);
  if (Array.isArray(value)) return value.map(matchers);
  if (value && typeof value === 'object' && value.constructor === Object) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, matchers(v)]));
  return value;
}
