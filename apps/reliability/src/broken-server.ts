// A server broken on purpose, to show that `pnpm crash` catches lost writes (`--lose-writes`): the
// app and store of `pnpm start`, except that every other successful write operation is answered as
// committed while its transaction is undone: acknowledged, never stored. Tokens are left alone, so
// callers stay authorized. Nothing else starts it.
import { parseArgs } from 'node:util';
import { openStore, type StoredResponse } from '@clientele/store';
import { serverApis } from '@clientele/server/apis';
import { buildApp } from '@clientele/server/app';

const { values } = parseArgs({
  options: { db: { type: 'string' }, port: { type: 'string', default: '0' }, host: { type: 'string', default: '127.0.0.1' }, 'admin-token': { type: 'string' } },
});
const store = await openStore(values.db!);
await store.migrate();

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
let writes = 0;
const atomically = store.atomically.bind(store);
store.atomically = async <R>(work: () => Promise<R>): Promise<R> => {
  try {
    return await atomically(async () => {
      const result = await work();
      if (isWrite(result) && writes++ % 2 === 1) throw new Lost(result);
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
console.log(`clientele is serving on ${origin} (storage: ${store.dialect}; every other write lost on purpose)`);
for (const api of serverApis) console.log(`${origin}/${api.definition.name}`);
