import { API_NAMES, connectSandbox } from '@clientele/testing';
import { afterAll, expect, inject, it } from 'vitest';
import { happyPaths } from '../../shared/scenarios.mjs';

// This file's handle on the run's sandbox: its tenants are its own, and close() removes them.
const sandbox = connectSandbox(inject('clientele'));
afterAll(() => sandbox.close());

it.each(API_NAMES)('%s: a tenant with a ready client creates and reads a customer', async (api) => {
  const tenant = await sandbox.tenant(api, { client: { throwOnError: true } });
  expect(await happyPaths[api](tenant)).toEqual(expect.any(String));
  expect((await sandbox.requests({ tenant, operation: 'createCustomer' })).map((entry) => entry.status < 300)).toEqual([true]);
  await sandbox.reset(tenant);
});

it('a fault: the next create of this tenant fails with a 503, the one after succeeds', async () => {
  const tenant = await sandbox.tenant('octobat', { client: { throwOnError: true, maxRetries: 0 } });
  await sandbox.faults.add({ match: { tenant, operation: 'createCustomer' }, status: 503, count: 1 });
  await expect(happyPaths.octobat(tenant)).rejects.toMatchObject({ status: 503 });
  expect(await happyPaths.octobat(tenant)).toEqual(expect.any(String));
});

it('a clock advance: a customer made after it is dated a day later', async () => {
  const tenant = await sandbox.tenant('balanced', { client: { throwOnError: true } });
  const before = await sandbox.clock.now();
  await sandbox.clock.advance('1d');
  const created = await tenant.client.createCustomer({ name: 'Tomorrow' });
  expect(Date.parse(created.data.created_at) - before.getTime()).toBeGreaterThanOrEqual(86_400_000);
});
