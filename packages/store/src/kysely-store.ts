import { createHash } from 'node:crypto';
import { Migrator, type Kysely, type Transaction } from 'kysely';
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
    for (const [name, value] of Object.entries(unique)) {
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

  const release = (trx: Transaction<Database>, collection: string, tenantId: string, docId: string) =>
    trx
      .deleteFrom('unique_values')
      .where('collection', '=', collection)
      .where('tenant_id', '=', tenantId)
      .where('doc_id', '=', docId)
      .execute();

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
              .execute();
            return { ...current, data: next.data };
          }),
        ),

      page: (tenantId, { offset, limit }) =>
        guard(() =>
          db.transaction().execute(async (trx) => {
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
    async migrate() {
      const { error, results } = await new Migrator({ db, provider: migrations(dialect) }).migrateToLatest();
      const failed = results?.find((r) => r.status === 'Error');
      if (error)
        throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message ?? error}`);
    },
    ping: () => guard(async () => void (await db.selectFrom('tenants').select('id').limit(1).execute())),
    close,
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
