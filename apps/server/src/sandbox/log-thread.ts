import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LogWriter, Recorded } from './log-entries.ts';
import type { PostgresOptions } from '@clientele/store';
import type { LogThreadAnswer, LogThreadCall, LogThreadData } from './log-worker.ts';

/**
 * The request log written in a thread of its own (log-worker.ts), with its own connection to the
 * database: the request thread only posts what it recorded, a batch at a time. Making entries,
 * the search for secrets and the inserts were most of what a logged request cost the thread that
 * answers requests (see docs/logging.md). Started at the first write.
 */

/**
 * The thread's script: the bundle's (`log-worker.mjs` beside the server's bundle, which build.mjs
 * writes with it), or, running from source (tests, `tsx`), the source through tsx's loader.
 */
function threadScript(): { readonly script: string | URL; readonly eval: boolean } {
  const bundled = new URL('./log-worker.mjs', import.meta.url);
  if (existsSync(fileURLToPath(bundled))) return { script: bundled, eval: false };
  // tsx's ES module API (a require() of it resolves its CommonJS build, which cannot register here).
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  const tsx = pathToFileURL(join(dirname(manifest), exports['./esm/api']!.import.default)).href;
  const source = new URL('./log-worker.ts', import.meta.url).href;
  return { script: `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`, eval: true };
}

/**
 * The thread's young generation, MB. Its batches die young: with 4 MB rather than V8's default,
 * the server held about 15 MB less after 8 s of gets at 50 connections (174-189 against 199 MB).
 */
const YOUNG_GENERATION_MB = 4;

/** The database as the server opened it: `--db` (a SQLite file or a PostgreSQL URL) and its options. */
export interface LogDatabase {
  readonly url: string;
  readonly options?: PostgresOptions;
}

/** A call the thread has yet to answer. */
interface Waiting {
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

/**
 * The log's thread on `database`; `onWarning` hears what failed with no call waiting (a pruning on
 * its timer). When the thread fails (it cannot start, or it stops), `fallback` writes from then on.
 */
export function logThread(database: LogDatabase, limit: number, fallback: () => LogWriter, onWarning: (message: string) => void): LogWriter {
  let worker: Worker | undefined;
  /** Whether the thread failed: the request thread writes from then on. */
  let failed = false;
  let closing = false;
  let here: LogWriter | undefined;
  const onThisThread = () => (here ??= fallback());
  let ids = 0;
  const waiting = new Map<number, Waiting>();

  function start(): Worker {
    const { script, eval: evaluate } = threadScript();
    const started = new Worker(script, {
      eval: evaluate,
      workerData: { database, limit } satisfies LogThreadData,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    started.on('message', (answer: LogThreadAnswer) => {
      if ('warning' in answer) return onWarning(answer.warning);
      const call = waiting.get(answer.id);
      waiting.delete(answer.id);
      if (answer.error === undefined) call?.resolve();
      else call?.reject(new Error(answer.error));
    });
    const stop = (error: Error) => {
      failed = true;
      for (const call of waiting.values()) call.reject(error);
      waiting.clear();
    };
    started.on('error', (error) => {
      onWarning(`the request log's thread failed (${error.message}); the log is written on the request thread from now on`);
      stop(error);
    });
    started.on('exit', () => {
      if (!closing) stop(new Error("the request log's thread has stopped"));
    });
    // The thread never keeps the process alive: entries still waiting are written at close.
    started.unref();
    return started;
  }

  /** Posts a call (throwing at once what cannot be posted); resolves with its answer. */
  function call(op: 'write' | 'prune' | 'close', batch?: Recorded[]): Promise<void> {
    const id = ++ids;
    const answered = new Promise<void>((resolve, reject) => waiting.set(id, { resolve, reject }));
    try {
      worker!.postMessage((op === 'write' ? { id, op, batch: batch! } : { id, op }) satisfies LogThreadCall);
    } catch (error) {
      waiting.delete(id);
      throw error;
    }
    return answered;
  }

  return {
    write(batch, spread, aTurn) {
      // After close (a request that ended while the server closed), or once the thread failed: here.
      if (failed || closing) return onThisThread().write(batch, spread, aTurn);
      worker ??= start();
      try {
        // Started, the thread failed before writing it (it could not open the database): written here.
        return call('write', batch).catch((error: unknown) => (failed ? onThisThread().write(batch, spread, aTurn) : Promise.reject(error)));
      } catch (error) {
        // A body that cannot be posted (none should: the request thread records plain data).
        onWarning(`a batch could not be posted to the request log's thread (${(error as Error).message}); it is written here`);
        return onThisThread().write(batch);
      }
    },
    async prune() {
      if (worker && !failed && !closing) await call('prune');
      await here?.prune();
    },
    async close() {
      closing = true;
      if (worker && !failed) await call('close').catch(() => {});
      await worker?.terminate();
      await here?.close();
    },
    get inThread() {
      return worker !== undefined && !failed && !closing;
    },
  };
}
