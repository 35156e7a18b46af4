import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { manualClock } from '../src/platform/clock.ts';
import { bumpGeneration } from '../src/sandbox/settings.ts';
import { describeEachDriver } from './support/drivers.ts';
import { basic, raw } from './support/http.ts';
import { startReceiver, type Receiver } from './support/receiver.ts';
import { startSandbox, type SandboxServer } from './support/sandbox.ts';
import { specValidator } from './support/spec.ts';

const spec = specValidator('balanced');
const document = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@clientele/specs/balanced/openapi.json'), 'utf8'));
/** The methods a callback may take, as the published spec lists them. */
const callbackMethods: string[] = document.components.schemas.CallbackCreate.properties.method.anyOf.map((m: { const: string }) => m.const);
const MINUTE = 60_000;

describeEachDriver('Balanced callbacks and events', (driver) => {
  let server: SandboxServer;
  let root: string;
  let tenantId: string;
  let headers: Record<string, string>;
  let receiver: Receiver;

  beforeAll(async () => {
    server = await startSandbox(driver, { deliveries: { pollMs: false, timeoutMs: 300 } }, { clock: manualClock(Date.UTC(2026, 0, 1)) });
    root = `${server.origin}/balanced`;
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    const tenant = await server.tenant('balanced');
    tenantId = tenant.tenant_id;
    headers = { authorization: basic(tenant.api_key_secret!), 'content-type': 'application/json' };
    receiver = await startReceiver(200);
  });
  afterEach(() => receiver.close());

  const call = (method: string, path: string, body?: unknown) => raw(`${root}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const settle = async (advance: number | string = 0) => expect((await server.call('POST', '/clock', { advance })).status).toBe(200);

  it('a tenant found with no callback is looked up again once another instance registers one: its next event is sent after the write, with no timer', async () => {
    expect((await call('POST', '/v1/customers', { name: 'Before' })).status).toBe(201);
    // This instance's worker has looked and found no callback: the tenant's writes ask it for no look.
    await server.app.clienteleSandbox.deliveriesSettled();
    // Another instance registers one (written to the database as it would, and the generation it bumps).
    await server.store.collection('balanced.callbacks').insert({ tenantId }, { id: 'CB0000000000000000000000', createdUs: 1, data: { url: receiver.url, method: 'post', revision: '1.0' } });
    await bumpGeneration(server.store, 'endpoints');
    // The next request reads what instances share (every request here), and the write after it asks for a look.
    expect((await call('POST', '/v1/customers', { name: 'After' })).status).toBe(201);
    await server.app.clienteleSandbox.deliveriesSettled();
    expect(receiver.received.map((r) => JSON.parse(r.body).entity.name)).toEqual(['After']);
  });

  it('callbacks: create, list, retrieve, delete; a second with the same URL is a 409', async () => {
    const created = await call('POST', '/v1/callbacks', { url: receiver.url });
    expect(created.status).toBe(201);
    expect(spec.responseErrors('createCallback', 201, created.json)).toEqual([]);
    expect(created.json).toMatchObject({ _type: 'callback', url: receiver.url, method: 'post', revision: '1.0', uri: `/v1/callbacks/${created.json.id}` });
    expect(created.json.id).toMatch(/^CB[0-9A-Za-z]{22}$/);
    const duplicate = await call('POST', '/v1/callbacks', { url: receiver.url });
    expect(duplicate.status).toBe(409);
    expect(duplicate.json).toMatchObject({ category_code: 'duplicate-webhook-url' });
    const list = await call('GET', '/v1/callbacks');
    expect(spec.responseErrors('listCallbacks', 200, list.json)).toEqual([]);
    expect(list.json.items.map((c: { id: string }) => c.id)).toEqual([created.json.id]);
    expect((await call('GET', `/v1/callbacks/${created.json.id}`)).json).toEqual(created.json);
    expect((await call('DELETE', `/v1/callbacks/${created.json.id}`)).status).toBe(204);
    expect((await call('GET', `/v1/callbacks/${created.json.id}`)).status).toBe(404);
    expect((await call('POST', '/v1/callbacks', { url: receiver.url })).status).toBe(201);
  });

  it('callbacks and events page as the customers list does: first, last, next and previous URIs, each leading to its page', async () => {
    for (const i of [1, 2, 3]) {
      expect((await call('POST', '/v1/callbacks', { url: `${receiver.url}/${i}` })).status).toBe(201);
      expect((await call('POST', '/v1/customers', { name: `Customer ${i}` })).status).toBe(201);
    }
    const lists = [
      ['/v1/customers', 'listCustomers'],
      ['/v1/callbacks', 'listCallbacks'],
      ['/v1/events', 'listEvents'],
    ] as const;
    for (const [path, operation] of lists) {
      const at = (offset: number) => `${path}?limit=2&offset=${offset}`;
      const first = await call('GET', `${path}?limit=2`);
      expect(spec.responseErrors(operation, 200, first.json), path).toEqual([]);
      expect(first.json, path).toMatchObject({ _type: 'page', total: 3, limit: 2, offset: 0, uri: at(0), first_uri: at(0), last_uri: at(2), next_uri: at(2), previous_uri: null });
      expect(first.json._uris, path).toEqual({
        first_uri: { _type: 'page', key: 'first' },
        next_uri: { _type: 'page', key: 'next' },
        previous_uri: { _type: 'page', key: 'previous' },
        last_uri: { _type: 'page', key: 'last' },
      });
      const second = await call('GET', first.json.next_uri);
      expect(spec.responseErrors(operation, 200, second.json), path).toEqual([]);
      expect(second.json, path).toMatchObject({ offset: 2, uri: at(2), next_uri: null, previous_uri: at(0), last_uri: at(2) });
      const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);
      // Newest first, each item once across the pages; previous leads back to the first page.
      expect(new Set([...ids(first.json), ...ids(second.json)]).size, path).toBe(3);
      expect(ids((await call('GET', second.json.previous_uri)).json), path).toEqual(ids(first.json));
      // Past the end: no items, previous steps back to the last page.
      expect((await call('GET', at(4))).json, path).toMatchObject({ items: [], next_uri: null, previous_uri: at(2) });
    }
  });

  it('customer changes are events, delivered to each callback, with their callback_statuses', async () => {
    await call('POST', '/v1/callbacks', { url: receiver.url });
    const customer = (await call('POST', '/v1/customers', { name: 'Ada' })).json;
    await server.call('POST', `/tenants/${tenantId}/customers/${customer.id}/status`, { status: true });
    await settle();
    expect(receiver.received).toHaveLength(2);
    const bodies = receiver.received.map((r) => JSON.parse(r.body)).sort((a, b) => a.occurred_at.localeCompare(b.occurred_at));
    expect(bodies.map((e) => [e.type, e.entity.is_identity_verified])).toEqual([
      ['customer.created', false],
      ['customer.updated', true],
    ]);
    for (const body of bodies) expect(spec.responseErrors('retrieveEvent', 200, body)).toEqual([]);
    const events = await call('GET', '/v1/events');
    expect(spec.responseErrors('listEvents', 200, events.json)).toEqual([]);
    expect(events.json.total).toBe(2);
    expect(events.json.items[0]).toMatchObject({ type: 'customer.updated', callback_statuses: { failed: 0, pending: 0, retrying: 0, succeeded: 1 } });
    expect((await call('GET', `/v1/events/${bodies[0].id}`)).json.entity.id).toBe(customer.id);
    expect((await call('GET', '/v1/events/EVnope')).status).toBe(404);
  });

  it('a failing callback is retried on the schedule clientele chose, and its event shows it retrying, then failed', async () => {
    receiver.answer(500);
    await call('POST', '/v1/callbacks', { url: receiver.url });
    await call('POST', '/v1/customers', { name: 'Bea' });
    await settle();
    const [event] = (await call('GET', '/v1/events')).json.items;
    expect(event.callback_statuses).toEqual({ failed: 0, pending: 0, retrying: 1, succeeded: 0 });
    await settle('24h');
    expect(receiver.received).toHaveLength(6);
    const [delivery] = (await server.call('GET', `/tenants/${tenantId}/deliveries`)).json.items;
    const times = delivery.attempts.map((a: { at: string }) => Date.parse(a.at));
    expect(times.map((t: number) => (t - times[0]) / MINUTE)).toEqual([0, 1, 6, 36, 156, 876]);
    expect((await call('GET', `/v1/events/${event.id}`)).json.callback_statuses).toEqual({ failed: 1, pending: 0, retrying: 0, succeeded: 0 });
  });
  it('a callback is sent with its method, each one described in the spec’s webhooks: post and put carry the event, get nothing', async () => {
    const described = Object.values(document.webhooks as Record<string, object>).flatMap((item) => Object.keys(item));
    expect(described.sort()).toEqual([...callbackMethods].sort());
    for (const method of callbackMethods) expect((await call('POST', '/v1/callbacks', { url: `${receiver.url}/${method}`, method })).status).toBe(201);
    const customer = (await call('POST', '/v1/customers', { name: 'Cy' })).json;
    await settle();
    const byMethod = Object.fromEntries(receiver.received.map((r) => [r.method.toLowerCase(), r]));
    expect(Object.keys(byMethod).sort()).toEqual([...callbackMethods].sort());
    for (const method of ['post', 'put']) {
      expect(byMethod[method]!.path).toBe(`/hooks/${method}`);
      expect(byMethod[method]!.headers['content-type']).toBe('application/json');
      const event = JSON.parse(byMethod[method]!.body);
      expect(spec.responseErrors('retrieveEvent', 200, event)).toEqual([]);
      expect(event).toMatchObject({ type: 'customer.created', entity: { id: customer.id } });
    }
    expect(byMethod.get).toMatchObject({ path: '/hooks/get', body: '' });
  });
});
