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
  /** Milliseconds since the epoch; null for credentials that do not expire. */
  readonly expiresAt: number | null;
}

export interface StoredDocument<T> {
  readonly id: string;
  readonly tenantId: string;
  /** Microseconds since the epoch. */
  readonly createdUs: number;
  readonly data: T;
}

/** Values that must be unique among a tenant's documents of one collection; null never collides. */
export type UniqueValues = Readonly<Record<string, string | null | undefined>>;

export interface Page<T> {
  readonly items: StoredDocument<T>[];
  readonly total: number;
}

/** One kind of resource of one API (`balanced.customers`), always read and written within a tenant. */
export interface Collection<T> {
  insert(
    tenantId: string,
    doc: { id: string; createdUs: number; data: T; unique?: UniqueValues },
  ): Promise<StoredDocument<T>>;
  /** Bulk import (fixtures, benchmarks): one transaction, same counters and unique claims as `insert`. */
  insertMany(
    tenantId: string,
    docs: readonly { id: string; createdUs: number; data: T; unique?: UniqueValues }[],
  ): Promise<void>;
  get(tenantId: string, id: string): Promise<StoredDocument<T> | undefined>;
  /** Reads, changes and writes one document in a single transaction; undefined when it does not exist. */
  update(
    tenantId: string,
    id: string,
    change: (current: T) => { data: T; unique?: UniqueValues },
  ): Promise<StoredDocument<T> | undefined>;
  /** Newest first. */
  page(tenantId: string, range: { offset: number; limit: number }): Promise<Page<T>>;
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
   * Runs `work` while no other caller holds the lock `name` on this database: across instances
   * on PostgreSQL, within the process on SQLite. For check-then-write steps no constraint can
   * express, such as "create the dev tenant if there is none yet".
   */
  exclusive<R>(name: string, work: () => Promise<R>): Promise<R>;
  ping(): Promise<void>;
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
      expiresAt?: number | null;
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

/** The database cannot be reached right now (restarting, network, pool exhausted). */
export class StoreUnavailable extends Error {}
