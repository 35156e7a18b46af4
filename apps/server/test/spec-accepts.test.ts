import { stringify } from 'qs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../src/platform/clock.ts';
import { bankSandbox } from './support/bank.ts';
import { drivers } from './support/drivers.ts';
import { basic, raw } from './support/http.ts';
import { startServer, type TestServer } from './support/server.ts';
import { specRequests, type WireRequest } from './support/spec-requests.ts';

/**
 * Every request form a server accepts, its emitted spec accepts too: each form below is sent to
 * the real server (which must answer 2xx) and put through Stoplight Prism's request validator
 * against the API's emitted OpenAPI document (the check its validating proxy makes), so a client
 * or proxy that trusts the spec never refuses what the server takes. The forms: bracket-notation
 * form bodies and JSON bodies, every way to send credentials, and objects in the query.
 */

type State = Record<string, string>;
interface AcceptedForm {
  readonly name: string;
  readonly operationId: string;
  readonly request: (s: State) => WireRequest;
  /** Keeps what later forms need from the answer. */
  readonly then?: (json: any, s: State) => void;
}

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';
/** A form body as clients write nested objects: bracket notation (`card%5Bname%5D=…`). */
const form = (body: object) => ({ 'content-type': FORM, body: stringify(body) });
const json = (body: object, type = JSON_TYPE) => ({ 'content-type': type, body: JSON.stringify(body) });
const request = (method: string, path: string, headers: Record<string, string>, payload?: { 'content-type': string; body: string }, query?: string): WireRequest => ({
  method,
  path,
  ...(query ? { query } : {}),
  headers: { ...headers, ...(payload ? { 'content-type': payload['content-type'] } : {}) },
  ...(payload ? { body: payload.body } : {}),
});
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const basicOf = (s: State) => ({ authorization: basic(s.key!) });

