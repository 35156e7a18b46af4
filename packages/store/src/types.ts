export type Dialect = 'sqlite' | 'postgres';

export interface Tenant {
  readonly id: string;
  readonly api: string;
  readonly name: string;
  readonly createdAt: string;
  readonly meta: Record<string, unknown>;
}

export interface Credential {
  readonly tenant: Tenant;
  readonly kind: string;
  readonly scopes: readonly string[];
  /** The mode its requests act in (`test`, `live`), for APIs whose keys pick one; null otherwise. */
  readonly mode: string | null;
  /** Milliseconds since the epoch; null for credentials that do not expire. */
  readonly expiresAt: number | null;
  /** Who within the tenant the credential acts for (a user id, for APIs with users); null for the tenant itself. */
  readonly subject: string | null;
}

/**
 * Where a document lives. Everything a collection does (ids, unique values, totals, order, pages)
 * happens within one scope: a tenant, optionally one of its modes (test and live data never mix),
 * optionally one parent document (a customer's cards, addresses, tax residences).
 */
export interface Scope {
  readonly tenantId: string;
  /** `test` or `live` for APIs whose keys pick a mode; absent for APIs without modes. */
  readonly mode?: string;
  /** The id of the document these belong to; absent for top-level resources. */
  readonly parentId?: string;
}

export interface StoredDocument<T> {
  readonly id: string;
  readonly tenantId: string;
  /**
   * Microseconds since the epoch. Within a scope, creation order and list order always agree: an
   * insert whose `createdUs` is not after the scope's newest document is stored 1 µs after it.
   */
  readonly createdUs: number;
  readonly data: T;
  /**
   * The document as its API shows it, as JSON text, kept when it was written (see
   * `NewDocument.shown`); absent where none was kept. Read without parsing `data`.
   */
  readonly shown?: string;
}

/** Values that must be unique among a scope's documents of one collection; null never collides. */
export type UniqueValues = Readonly<Record<string, string | null | undefined>>;

/** Bounds on `createdUs` (microseconds), each optional; combined with any page style. */
export interface CreatedRange {
  readonly gt?: number;
  readonly gte?: number;
  readonly lt?: number;
  readonly lte?: number;
}

/** `desc` (default) is newest first. */
export type Order = 'desc' | 'asc';

export interface OffsetQuery {
  readonly offset: number;
  readonly limit: number;
  readonly order?: Order;
  readonly created?: CreatedRange;
}

export interface Page<T> {
  readonly items: StoredDocument<T>[];
  /** How many documents match (the whole scope, or those in `created`), deleted ones excluded. */
  readonly total: number;
}

/**
 * A cursor page: up to `limit` documents next to a cursor document, in `order`. With
 * `startingAfter` (or no cursor) the documents that follow it; with `endingBefore` the `limit`
 * documents that immediately precede it, still listed in `order`. A cursor that is not a live
 * document of the scope is a `CursorNotFound`.
 */
export interface CursorQuery {
  readonly limit: number;
  readonly order?: Order;
  readonly startingAfter?: string;
  readonly endingBefore?: string;
  readonly created?: CreatedRange;
}

export interface CursorPage<T> {
  readonly items: StoredDocument<T>[];
  /** Matching documents exist before the first item (in `order`); for an empty page, before the cursor. */
  readonly before: boolean;
  /** Matching documents exist after the last item (in `order`); for an empty page, after the cursor. */
  readonly after: boolean;
  /** How many documents match (the whole scope, or those in `created`), deleted ones excluded: as `Page.total`. */
  readonly total: number;
}

export interface NewDocument<T> {
  readonly id: string;
  readonly createdUs: number;
  readonly data: T;
  readonly unique?: UniqueValues;
  /**
   * The document as its API shows it (JSON text), made for this `createdUs`: kept only when the
   * document is stored at that time (one moved 1 µs after its scope's newest keeps none).
   */
  readonly shown?: string;
}

/**
 * One kind of resource of one API (`balanced.customers`), always read and written within a scope.
 * Deleted documents are kept in storage but gone from every read, list and total, and their
 * unique values are free again.
 */
