import { createHash } from 'node:crypto';
import { Migrator, sql, type Kysely, type Transaction } from 'kysely';
import { migrations } from './migrations.ts';
import type { Database } from './schema.ts';
import {
  StoreUnavailable,
  UniqueViolation,
  type Collection,
  type Credential,
  type Dialect,
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

/**
 * Found credentials are remembered briefly: every request authenticates, and credentials are
 * never edited in place (expiry is part of what is cached and is checked by the caller). Unknown
 * secrets are not cached, so a credential created by another process works at once.
 */
const CREDENTIAL_CACHE_MS = 30_000;
const CREDENTIAL_CACHE_SIZE = 10_000;

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

  const claim = async (
    trx: Transaction<Database>,
    collection: string,
    tenantId: string,
    docId: string,
    unique: UniqueValues,
  ) => {
    // Claimed in name order, so two transactions claiming several values never wait on each other in a cycle.
    for (const [name, value] of Object.entries(unique).sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (value === null || value === undefined) continue;
      try {
        await trx
          .insertInto('unique_values')
          .values({ collection, tenant_id: tenantId, name, value, doc_id: docId })
          .execute();
      } catch (error) {
        if (hooks.isUniqueViolation(error)) throw new UniqueViolation(name, value);
        throw error;
      }
    }
  };

  /** Moves a document's claims to new values; unchanged values are left alone (no writes, no conflicts). */
  const reclaim = async (
    trx: Transaction<Database>,
    collection: string,
    tenantId: string,
    docId: string,
    unique: UniqueValues,
  ) => {
    const held = await trx
      .selectFrom('unique_values')
      .select(['name', 'value'])
      .where('collection', '=', collection)
      .where('tenant_id', '=', tenantId)
      .where('doc_id', '=', docId)
      .execute();
    const heldBy = new Map(held.map((row) => [row.name, row.value]));
    const changed = Object.entries(unique).filter(([name, value]) => (value ?? null) !== (heldBy.get(name) ?? null));
    if (!changed.length) return;
    const dropped = changed.map(([name]) => name).filter((name) => heldBy.has(name));
    if (dropped.length) {
      await trx
        .deleteFrom('unique_values')
        .where('collection', '=', collection)
        .where('tenant_id', '=', tenantId)
        .where('doc_id', '=', docId)
        .where('name', 'in', dropped)
        .execute();
    }
    await claim(trx, collection, tenantId, docId, Object.fromEntries(changed));
  };

  /**
   * A read that must see one instant: the total and the rows of a page. SQLite's read transaction
   * is a snapshot already; PostgreSQL's default READ COMMITTED takes a new snapshot per statement,
   * so an insert committing between the two reads would make them disagree.
   */
  const snapshot = () =>
    dialect === 'postgres'
      ? db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only')
      : db.transaction();

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

    /** Counts one more document and returns its rank, under the counter row's lock. */
    const nextRanks = async (trx: Transaction<Database>, tenantId: string, count: number) => {
      const row = await trx
        .insertInto('counters')
        .values({ collection: name, tenant_id: tenantId, n: count })
        .onConflict((oc) =>
          oc.columns(['collection', 'tenant_id']).doUpdateSet((eb) => ({ n: eb('counters.n', '+', count) })),
        )
        .returning('n')
        .executeTakeFirstOrThrow();
      return Number(row.n) - count + 1;
    };

    const write = async (
      trx: Transaction<Database>,
      tenantId: string,
      doc: { id: string; createdUs: number; data: T; unique?: UniqueValues },
      rank: number,
    ) => {
      await claim(trx, name, tenantId, doc.id, doc.unique ?? {});
      await trx
        .insertInto('documents')
        .values({
          collection: name,
          tenant_id: tenantId,
          id: doc.id,
          created_us: doc.createdUs,
          rank,
          data: JSON.stringify(doc.data),
        })
        .execute();
    };

    return {
      insert: (tenantId, doc) =>
        guard(() =>
          db.transaction().execute(async (trx) => {
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
              await reclaim(trx, name, tenantId, id, next.unique);
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
            // Ranks are dense (1..total), so the offset-th newest document has rank total - offset: a seek, not a scan.
            const found = await rows(trx)
              .where('tenant_id', '=', tenantId)
              .where('rank', '<=', total - offset)
              .orderBy('rank', 'desc')
              .limit(limit)
              .execute();
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
          const row = await db.selectFrom('tenants').selectAll().where('id', '=', id).executeTakeFirst();
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
          const row = await db
            .selectFrom('credentials')
            .innerJoin('tenants', 'tenants.id', 'credentials.tenant_id')
            .select([
              'credentials.kind',
              'credentials.scopes',
              'credentials.expires_at',
              'tenants.id',
              'tenants.api',
              'tenants.name',
              'tenants.meta',
              'tenants.created_at',
            ])
            .where('credentials.hash', '=', hashSecret(secret))
            .where('credentials.api', '=', api)
            .executeTakeFirst();
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
  };
}
