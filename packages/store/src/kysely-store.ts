import { createHash } from 'node:crypto';
import { Migrator, sql, type CompiledQuery, type Kysely, type Transaction } from 'kysely';
import { groupCommit } from './group-commit.ts';
import { queries } from './queries.ts';
import { migrations } from './migrations.ts';
import type { Database } from './schema.ts';
import {
  StoreUnavailable,
  UniqueViolation,
  type Collection,
  type Credential,
  type Dialect,
  type IdempotentRequest,
  type Store,
  type StoredDocument,
  type Tenant,
  type UniqueValues,
} from './types.ts';

/** Secrets are high-entropy random strings, so a plain SHA-256 is the right hash (no need for a slow KDF). */
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

type Row = Database['documents'];
type NewDocument<T> = { id: string; createdUs: number; data: T; unique?: UniqueValues };
const toDocument = <T>(row: Pick<Row, 'id' | 'tenant_id' | 'created_us' | 'data'>): StoredDocument<T> => ({
  id: row.id,
  tenantId: row.tenant_id,
  createdUs: Number(row.created_us),
  data: JSON.parse(row.data) as T,
});

const toTenant = (row: Database['tenants']): Tenant => ({
  id: row.id,
  api: row.api,
  name: row.name,
  createdAt: row.created_at,
  meta: JSON.parse(row.meta) as Record<string, unknown>,
});

/**
 * Found credentials are remembered briefly: every request authenticates, and credentials are
 * never edited in place (expiry is part of what is cached and is checked by the caller). Unknown
 * secrets are not cached, so a credential created by another process works at once.
 */
const CREDENTIAL_CACHE_MS = 30_000;
const CREDENTIAL_CACHE_SIZE = 10_000;

const toHolder = (
  row: Pick<Database['idempotency_keys'], 'fingerprint' | 'status' | 'headers' | 'body'>,
): IdempotentRequest => ({
  fingerprint: row.fingerprint,
  response:
    row.status === null
      ? null
      : {
          status: Number(row.status),
          headers: JSON.parse(row.headers ?? '{}') as Record<string, string>,
          ...(row.body === null ? {} : { body: JSON.parse(row.body) as unknown }),
        },
});

export interface DriverHooks {
  /** Recognises the driver's unique-constraint error. */
  isUniqueViolation(error: unknown): boolean;
  /** Recognises the driver's connection errors, reported as StoreUnavailable. */
  isUnavailable(error: unknown): boolean;
  /**
   * Runs a read outside Kysely's connection queue, synchronously, seeing only committed data (SQLite:
   * a second, read-only connection). Reads are most requests; they need not wait behind writes.
   */
  readonly reader?: { all<R>(query: CompiledQuery<R>): R[] };
  /**
   * Runs a statement directly on the connection a Kysely transaction holds (SQLite: the one write
   * connection, which Kysely's queue keeps to that transaction until it ends). Skips Kysely's
   * per-query pipeline inside write transactions.
   */
  readonly inTransaction?: { all<R>(query: CompiledQuery<R>): R[] };
  /** One writer at a time (SQLite): concurrent write transactions share commits (see group-commit.ts). */
  readonly groupCommit?: boolean;
}

/**
 * One exclusive section at a time per process, whatever its name: that is all SQLite needs, and on
 * PostgreSQL it keeps a process from pinning more than one connection for locks (sections pinning
 * the whole pool would leave their work none). Not reentrant.
 */
function inProcessQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <R>(work: () => Promise<R>): Promise<R> => {
    const run = tail.catch(() => {}).then(work);
    tail = run;
    return run;
  };
}

/**
 * The storage logic, written once over Kysely for both dialects. Uniqueness is a primary key and
 * totals are a counter row, both written in the same transaction as the document, so the
 * database (not one process's memory) enforces them. Each document's rank (its position in its
 * tenant's collection) is taken from the counter in that transaction, so ranks stay dense and
 * unique even with several writers.
 */