const card = (number: string) => ({ card_number: number, name: '张三', phone_number: '13800138000' });
const pingpp: readonly AcceptedForm[] = [
  {
    name: 'a token from a form body in bracket notation (card[card_number]=…), HTTP Basic',
    operationId: 'createToken',
    request: (s) => request('POST', '/v1/tokens', basicOf(s), form({ app: s.app, card: card('6222280012469823') })),
    then: (j, s) => Object.assign(s, { token1: j.id, sms1: j.sms_code.id }),
  },
  {
    name: 'a token from a JSON body, the key as a Bearer token',
    operationId: 'createToken',
    request: (s) => request('POST', '/v1/tokens', bearer(s.key!), json({ app: s.app, card: card('6222000000000001') })),
    then: (j, s) => Object.assign(s, { token2: j.id, sms2: j.sms_code.id }),
  },
  {
    name: 'a token from a form body, Bearer',
    operationId: 'createToken',
    request: (s) => request('POST', '/v1/tokens', bearer(s.key!), form({ app: s.app, card: card('6222000000000002') })),
    then: (j, s) => Object.assign(s, { token3: j.id, sms3: j.sms_code.id }),
  },
  {
    name: 'an SMS code, Bearer',
    operationId: 'retrieveSmsCode',
    request: (s) => request('GET', `/v1/sms_codes/${s.sms1}`, bearer(s.key!)),
  },
  {
    name: 'a customer from a form body: sms_code[id], sms_code[code], metadata[k]',
    operationId: 'createCustomer',
    request: (s) =>
      request('POST', '/v1/customers', basicOf(s), form({ app: s.app, source: s.token1, sms_code: { id: s.sms1, code: '123456' }, metadata: { tier: 'gold' } })),
    then: (j, s) => Object.assign(s, { customer: j.id }),
  },
  {
    name: 'a customer from a JSON body, Bearer',
    operationId: 'createCustomer',
    request: (s) => request('POST', '/v1/customers', bearer(s.key!), json({ app: s.app, source: s.token3, sms_code: { id: s.sms3, code: '123456' }, metadata: { k: 'v' } })),
  },
  {
    name: 'an update (PUT) from a form body with metadata[k]',
    operationId: 'updateCustomer',
    request: (s) => request('PUT', `/v1/customers/${s.customer}`, basicOf(s), form({ description: 'VIP', metadata: { visits: '3' } })),
  },
  {
    name: 'an update (POST) from a form body, Bearer',
    operationId: 'updateCustomerByPost',
    request: (s) => request('POST', `/v1/customers/${s.customer}`, bearer(s.key!), form({ email: 'zhang@example.cn', metadata: { tier: '' } })),
  },
  {
    name: 'a card bound from a form body with sms_code[…]',
    operationId: 'createSource',
    request: (s) => request('POST', `/v1/customers/${s.customer}/sources`, basicOf(s), form({ source: s.token2, sms_code: { id: s.sms2, code: '123456' } })),
    then: (j, s) => Object.assign(s, { card: j.id }),
  },
  {
    name: 'customers listed with created[gte] and created[lt] (brackets as typed), Bearer',
    operationId: 'listCustomers',
    request: (s) => request('GET', '/v1/customers', bearer(s.key!), undefined, 'limit=5&created[gte]=0&created[lt]=4102444800'),
  },
  {
    name: 'cards listed with created[lte] and created[gt] (brackets percent-encoded)',
    operationId: 'listSources',
    request: (s) => request('GET', `/v1/customers/${s.customer}/sources`, basicOf(s), undefined, stringify({ limit: 2, created: { lte: 4102444800, gt: 0 } })),
  },
  {
    name: 'a card, Bearer',
    operationId: 'retrieveSource',
    request: (s) => request('GET', `/v1/customers/${s.customer}/sources/${s.card}`, bearer(s.key!)),
  },
  {
    name: 'a token, Bearer',
    operationId: 'retrieveToken',
    request: (s) => request('GET', `/v1/tokens/${s.token1}`, bearer(s.key!)),
  },
  {
    name: 'a card removed, Bearer',
    operationId: 'deleteSource',
    request: (s) => request('DELETE', `/v1/customers/${s.customer}/sources/${s.card}`, bearer(s.key!)),
  },
  {
    name: 'a customer removed, Bearer',
    operationId: 'deleteCustomer',
    request: (s) => request('DELETE', `/v1/customers/${s.customer}`, bearer(s.key!)),
  },
];

const balanced: readonly AcceptedForm[] = [
  {
    name: 'a customer from a form body with meta[k] and address[line1]',
    operationId: 'createCustomer',
    request: (s) => request('POST', '/v1/customers', basicOf(s), form({ name: 'Ada', meta: { ref: 'a-1' }, address: { line1: '1 Main St', city: 'Oakland' } })),
    then: (j, s) => Object.assign(s, { id: j.id }),
  },
  {
    name: 'a customer from a JSON body',
    operationId: 'createCustomer',
    request: (s) => request('POST', '/v1/customers', basicOf(s), json({ name: 'Bea', meta: { ref: 'b-1' }, address: { postal_code: '94612' } })),
  },
  {
    name: 'an update from a form body with meta[k] and address[city]',
    operationId: 'updateCustomer',
    request: (s) => request('PUT', `/v1/customers/${s.id}`, basicOf(s), form({ meta: { ref: 'a-2' }, address: { city: 'Berkeley' } })),
  },
  {
    name: 'an update from a JSON body',
    operationId: 'updateCustomer',
    request: (s) => request('PUT', `/v1/customers/${s.id}`, basicOf(s), json({ email_address: 'ada@example.org' })),
  },
  { name: 'customers listed by limit and offset', operationId: 'listCustomers', request: (s) => request('GET', '/v1/customers', basicOf(s), undefined, 'limit=2&offset=1') },
  { name: 'the list, HEAD', operationId: 'headCustomers', request: (s) => request('HEAD', '/v1/customers', basicOf(s), undefined, 'limit=2') },
  { name: 'a customer', operationId: 'retrieveCustomer', request: (s) => request('GET', `/v1/customers/${s.id}`, basicOf(s)) },
  { name: 'a customer, HEAD', operationId: 'headCustomer', request: (s) => request('HEAD', `/v1/customers/${s.id}`, basicOf(s)) },
];