export interface Collection<T> {
  insert(scope: Scope, doc: NewDocument<T>): Promise<StoredDocument<T>>;
  /** Bulk import (fixtures, benchmarks): one transaction, same counters and unique claims as `insert`. */
  insertMany(scope: Scope, docs: readonly NewDocument<T>[]): Promise<void>;
  get(scope: Scope, id: string): Promise<StoredDocument<T> | undefined>;
  /** The live documents among `ids`, in the order of `ids` (missing ones left out). */
  getMany(scope: Scope, ids: readonly string[]): Promise<StoredDocument<T>[]>;
  /** The live document holding unique value `name` = `value`, if any. */
  findUnique(scope: Scope, name: string, value: string): Promise<StoredDocument<T> | undefined>;
  /** Reads, changes and writes one document in a single transaction; undefined when it does not exist. */
  update(
    scope: Scope,
    id: string,
    /** `shown`: the changed document as its API shows it (JSON text); without it, none is kept. */
    change: (current: T, stored: StoredDocument<T>) => { data: T; unique?: UniqueValues; shown?: string },
  ): Promise<StoredDocument<T> | undefined>;
  /** Soft delete: the document as it was, or undefined when there was none. */
  remove(scope: Scope, id: string): Promise<StoredDocument<T> | undefined>;
  /** Offset pages with a total: seeks, not scans, at any depth. */
  page(scope: Scope, query: OffsetQuery): Promise<Page<T>>;
  /** Cursor pages by document id, in both directions: seeks at any depth. */
  cursorPage(scope: Scope, query: CursorQuery): Promise<CursorPage<T>>;
}

/** A response kept for replay: what the first request with an idempotency key was answered. */
export interface StoredResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Any JSON value; undefined for responses without a body. */
  readonly body?: unknown;
}

/** The request that holds an idempotency key: its fingerprint, and its response once it has one. */
export interface IdempotentRequest {
  readonly fingerprint: string;
  /** Null while the request is still being processed. */
  readonly response: StoredResponse | null;
}

export type IdempotencyClaim = { readonly claimed: true } | { readonly claimed: false; readonly holder: IdempotentRequest };

export interface Store {
  readonly dialect: Dialect;
  /** Where the data lives, without secrets: a file path or a host/database. */
  readonly location: string;
  /** Brings the schema up to date; safe when several instances start at once. */
  migrate(): Promise<void>;
  /**
   * Runs `work` while no other caller holds the lock `name` on this database, across instances
   * (PostgreSQL: an advisory lock; SQLite: a lock file beside the database, one for every name).
   * For check-then-write steps no constraint can express, such as "create the dev tenant if there
   * is none yet".
   */
  exclusive<R>(name: string, work: () => Promise<R>): Promise<R>;
  ping(): Promise<void>;
  /**
   * Runs `work` so that every call it makes on this store is one transaction: its writes commit
   * together when it resolves, or none of them when it throws (a crash in the middle leaves
   * nothing half-written); its reads see its own writes. Calls nested inside join it. On SQLite
   * it takes a turn of the group commit. On PostgreSQL a create, an update and the outbox's
   * appends wait for the end of `work` and are sent together in one round trip, each foreseen to
   * succeed; when one does not (a unique value taken, a concurrent update) or `work` reads, fails
   * or writes anything else after one, nothing of them is written and `work` runs a second time,
   * in a transaction, where it hears each write's real outcome: effects beyond the store belong
   * after `atomically`, not inside it.
   */
  atomically<R>(work: () => Promise<R>): Promise<R>;
  /**
   * Deletes what has expired: credentials (access tokens, codes) that expired before
   * `credentialsBefore`, idempotency keys that expired before `keysBefore` (milliseconds since
   * the epoch). Answers how many of each went.
   */
  prune(before: { credentialsBefore: number; keysBefore: number }): Promise<{ credentials: number; idempotencyKeys: number }>;
  /** Refreshes the query planner's statistics (after a bulk load, so lookups keep using their indexes). */
  analyze(): Promise<void>;
  close(): Promise<void>;
  collection<T>(name: string): Collection<T>;
  tenants: {
    create(tenant: { id: string; api: string; name: string; meta?: Record<string, unknown> }): Promise<Tenant>;
    get(id: string): Promise<Tenant | undefined>;
    count(api: string): Promise<number>;
  };
  credentials: {
    /** Stores only the hash of a secret. */
    create(credential: {
      secret: string;
      tenantId: string;
      api: string;
      kind: string;
      scopes?: readonly string[];
      mode?: string | null;
      expiresAt?: number | null;
      subject?: string | null;
      /** Its public id (default a new `cred_…`). */
      id?: string;
      /** What is known of its form, kept as given (see `CredentialRecord.info`). */
      info?: Readonly<Record<string, unknown>>;
    }): Promise<void>;
    /** The credential whose secret this is, for this API, or undefined. */
    find(api: string, secret: string): Promise<Credential | undefined>;
  };
  /**
   * Idempotency keys, one per (tenant, key), shared by every server instance on the database. A
   * key is claimed before the request runs and completed with its response after; an expired
   * key may be claimed afresh. Times are milliseconds since the epoch.
   */
  idempotency: {
    /** Claims the key for a request, atomically; when it is held (and not expired), answers who holds it. */
    claim(entry: { tenantId: string; key: string; fingerprint: string; now: number; expiresAt: number }): Promise<IdempotencyClaim>;
    /** Records the response of the request holding the key. */
    complete(entry: { tenantId: string; key: string; fingerprint: string; response: StoredResponse }): Promise<void>;
    /** Gives the key up (the request failed in a way worth retrying). */
    release(entry: { tenantId: string; key: string; fingerprint: string }): Promise<void>;
  };
  /** What the sandbox controls (the admin API and its CLI commands) need beyond the APIs' own use. */
  readonly sandbox: SandboxStore;
  /** Events and their deliveries (see `OutboxStore`). */
  readonly outbox: OutboxStore;
}

