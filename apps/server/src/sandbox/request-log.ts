import { PassThrough, type Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import type * as Admin from '@clientele/schemas/admin';
import type { LoggedRequest, RequestQuery, Store } from '@clientele/store';
import type { Clock } from '../platform/clock.ts';
import { writeBehind } from '../platform/write-behind.ts';
import { logWriter, type LogWriter, type Recorded } from './log-entries.ts';
import { isStream, STREAM_NOTE } from './redaction.ts';
import { logThread } from './log-thread.ts';
import type { LogDatabase } from './log-thread.ts';
// Declares `FastifyRequest.rawBody`: the body as it arrived.
import type {} from '../platform/encodings.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set for requests to a provider API while the request log is on: what it needs to log the request. */
    clienteleLog: { readonly api: string; readonly startNs: bigint; logged: boolean; serialized?: boolean } | null;
    /** The fault injected into the request, in the header's words. */
    clienteleFault: string | null;
  }
}

/** Entries waiting to be written, at most: past it the oldest are dropped (the store is unreachable). */
const MAX_PENDING = 5000;
/** Entries per write (posted to the log's thread): one statement each for the secrets' hashes and the inserts. */
export const WRITE_BATCH = 64;
/**
 * Entries per write where the log is written on the request thread: a write takes one turn of the
 * event loop, which every request waiting waits out. 64 (about 1 ms) were the p99 of gets sent one
 * at a time; 32 take half as long; 16 a quarter, but each write costs a commit and two lookups,
 * and 16 cost about 6 µs more per entry (docs/results/request-log-2026-12-06d.md).
 */
export const WRITE_BATCH_HERE = 32;
/**
 * Entries per write behind a backlog (more than a batch waiting), at most, where the log is written
 * on the request thread. On PostgreSQL each write costs round trips (the secrets' lengths, their
 * hashes, the insert), and under load each answer waits out a turn of the busy event loop: a batch
 * at a time, the log wrote about 600 entries a second and dropped the rest. Only the round trips
 * are shared: the entries are made `madeATurn` a turn. But the insert is sent in one turn, and
 * node-postgres takes about 50 µs to put a 12 KB entry (a first page) into it: 512 of them hold the
 * thread some 25 ms (docs/results/pg-log-drops-2026-12-07b.md). On SQLite the 512 inserts take
 * about 10 ms, in one transaction.
 */
export const WRITE_BACKLOG_HERE = 512;
/**
 * Behind a backlog on the request thread, the entries made a turn of the event loop: a batch, or a
 * sixteenth of what waits where that is more. A turn at 50 connections brings up to 50 requests:
 * at 32 entries a turn the log fell behind and dropped entries, on SQLite too (more while a
 * checkpoint held its writes: docs/results/log-checkpoints-2026-12-07.md). So its share of the
 * thread grows with its backlog, up to 313 entries a turn (about 15 ms) with the queue full.
 */
export const madeATurn = (waiting: number) => Math.max(WRITE_BATCH_HERE, Math.ceil(waiting / 16));
/**
 * How long an entry may wait to be written with others: written one by one, each request cost
 * the store a lookup and an insert (a commit each), more than the request itself.
 */
const FLUSH_EVERY_MS = 50;
/** How often the server's log says that entries were dropped, at most. */
const DROPS_SAID_EVERY_MS = 10_000;

export interface RequestLogOptions {
  /** Entries kept per API and tenant, newest; 0 turns the log off. */
  readonly limit: number;
  /** Names this server instance in its entries. */
  readonly instance: string;
  /** How often a follower (`requests/tail`) asks the store for new entries. */
  readonly tailPollMs?: number;
  /**
   * The database as the server opened it, for the log's own thread to open again (log-thread.ts);
   * without it (an in-memory database, which no other connection can open) the log is written on this thread.
   */
  readonly database?: LogDatabase;
  /** Writes the entries in place of the log's thread or this one (tests). */
  readonly writer?: LogWriter;
}

export type RequestFilters = Omit<RequestQuery, 'limit' | 'order' | 'beforeSeq' | 'afterSeq'>;

