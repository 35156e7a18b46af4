import type * as Admin from '@clientele/schemas/admin';
import { hashSecret, type Store } from '@clientele/store';
import { isoMillis } from '../platform/clock.ts';
import { bodyLogger, candidateSearch, loggedPath, messageJson, type Candidates, redactHeaders, replaceIn, replaceSecrets, secretLengthsOf, type LoggedMessage } from './redaction.ts';

/**
 * The request log's writing: what the request path recorded, made into entries (redacted by name,
 * then by value once the store has said which candidates are secrets), appended, and each API's and
 * tenant's oldest entries pruned. It runs in the log's own thread (log-thread.ts) or, where that
 * thread cannot open the database (`:memory:`), on the request thread after the answers.
 */

/** Entries made a turn in a spread write (see `LogWriter.write`). */
const ENTRIES_A_TURN = 8;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** How often each API's and tenant's oldest entries are deleted; between times a log may hold that long's entries past its limit. */
const PRUNE_EVERY_MS = 100;

/** An entry as logged: JSON bodies as their text where they need no redaction by name (`LoggedMessage`). */
interface LoggedEntry extends Omit<Admin.RequestLogEntry, 'id' | 'request' | 'response'> {
  readonly request: LoggedMessage;
  readonly response: LoggedMessage;
}

/**
 * What the request path keeps of a request (references, nothing walked), made into an entry when
 * its batch is written. Plain data only: it may be posted to the log's thread.
 */
export interface Recorded {
  /** When it was answered; its entry's `time`, written when the entry is. */
  readonly atUs: number;
  readonly meta: Omit<LoggedEntry, 'time' | 'path' | 'request' | 'response'>;
  readonly url: string;
  readonly requestHeaders: Record<string, unknown>;
  readonly requestBody: unknown;
  readonly requestType: string | undefined;
  /** Whether the request's body is JSON its parser took, and the response's JSON Fastify serialized: text known to parse. */
  readonly requestParsed: boolean;
  readonly responseSerialized: boolean;
  readonly responseHeaders: Record<string, unknown>;
  readonly responseBody: unknown;
}

/** Writes batches of recorded requests into the log, and prunes it. */
export interface LogWriter {
  /**
   * `spread`: nothing else waits to be written, so the write may take several turns of the event
   * loop (its entries made a few a turn, the store's part in turns of its own) and requests are
   * answered between. Behind a backlog, `aTurn` entries are made a turn (default: all in one, as in
   * the log's own thread), and the store's part follows the last of them: fewer turns, or the log
   * would fall behind the requests (entries dropped). Either way, the store is asked once a write
   * (the secrets' lengths, the candidates' hashes, one insert), however many entries it holds.
   */
  write(batch: Recorded[], spread?: boolean, aTurn?: number): Promise<void>;
  /** Deletes the entries past the limit of every API and tenant written to since the last time. */
  prune(): Promise<void>;
  /** Stops (a thread ends); what was written stays. */
  close(): Promise<void>;
  /** Whether it writes in a thread of its own (started, and not failed). */
  readonly inThread: boolean;
}

/** An entry as JSON text: the bodies that are JSON text written in as they are. */
function entryJson({ request, response, ...rest }: LoggedEntry): string {
  return `${JSON.stringify(rest).slice(0, -1)},"request":${messageJson(request)},"response":${messageJson(response)}}`;
}

/** The entry with every string that is a stored credential's secret replaced. */
function withoutSecrets(entry: LoggedEntry, secrets: ReadonlySet<string>): LoggedEntry {
  const { request, response, ...rest } = entry;
  return { ...(replaceIn(rest, secrets) as typeof rest), request: replaceSecrets(request, secrets), response: replaceSecrets(response, secrets) };
}

