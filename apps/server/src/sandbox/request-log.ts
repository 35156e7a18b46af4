import { PassThrough, type Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import { parse as parseQuery, stringify as stringifyQuery } from 'qs';
import type * as Admin from '@clientele/schemas/admin';
import { hashSecret, type LoggedRequest, type RequestQuery, type Store } from '@clientele/store';
import type { Clock } from '../platform/clock.ts';
import { writeBehind } from '../platform/write-behind.ts';
// Declares `FastifyRequest.rawBody`: the body as it arrived.
import type {} from '../platform/encodings.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set for requests to a provider API while the request log is on: what it needs to log the request. */
    clienteleLog: { readonly api: string; readonly startNs: bigint; logged: boolean } | null;
    /** The fault injected into the request, in the header's words. */
    clienteleFault: string | null;
  }
}

const REDACTED = '[redacted]';
/** Fields whose values are secrets whatever they hold: keys, tokens, passwords, signatures. */
const SECRET_FIELD = /secret|passw|token|signature|authorization|api_?key|private_?key|cookie/i;
/** Headers that carry credentials; `Authorization` keeps its scheme (`Bearer [redacted]`). */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key', 'pingplusplus-signature']);
/** Bodies larger than this are logged as their size only. */
const MAX_BODY_CHARS = 64 * 1024;
/** Entries waiting to be written, at most: past it the oldest are dropped (the store is unreachable). */
const MAX_PENDING = 5000;
/** Entries per write: one statement each for the secrets' hashes and the inserts. */
const WRITE_BATCH = 500;
/**
 * How long an entry may wait to be written with others: written one by one, each request cost
 * the store a lookup and an insert (a commit each), more than the request itself.
 */
const FLUSH_EVERY_MS = 50;
/** How often each API's and tenant's oldest entries are deleted; between times a log may hold that long's entries past its limit. */
const PRUNE_EVERY_MS = 1000;
/** Hashes of strings seen lately: the same headers, ids and names come back request after request. */
const HASHES_KEPT = 10_000;

interface PendingEntry extends Omit<LoggedRequest, 'seq' | 'entry'> {
  readonly entry: Omit<Admin.RequestLogEntry, 'id'>;
}

function redactHeaders(headers: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(', ') : String(value);
    const lower = name.toLowerCase();
    if (lower === 'authorization' || lower === 'proxy-authorization') out[lower] = `${/^\S+/.exec(text)?.[0] ?? ''} ${REDACTED}`.trim();
    else out[lower] = SECRET_HEADERS.has(lower) || SECRET_FIELD.test(lower) ? REDACTED : text;
  }
  return out;
}

/** Deeper values are logged as a note: the walks over a logged value recurse, and a body may nest 10,000 levels. */
const MAX_DEPTH = 64;

class TooDeep extends Error {}

/** A parsed body or query with every secret field's value replaced; TooDeep past MAX_DEPTH levels. */
function redactFields(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) throw new TooDeep();
  if (Array.isArray(value)) return value.map((inner) => redactFields(inner, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, SECRET_FIELD.test(key) && inner !== null && typeof inner !== 'object' ? REDACTED : redactFields(inner, depth + 1)]),
  );
}

/** A parsed body as logged: redacted, or a note where it nests too deep to walk (one walk either way). */
function loggedValue(value: unknown): unknown {
  try {
    return redactFields(value);
  } catch (error) {
    if (error instanceof TooDeep) return `[nested deeper than ${MAX_DEPTH} levels, not kept]`;
    throw error;
  }
}

/** A body as logged: JSON and forms as values, other text as it is, none as null, too large as its size. */
function loggedBody(body: unknown, type: string | undefined): unknown {
  if (body === undefined || body === null || body === '') return null;
  if (typeof body === 'object' && !Buffer.isBuffer(body)) return 'pipe' in body ? '[stream]' : loggedValue(body);
  const text = Buffer.isBuffer(body) ? body.toString('utf8') : String(body);
  if (text.length > MAX_BODY_CHARS) return `[${text.length} characters, not kept]`;
  if (/json/.test(type ?? '')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return text;
    }
    return loggedValue(parsed);
  }
  if (/x-www-form-urlencoded/.test(type ?? '')) return loggedValue(parseQuery(text));
  return text;
}

/** The path with its query string, secret parameters redacted. */
function loggedPath(url: string): string {
  const mark = url.indexOf('?');
  if (mark === -1) return url;
  return `${url.slice(0, mark)}?${stringifyQuery(redactFields(parseQuery(url.slice(mark + 1))), { encodeValuesOnly: true })}`;
}

/** Every string of a value, for the search for secrets by value. */
function stringsOf(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const inner of value) stringsOf(inner, into);
  else if (value && typeof value === 'object') for (const inner of Object.values(value)) stringsOf(inner, into);
  return into;
}

/** Whole strings long enough to be a secret, and the words of longer text (a token inside a message). */
function candidatesOf(text: string): string[] {
  const words = text.split(/[^A-Za-z0-9_]+/).filter((word) => word.length >= 16);
  return text.length >= 8 && text.length <= 500 ? [text, ...words] : words;
}