/** A credential as the sandbox controls see it: everything but its secret, which is not kept. */
export interface CredentialRecord {
  /** Public: names it in lists, rotations and revocations. */
  readonly id: string;
  readonly tenantId: string;
  readonly api: string;
  readonly kind: string;
  readonly scopes: readonly string[];
  readonly mode: string | null;
  readonly subject: string | null;
  readonly expiresAt: number | null;
  readonly createdAt: string;
  /** What the caller recorded of its form (a label, a hint, how to make another like it). */
  readonly info: Readonly<Record<string, unknown>>;
}

/** A credential as it is stored, with the hash of its secret: exports, imports and rotations. */
export interface HashedCredential extends CredentialRecord {
  readonly hash: string;
  /** How many characters its secret has; null (or absent) where that is not known. */
  readonly secretLength?: number | null;
}

/** A document as an export carries it: where it lives, and what it is. Live documents only. */
export interface ScopedDocument {
  readonly collection: string;
  /** '' for none. */
  readonly mode: string;
  /** '' for none. */
  readonly parentId: string;
  readonly id: string;
  readonly createdUs: number;
  readonly data: unknown;
  /** Values unique within its scope (see `UniqueValues`); imports claim them. */
  readonly unique?: UniqueValues;
}

/** One request of the request log, as stored: the columns it is filtered by, and the whole entry. */
export interface LoggedRequest {
  readonly seq: number;
  readonly atUs: number;
  readonly api: string;
  readonly tenantId: string;
  readonly operation: string;
  readonly method: string;
  readonly status: number;
  readonly entry: unknown;
}

/** An entry to append: its value, or its JSON text already made (written as it is, not serialized again). */
export type NewLoggedRequest = Omit<LoggedRequest, 'seq' | 'entry'> & ({ readonly entry: unknown } | { readonly entryJson: string });

export interface RequestQuery {
  readonly api?: string;
  readonly tenantId?: string;
  /** An exact status, or a class: 4 for every 4xx. */
  readonly status?: number;
  readonly statusClass?: number;
  readonly operation?: string;
  readonly sinceUs?: number;
  readonly untilUs?: number;
  /** Only entries older than this one (paging back), or newer (following). */
  readonly beforeSeq?: number;
  readonly afterSeq?: number;
  readonly limit: number;
  /** `desc` (default): newest first. */
  readonly order?: Order;
}

export interface StoredFaultRule {
  readonly id: string;
  readonly createdUs: number;
  readonly rule: unknown;
  /** Requests it fails still; null for a rule without a count. */
  readonly remaining: number | null;
}

