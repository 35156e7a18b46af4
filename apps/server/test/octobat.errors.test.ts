import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from './support/drivers.ts';
import { basic, raw, rawHttp, type RawResponse } from './support/http.ts';
import { createdId, errorsOf, FORM, octobatAccount, octobatCaller, type OctobatCaller } from './support/octobat.ts';
import { startServer, type TestServer } from './support/server.ts';
import { specValidator } from './support/spec.ts';

const spec = specValidator('octobat');

describeEachDriver("Octobat errors: every one in Octobat's envelope, at its status", (driver) => {
  let server: TestServer;
  let root: string;
  let key: string;
  let octobat: OctobatCaller;
  let id: string;

  /** The SDKs know an error only by its `errors` key: every error must have one, as the spec's Error. */
  const enveloped = (res: RawResponse, status: number) => {
    expect(res.status, res.text).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(spec.schemaErrors('Error', res.json), res.text).toEqual([]);
    return errorsOf(res);
  };

  beforeAll(async () => {
    server = await startServer(driver);
    root = `${server.origin}/octobat`;
    key = (await octobatAccount(server)).testKey;
    octobat = octobatCaller(root, key);
    id = await createdId(octobat.create({ name: 'Kept', billing_address_country: 'FR' }));
  });
  afterAll(() => server.close());

  it('422 names each missing or invalid parameter, with every detail', async () => {
    const res = await octobat.create({ business_type: 'B2X', email: 'x' });
    expect(enveloped(res, 422)).toEqual({
      billing_address_country: ["can't be blank"],
      email: ["is invalid: expected string to match 'email' format"],
      business_type: ["is invalid: expected 'B2B' or 'B2C'"],
    });
    expect(spec.responseErrors('createCustomer', 422, res.json)).toEqual([]);
  });

  it('400 for a body that does not parse, or is not an object', async () => {
    const headers = { authorization: basic(key), 'content-type': 'application/json' };
    const broken = await raw(`${root}/customers`, { method: 'POST', headers, body: '{"name": ' });
    expect(enveloped(broken, 400)).toEqual({ global: ['The body is not valid JSON.'] });
    expect(spec.responseErrors('createCustomer', 400, broken.json)).toEqual([]);
    const patch = await raw(`${root}/customers/${id}`, { method: 'PATCH', headers, body: 'nope' });
    enveloped(patch, 400);
    // Valid JSON that is not an object: no parameter to name, so the request as a whole.
    for (const body of ['[]', '"France"', '42', 'null']) {
      const res = await raw(`${root}/customers`, { method: 'POST', headers, body });
      expect([400, 422], `${body}: ${res.text}`).toContain(res.status);
      enveloped(res, res.status);
    }
  });

  it('never a 500 for odd input: nested brackets, arrays, bad percent-encoding, odd ids and queries', async () => {
    const odd: [string, string][] = [
      ['name[first]=Octo&billing_address_country=FR', 'name'],
      ['name[]=a&name[]=b&billing_address_country=FR', 'name'],
      ['billing_address_country[code]=FR', 'billing_address_country'],
      ['a[b][c][d][e][f]=1&billing_address_country=FR', 'a'],
      ['billing_address_country=FR&business_type[]=B2B', 'business_type'],
    ];
    const post = (body: string) => raw(`${root}/customers`, { method: 'POST', headers: { authorization: basic(key), 'content-type': FORM }, body });
    for (const [body, field] of odd) expect(Object.keys(enveloped(await post(body), 422)), body).toContain(field);
    // Percent-encoding that is not UTF-8 is a malformed body, as Rack answers it; never text stored as it came.
    for (const body of ['billing_address_country=%E0%A4%A', 'billing_address_country=FR&name=%FF']) {
      expect(enveloped(await post(body), 400), body).toEqual({ global: ['The form body is not valid percent-encoded UTF-8.'] });
    }
    for (const query of ['limit[]=1', 'starting_after[x]=1', 'limit=%zz', `starting_after=${'x'.repeat(300)}`, 'starting_after=%00', 'ending_before=a%00b']) {
      const res = await octobat.list(query);
      expect(res.status, `${query}: ${res.text}`).toBeLessThan(500);
      enveloped(res, res.status);
    }
    for (const path of ['%00', 'oc_cu_%E2%80%AE', 'x'.repeat(90), '..%2F..%2Fetc']) {
      enveloped(await raw(`${root}/customers/${path}`, { headers: { authorization: basic(key) } }), 404);
    }
    // Still answering, and nothing was stored by any of it.
    expect((await octobat.list('limit=100')).json.total_count).toBe(1);
  });

  it('JSON and */* are served (an Accept other than JSON: refusals.test.ts)', async () => {
    for (const accept of ['application/json', '*/*', 'application/json, text/plain; q=0.5']) {
      expect((await raw(`${root}/customers`, { headers: { authorization: basic(key), accept } })).status).toBe(200);
    }
  });

  it('HEAD, which no operation documents, is a 405 with Allow', async () => {
    const head = await rawHttp(`${root}/customers/${id}`, { method: 'HEAD', headers: { authorization: basic(key) } });
    expect([head.status, head.text, head.headers.get('allow')]).toEqual([405, '', 'GET, PATCH']);
    const list = await rawHttp(`${root}/customers`, { method: 'HEAD', headers: { authorization: basic(key) } });
    expect([list.status, list.headers.get('allow')]).toEqual([405, 'GET, POST']);
  });
});
