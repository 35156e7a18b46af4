import { closeSync, openSync, readSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { betterSqlite3Path } from './better-sqlite3.ts';

/**
 * A thread that runs a WAL file's checkpoints for the connection that writes it. SQLite runs its
 * own checkpoint inside the commit that takes the WAL past 1,000 pages, on the writer's thread: it
 * copies the WAL into the database and fsyncs both files. For the request log's file (16 KB pages,
 * a 16 MB WAL) that held the thread 50 to 130 ms each time on the machine measured, nearly all of
 * it waiting for the disk, with every request behind it (docs/results/log-checkpoints-2026-12-07.md).
 * On a thread of its own the wait holds nothing else; the writer holds its writes back meanwhile,
 * so the checkpoint leaves nothing behind and the WAL starts again from its beginning at the next
 * write, as after SQLite's own.
 */

/**
 * The thread's code (CommonJS, evaluated: no file to ship beside a bundle). PASSIVE: it never
 * waits for a reader (one in another process keeps its pages in the WAL until the next time).
 */
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const SQLite = require(workerData.driver);
const db = new SQLite(workerData.path, { fileMustExist: true, timeout: 0 });
const checkpoint = db.prepare('pragma wal_checkpoint(passive)');
parentPort.on('message', (call) => {
  if (call === 'close') {
    db.close();
    return parentPort.close();
  }
  try {
    const [{ busy, log, checkpointed }] = checkpoint.all();
    parentPort.postMessage({ busy, log, checkpointed });
  } catch (error) {
    parentPort.postMessage({ error: String((error && error.code) || error) });
  }
});
`;

/** What a checkpoint did (SQLite's \`wal_checkpoint\`): pages in the WAL, and how many are now in the database. */
export interface CheckpointResult {
  readonly busy: number;
  readonly log: number;
  readonly checkpointed: number;
}

/**
 * The checkpoint thread for the SQLite file at `path` (in WAL mode already), started at the first
 * `checkpoint()`. A checkpoint that fails or a thread that stops rejects that call and every one
 * after: the writer checkpoints itself from then on.
 */
export function checkpointThread(path: string) {
  let worker: Worker | undefined;
  let stopped: Error | undefined;
  const waiting: { resolve: (result: CheckpointResult) => void; reject: (error: Error) => void }[] = [];
  const stop = (error: Error) => {
    stopped ??= error;
    for (const call of waiting.splice(0)) call.reject(error);
  };

  function start(): Worker {
    const started = new Worker(THREAD, {
      eval: true,
      workerData: { driver: betterSqlite3Path, path },
      // It holds a connection and a statement: V8's default young generation would only cost memory.
      resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 8 },
    });
    // It keeps the process alive only while a checkpoint is under way (one awaited holds a write).
    started.unref();
    started.on('message', (answer: CheckpointResult | { error: string }) => {
      const call = waiting.shift();
      if (!waiting.length) started.unref();
      if ('error' in answer) call?.reject(new Error(`the checkpoint failed: ${answer.error}`));
      else call?.resolve(answer);
    });
    started.on('error', stop);
    started.on('exit', () => stop(new Error('the checkpoint thread has stopped')));
    return started;
  }

  return {
    /** Checkpoints the WAL on the thread; resolves when it is done. */
    checkpoint(): Promise<CheckpointResult> {
      if (stopped) return Promise.reject(stopped);
      worker ??= start();
      worker.ref();
      const done = new Promise<CheckpointResult>((resolve, reject) => waiting.push({ resolve, reject }));
      worker.postMessage('checkpoint');
      return done;
    },
    /** Whether the thread was started and has not stopped. */
    get running() {
      return worker !== undefined && stopped === undefined;
    },
    async close() {
      if (!worker || stopped) return;
      const exited = new Promise<void>((resolve) => worker!.once('exit', () => resolve()));
      worker.ref();
      worker.postMessage('close');
      await exited;
    },
  };
}

/**
 * How many frames (pages) the WAL of the SQLite file at `path` holds: `mxFrame` in the WAL-index
 * header that begins its `-shm` file (https://www.sqlite.org/walformat.html), a 32-bit number in
 * the machine's byte order at offset 16. It falls back to 0 when the WAL starts again.
 * better-sqlite3 does not expose SQLite's `wal_hook`, which tells it after each commit.
 */
export function walFrames(path: string) {
  let fd: number | undefined;
  const word = new Uint32Array(1);
  return {
    read(): number {
      fd ??= openSync(`${path}-shm`, 'r');
      return readSync(fd, word, 0, 4, 16) === 4 ? word[0]! : 0;
    },
    close() {
      if (fd !== undefined) closeSync(fd);
    },
  };
}
