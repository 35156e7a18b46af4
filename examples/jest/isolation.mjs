import { connectSandbox } from '@clientele/testing';
import { isolationWorker } from '../shared/scenarios.mjs';

/** One of the two isolation files (isolation-a, isolation-b): they run at once, each in its own worker. */
export function isolationTest(me, other) {
  const sandbox = connectSandbox();
  afterAll(() => sandbox.close());

  it(`worker ${me} runs beside worker ${other} on the same sandbox and sees only its own customers`, async () => {
    const seen = await isolationWorker(sandbox, me, other);
    expect(seen.listed.sort()).toEqual(seen.mine.sort());
    expect(seen.crossRead).toBe(404);
    expect((await sandbox.requests({ tenant: seen.tenant })).every((entry) => entry.tenant === seen.tenant.id)).toBe(true);
  });
}
