/**
 * The request log's thread (started by log-thread.ts): it opens the database on a connection of its
 * own and writes what the request thread posts, so that making entries, searching them for secrets
 * and the inserts stay off the thread that answers requests. Answers each call with its id.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '@clientele/store';
import { logWriter, type Recorded } from './log-entries.ts';
import type { LogDatabase } from './log-thread.ts';

/** What the thread is started with. */
export interface LogThreadData {
  readonly database: LogDatabase;
  /** Entries kept per API and tenant. */
  readonly limit: number;
}

export type LogThreadCall = { readonly id: number } & ({ readonly op: 'write'; readonly batch: Recorded[] } | { readonly op: 'prune' } | { readonly op: 'close' });

/** An answer to a call (`error` when it failed), or a problem no call waits for (`warning`). */
export type LogThreadAnswer = { readonly id: number; readonly error?: string } | { readonly warning: string };

const port = parentPort!;
const { database, limit } = workerData as LogThreadData;
const warn = (error: unknown) => port.postMessage({ warning: error instanceof Error ? error.message : String(error) } satisfies LogThreadAnswer);
// As the server opened it (named statements or not: a pooler may refuse them), with two
// connections: the log's writes and its lookups of secrets' hashes, one at a time.
const store = await openStore(database.url, undefined, { ...database.options, poolSize: 2 });
const writer = logWriter(store, limit, warn);

port.on('message', async (call: LogThreadCall) => {
  try {
    if (call.op === 'write') await writer.write(call.batch);
    else if (call.op === 'prune') await writer.prune();
    else {
      await writer.close();
      await store.close();
    }
    port.postMessage({ id: call.id } satisfies LogThreadAnswer);
  } catch (error) {
    port.postMessage({ id: call.id, error: error instanceof Error ? error.message : String(error) } satisfies LogThreadAnswer);
  }
  if (call.op === 'close') port.close();
});
