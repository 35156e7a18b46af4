import type { Kysely } from 'kysely';
import { prepare } from './prepared.ts';
import type { Database } from './schema.ts';
import type { Dialect } from './types.ts';

const DOCUMENT = ['id', 'tenant_id', 'created_us', 'data'] as const;

/** Every query a request runs, written once for both dialects and compiled once at start-up. */
export function queries(db: Kysely<Database>, dialect: Dialect) {
  const documents = (collection: string, tenantId: string) =>
    db.selectFrom('documents').select(DOCUMENT).where('collection', '=', collection).where('tenant_id', '=', tenantId);
  return {
    document: prepare((collection: string, tenantId: string, id: string) =>
      documents(collection, tenantId).where('id', '=', id),
    ),
    // Concurrent updates of one document queue on the row lock and each sees the one before it.
    // (SQLite needs none: it has one writer at a time.)
    documentForUpdate: prepare((collection: string, tenantId: string, id: string) => {
      const query = documents(collection, tenantId).where('id', '=', id);
      return dialect === 'postgres' ? query.forUpdate() : query;
    }),
    // Ranks are dense (1..total), so the offset-th newest document has rank total - offset: a seek, not a scan.
    page: prepare((collection: string, tenantId: string, maxRank: number, limit: number) =>
      documents(collection, tenantId).where('rank', '<=', maxRank).orderBy('rank', 'desc').limit(limit),
    ),
    counter: prepare((collection: string, tenantId: string) =>
      db.selectFrom('counters').select('n').where('collection', '=', collection).where('tenant_id', '=', tenantId),
    ),
    /** Adds to a counter under its row lock and returns the new value. */
    count: prepare((collection: string, tenantId: string, by: number) =>
      db
        .insertInto('counters')
        .values({ collection, tenant_id: tenantId, n: by })
        .onConflict((oc) =>
          oc.columns(['collection', 'tenant_id']).doUpdateSet((eb) => ({ n: eb('counters.n', '+', by) })),
        )
        .returning('n'),
    ),
    insertDocument: prepare(
      (collection: string, tenantId: string, id: string, createdUs: number, rank: number, data: string) =>
        db.insertInto('documents').values({ collection, tenant_id: tenantId, id, created_us: createdUs, rank, data }),
    ),
    updateDocument: prepare((collection: string, tenantId: string, id: string, data: string) =>
      db
        .updateTable('documents')
        .set({ data })
        .where('collection', '=', collection)
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id),
    ),
    claim: prepare((collection: string, tenantId: string, name: string, value: string, docId: string) =>
      db.insertInto('unique_values').values({ collection, tenant_id: tenantId, name, value, doc_id: docId }),
    ),
    release: prepare((collection: string, tenantId: string, docId: string, name: string) =>
      db
        .deleteFrom('unique_values')
        .where('collection', '=', collection)
        .where('tenant_id', '=', tenantId)
        .where('doc_id', '=', docId)
        .where('name', '=', name),
    ),
    claims: prepare((collection: string, tenantId: string, docId: string) =>
      db
        .selectFrom('unique_values')
        .select(['name', 'value'])
        .where('collection', '=', collection)
        .where('tenant_id', '=', tenantId)
        .where('doc_id', '=', docId),
    ),
    tenant: prepare((id: string) => db.selectFrom('tenants').selectAll().where('id', '=', id)),
    credential: prepare((api: string, hash: string) =>
      db
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
        .where('credentials.hash', '=', hash)
        .where('credentials.api', '=', api),
    ),
  };
}
