import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { connectSandbox } from '@clientele/testing';
import { isolationWorker } from '../shared/scenarios.mjs';

/** One of the two isolation files (isolation-a, isolation-b): they run at once, each in its own worker. */
export function isolationTest(me, other) {
  const sandbox = connectSandbox();
  after(() => sandbox.close());

  test(`worker ${me} runs beside worker ${other} on the same sandbox and sees only its own customers`, async () => {
    const seen = await isolationWorker(sandbox, me, other);
    assert.deepEqual(seen.listed.sort(), seen.mine.sort());
    assert.equal(seen.crossRead, 404);
    assert.ok((await sandbox.requests({ tenant: seen.tenant })).every((entry) => entry.tenant === seen.tenant.id));
  });
}
