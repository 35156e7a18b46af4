/**
 * One of several processes starting on the same fresh SQLite file: it loads, says `ready`, waits
 * for a line on stdin (so all of them start at the same moment), then opens the store, migrates
 * it, and creates a dev tenant if there is none yet, under `exclusive`.
 */
import { once } from 'node:events';
import { openStore } from '../../src/index.ts';

const [path] = process.argv.slice(2);
process.stdout.write('ready\n');
await once(process.stdin, 'data');
process.stdin.pause();
const store = await openStore(`sqlite://${path}`);
await store.migrate();
await store.exclusive('dev-tenant', async () => {
  if ((await store.tenants.count('race')) === 0) await store.tenants.create({ id: `dev-${process.pid}`, api: 'race', name: 'dev' });
});
await store.close();
