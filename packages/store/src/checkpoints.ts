import { Worker } from 'node:worker_threads';
import { betterSqlite3Path } from './better-sqlite3.ts';

/**
 * SQLite's own checkpoint runs inside the commit that takes the WAL past its threshold, on the
 * thread that answers requests: it copies the WAL's pages into the database and fsyncs both files,
 * 9–12 ms of clock for a 1,000-page WAL on the machine measured, nearly all of it waiting for the
 * disk. One request in 50–60 of a run of creates met one (docs/results/one-connection-2026-12-06d.md).
 * A thread of its own with its own connection runs PASSIVE checkpoints instead: they never wait for
 * the writer nor block it, so the request thread goes on committing meanwhile.
 *
 * The writer keeps SQLite's own checkpoint, at BACKSTOP_PAGES, for two jobs: the WAL starts again
 * from its beginning only after a checkpoint that left nothing behind, which this thread cannot
 * reach while commits keep coming (each lands while it waits for the disk), so the writer's own
 * finishes the little the thread left, its fsyncs flushing little; and it bounds the WAL should the
 * thread fall behind.
 */
export const BACKSTOP_PAGES = 8_000;

/** How long the thread waits before it looks again for commits it has not checkpointed: after a look that found none, and after one that copied pages. */
const IDLE_LOOK_MS = 100;
const BUSY_LOOK_MS = 5;

export interface CheckpointThreadData {
  readonly driver: string;
  readonly paths: readonly string[];
  readonly idleLookMs: number;
  readonly busyLookMs: number;
  readonly report: boolean;
}

/**
 * The thread's code (CommonJS, evaluated: no file to ship beside a bundle). `data_version` changes
 * when another connection commits, so a look that finds nothing new costs no checkpoint; after one
 * that copied pages it looks again soon, so it keeps up with a stream of commits.
 */
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const SQLite = require(workerData.driver);
const files = workerData.paths.map((path) => {
  const db = new SQLite(path, { fileMustExist: true, timeout: 0 });
  return { path, db, dataVersion: db.prepare('pragma data_version').pluck(), checkpoint: db.prepare('pragma wal_checkpoint(passive)'), seen: -1 };
});
let timer;
function look() {
  let copied = 0;
  for (const file of files) {
    const version = file.dataVersion.get();
    if (version === file.seen) continue;
    file.seen = version;
    try {
      const [result] = file.checkpoint.all();
      copied += result.checkpointed;
      if (workerData.report) parentPort.postMessage({ path: file.path, ...result });
    } catch (error) {
      // Busy (the writer's own checkpoint is running, or another process's): the next look retries.
      if (!String(error && error.code).startsWith('SQLITE_BUSY')) throw error;
    }
  }
  timer = setTimeout(look, copied > 0 ? workerData.busyLookMs : workerData.idleLookMs);
}
look();
parentPort.on('message', () => {
  clearTimeout(timer);
  for (const file of files) file.db.close();
  parentPort.close();
});
`;

export interface CheckpointResult {
  /** The database checkpointed. */
  readonly path: string;
  /** Pages in the WAL, and how many of them are now in the database (SQLite's `wal_checkpoint`). */
  readonly log: number;
  readonly checkpointed: number;
}

export interface CheckpointThreadOptions {
  /** Hears each checkpoint the thread ran (tests). */
  readonly onCheckpoint?: (result: CheckpointResult) => void;
  /** Called if the thread stops before `close` (an error of its own): the writer's checkpoints take over. */
  readonly onStopped?: () => void;
}

/**
 * Starts the checkpoint thread on the SQLite files at `paths` (the data's and the request log's, in
 * WAL mode already), a connection to each. `close` stops it and closes its connections.
 */
export function checkpointThread(paths: readonly string[], { onCheckpoint, onStopped }: CheckpointThreadOptions = {}) {
  const worker = new Worker(THREAD, {
    eval: true,
    workerData: { driver: betterSqlite3Path, paths, idleLookMs: IDLE_LOOK_MS, busyLookMs: BUSY_LOOK_MS, report: onCheckpoint !== undefined } satisfies CheckpointThreadData,
    // Its heap holds a connection and two statements: the young generation's default semispaces only cost memory.
    resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 8 },
  });
  // It never keeps the process alive; a failure of its own (the disk) leaves the checkpoints to the writer.
  worker.unref();
  worker.on('error', () => {});
  if (onCheckpoint) worker.on('message', onCheckpoint);
  let closing = false;
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      if (!closing) onStopped?.();
      resolve();
    }),
  );
  return {
    async close() {
      closing = true;
      worker.postMessage('close');
      await exited;
    },
  };
}
