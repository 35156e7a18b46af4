// A server broken on purpose, to show that `pnpm crash` catches lost writes (`--lose-writes`): the
// app and store of `pnpm start`, except that every other successful write operation is answered as
// committed while its transaction is undone: acknowledged, never stored. Tokens are left alone, so
// callers stay authorized. With `--lose-events` the writes are kept, and every other write's events
// are not written to the outbox (`--lose-events`). Nothing else starts it.
import { parseArgs } from 'node:util';
import { openStore, type StoredResponse } from '@clientele/store';
import { serverApis } from '@clientele/server/apis';
import { buildApp } from '@clientele/server/app';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    'admin-token': { type: 'string' },
    'lose-events': { type: 'boolean', default: false },
  },
});
const store = await openStore(values.db!);
await store.migrate();
const loseEvents = values['lose-events'];

/** Thrown to undo a write's transaction while still answering what it answered. */
class Lost extends Error {
  constructor(readonly response: unknown) {
    super('lost on purpose');
  }
}
const isWrite = (result: unknown): result is StoredResponse => {
  const response = result as Partial<StoredResponse> | undefined;
  return typeof response?.status === 'number' && response.status < 300 && typeof response.headers === 'object' && !JSON.stringify(response.body ?? null).includes('access_token');
};
let appends = 0;
const append = store.outbox.append.bind(store.outbox);
if (loseEvents) store.outbox.append = (events) => (appends++ % 2 === 1 ? Promise.resolve() : append(events));

let writes = 0;
const atomically = store.atomically.bind(store);
store.atomically = async <R>(work: () => Promise<R>): Promise<R> => {
  try {
    return await atomically(async () => {
      const result = await work();
      if (!loseEvents && isWrite(result) && writes++ % 2 === 1) throw new Lost(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Lost) return error.response as R;
    throw error;
  }
};

const app = await buildApp({ store, apis: serverApis, sandbox: values['admin-token'] ? { adminToken: values['admin-token'] } : {} });
await app.listen({ port: Number(values.port), host: values.host! });
const { port } = app.server.address() as { port: number };
const origin = `http://${values.host}:${port}`;
// The lines the tools wait for (as `pnpm start` prints them).
console.log(`clientele is serving on ${origin} (storage: ${store.dialect}; every other ${loseEvents ? "write's events" : 'write'} lost on purpose)`);
for (const api of serverApis) console.log(`${origin}/${api.definition.name}`);
