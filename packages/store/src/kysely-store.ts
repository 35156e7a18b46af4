import { createHash } from 'node:crypto';
import { Migrator, sql, type Kysely, type Transaction } from 'kysely';
import { migrations } from './migrations.ts';
import type { Database } from './schema.ts';
import {
  StoreUnavailable,
  UniqueViolation,
  type Collection,
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

const toHolder = (row: Pick<Database['idempotency_keys'], 'fingerprint' | 'status' | 'headers' | 'body'>): IdempotentRequest => ({
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
 * database (not one process's memory) enforces them.
 */
export function kyselyStore(db: Kysely<Database>, dialect: Dialect, location: string, hooks: DriverHooks, close: () => Promise<void>): Store {
  const guard = async <R>(work: () => Promise<R>): Promise<R> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof UniqueViolation || error instanceof StoreUnavailable) throw error;
      if (hooks.isUnavailable(error)) throw new StoreUnavailable((error as Error).message);
      throw error;
    }
  };

  const claim = async (trx: Transaction<Database>, collection: string, tenantId: string, docId: string, unique: UniqueValues) => {
    // Claimed in name order, so two transactions claiming several values never wait on each other in a cycle.
    for (const [name, value] of Object.entries(unique).sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (value === null || value === undefined) continue;
      try {
        await trx.insertInto('unique_values').values({ collection, tenant_id: tenantId, name, value, doc_id: docId }).execute();
      } catch (error) {
        if (hooks.isUniqueViolation(error)) throw new UniqueViolation(name, value);
        throw error;
      }
    }
  };

  const release = (trx: Transaction<Database>, collection: string, tenantId: string, docId: string) =>
    trx.deleteFrom('unique_values').where('collection', '=', collection).where('tenant_id', '=', tenantId).where('doc_id', '=', docId).execute();

  /**
   * A read that must see one instant: the total and the rows of a page. SQLite's read transaction
   * is a snapshot already; PostgreSQL's default READ COMMITTED takes a new snapshot per statement,
   * so an insert committing between the two reads would make them disagree.
   */
  const snapshot = () => (dialect === 'postgres' ? db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only') : db.transaction());

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
    const rows = (q: Kysely<Database> | Transaction<Database>) =>
      q.selectFrom('documents').select(['id', 'tenant_id', 'created_us', 'data']).where('collection', '=', name);

    return {
      insert: (tenantId, doc) =>
        guard(() =>
          db.transaction().execute(async (trx) => {
            await claim(trx, name, tenantId, doc.id, doc.unique ?? {});
            await trx
              .insertInto('documents')
              .values({ collection: name, tenant_id: tenantId, id: doc.id, created_us: doc.createdUs, data: JSON.stringify(doc.data) })
              .execute();
            await trx
              .insertInto('counters')
              .values({ collection: name, tenant_id: tenantId, n: 1 })
              .onConflict((oc) => oc.columns(['collection', 'tenant_id']).doUpdateSet((eb) => ({ n: eb('counters.n', '+', 1) })))
              .execute();
            return { id: doc.id, tenantId, createdUs: doc.createdUs, data: doc.data };
          }),
        ),

      get: (tenantId, id) =>
        guard(async () => {
          const row = await rows(db).where('id', '=', id).where('tenant_id', '=', tenantId).executeTakeFirst();
          return row ? toDocument<T>(row) : undefined;
        }),

      update: (tenantId, id, change) =>
        guard(() =>
          db.transaction().execute(async (trx) => {
            let query = rows(trx).where('id', '=', id).where('tenant_id', '=', tenantId);
            // Concurrent updates of one document queue here and each sees the one before it.
            // (SQLite needs no row lock: it has one writer at a time.)
            if (dialect === 'postgres') query = query.forUpdate();
            const row = await query.executeTakeFirst();
            if (!row) return undefined;
            const current = toDocument<T>(row);
            const next = change(current.data);
            if (next.unique) {
              await release(trx, name, tenantId, id);
              await claim(trx, name, tenantId, id, next.unique);
            }
            await trx
              .updateTable('documents')
              .set({ data: JSON.stringify(next.data) })
              .where('collection', '=', name)
              .where('id', '=', id)
              .where('tenant_id', '=', tenantId)
              .execute();
            return { ...current, data: next.data };
          }),
        ),

      page: (tenantId, { offset, limit }) =>
        guard(() =>
          snapshot().execute(async (trx) => {
            const counter = await trx
              .selectFrom('counters')
              .select('n')
              .where('collection', '=', name)
              .where('tenant_id', '=', tenantId)
              .executeTakeFirst();
            const total = Number(counter?.n ?? 0);
            if (offset >= total) return { items: [], total };
            const found = await rows(trx).where('tenant_id', '=', tenantId).orderBy('seq', 'desc').limit(limit).offset(offset).execute();
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
    ping: () => guard(async () => void (await db.selectFrom('tenants').select('id').limit(1).execute())),
    close: () => (closing ??= close()),
    collection,
    tenants: {
      create: (tenant) =>
        guard(async () => {
          const row = { id: tenant.id, api: tenant.api, name: tenant.name, meta: JSON.stringify(tenant.meta ?? {}), created_at: new Date().toISOString() };
          await db.insertInto('tenants').values(row).execute();
          return toTenant(row);
        }),
      get: (id) =>
        guard(async () => {
          const row = await db.selectFrom('tenants').selectAll().where('id', '=', id).executeTakeFirst();
          return row ? toTenant(row) : undefined;
        }),
      count: (api) =>
        guard(async () => {
          const row = await db.selectFrom('tenants').select((eb) => eb.fn.countAll<number>().as('n')).where('api', '=', api).executeTakeFirstOrThrow();
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
          const row = await db
            .selectFrom('credentials')
            .innerJoin('tenants', 'tenants.id', 'credentials.tenant_id')
            .select(['credentials.kind', 'credentials.scopes', 'credentials.expires_at', 'tenants.id', 'tenants.api', 'tenants.name', 'tenants.meta', 'tenants.created_at'])
            .where('credentials.hash', '=', hashSecret(secret))
            .where('credentials.api', '=', api)
            .executeTakeFirst();
          if (!row) return undefined;
          return {
            tenant: toTenant({ id: row.id, api: row.api, name: row.name, meta: row.meta, created_at: row.created_at }),
            kind: row.kind,
            scopes: JSON.parse(row.scopes) as string[],
            expiresAt: row.expires_at === null ? null : Number(row.expires_at),
          };
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