/** SHA-256 of strings, remembered: a hash never changes, so this is safe to keep whatever the store holds. */
function hashMemo() {
  let hashes = new Map<string, string>();
  return (text: string): string => {
    let hash = hashes.get(text);
    if (hash === undefined) {
      if (hashes.size >= HASHES_KEPT) hashes = new Map();
      hashes.set(text, (hash = hashSecret(text)));
    }
    return hash;
  };
}

/** Replaces every known secret inside a value (found by the hashes the store keeps). */
function replaceSecrets(value: unknown, secrets: ReadonlySet<string>): unknown {
  if (typeof value === 'string') {
    if (secrets.has(value)) return REDACTED;
    return value.split(/([^A-Za-z0-9_]+)/).map((part) => (secrets.has(part) ? REDACTED : part)).join('');
  }
  if (Array.isArray(value)) return value.map((inner) => replaceSecrets(inner, secrets));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, replaceSecrets(inner, secrets)]));
  return value;
}

export interface RequestLogOptions {
  /** Entries kept per API and tenant, newest; 0 turns the log off. */
  readonly limit: number;
  /** Names this server instance in its entries. */
  readonly instance: string;
  /** How often a follower (`requests/tail`) asks the store for new entries. */
  readonly tailPollMs?: number;
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
 * The request log: every request to a provider API, its answer and timing, with secrets redacted
 * (by field and header name, and any value that is a stored credential's secret), kept in the
 * store (the newest `limit` per API and tenant) so every instance on a database shares it. Entries
 * are written in batches after the answer, off the request's path.
 */
export function requestLog(store: Store, clock: Clock, options: RequestLogOptions, log: FastifyBaseLogger) {
  const onError = (error: unknown) => log.warn({ err: error }, 'the request log could not be written');
  /** The APIs and tenants written to since their last pruning, and when that was. */
  const unpruned = new Map<string, { api: string; tenantId: string }>();
  let prunedAt = performance.now();
  let pruneTimer: NodeJS.Timeout | undefined;
  /** Prunings run one after another: two deleting the same rows at once could deadlock on PostgreSQL. */
  let pruning: Promise<void> = Promise.resolve();
  const hashOf = hashMemo();

  async function write(batch: PendingEntry[]) {
    // Each distinct string hashed once (and remembered), then one lookup for the whole batch.
    const hashes = new Map<string, string>();
    for (const entry of batch) for (const text of stringsOf(entry.entry)) for (const candidate of candidatesOf(text)) hashes.set(hashOf(candidate), candidate);
    const known = await store.sandbox.credentials.knownHashes([...hashes.keys()]);
    const secrets = new Set([...known].map((hash) => hashes.get(hash)!));
    await store.sandbox.requests.append(batch.map((entry) => ({ ...entry, entry: secrets.size ? replaceSecrets(entry.entry, secrets) : entry.entry })));
    for (const entry of batch) unpruned.set(`${entry.api}\u0000${entry.tenantId}`, { api: entry.api, tenantId: entry.tenantId });
    const since = performance.now() - prunedAt;
    if (since >= PRUNE_EVERY_MS) await prune();
    // Pruned when due even if no request comes by then.
    else pruneTimer ??= setTimeout(() => void prune(), PRUNE_EVERY_MS - since).unref();
  }

  /** Deletes the entries past the limit of every API and tenant written to since the last time. */
  function prune(): Promise<void> {
    clearTimeout(pruneTimer);
    pruneTimer = undefined;
    pruning = pruning
      .then(async () => {
        prunedAt = performance.now();
        const groups = [...unpruned.values()];
        unpruned.clear();
        if (groups.length) await store.sandbox.requests.prune(groups, options.limit);
      })
      .catch(onError);
    return pruning;
  }

  const queue = writeBehind(write, { maxPending: MAX_PENDING, batchSize: WRITE_BATCH, delayMs: FLUSH_EVERY_MS, onError });
  /**
   * Writes every entry recorded so far (after writes under way), then prunes: what the admin API
   * lists then holds the limit exactly.
   */
  const flush = async () => {
    await queue.flush();
    await prune();
  };

  return {
    enabled: options.limit > 0,

    /** Logs a request with its answer (`payload` as sent); status 0 for a dropped connection. */
    record(request: FastifyRequest, reply: FastifyReply, payload: unknown, status = reply.statusCode) {
      const state = request.clienteleLog;
      if (!state || state.logged || options.limit <= 0) return;
      state.logged = true;
      const atUs = clock.nowUs();
      const responseHeaders = reply.getHeaders();
      const entry: PendingEntry['entry'] = {
        time: new Date(Math.floor(atUs / 1000)).toISOString(),
        instance: options.instance,
        api: state.api,
        tenant: request.clienteleTenant,
        operation: request.routeOptions?.config?.operationId ?? null,
        method: request.method,
        path: loggedPath(request.url),
        status,
        duration_ms: Number(process.hrtime.bigint() - state.startNs) / 1e6,
        fault: request.clienteleFault,
        request: { headers: redactHeaders(request.headers), body: loggedBody(request.body ?? request.rawBody, request.headers['content-type']) },
        response: { headers: redactHeaders(responseHeaders), body: loggedBody(payload, String(responseHeaders['content-type'] ?? '')) },
      };
      queue.push({ atUs, api: state.api, tenantId: entry.tenant ?? '', operation: entry.operation ?? '', method: entry.method, status, entry });
    },

    flush,

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
