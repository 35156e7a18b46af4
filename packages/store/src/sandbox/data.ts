import type { NewDocument, Scope, ScopedDocument } from '../types.ts';
import type { SandboxStore } from '../types.ts';
import type { SandboxParts } from './parts.ts';

const documentScope = (tenantId: string, doc: ScopedDocument): Scope => ({
  tenantId,
  ...(doc.mode ? { mode: doc.mode } : {}),
  ...(doc.parentId ? { parentId: doc.parentId } : {}),
});

/** Documents grouped by scope, each group in the order given (creation order). */
function byScope(tenantId: string, documents: readonly ScopedDocument[]) {
  const groups = new Map<string, { collection: string; scope: Scope; docs: NewDocument<unknown>[] }>();
  for (const doc of documents) {
    const key = JSON.stringify([doc.collection, doc.mode, doc.parentId]);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { collection: doc.collection, scope: documentScope(tenantId, doc), docs: [] }));
    group.docs.push({ id: doc.id, createdUs: doc.createdUs, data: doc.data, ...(doc.unique ? { unique: doc.unique } : {}) });
  }
  return [...groups.values()];
}

/** A tenant's data as a whole: export, replace (resets, imports) and the documents a seed adds. */
export function dataPart({ db, guard, all, inTransaction, run, takeTurn, clearData, insertAll }: SandboxParts): SandboxStore['data'] {
  return {
    export: (tenantId) =>
      guard(async () => {
        const rows = await all(
          db
            .selectFrom('documents')
            .select(['collection', 'mode', 'parent_id', 'id', 'created_us', 'data'])
            .where('tenant_id', '=', tenantId)
            .where('deleted_us', 'is', null)
            .orderBy('collection')
            .orderBy('mode')
            .orderBy('parent_id')
            .orderBy('rank'),
        );
        return rows.map((row) => ({
          collection: row.collection,
          mode: row.mode,
          parentId: row.parent_id,
          id: row.id,
          createdUs: Number(row.created_us),
          data: JSON.parse(row.data) as unknown,
        }));
      }),
    replace: (tenantId, documents) =>
      inTransaction(async (trx) => {
        if (!(await takeTurn(trx, tenantId))) return;
        await clearData(trx, tenantId);
        for (const group of byScope(tenantId, documents)) await insertAll(trx, group.collection, group.scope, group.docs);
      }),
    insertMissing: (tenantId, documents) =>
      inTransaction(async (trx) => {
        let added = 0;
        if (!(await takeTurn(trx, tenantId))) return added;
        for (const group of byScope(tenantId, documents)) {
          const { collection, scope } = group;
          const taken = new Set(
            (
              await run(
                trx,
                db
                  .selectFrom('documents')
                  .select('id')
                  .where('collection', '=', collection)
                  .where('tenant_id', '=', tenantId)
                  .where('mode', '=', scope.mode ?? '')
                  .where('parent_id', '=', scope.parentId ?? '')
                  .where('id', 'in', group.docs.map((doc) => doc.id)),
              )
            ).map((row) => row.id),
          );
          const missing = group.docs.filter((doc) => !taken.has(doc.id));
          await insertAll(trx, collection, scope, missing);
          added += missing.length;
        }
        return added;
      }),
  };
}