export function kyselyStore(
  db: Kysely<Database>,
  dialect: Dialect,
  location: string,
  hooks: DriverHooks,
  close: () => Promise<void>,
): Store {
  const credentialCache = new Map<string, { credential: Credential; until: number }>();

  const guard = async <R>(work: () => Promise<R>): Promise<R> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof UniqueViolation || error instanceof StoreUnavailable) throw error;
      if (hooks.isUnavailable(error)) throw new StoreUnavailable((error as Error).message);
      throw error;
    }
  };

  const q = queries(db, dialect);
  type Executor = Kysely<Database> | Transaction<Database>;
  const run = async <R>(on: Executor, query: CompiledQuery<R>): Promise<R[]> =>
    on.isTransaction && hooks.inTransaction ? hooks.inTransaction.all(query) : (await on.executeQuery(query)).rows;
  /** The transaction of one document write: shared commits where the driver has one writer. */
  const grouped = hooks.groupCommit ? groupCommit(db, run) : undefined;
  const writing = <R>(work: (trx: Transaction<Database>) => Promise<R>): Promise<R> =>
    grouped ? grouped.write(work) : db.transaction().execute(work);
  /** Reads committed data: on the driver's reader where it has one, else through Kysely. */
  const read = <R>(query: CompiledQuery<R>): Promise<R[]> => {
    grouped?.flush();
    return hooks.reader ? Promise.resolve(hooks.reader.all(query)) : run(db, query);
  };

  /** What a document claims or re-claims: its unique values within one tenant's collection. */
  type Claims = (
    trx: Transaction<Database>,
    collection: string,
    tenantId: string,
    docId: string,
    unique: UniqueValues,
  ) => Promise<void>;

  const claim: Claims = async (trx, collection, tenantId, docId, unique) => {
    // Claimed in name order, so two transactions claiming several values never wait on each other in a cycle.
    for (const [name, value] of Object.entries(unique).sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (value === null || value === undefined) continue;
      try {
        await run(trx, q.claim(collection, tenantId, name, value, docId));
      } catch (error) {
        if (hooks.isUniqueViolation(error)) throw new UniqueViolation(name, value);
        throw error;
      }
    }
  };

  /** Moves a document's claims to new values; unchanged values are left alone (no writes, no conflicts). */
  const reclaim: Claims = async (trx, collection, tenantId, docId, unique) => {
    const heldBy = new Map((await run(trx, q.claims(collection, tenantId, docId))).map((row) => [row.name, row.value]));
    const changed = Object.entries(unique).filter(([name, value]) => (value ?? null) !== (heldBy.get(name) ?? null));
    for (const [name] of changed) if (heldBy.has(name)) await run(trx, q.release(collection, tenantId, docId, name));
    await claim(trx, collection, tenantId, docId, Object.fromEntries(changed));
  };

  /**
   * Reads that must agree: a page's total and its rows. PostgreSQL's default READ COMMITTED takes a
   * new snapshot per statement, so there they share one REPEATABLE READ transaction. On SQLite the
   * reader's two statements need none: the rows are chosen by rank at most `total - offset`, and
   * anything committed in between has a higher rank.
   */
  const consistently = <R>(work: (read: <T>(query: CompiledQuery<T>) => Promise<T[]>) => Promise<R>): Promise<R> =>
    dialect === 'postgres'
      ? db
          .transaction()
          .setIsolationLevel('repeatable read')
          .setAccessMode('read only')
          .execute((trx) => work((query) => run(trx, query)))
      : work(read);

  const queued = inProcessQueue();
  /**
   * PostgreSQL: a transaction-scoped advisory lock, so instances on one database take turns and a
   * lock whose holder dies is released with its connection. The work runs on other connections.
   */
  const exclusive = <R>(name: string, work: () => Promise<R>): Promise<R> =>
    queued(() =>
      dialect === 'postgres'
        ? db.transaction().execute(async (trx) => {
            await sql`select pg_advisory_xact_lock(hashtextextended(${`clientele:${name}`}, 0))`.execute(trx);
            return work();
          })
        : work(),
    );

  let closing: Promise<void> | undefined;

  function collection<T>(name: string): Collection<T> {
    /** Counts `n` more documents and returns the first one's rank, under the counter row's lock. */
    const nextRanks = async (trx: Transaction<Database>, tenantId: string, n: number) => {
      const [row] = await run(trx, q.count(name, tenantId, n));
      return Number(row!.n) - n + 1;
    };

    const write = async (trx: Transaction<Database>, tenantId: string, doc: NewDocument<T>, rank: number) => {
      await claim(trx, name, tenantId, doc.id, doc.unique ?? {});
      await run(trx, q.insertDocument(name, tenantId, doc.id, doc.createdUs, rank, JSON.stringify(doc.data)));
    };

    return {
      insert: (tenantId, doc) =>
        guard(() =>
          writing(async (trx) => {
            await write(trx, tenantId, doc, await nextRanks(trx, tenantId, 1));
            return { id: doc.id, tenantId, createdUs: doc.createdUs, data: doc.data };
          }),
        ),

      insertMany: (tenantId, docs) =>
        guard(() =>
          db.transaction().execute(async (trx) => {
            if (!docs.length) return;
            const first = await nextRanks(trx, tenantId, docs.length);
            for (const [i, doc] of docs.entries()) await write(trx, tenantId, doc, first + i);
          }),
        ),

      get: (tenantId, id) =>
        guard(async () => {
          const [row] = await read(q.document(name, tenantId, id));
          return row ? toDocument<T>(row) : undefined;
        }),

      update: (tenantId, id, change) =>
        guard(() =>
          writing(async (trx) => {
            const [row] = await run(trx, q.documentForUpdate(name, tenantId, id));
            if (!row) return undefined;
            const current = toDocument<T>(row);
            const next = change(current.data);
            if (next.unique) await reclaim(trx, name, tenantId, id, next.unique);
            await run(trx, q.updateDocument(name, tenantId, id, JSON.stringify(next.data)));
            return { ...current, data: next.data };
          }),
        ),

      page: (tenantId, { offset, limit }) =>
        guard(() =>
          consistently(async (read) => {
            const [counter] = await read(q.counter(name, tenantId));
            const total = Number(counter?.n ?? 0);
            if (offset >= total) return { items: [], total };
            const found = await read(q.page(name, tenantId, total - offset, limit));
            return { items: found.map((row) => toDocument<T>(row)), total };
          }),
        ),
    };
  }

  return {
    dialect,
    location,
    migrate: () =>
      guard(() =>
        // The whole run, including the creation of Kysely's own bookkeeping tables, under one
        // lock: instances starting together apply each migration once and never race on DDL.
        exclusive('migrate', async () => {
          const { error, results } = await new Migrator({ db, provider: migrations(dialect) }).migrateToLatest();
          const failed = results?.find((r) => r.status === 'Error');
          if (error) {
            if (hooks.isUnavailable(error)) throw error;
            throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message ?? error}`);
          }
        }),
      ),
    exclusive: (name, work) => guard(() => exclusive(name, work)),
    analyze: () => guard(async () => void (await sql`analyze`.execute(db))),
    ping: () => guard(async () => void (await db.selectFrom('tenants').select('id').limit(1).execute())),
    close: () => (closing ??= close()),
    collection,
    tenants: {
      create: (tenant) =>
        guard(async () => {
          const row = {
            id: tenant.id,
            api: tenant.api,
            name: tenant.name,
            meta: JSON.stringify(tenant.meta ?? {}),
            created_at: new Date().toISOString(),
          };
          await db.insertInto('tenants').values(row).execute();
          return toTenant(row);
        }),
      get: (id) =>
        guard(async () => {
          const [row] = await read(q.tenant(id));
          return row ? toTenant(row) : undefined;
        }),
      count: (api) =>
        guard(async () => {
          const row = await db
            .selectFrom('tenants')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('api', '=', api)
            .executeTakeFirstOrThrow();
          return Number(row.n);
        }),
    },
    credentials: {
      create: (credential) =>
        guard(async () => {
          await db
            .insertInto('credentials')
            .values({
              hash: hashSecret(credential.secret),
              tenant_id: credential.tenantId,
              api: credential.api,
              kind: credential.kind,
              scopes: JSON.stringify(credential.scopes ?? []),
              expires_at: credential.expiresAt ?? null,
              created_at: new Date().toISOString(),
            })
            .execute();
        }),
      find: (api, secret) =>
        guard(async () => {
          const key = `${api}:${hashSecret(secret)}`;
          const cached = credentialCache.get(key);
          if (cached && cached.until > Date.now()) return cached.credential;
          const [row] = await read(q.credential(api, hashSecret(secret)));
          if (!row) return undefined;
          const credential = {
            tenant: toTenant({ id: row.id, api: row.api, name: row.name, meta: row.meta, created_at: row.created_at }),
            kind: row.kind,
            scopes: JSON.parse(row.scopes) as string[],
            expiresAt: row.expires_at === null ? null : Number(row.expires_at),
          };
          if (credentialCache.size >= CREDENTIAL_CACHE_SIZE) credentialCache.clear();
          credentialCache.set(key, { credential, until: Date.now() + CREDENTIAL_CACHE_MS });
          return credential;
        }),
    },
    idempotency: {
      // Each step is one statement the database makes atomic (an insert that yields to the primary
      // key, an update guarded by expiry), so two instances racing for a key never both win.
      claim: ({ tenantId, key, fingerprint, now, expiresAt }) =>
        guard(() =>
          db.transaction().execute(async (trx) => {
            const fresh = { fingerprint, status: null, headers: null, body: null, expires_at: expiresAt };
            const inserted = await trx
              .insertInto('idempotency_keys')
              .values({ tenant_id: tenantId, key, ...fresh })
              .onConflict((oc) => oc.columns(['tenant_id', 'key']).doNothing())
              .executeTakeFirst();
            if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return { claimed: true } as const;
            const reclaimed = await trx
              .updateTable('idempotency_keys')
              .set(fresh)
              .where('tenant_id', '=', tenantId)
              .where('key', '=', key)
              .where('expires_at', '<=', now)
              .executeTakeFirst();
            if (Number(reclaimed.numUpdatedRows) > 0) return { claimed: true } as const;
            const holder = await trx
              .selectFrom('idempotency_keys')
              .select(['fingerprint', 'status', 'headers', 'body'])
              .where('tenant_id', '=', tenantId)
              .where('key', '=', key)
              .executeTakeFirstOrThrow();
            return { claimed: false, holder: toHolder(holder) } as const;
          }),
        ),
      complete: ({ tenantId, key, fingerprint, response }) =>
        guard(async () => {
          await db
            .updateTable('idempotency_keys')
            .set({
              status: response.status,
              headers: JSON.stringify(response.headers),
              body: response.body === undefined ? null : JSON.stringify(response.body),
            })
            .where('tenant_id', '=', tenantId)
            .where('key', '=', key)
            .where('fingerprint', '=', fingerprint)
            .where('status', 'is', null)
            .execute();
        }),
      release: ({ tenantId, key, fingerprint }) =>
        guard(async () => {
          await db
            .deleteFrom('idempotency_keys')
            .where('tenant_id', '=', tenantId)
            .where('key', '=', key)
            .where('fingerprint', '=', fingerprint)
            .where('status', 'is', null)
            .execute();
        }),
    },
  };
}