/** The writer on `store` keeping the newest `limit` entries per API and tenant; `onError` hears what a pruning timer could not do. */
export function logWriter(store: Store, limit: number, onError: (error: unknown) => void): LogWriter {
  /** The APIs and tenants written to since their last pruning, and when that was. */
  const unpruned = new Map<string, { api: string; tenantId: string }>();
  let prunedAt = performance.now();
  let pruneTimer: NodeJS.Timeout | undefined;
  /** Prunings run one after another: two deleting the same rows at once could deadlock on PostgreSQL. */
  let pruning: Promise<void> = Promise.resolve();
  const loggedBody = bodyLogger();
  const search = candidateSearch(hashSecret);

  /** The entry a request recorded makes: headers and bodies redacted by name, secrets by value not yet. */
  const entryOf = (recorded: Recorded): LoggedEntry => ({
    time: isoMillis(recorded.atUs),
    ...recorded.meta,
    path: loggedPath(recorded.url),
    request: { headers: redactHeaders(recorded.requestHeaders), ...loggedBody(recorded.requestBody, recorded.requestType, recorded.requestParsed) },
    response: {
      headers: redactHeaders(recorded.responseHeaders),
      ...loggedBody(recorded.responseBody, String(recorded.responseHeaders['content-type'] ?? ''), recorded.responseSerialized),
    },
  });

  function prune(): Promise<void> {
    clearTimeout(pruneTimer);
    pruneTimer = undefined;
    pruning = pruning
      .then(async () => {
        prunedAt = performance.now();
        const groups = [...unpruned.values()];
        unpruned.clear();
        if (groups.length) await store.sandbox.requests.prune(groups, limit);
      })
      .catch(onError);
    return pruning;
  }

  return {
    async write(batch, spread = false, aTurn = batch.length) {
      // Spread: entries made, and searched for candidates, a few a turn; then the store's part in
      // turns of its own. On the request thread a write of 32 in one turn held every request about
      // a millisecond. Behind a backlog, `aTurn` a turn, and the store's part after the last.
      const perTurn = spread ? ENTRIES_A_TURN : aTurn;
      // The lengths secrets have, once a write: strings of no other length are not searched. Read
      // from the store each time (not kept): a secret another instance stored is redacted from
      // every entry written after it was.
      search.use(secretLengthsOf(await store.sandbox.credentials.secretLengths()));
      const entries: LoggedEntry[] = [];
      const texts: string[] = [];
      const found: Candidates = new Set();
      /** The candidates by their hash: each turn's hashed in that turn. */
      const candidates = new Map<string, string>();
      for (let at = 0; at < batch.length; at++) {
        if (at > 0 && at % perTurn === 0) {
          search.hashed(found, candidates);
          found.clear();
          await nextTurn();
        }
        const entry = entryOf(batch[at]!);
        // Of the entry's own fields, only what the client chose: the time, instance, API, tenant,
        // operation and method are the server's words.
        search.text(entry.path, found);
        if (typeof entry.fault === 'string') search.text(entry.fault, found);
        search.message(entry.request, found);
        search.message(entry.response, found);
        entries.push(entry);
        texts.push(entryJson(entry));
      }
      if (spread) await nextTurn();
      // Once for the whole batch: a lookup of the candidates' hashes.
      search.hashed(found, candidates);
      const known = candidates.size ? await store.sandbox.credentials.knownHashes([...candidates.keys()]) : new Set<string>();
      const secrets = new Set([...known].map((hash) => candidates.get(hash)!));
      await store.sandbox.requests.append(
        entries.map((entry, at) => {
          const { atUs, meta } = batch[at]!;
          return { atUs, api: meta.api, tenantId: meta.tenant ?? '', operation: meta.operation ?? '', method: meta.method, status: meta.status, entryJson: secrets.size ? entryJson(withoutSecrets(entry, secrets)) : texts[at]! };
        }),
      );
      for (const { meta } of batch) unpruned.set(`${meta.api}\u0000${meta.tenant ?? ''}`, { api: meta.api, tenantId: meta.tenant ?? '' });
      const since = performance.now() - prunedAt;
      if (since >= PRUNE_EVERY_MS) await (spread ? nextTurn().then(prune) : prune());
      // Pruned when due even if no request comes by then.
      else pruneTimer ??= setTimeout(() => void prune(), PRUNE_EVERY_MS - since).unref();
    },
    prune,
    async close() {
      clearTimeout(pruneTimer);
      await pruning;
    },
    inThread: false,
  };
}
