import { createHmac } from 'node:crypto';
import { verifyDwollaWebhook } from '@clientele/client';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Delivery } from '@clientele/store';
import { dwollaApi } from '../src/apis/dwolla/index.ts';
import { dwollaEvents, subscriptions } from '../src/apis/dwolla/webhooks.ts';
import { run as runCli } from '../src/cli.ts';
import { manualClock } from '../src/platform/clock.ts';
import { capturedIo } from './support/process.ts';
import { describeEachDriver } from './support/drivers.ts';
import { createCustomer, dwollaAccount, dwollaToken, errorOf, newCustomer, type DwollaAccount } from './support/dwolla.ts';
import { raw } from './support/http.ts';
import { startReceiver, type Receiver } from './support/receiver.ts';
import { documented, startSandbox, type SandboxServer } from './support/sandbox.ts';
import { specValidator } from './support/spec.ts';

const spec = specValidator('dwolla');
const START = Date.UTC(2026, 0, 1);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const SECRET = 'a-shared-secret';
const hmac = (body: string, secret = SECRET) => createHmac('sha256', secret).update(body).digest('hex');

describeEachDriver('Dwolla webhooks', (driver) => {
  let server: SandboxServer;
  let root: string;
  let account: DwollaAccount;
  let receiver: Receiver;

  beforeAll(async () => {
    // The worker runs only when told (the clock moves), so every attempt happens at a point the test picks.
    server = await startSandbox(driver, { deliveries: { pollMs: false, timeoutMs: 300 } }, { clock: manualClock(START) });
    root = `${server.origin}/dwolla`;
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    account = await dwollaAccount(server, root);
    receiver = await startReceiver(200);
  });
  afterEach(() => receiver.close());

  const get = async (url: string) => raw(url.startsWith('http') ? url : `${root}${url}`, { headers: account.headers });
  const post = (path: string, body?: unknown) => raw(`${root}${path}`, { method: 'POST', headers: account.headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  /** Plays every delivery due now (the admin API's clock move waits for them); a fresh token, as the old one may have expired. */
  const settle = async (advance: number | string = 0) => {
    expect((await server.call('POST', '/clock', { advance })).status).toBe(200);
    const token = await dwollaToken(root, account.clientId, account.clientSecret);
    account = { ...account, token, headers: { ...account.headers, authorization: `Bearer ${token}` } };
  };
  const subscribe = async (url = receiver.url, secret = SECRET) => {
    const res = await post('/webhook-subscriptions', { url, secret });
    expect(res.status, res.text).toBe(201);
    return res.headers.get('location')!;
  };
  const webhooksOf = async (subscription: string) => {
    const res = await get(`${subscription}/webhooks`);
    expect(spec.responseErrors('listSubscriptionWebhooks', 200, res.json)).toEqual([]);
    return res.json._embedded.webhooks as { id: string; topic: string; eventId: string; attempts: { request: { timestamp: string; body: string; headers: { name: string; value: string }[] }; response: { statusCode: number; body: string } }[] }[];
  };

  it('a subscription receives each event, signed with its secret; a tampered body fails the check', async () => {
    const subscription = await subscribe();
    const id = await createCustomer(root, account);
    await settle();
    expect(receiver.received).toHaveLength(1);
    const [delivery] = receiver.received;
    expect(delivery!.method).toBe('POST');
    expect(delivery!.headers['x-dwolla-topic']).toBe('customer_created');
    const signature = delivery!.headers['x-request-signature-sha-256'] as string;
    expect(signature).toBe(hmac(delivery!.body));
    // The client's helper checks as Dwolla says to: the HMAC of the raw body, keyed with the secret.
    expect(await verifyDwollaWebhook({ rawBody: delivery!.body, signature, secret: SECRET })).toBe(true);
    expect(await verifyDwollaWebhook({ rawBody: delivery!.body.replace(id, id.toLowerCase()), signature, secret: SECRET })).toBe(false);
    expect(await verifyDwollaWebhook({ rawBody: delivery!.body, signature, secret: 'another-secret' })).toBe(false);
    expect(await verifyDwollaWebhook({ rawBody: delivery!.body, signature: undefined, secret: SECRET })).toBe(false);
    const event = JSON.parse(delivery!.body);
    expect(spec.responseErrors('retrieveEvent', 200, event)).toEqual([]);
    expect(event).toMatchObject({ topic: 'customer_created', resourceId: id, created: '2026-01-01T00:00:00.000Z' });
    expect(event._links).toEqual({
      self: { href: `${root}/events/${event.id}` },
      account: { href: `${root}/accounts/${account.accountId}` },
      resource: { href: `${root}/customers/${id}` },
      customer: { href: `${root}/customers/${id}` },
    });
    // The event as the API serves it is the body delivered.
    expect((await get(event._links.self.href)).json).toEqual(event);
    const [webhook] = await webhooksOf(subscription);
    expect(webhook).toMatchObject({ topic: 'customer_created', eventId: event.id, subscriptionId: subscription.split('/').at(-1) });
    expect(webhook!.attempts).toHaveLength(1);
    expect(webhook!.attempts[0]!.response.statusCode).toBe(200);
    expect(webhook!.attempts[0]!.request.body).toBe(delivery!.body);
  });

  it('a receiver answering 500 is retried exactly on Dwolla’s schedule as the clock moves, then the webhook has failed', async () => {
    receiver.answer(500);
    const subscription = await subscribe();
    await createCustomer(root, account);
    const start = Date.parse(((await server.admin.getClock()).data as { now: string }).now);
    await settle();
    expect(receiver.received).toHaveLength(1);
    await settle('14m');
    expect(receiver.received).toHaveLength(1);
    await settle('1m');
    expect(receiver.received).toHaveLength(2);
    await settle('72h');
    expect(receiver.received).toHaveLength(9);
    await settle('72h');
    expect(receiver.received).toHaveLength(9);
    const [webhook] = await webhooksOf(subscription);
    const times = webhook!.attempts.map((a) => Date.parse(a.request.timestamp)).reverse();
    const created = times[0]!;
    expect(created).toBeLessThanOrEqual(start);
    expect(times.map((t) => (t - created) / MINUTE)).toEqual([0, 15, 60, 180, 360, 720, 1440, 2880, 4320]);
    expect(webhook!.attempts.every((a) => a.response.statusCode === 500 && a.response.body === 'receiver failing on purpose')).toBe(true);
    // Every attempt carried the same signed body.
    expect(new Set(receiver.received.map((r) => r.body)).size).toBe(1);

    // Retry now: sent again at once, listed among the webhook's retries.
    receiver.answer(204);
    const retried = await post(`/webhooks/${webhook!.id}/retries`);
    expect(retried.status).toBe(201);
    await settle();
    expect(receiver.received).toHaveLength(10);
    const retries = await get(`/webhooks/${webhook!.id}/retries`);
    expect(spec.responseErrors('listWebhookRetries', 200, retries.json)).toEqual([]);
    expect(retries.json.total).toBe(1);
    expect(retried.headers.get('location')).toBe(retries.json._embedded.retries[0]._links.self.href);
    // The Location names the retry (…/webhooks/{id}/retries/{retryId}, as Dwolla's reference shows), and it resolves to it.
    const location = retried.headers.get('location')!;
    expect(location).toMatch(new RegExp(`^${root}/webhooks/${webhook!.id}/retries/[0-9a-f-]{36}$`));
    const retry = await get(location);
    expect(retry.status).toBe(200);
    expect(spec.responseErrors('retrieveWebhookRetry', 200, retry.json)).toEqual([]);
    expect(retry.json).toEqual(retries.json._embedded.retries[0]);
    // Ids are matched case-insensitively, as the webhook's are.
    expect((await get(location.replace(retry.json.id, retry.json.id.toUpperCase()))).json).toEqual(retry.json);
    expect((await get(`/webhooks/${webhook!.id}/retries/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    const after = await get(`/webhooks/${webhook!.id}`);
    expect(after.json.attempts[0].response.statusCode).toBe(204);
  });

  it('retry now while its subscription is paused is recorded (201, its Location resolves) and sent only once the subscription is resumed', async () => {
    receiver.answer(500);
    const subscription = await subscribe();
    const update = (paused: boolean) => post(`/webhook-subscriptions/${subscription.split('/').at(-1)}`, { paused });
    await createCustomer(root, account);
    await settle();
    expect(receiver.received).toHaveLength(1);
    const [webhook] = await webhooksOf(subscription);
    expect((await update(true)).json.paused).toBe(true);
    receiver.answer(200);
    const retried = await post(`/webhooks/${webhook!.id}/retries`);
    expect(retried.status).toBe(201);
    expect((await get(retried.headers.get('location')!)).status).toBe(200);
    // Paused: neither the retry asked for nor the scheduled ones are sent, however long it stays paused.
    await settle();
    await settle('72h');
    expect(receiver.received).toHaveLength(1);
    expect((await webhooksOf(subscription))[0]!.attempts).toHaveLength(1);
    expect((await get(`/webhooks/${webhook!.id}/retries`)).json.total).toBe(1);
    // Resumed: it goes out at once, and is received.
    const resumedAt = Date.parse(((await server.admin.getClock()).data as { now: string }).now);
    expect((await update(false)).json.paused).toBe(false);
    await settle();
    expect(receiver.received).toHaveLength(2);
    const [latest] = (await webhooksOf(subscription))[0]!.attempts;
    expect(latest!.response.statusCode).toBe(200);
    expect(Date.parse(latest!.request.timestamp)).toBe(resumedAt);
  });

  it('a receiver that stays silent past the timeout counts as failed', async () => {
    receiver.answer('silent');
    const subscription = await subscribe();
    await createCustomer(root, account);
    await settle();
    const [webhook] = await webhooksOf(subscription);
    expect(webhook!.attempts).toHaveLength(1);
    expect(webhook!.attempts[0]!.response).toMatchObject({ statusCode: 0, body: 'no answer within 300 ms' });
    receiver.answer(200);
    await settle('15m');
    expect((await webhooksOf(subscription))[0]!.attempts[0]!.response.statusCode).toBe(200);
  });

  it('a paused subscription holds its webhooks until it is resumed, then retries on the schedule from the resume; a deleted one gets none', async () => {
    receiver.answer(500);
    const subscription = await subscribe();
    const paused = await post(`/webhook-subscriptions/${subscription.split('/').at(-1)}`, { paused: true });
    expect(paused.json).toMatchObject({ paused: true });
    await createCustomer(root, account);
    await settle('72h');
    expect(receiver.received).toHaveLength(0);
    expect((await post(`/webhook-subscriptions/${subscription.split('/').at(-1)}`, { paused: false })).json.paused).toBe(false);
    const resumedAt = Date.parse(((await server.admin.getClock()).data as { now: string }).now);
    await settle();
    // Held three days: one attempt at the resume, not every retry of those days at once, back-dated.
    expect(receiver.received).toHaveLength(1);
    const attemptTimes = async () => (await webhooksOf(subscription))[0]!.attempts.map((a) => Date.parse(a.request.timestamp)).reverse();
    expect(await attemptTimes()).toEqual([resumedAt]);
    await settle('15m');
    expect(await attemptTimes()).toEqual([resumedAt, resumedAt + 15 * MINUTE]);

    const deleted = await raw(subscription, { method: 'DELETE', headers: account.headers });
    expect(deleted.status).toBe(200);
    expect(spec.responseErrors('deleteWebhookSubscription', 200, deleted.json)).toEqual([]);
    await createCustomer(root, account);
    await settle('72h');
    expect(receiver.received).toHaveLength(2);
    expect((await get(subscription)).status).toBe(404);
  });

  it('an account has at most 10 subscriptions; a bad URL is named', async () => {
    for (let i = 0; i < 10; i++) await subscribe(`${receiver.url}/${i}`);
    const list = await get('/webhook-subscriptions');
    expect(spec.responseErrors('listWebhookSubscriptions', 200, list.json)).toEqual([]);
    expect(list.json.total).toBe(10);
    const eleventh = await post('/webhook-subscriptions', { url: receiver.url, secret: SECRET });
    expect(eleventh.status).toBe(400);
    expect(errorOf(eleventh)).toEqual({ code: 'MaxNumberOfResources', message: 'The maximum number of subscriptions (10) has been reached.', errors: undefined });
    const bad = await post('/webhook-subscriptions', { url: 'ftp://example.org', secret: '' });
    expect(bad.status).toBe(400);
    expect(errorOf(bad).errors!.map((e) => e.path).sort()).toEqual(['/secret', '/url']);
  });

  it('status moves and verified customers emit their topics, listed as events', async () => {
    await subscribe();
    const id = await createCustomer(root, account, newCustomer({ firstName: 'retry', type: 'personal', address1: '1 Main St', city: 'Ames', state: 'IA', postalCode: '50010', dateOfBirth: '1970-01-01', ssn: '1234' }));
    expect((await server.call('POST', `/tenants/${account.accountId}/customers/${id}/status`, { status: 'document' })).status).toBe(200);
    await settle();
    // Up to 10 go at once, so their order of arrival is not fixed (Dwolla's neither).
    expect(receiver.received.map((r) => r.headers['x-dwolla-topic']).sort()).toEqual(['customer_created', 'customer_reverification_needed', 'customer_verification_document_needed']);
    const events = await get('/events?limit=2');
    expect(spec.responseErrors('listEvents', 200, events.json)).toEqual([]);
    expect(events.json.total).toBe(3);
    expect(events.json._embedded.events.map((e: { topic: string }) => e.topic)).toEqual(['customer_verification_document_needed', 'customer_reverification_needed']);
    expect(events.json._links.next.href).toBe(`${root}/events?limit=2&offset=2`);
    documented('setCustomerStatus', await server.call('POST', `/tenants/${account.accountId}/customers/${id}/status`, { status: 'retry' }), 400);
    expect((await get('/events/00000000-0000-0000-0000-000000000000')).status).toBe(404);
  });

  it('the admin API and the CLI show every attempt, replay one delivery, and restrict where deliveries go', async () => {
    receiver.answer(503);
    await subscribe();
    await createCustomer(root, account);
    await settle();
    const listed = await server.call('GET', `/tenants/${account.accountId}/deliveries`);
    documented('listDeliveries', listed, 200);
    const [delivery] = listed.json.items;
    expect(delivery).toMatchObject({ api: 'dwolla', url: receiver.url, state: 'pending', attempts: [{ n: 1, url: receiver.url, status: 503, excerpt: 'receiver failing on purpose', ok: false }] });
    expect(Date.parse(delivery.next_attempt_at) - Date.parse(delivery.attempts[0].at)).toBe(15 * MINUTE);
    documented('getDelivery', await server.call('GET', `/tenants/${account.accountId}/deliveries/${delivery.id}`), 200);
    documented('getDelivery', await server.call('GET', `/tenants/${account.accountId}/deliveries/nope`), 404);

    receiver.answer(200);
    const replayed = await server.call('POST', `/tenants/${account.accountId}/deliveries/${delivery.id}/replay`);
    documented('replayDelivery', replayed, 200);
    expect(replayed.json).toMatchObject({ state: 'succeeded', next_attempt_at: null });
    expect(replayed.json.attempts.map((a: { status: number }) => a.status)).toEqual([503, 200]);
    expect(receiver.received).toHaveLength(2);

    const io = capturedIo();
    expect(await runCli(['delivery', 'replay', '--tenant', account.accountId, '--delivery', delivery.id, '--json', '--db', server.url], io)).toBe(0);
    expect(JSON.parse(io.stdout.join('')).attempts).toHaveLength(3);
    expect(receiver.received).toHaveLength(3);

    // Only the targets allowed: a subscription elsewhere is refused, and an attempt to a URL no longer allowed is not sent.
    const restricted = await server.call('PUT', '/webhook-targets', { targets: ['https://hooks.example.org/'] });
    documented('setWebhookTargets', restricted, 200);
    const refused = await post('/webhook-subscriptions', { url: `${receiver.url}/other`, secret: SECRET });
    expect(errorOf(refused).errors).toEqual([{ code: 'Invalid', message: 'Url is invalid: is not among the targets webhooks may be sent to in this sandbox.', path: '/url' }]);
    await createCustomer(root, account);
    await settle();
    expect(receiver.received).toHaveLength(3);
    const blocked = (await server.call('GET', `/tenants/${account.accountId}/deliveries?limit=1`)).json.items[0];
    expect(blocked.attempts[0]).toMatchObject({ status: null, ok: false, excerpt: 'the URL is not among the targets the sandbox allows' });
    expect((await server.call('PUT', '/webhook-targets', { targets: ['127.0.0.1'] })).json).toEqual({ targets: ['127.0.0.1'] });
    await settle('15m');
    expect(receiver.received).toHaveLength(4);
    documented('getWebhookTargets', await server.call('PUT', '/webhook-targets', { targets: null }), 200);
  });
});

describeEachDriver('Dwolla pauses a failing subscription', (driver) => {
  it('after 400 consecutive failures, once 24 hours passed since its last success; its webhooks then wait', async () => {
    const { store, dispose } = await driver.open();
    try {
      const clock = manualClock(START);
      const tenant = await dwollaApi.provisionTenant(store, {});
      const context = { store, clock, scope: tenant.scope };
      const subscription = await subscriptions.create(context, { url: 'http://127.0.0.1:9/hooks', secret: 's' });
      const delivery = { id: 'd', tenantId: tenant.tenant.id, endpointId: subscription.id, createdUs: START * 1000 } as Delivery;
      const fail = (atMs: number) => dwollaEvents.afterAttempt!(store, delivery, { ok: false, atUs: atMs * 1000 }, clock);
      const paused = async () => (await subscriptions.get(context, subscription.id)).data.paused;
      await dwollaEvents.afterAttempt!(store, delivery, { ok: true, atUs: START * 1000 }, clock);
      for (let i = 0; i < 399; i++) await fail(START + 25 * HOUR);
      expect(await paused()).toBe(false);
      // The 400th failure, but within 24 hours of the last success: not yet.
      await fail(START + 23 * HOUR);
      expect(await paused()).toBe(false);
      await fail(START + 24 * HOUR);
      expect(await paused()).toBe(true);
    } finally {
      await dispose();
    }
  });
});