const octobat: readonly AcceptedForm[] = [
  {
    name: 'a customer from a form body',
    operationId: 'createCustomer',
    request: (s) => request('POST', '/customers', basicOf(s), form({ name: 'Ada', email: 'ada@example.org', billing_address_city: 'Paris', billing_address_country: 'FR' })),
    then: (j, s) => Object.assign(s, { id: j.id }),
  },
  {
    name: 'a customer from a JSON body',
    operationId: 'createCustomer',
    request: (s) => request('POST', '/customers', basicOf(s), json({ name: 'Bea', business_type: 'B2C', billing_address_country: 'DE' })),
  },
  { name: 'an update from a form body', operationId: 'updateCustomer', request: (s) => request('PATCH', `/customers/${s.id}`, basicOf(s), form({ tax_number: 'FR123' })) },
  { name: 'an update from a JSON body', operationId: 'updateCustomer', request: (s) => request('PATCH', `/customers/${s.id}`, basicOf(s), json({ phone_number: '+33 1 23 45 67 89' })) },
  { name: 'customers listed by limit and cursor', operationId: 'listCustomers', request: (s) => request('GET', '/customers', basicOf(s), undefined, `limit=1&starting_after=${s.id}`) },
  { name: 'a customer', operationId: 'retrieveCustomer', request: (s) => request('GET', `/customers/${s.id}`, basicOf(s)) },
];

