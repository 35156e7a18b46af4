import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { API_NAMES, connectSandbox } from '@clientele/testing';
import { happyPaths } from '../../shared/scenarios.mjs';

// This file's handle on the run's sandbox (run.mjs put its connection in the environment).
const sandbox = connectSandbox();
after(() => sandbox.close());

for (const api of API_NAMES) {
  test(`${api}: a tenant with a ready client creates and reads a customer`, async () => {
    const tenant = await sandbox.tenant(api, { client: { throwOnError: true } });
    assert.equal(typeof (await happyPaths[api](tenant)), 'string');
    assert.deepEqual((await sandbox.requests({ tenant, operation: 'createCustomer' })).map((entry) => entry.status < 300), [true]);
    await sandbox.reset(tenant);
  });
}

test('a fault: the next create of this tenant fails with a 503, the one after succeeds', async () => {
  const tenant = await sandbox.tenant('octobat', { client: { throwOnError: true, maxRetries: 0 } });
  await sandbox.faults.add({ match: { tenant, operation: 'createCustomer' }, status: 503, count: 1 });
  await assert.rejects(happyPaths.octobat(tenant), { status: 503 });
  assert.equal(typeof (await happyPaths.octobat(tenant)), 'string');
});

test('a clock advance: a customer made after it is dated a day later', async () => {
  const tenant = await sandbox.tenant('balanced', { client: { throwOnError: true } });
  const before = await sandbox.clock.now();
  await sandbox.clock.advance('1d');
  const created = await tenant.client.createCustomer({ name: 'Tomorrow' });
  assert.ok(Date.parse(created.data.created_at) - before.getTime() >= 86_400_000);
});
