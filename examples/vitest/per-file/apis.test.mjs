import { API_NAMES, startSandbox } from '@clientele/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { happyPaths } from '../../shared/scenarios.mjs';

// A sandbox of this file's own: its clock and fault rules touch no other file.
let sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ apis: API_NAMES });
});
afterAll(() => sandbox?.close());

it.each(API_NAMES)('%s: a tenant with a ready client creates and reads a customer', async (api) => {
  const tenant = await sandbox.tenant(api, { client: { throwOnError: true } });
  expect(await happyPaths[api](tenant)).toEqual(expect.any(String));
});

it('a fault on every Dwolla list of this tenant, removed again', async () => {
  const tenant = await sandbox.tenant('dwolla', { client: { throwOnError: true, maxRetries: 0 } });
  const rule = await sandbox.faults.add({ match: { tenant, operation: 'listCustomers' }, status: 500 });
  await expect(tenant.client.listCustomers()).rejects.toMatchObject({ status: 500 });
  await sandbox.faults.remove(rule);
  expect((await tenant.client.listCustomers()).status).toBe(200);
});

it('a clock advance past the bank token’s hour: the client gets a new token itself', async () => {
  const tenant = await sandbox.tenant('bank', { client: { throwOnError: true } });
  await sandbox.clock.advance('2h');
  expect(await happyPaths.bank(tenant)).toEqual(expect.any(String));
  expect(await tenant.client.accessToken()).not.toBe(tenant.accessToken);
});

it('a webhook receiver: Dwolla’s signed customer_created, answered 500, then retried when the clock moves 15 minutes', async () => {
  const tenant = await sandbox.tenant('dwolla', { client: { throwOnError: true } });
  const receiver = await sandbox.webhooks.receiver({ status: 500 });
  await sandbox.webhooks.subscribe(tenant, receiver);
  await happyPaths.dwolla(tenant);
  const first = await receiver.waitFor((delivery) => delivery.topic === 'customer_created');
  expect(first).toMatchObject({ verified: true, answered: 500 });
  receiver.answer(200);
  await sandbox.clock.advance('15m');
  expect(await receiver.waitFor((delivery) => delivery.answered === 200)).toMatchObject({ verified: true, rawBody: first.rawBody });
});
