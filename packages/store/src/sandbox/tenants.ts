import { toTenant } from '../tenants.ts';
import type { SandboxStore } from '../types.ts';
import type { SandboxParts } from './parts.ts';

/** Listing and removing tenants, and counting their documents. */
export function tenantsPart({ db, guard, all, inTransaction, run, takeTurn, clearData, credentialCache }: SandboxParts): SandboxStore['tenants'] {
  return {
    list: (api) =>
      guard(async () => {
        let query = db.selectFrom('tenants').selectAll().orderBy('created_at').orderBy('id');
        if (api !== undefined) query = query.where('api', '=', api);
        return (await all(query)).map(toTenant);
      }),
    remove: (id) =>
      inTransaction(async (trx) => {
        if (!(await takeTurn(trx, id))) return false;
        await clearData(trx, id);
        await run(trx, db.deleteFrom('credentials').where('tenant_id', '=', id));
        await run(trx, db.deleteFrom('sandbox_baselines').where('tenant_id', '=', id));
        const removed = await run(trx, db.deleteFrom('tenants').where('id', '=', id).returning('id'));
        credentialCache.clear();
        return removed.length > 0;
      }),
    counts: (id) =>
      guard(async () => {
        const rows = await all(
          db
            .selectFrom('counters')
            .select((eb) => ['collection', eb.fn.sum<number>(eb('n', '-', eb.ref('deleted'))).as('live')])
            .where('tenant_id', '=', id)
            .groupBy('collection')
            .orderBy('collection'),
        );
        return Object.fromEntries(rows.map((row) => [row.collection, Number(row.live)]));
      }),
  };
}