/** The request log's filters as the admin API's query (and the commands' options) give them: a status or a class (`4xx`), ISO times. */
export function filtersOf(query: { api?: string; tenant?: string; status?: string; operation?: string; since?: string; until?: string }): RequestFilters {
  const { api, tenant, status, operation, since, until } = query;
  return {
    ...(api === undefined ? {} : { api }),
    ...(tenant === undefined ? {} : { tenantId: tenant }),
    ...(operation === undefined ? {} : { operation }),
    ...(status === undefined ? {} : status.endsWith('xx') ? { statusClass: Number(status[0]) } : { status: Number(status) }),
    ...(since === undefined ? {} : { sinceUs: Date.parse(since) * 1000 }),
    ...(until === undefined ? {} : { untilUs: Date.parse(until) * 1000 }),
  };
}

const present = (row: LoggedRequest): Admin.RequestLogEntry => ({ id: row.seq, ...(row.entry as Omit<Admin.RequestLogEntry, 'id'>) });

/** A page of logged requests, newest first, as written so far. */
export async function listEntries(store: Store, filters: RequestFilters & { before?: number; limit: number }): Promise<Admin.RequestLogPage> {
  const { before, limit, ...rest } = filters;
  const rows = await store.sandbox.requests.list({ ...rest, ...(before === undefined ? {} : { beforeSeq: before }), limit });
  return { items: rows.map(present), next_before: rows.length === limit ? rows.at(-1)!.seq : null };
}

/**
 * Follows the log: each entry logged after `afterId` (default: from now on), by any instance, in
 * order, while `following()` says so, asking the store every `pollMs`; `keepAlive` after 15 quiet seconds.
 */
export async function follow(
  store: Store,
  filters: RequestFilters,
  options: { afterId?: number; pollMs: number; following: () => boolean; emit: (entry: Admin.RequestLogEntry) => void; keepAlive?: () => void },
): Promise<void> {
  let after = options.afterId ?? (await store.sandbox.requests.list({ limit: 1 }))[0]?.seq ?? 0;
  let quiet = 0;
  while (options.following()) {
    const rows = await store.sandbox.requests.list({ ...filters, afterSeq: after, order: 'asc', limit: 100 });
    for (const row of rows) if (options.following()) options.emit(present(row));
    after = rows.at(-1)?.seq ?? after;
    quiet = rows.length ? 0 : quiet + options.pollMs;
    if (quiet >= 15_000) {
      options.keepAlive?.();
      quiet = 0;
    }
    if (!rows.length) await sleep(options.pollMs);
  }
}

/**
 * What the log keeps of a request and its answer (`payload` as sent): references, nothing walked;
 * the entry is made when its batch is written (log-entries.ts).
 */
export function recordedOf(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
  { state, status, atUs, instance }: { state: NonNullable<FastifyRequest['clienteleLog']>; status: number; atUs: number; instance: string },
): Recorded {
  const requestType = request.headers['content-type'];
  // JSON its parser took is logged as the text it was parsed from, not walked.
  const requestParsed = typeof request.rawBody === 'string' && request.body !== undefined && requestType?.includes('json') === true;
  return {
    atUs,
    meta: {
      instance,
      api: state.api,
      tenant: request.clienteleTenant,
      operation: request.routeOptions?.config?.operationId ?? null,
      method: request.method,
      status,
      duration_ms: Number(process.hrtime.bigint() - state.startNs) / 1e6,
      fault: request.clienteleFault,
    },
    url: request.url,
    requestHeaders: request.headers,
    requestBody: requestParsed ? request.rawBody : (request.body ?? request.rawBody),
    requestType,
    requestParsed,
    responseSerialized: state.serialized === true,
    responseHeaders: reply.getHeaders(),
    // Plain data only (it may be posted to the log's thread): a stream is logged as a note.
    responseBody: isStream(payload) ? STREAM_NOTE : payload,
  };
}

/**
 * The request log: every request to a provider API, its answer and timing, with secrets redacted
 * (by field and header name, and any value that is a stored credential's secret), kept in the
 * store (the newest `limit` per API and tenant) so every instance on a database shares it. Entries
 * are written in batches after the answer, off the request's path: in the log's own thread
 * (log-thread.ts) where `database` names one it can open, else on this thread (log-entries.ts).
 */
