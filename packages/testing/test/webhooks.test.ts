import { throwawayDatabase } from '@clientele/store/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectSandbox, startSandbox, type Sandbox } from '../src/index.ts';

const throwing = { client: { throwOnError: true, maxRetries: 0 } } as const;
const ada = { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org' };

const postgres = inject('postgres');

// A sandbox of its own: the retry test moves the clock. PostgreSQL's suite is reported skipped when it is not there.
for (const store of ['SQLite', 'PostgreSQL'] as const) describe.skipIf(store === 'PostgreSQL' && !postgres.available)(`the webhook receiver, on ${store}`, () => {
  let sandbox: Sandbox;
  let dropDatabase: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (store === 'PostgreSQL') {
      const database = await throwawayDatabase(postgres.adminUrl);
      dropDatabase = database.drop;
      sandbox = await startSandbox({ db: database.url });
    } else sandbox = await startSandbox();
  });
  afterAll(async () => {
    await sandbox?.close();
    await dropDatabase?.();
  });

  it('a Dwolla subscription delivers customer_created, signed with its secret; a tampered body fails the check', async () => {
    const dwolla = await sandbox.tenant('dwolla', throwing);
    const receiver = await sandbox.webhooks.receiver({ secret: 'the-subscription-secret' });
    const subscription = await sandbox.webhooks.subscribe(dwolla, receiver);
    const created = await dwolla.client.createCustomer(ada);
    const customer = created.headers.get('location')!.split('/').at(-1)!;

    const delivery = await receiver.waitFor((d) => d.topic === 'customer_created');
    expect(delivery).toMatchObject({ method: 'POST', path: '/webhooks', verified: true, answered: 200 });
    expect(delivery.headers['x-request-signature-sha-256']).toMatch(/^[0-9a-f]{64}$/);
    expect(delivery.json).toMatchObject({ topic: 'customer_created', resourceId: customer });
    expect((await dwolla.client.retrieveWebhookSubscription(subscription)).data).toMatchObject({ id: subscription, url: receiver.url });

    // Replayed to receivers of their own (so nothing else lands between): the same signature over a
    // body changed by one character does not verify, nor does the genuine body with another secret.
    const signature = delivery.headers['x-request-signature-sha-256'] as string;
    const replay = async (secret: string, body: string) => {
      const check = await sandbox.webhooks.receiver({ secret });
      await fetch(check.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-signature-sha-256': signature }, body });
      return (await check.waitFor()).verified;
    };
    expect(await replay(receiver.secret, delivery.rawBody)).toBe(true);
    expect(await replay(receiver.secret, delivery.rawBody.replace(customer, customer.toLowerCase()))).toBe(false);
    expect(await replay('another-secret', delivery.rawBody)).toBe(false);
  });

  it('a receiver answering 500 gets Dwolla’s retry once the clock moves 15 minutes, and answers it 200', async () => {
    const dwolla = await sandbox.tenant('dwolla', throwing);
    const receiver = await sandbox.webhooks.receiver({ status: 500 });
    await sandbox.webhooks.subscribe(dwolla, receiver);
    await dwolla.client.createCustomer(ada);
    const first = await receiver.waitFor();
    expect(first).toMatchObject({ topic: 'customer_created', answered: 500, verified: true });

    receiver.answer(200);
    await sandbox.clock.advance('15m');
    const retry = await receiver.waitFor((d) => d.answered === 200);
    expect(retry).toMatchObject({ topic: 'customer_created', verified: true, rawBody: first.rawBody });
    expect(receiver.deliveries.map((d) => d.answered)).toEqual([500, 200]);
  });

  it('a Balanced callback receives customer.created, unsigned (Balanced documented no signature)', async () => {
    const balanced = await sandbox.tenant('balanced', throwing);
    const receiver = await sandbox.webhooks.receiver();
    const callback = await sandbox.webhooks.subscribe(balanced, receiver);
    expect(callback).toMatch(/^CB/);
    const customer = (await balanced.client.createCustomer({ name: 'Ada' })).data;

    const delivery = await receiver.waitFor((d) => d.topic === 'customer.created');
    expect(delivery).toMatchObject({ method: 'POST', verified: undefined, answered: 200, json: { type: 'customer.created', entity: { id: customer.id } } });
  });

  it('close() rejects a pending waitFor; the sandbox closes its receivers; only Dwolla and Balanced take subscriptions', async () => {
    const receiver = await sandbox.webhooks.receiver();
    const waiting = receiver.waitFor((d) => d.topic === 'never');
    await receiver.close();
    await expect(waiting).rejects.toThrow('closed before a matching delivery arrived');
    await expect(fetch(receiver.url, { method: 'POST', body: '{}' })).rejects.toThrow();

    const worker = connectSandbox(sandbox.connection);
    const workers = await worker.webhooks.receiver();
    await worker.close();
    await expect(fetch(workers.url, { method: 'POST', body: '{}' })).rejects.toThrow();

    const bank = await sandbox.tenant('bank');
    await expect(sandbox.webhooks.subscribe(bank as never, await sandbox.webhooks.receiver())).rejects.toThrow('bank sends no customer events');
    expect(() => receiver.answer(42)).toThrow('a status is an integer from 100 to 599');
  });
});
