// The server as a soak runs it: the same app, APIs and store as `pnpm start`, pruning every
// `prune-ms`, with an admin token so the soak can move its clock (tokens and idempotency keys then
// expire, and must be pruned, within the run). Each prune is announced once it has committed, with
// its cutoffs, so the soak knows what must be gone; `--break-pruning` (to show the soak fails
// without pruning) announces prunes that delete nothing.
import { parseArgs } from 'node:util';
import { openStore } from '@clientele/store';
import { serverApis } from '@clientele/server/apis';
import { buildApp } from '@clientele/server/app';

const { values } = parseArgs({
  options: { db: { type: 'string' }, 'prune-ms': { type: 'string', default: '60000' }, 'admin-token': { type: 'string' }, 'break-pruning': { type: 'boolean', default: false } },
});
const store = await openStore(values.db!);
await store.migrate();
const prune = store.prune.bind(store);
store.prune = async (before) => {
  const pruned = values['break-pruning'] ? { credentials: 0, idempotencyKeys: 0 } : await prune(before);
  console.log(`pruned ${JSON.stringify({ ...before, ...pruned })}`);
  return pruned;
};
const app = await buildApp({ store, apis: serverApis, pruneEveryMs: Number(values['prune-ms']), sandbox: { adminToken: values['admin-token']! } });
await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as { port: number };
console.log(`soak server on http://127.0.0.1:${port}`);
process.once('SIGTERM', async () => {
  await app.close();
  await store.close();
  process.exit(0);
});
