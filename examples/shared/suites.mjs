// The tests of the Vitest and Jest recipes, which share one test API (`it`, `expect`): each passes
// its runner's.
import { happyPaths, isolationWorker } from './scenarios.mjs';

/** Each API's happy path through the harness, one fault and one clock advance, on `sandbox`. */
export function apiSuite(sandbox, { it, expect }) {
  it.each(Object.keys(happyPaths))('%s: a tenant with a ready client creates and reads a customer', async (api) => {
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
}

/** One of the two isolation files (isolation-a, isolation-b), which run at once, each in its own worker. */
export function isolationSuite(sandbox, me, other, { it, expect }) {
  it(`worker ${me} runs beside worker ${other} on the same sandbox and sees only its own customers`, async () => {
    const seen = await isolationWorker(sandbox, me, other);
    expect(seen.listed.sort()).toEqual(seen.mine.sort());
    expect(seen.crossRead).toBe(404);
    expect((await sandbox.requests({ tenant: seen.tenant })).every((entry) => entry.tenant === seen.tenant.id)).toBe(true);
  });
}