const HAL = 'application/vnd.dwolla.v1.hal+json';
const dwolla: readonly AcceptedForm[] = [
  {
    name: 'a token: form body, client credentials as HTTP Basic',
    operationId: 'requestToken',
    request: (s) => request('POST', '/token', { authorization: basic(s.clientId!, s.clientSecret!) }, form({ grant_type: 'client_credentials' })),
    then: (j, s) => Object.assign(s, { token: j.access_token }),
  },
  {
    name: 'a token: form body carrying client_id and client_secret',
    operationId: 'requestToken',
    request: (s) => request('POST', '/token', {}, form({ grant_type: 'client_credentials', client_id: s.clientId, client_secret: s.clientSecret })),
  },
  {
    name: 'a token: JSON body carrying the client credentials',
    operationId: 'requestToken',
    request: (s) => request('POST', '/token', {}, json({ grant_type: 'client_credentials', client_id: s.clientId, client_secret: s.clientSecret })),
  },
  {
    name: 'a customer from a HAL JSON body',
    operationId: 'createCustomer',
    request: (s) => request('POST', '/customers', { ...bearer(s.token!), accept: HAL }, json({ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org' }, HAL)),
  },
  {
    name: 'a customer from a plain JSON body',
    operationId: 'createCustomer',
    request: (s) => request('POST', '/customers', bearer(s.token!), json({ firstName: 'Bea', lastName: 'Dole', email: 'bea@example.org' })),
  },
  {
    name: 'customers listed by limit and offset',
    operationId: 'listCustomers',
    request: (s) => request('GET', '/customers', { ...bearer(s.token!), accept: HAL }, undefined, 'limit=1&offset=0'),
    then: (j, s) => Object.assign(s, { id: j._embedded.customers[0].id }),
  },
  { name: 'a customer', operationId: 'retrieveCustomer', request: (s) => request('GET', `/customers/${s.id}`, { ...bearer(s.token!), accept: HAL }) },
  { name: 'an update from a HAL JSON body', operationId: 'updateCustomer', request: (s) => request('POST', `/customers/${s.id}`, bearer(s.token!), json({ lastName: 'King' }, HAL)) },
];

const bank: readonly AcceptedForm[] = [
  {
    name: 'an authorization code: query, the user signed in with HTTP Basic',
    operationId: 'authorize',
    request: (s) => request('GET', '/v1/auth', { authorization: basic(s.userId!, s.password!) }, undefined, new URLSearchParams({ client_id: s.clientId!, redirect_uri: s.redirectUri! }).toString()),
    then: (j, s) => Object.assign(s, { code: j.code }),
  },
  {
    name: 'a token for the code: form body, client credentials as HTTP Basic',
    operationId: 'token',
    request: (s) =>
      request('POST', '/v1/token', { authorization: basic(s.clientId!, s.clientSecret!) }, form({ grant_type: 'AuthorizationCode', code: s.code, redirect_uri: s.redirectUri })),
    then: (j, s) => Object.assign(s, { refresh: j.refresh_token }),
  },
  {
    name: 'a token for a refresh token: JSON body, client credentials in it',
    operationId: 'token',
    request: (s) => request('POST', '/v1/token', {}, json({ grant_type: 'refresh_token', refresh_token: s.refresh, client_id: s.clientId, client_secret: s.clientSecret })),
  },
  {
    name: 'a customer from a JSON body',
    operationId: 'createCustomer',
    request: (s) => request('POST', '/v1/customers', bearer(s.token!), json({ bank_id: s.bankId, legal_name: 'Ada Lovelace', credit_limit: { cur: 'EUR', num: '2500.50' } })),
    then: (j, s) => Object.assign(s, { id: j.customer_id }),
  },
  { name: 'a customer', operationId: 'getCustomerByCustomerId', request: (s) => request('GET', `/v1/banks/${s.bankId}/customers/${s.id}`, bearer(s.token!)) },
  {
    name: 'the firehose by sort_direction, limit, offset and dates',
    operationId: 'getFirehoseCustomer',
    request: (s) =>
      request('GET', `/v1/banks/${s.bankId}/firehose/customers`, bearer(s.token!), undefined, 'sort_direction=ASC&limit=5&offset=0&from_date=2000-01-01T00:00:00Z&to_date=2100-01-01T00:00:00Z'),
  },
];

const driver = drivers[0]!;
describe(`every accepted request form is one the emitted spec accepts (${driver.name})`, () => {
  let server: TestServer;
  const states: Record<string, State> = {};

  beforeAll(async () => {
    server = await startServer(driver, { clock: manualClock(Date.UTC(2026, 0, 1)) });
    const p = await server.tenant('pingpp');
    states.pingpp = { key: p.test_secret_key!, app: p.app_id! };
    states.balanced = { key: (await server.tenant('balanced')).api_key_secret! };
    states.octobat = { key: (await server.tenant('octobat')).test_secret_key! };
    const d = await server.tenant('dwolla');
    states.dwolla = { clientId: d.client_id!, clientSecret: d.client_secret! };
    const b = await bankSandbox(server);
    states.bank = { bankId: b.bankId, userId: b.userId, password: b.password, clientId: b.clientId, clientSecret: b.clientSecret, redirectUri: b.redirectUri, token: b.accessToken };
  });
  afterAll(() => server?.close());

  const tables: Record<string, readonly AcceptedForm[]> = { pingpp, balanced, octobat, dwolla, bank };
  for (const [api, forms] of Object.entries(tables)) {
    describe(api, () => {
      let spec: Awaited<ReturnType<typeof specRequests>>;
      beforeAll(async () => {
        spec = await specRequests(api);
      });
      // In order: later forms use what earlier ones made.
      for (const accepted of forms) {
        it(`${accepted.operationId}: ${accepted.name}`, async () => {
          const s = states[api]!;
          const wire = accepted.request(s);
          const res = await raw(`${server.origin}/${api}${wire.path}${wire.query ? `?${wire.query}` : ''}`, { method: wire.method, headers: wire.headers, body: wire.body });
          expect(res.status, `${wire.method} ${wire.path}: ${res.text}`).toBeGreaterThanOrEqual(200);
          expect(res.status, `${wire.method} ${wire.path}: ${res.text}`).toBeLessThan(300);
          accepted.then?.(res.json, s);
          expect(spec.refusals(accepted.operationId, wire), `the ${api} spec refuses what the server accepted`).toEqual([]);
        });
      }
    });
  }
});