export interface SandboxStore {
  tenants: {
    /** Every tenant (of one API), oldest first. */
    list(api?: string): Promise<Tenant[]>;
    /** Removes the tenant with all its data and credentials; false when there was none. */
    remove(id: string): Promise<boolean>;
    /** Live documents per collection (all its scopes together). */
    counts(id: string): Promise<Record<string, number>>;
  };
  credentials: {
    list(tenantId: string): Promise<HashedCredential[]>;
    get(id: string): Promise<HashedCredential | undefined>;
    getByHash(hash: string): Promise<HashedCredential | undefined>;
    /** Records what is known of the form of the credential with this hash (merged into what it has). */
    describe(secretHash: string, info: Readonly<Record<string, unknown>>): Promise<void>;
    /** Writes a credential by its hash, unless one with that hash (or id) exists or its tenant is gone (then false). */
    insertHashed(credential: Omit<HashedCredential, 'createdAt'>): Promise<boolean>;
    /** Gives credential `id` a new secret (its hash and length) and form; everything else stays. False when there is none. */
    replaceSecret(id: string, hash: string, info: Readonly<Record<string, unknown>>, secretLength?: number | null): Promise<boolean>;
    remove(id: string): Promise<boolean>;
    /** Which of these hashes are credentials' (one query): how the request log finds secrets to redact. */
    knownHashes(hashes: readonly string[]): Promise<Set<string>>;
    /**
     * The lengths credentials' secrets have (one query), or undefined while some credential's is
     * not known: the request log hashes only strings of those lengths.
     */
    secretLengths(): Promise<ReadonlySet<number> | undefined>;
    /** Drops this process's cache of found credentials (after another instance revoked or rotated one). */
    forget(): void;
  };
  data: {
    /** A tenant's live documents, by collection, mode, parent and creation order. */
    export(tenantId: string): Promise<ScopedDocument[]>;
    /**
     * Replaces a tenant's data (documents, unique values, counters, idempotency keys) with
     * `documents`, in one transaction: all or nothing. Creation times and order are kept.
     */
    replace(tenantId: string, documents: readonly ScopedDocument[]): Promise<void>;
    /** Adds documents whose ids are not yet taken in their scope; answers how many it added. */
    insertMissing(tenantId: string, documents: readonly ScopedDocument[]): Promise<number>;
  };
  baselines: {
    get(tenantId: string): Promise<string | undefined>;
    set(tenantId: string, body: string): Promise<void>;
  };
  settings: {
    all(): Promise<Record<string, string>>;
    get(key: string): Promise<string | undefined>;
    set(key: string, value: string): Promise<void>;
    /** Sets `key` to `value` unless it has a value; answers the value it has after. */
    setIfAbsent(key: string, value: string): Promise<string>;
  };
  requests: {
    append(entries: readonly NewLoggedRequest[]): Promise<void>;
    /** Keeps the newest `keep` entries of each (api, tenant) named. */
    prune(groups: readonly { api: string; tenantId: string }[], keep: number): Promise<void>;
    list(query: RequestQuery): Promise<LoggedRequest[]>;
    clear(): Promise<void>;
  };
  faults: {
    list(): Promise<StoredFaultRule[]>;
    add(rule: StoredFaultRule): Promise<void>;
    remove(id: string): Promise<boolean>;
    clear(): Promise<void>;
    /** Uses one of a counted rule's requests up, atomically across instances; false when none is left. */
    take(id: string): Promise<boolean>;
  };
}

/** A unique value is already taken: `name` says which. */
export class UniqueViolation extends Error {
  constructor(
    readonly name: string,
    readonly value: string,
  ) {
    super(`unique value ${name}=${JSON.stringify(value)} is taken`);
  }
}

/** A page cursor names no live document of the scope. */
export class CursorNotFound extends Error {
  constructor(readonly id: string) {
    super(`no document ${JSON.stringify(id)} to page from`);
  }
}

/** The database cannot be reached right now (restarting, network, pool exhausted). */
export class StoreUnavailable extends Error {}

