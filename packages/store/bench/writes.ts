/**
 * What concurrent writes inside `atomically` cost on PostgreSQL, in round trips and in works run
 * again in a transaction (figures the machine's load does not move): 50 callers at once, in one
 * process, doing creates in one scope (each with an outbox event), updates spread over 50
 * documents, and updates of one document, with shared commits on and off.
 *
 *   pnpm --filter @clientele/store bench:writes [--works 500] [--pool 10]
 *
 * A throwaway database through CLIENTELE_TEST_PG_URL (default the local admin connection the tests use).
 */
import { parseArgs } from 'node:util';
import { openStore } from '../src/index.ts';
import { DEFAULT_TEST_PG_URL, recordStatements, throwawayDatabase } from '../src/testing.ts';

const { values } = parseArgs({ options: { works: { type: 'string', default: '500' }, pool: { type: 'string', default: '10' } } });
const works = Number(values.works);
const CALLERS = 50;
const t1 = { tenantId: 't1' };

/** `works` calls of `work`, from CALLERS callers at once. */
async function concurrently(work: (i: number) => Promise<unknown>) {
  let next = 0;
  await Promise.all(Array.from({ length: CALLERS }, async () => { while (next < works) await work(next++); }));
}

console.log(`${works} works from ${CALLERS} callers, pool ${values.pool}`);
console.log('works                               shared commits   round trips   run again in a transaction   ms');
for (const shared of [true, false]) {
  const database = await throwawayDatabase(process.env.CLIENTELE_TEST_PG_URL ?? DEFAULT_TEST_PG_URL);
  const store = await openStore(database.url, process.cwd(), { poolSize: Number(values.pool), sharedCommits: shared });
  try {
    await store.migrate();
    await store.tenants.create({ id: 't1', api: 'x', name: 'one' });
    const docs = store.collection<{ n: number }>('x.docs');
    let us = Date.now() * 1000;
    await docs.insert(t1, { id: 'hot', createdUs: us++, data: { n: 0 } });
    const update = (id: string) => () => docs.update(t1, id, (current) => ({ data: { n: current.n + 1 } }));
    const cases: [string, (i: number) => () => Promise<unknown>, RegExp][] = [
      [
        'creates in one scope, with an event',
        (i) => async () => {
          await docs.insert(t1, { id: `d${i}`, createdUs: us++, data: { n: i } });
          await store.outbox.append([{ api: 'x', tenantId: 't1', id: `e${i}`, topic: 'created', resourceId: `d${i}`, createdUs: us, body: {} }]);
        },
        // The insert a transaction runs (it yields to taken values instead of failing).
        /on conflict \(collection, tenant_id, mode, parent_id, name, value\) do nothing/,
      ],
      ['updates over 50 documents', (i) => update(`d${i % 50}`), /for update of d/],
      ['updates of one document', () => update('hot'), /for update of d/],
    ];
    for (const [name, work, inTransaction] of cases) {
      const recording = recordStatements();
      const started = performance.now();
      await concurrently((i) => store.atomically(work(i)));
      const ms = performance.now() - started;
      recording.stop();
      const again = recording.sent.filter(({ text }) => inTransaction.test(text)).length;
      console.log(`${name.padEnd(36)}${(shared ? 'on' : 'off').padEnd(17)}${String(recording.roundTrips()).padStart(11)}${String(again).padStart(29)}${ms.toFixed(0).padStart(7)}`);
    }
  } finally {
    await store.close();
    await database.drop();
  }
}
