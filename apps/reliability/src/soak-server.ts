// The server as a soak runs it: the same app, APIs and store as `pnpm start`, on a clock that runs
// faster than the system's, so tokens and idempotency keys expire (and must be pruned) within the
// run, and pruning every `prune-ms`. Prints where it listens and when its clock started.
import { parseArgs } from 'node:util';
import { openStore } from '@clientele/store';
import { serverApis } from '@clientele/server/apis';
import { buildApp } from '@clientele/server/app';
import { acceleratedClock } from '@clientele/server/platform';

const { values } = parseArgs({ options: { db: { type: 'string' }, rate: { type: 'string', default: '1' }, 'prune-ms': { type: 'string', default: '60000' } } });
const store = await openStore(values.db!);
await store.migrate();
const clock = acceleratedClock(Number(values.rate));
const app = await buildApp({ store, apis: serverApis, clock, pruneEveryMs: Number(values['prune-ms']) });
await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as { port: number };
console.log(`soak server on http://127.0.0.1:${port}, clock at ${clock.nowMs()} running ${values.rate}x`);
process.once('SIGTERM', async () => {
  await app.close();
  await store.close();
  process.exit(0);
});