export function requestLog(store: Store, clock: Clock, options: RequestLogOptions, log: FastifyBaseLogger) {
  const onError = (error: unknown) => log.warn({ err: error }, 'the request log could not be written');
  const onThisThread = () => logWriter(store, options.limit, onError);
  const writer =
    options.writer ??
    (options.database === undefined || options.limit <= 0
      ? onThisThread()
      : logThread(options.database, options.limit, onThisThread, (message) => log.warn(`the request log: ${message}`)));

  /** Entries dropped as of the last warning, and when it was. */
  let dropsSaid = 0;
  let droppedAt = -Infinity;
  /** Says the entries dropped since it last did: at most every DROPS_SAID_EVERY_MS, and at close (`always`). */
  const sayDrops = (always = false) => {
    if (queue.dropped > dropsSaid && (always || performance.now() - droppedAt >= DROPS_SAID_EVERY_MS)) {
      log.warn(`the request log dropped ${queue.dropped - dropsSaid} entries: its writes fell behind the requests`);
      [dropsSaid, droppedAt] = [queue.dropped, performance.now()];
    }
  };
  const write = async (batch: Recorded[]) => {
    // Spread over turns only while nothing else waits; behind a backlog, more a turn the more waits.
    await writer.write(batch, queue.pending === 0 && batch.length <= batchSize, madeATurn(queue.pending + batch.length));
    // A log that cannot keep up loses its oldest entries.
    sayDrops();
  };
  const batchSize = options.database === undefined ? WRITE_BATCH_HERE : WRITE_BATCH;
  const backlogBatchSize = options.database === undefined ? WRITE_BACKLOG_HERE : batchSize;
  const queue = writeBehind(write, { maxPending: MAX_PENDING, batchSize, backlogBatchSize, delayMs: FLUSH_EVERY_MS, onError });
  /**
   * Writes every entry recorded so far (after writes under way), then prunes: what the admin API
   * lists then holds the limit exactly.
   */
  const flush = async () => {
    await queue.flush();
    await writer.prune();
  };

  return {
    enabled: options.limit > 0,

    /** Logs a request with its answer (`payload` as sent); status 0 for a dropped connection. */
    record(request: FastifyRequest, reply: FastifyReply, payload: unknown, status = reply.statusCode) {
      const state = request.clienteleLog;
      if (!state || state.logged || options.limit <= 0) return;
      state.logged = true;
      queue.push(recordedOf(request, reply, payload, { state, status, atUs: clock.nowUs(), instance: options.instance }));
    },

    flush,

    /** Whether entries are written in the log's own thread (once one was written there). */
    get inThread() {
      return writer.inThread;
    },

    /** Writes what is left and stops the log's thread. */
    async close() {
      await flush();
      // What was dropped since the last time it was said, not left unsaid.
      sayDrops(true);
      await writer.close();
    },

    /** A page of entries, newest first; what this instance has yet to write is written first. */
    async list(filters: RequestFilters & { before?: number; limit: number }): Promise<Admin.RequestLogPage> {
      await flush();
      return listEntries(store, filters);
    },

    async clear() {
      await flush();
      await store.sandbox.requests.clear();
    },

    /**
     * Server-sent events: a `request` event for each entry logged from now on (or after `afterId`),
     * by any instance, until `closed` resolves. The store is asked every `tailPollMs`.
     */
    tail(filters: RequestFilters, afterId: number | undefined, closed: Promise<void>): Readable {
      const stream = new PassThrough();
      let open = true;
      void closed.then(() => {
        open = false;
        stream.end();
      });
      stream.write(': following the request log\n\n');
      follow(store, filters, {
        afterId,
        pollMs: options.tailPollMs ?? 500,
        following: () => open,
        emit: (entry) => stream.write(`id: ${entry.id}\nevent: request\ndata: ${JSON.stringify(entry)}\n\n`),
        // A comment now and then keeps proxies from closing a quiet stream.
        keepAlive: () => stream.write(': keep-alive\n\n'),
      }).catch((error: unknown) => {
        log.warn({ err: error }, 'the request log stream failed');
        stream.end();
      });
      return stream;
    },
  };
}

export type RequestLog = ReturnType<typeof requestLog>;