/** An event as its API writes it to the outbox. */
export interface NewEvent {
  readonly api: string;
  readonly tenantId: string;
  readonly id: string;
  readonly topic: string;
  readonly resourceId: string;
  readonly createdUs: number;
  /** The event as its API presents it. */
  readonly body: unknown;
  /**
   * The collection holding the tenant's endpoints (documents in the tenant's own scope). When it
   * holds none as the event is written, the event is written fanned out: nothing to deliver, and
   * nothing left for the delivery worker to look at. Absent: the worker fans it out.
   */
  readonly endpoints?: string;
}

export interface StoredEvent extends Omit<NewEvent, 'endpoints'> {
  readonly seq: number;
}

export type DeliveryState = 'pending' | 'succeeded' | 'failed' | 'held' | 'cancelled';

export interface Delivery {
  readonly seq: number;
  readonly id: string;
  readonly api: string;
  readonly tenantId: string;
  readonly eventId: string;
  readonly endpointId: string;
  readonly url: string;
  readonly state: DeliveryState;
  /** Attempts made so far. */
  readonly attempts: number;
  /** When the next attempt is due (microseconds, on the server's clock); null when none is. */
  readonly dueUs: number | null;
  readonly createdUs: number;
}

export interface DeliveryAttempt {
  readonly deliveryId: string;
  readonly tenantId: string;
  /** 1 for the first attempt. */
  readonly n: number;
  readonly atUs: number;
  readonly url: string;
  readonly status: number | null;
  readonly durationMs: number;
  readonly excerpt: string;
  readonly ok: boolean;
}

export interface DeliveryQuery {
  readonly tenantId: string;
  readonly api?: string;
  readonly endpointId?: string;
  readonly eventId?: string;
  readonly limit: number;
  readonly offset: number;
}

/**
 * The outbox and its deliveries, shared by every API that has events. Events are appended in the
 * transaction of the change that causes them (one statement); the delivery worker fans each out
 * to the endpoints registered then, claims due deliveries (each instance different ones) and
 * records every attempt with the schedule that follows it.
 */
export interface OutboxStore {
  /** One statement, however many events: inside `atomically`, part of its transaction. */
  append(events: readonly NewEvent[]): Promise<void>;
  events(api: string, tenantId: string, page: { limit: number; offset: number }): Promise<{ items: StoredEvent[]; total: number }>;
  event(api: string, tenantId: string, id: string): Promise<StoredEvent | undefined>;
  /** Events not yet fanned out, oldest first. */
  unfanned(limit: number): Promise<StoredEvent[]>;
  /** Makes each event's deliveries (those that exist already are kept) and marks the events fanned out, all in one transaction. */
  fanOut(fans: readonly { readonly eventSeq: number; readonly deliveries: readonly Omit<Delivery, 'seq' | 'attempts'>[] }[]): Promise<void>;
  /**
   * Takes up to `limit` pending deliveries due at `nowUs`, earliest first, that no instance holds
   * (PostgreSQL: SKIP LOCKED), holding them until `leaseUntilMs` (wall clock): one statement.
   */
  claimDue(nowUs: number, nowMs: number, leaseUntilMs: number, limit: number): Promise<Delivery[]>;
  /**
   * Records attempt `attempt.n` and what follows it (the next due time, or a final state), and lets
   * the delivery go; false (nothing written) when that attempt was recorded already.
   */
  recordAttempt(attempt: DeliveryAttempt, next: { state: DeliveryState; dueUs: number | null }): Promise<boolean>;
  delivery(tenantId: string, id: string): Promise<Delivery | undefined>;
  deliveries(query: DeliveryQuery): Promise<{ items: Delivery[]; total: number }>;
  attempts(tenantId: string, deliveryId: string): Promise<DeliveryAttempt[]>;
  /**
   * Makes a delivery due at `dueUs` again (a retry now, a replay), whatever its state; false when there is none.
   * `held` (its endpoint paused) keeps it waiting for the endpoint's resume instead.
   */
  reschedule(tenantId: string, id: string, dueUs: number, state?: 'pending' | 'held'): Promise<boolean>;
  /**
   * Moves an endpoint's deliveries in state `from` to `to` (pausing, unpausing, removing an endpoint);
   * with `dueNotBeforeUs`, those due earlier become due then (held ones resumed are tried at the resume, not back-dated).
   */
  setEndpointState(endpointId: string, from: DeliveryState, to: DeliveryState, dueNotBeforeUs?: number): Promise<void>;
}
