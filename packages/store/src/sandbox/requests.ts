import type { SandboxStore } from '../types.ts';
import type { SandboxParts } from './parts.ts';

/** The request log: appended in batches, pruned to the newest entries per API and tenant, listed, cleared. */
export function requestsPart({ db, guard, all, write, emptyTable }: SandboxParts): SandboxStore['requests'] {
  return {
    append: (entries) =>
      guard(async () => {
        if (!entries.length) return;
        await write(
          db.insertInto('request_log').values(
            entries.map((e) => ({
              at_us: e.atUs,
              api: e.api,
              tenant_id: e.tenantId,
              operation: e.operation,
              method: e.method,
              status: e.status,
              entry: 'entryJson' in e ? e.entryJson : JSON.stringify(e.entry),
            })),
          ),
        );
      }),
    prune: (groups, keep) =>
      guard(async () => {
        for (const { api, tenantId } of groups) {
          const newest = db
            .selectFrom('request_log')
            .select('seq')
            .where('api', '=', api)
            .where('tenant_id', '=', tenantId)
            .orderBy('seq', 'desc')
            .limit(1)
            .offset(keep - 1);
          await write(db.deleteFrom('request_log').where('api', '=', api).where('tenant_id', '=', tenantId).where('seq', '<', newest));
        }
      }),
    list: (query) =>
      guard(async () => {
        let select = db.selectFrom('request_log').selectAll();
        if (query.api !== undefined) select = select.where('api', '=', query.api);
        if (query.tenantId !== undefined) select = select.where('tenant_id', '=', query.tenantId);
        if (query.operation !== undefined) select = select.where('operation', '=', query.operation);
        if (query.status !== undefined) select = select.where('status', '=', query.status);
        if (query.statusClass !== undefined) select = select.where('status', '>=', query.statusClass * 100).where('status', '<', query.statusClass * 100 + 100);
        if (query.sinceUs !== undefined) select = select.where('at_us', '>=', query.sinceUs);
        if (query.untilUs !== undefined) select = select.where('at_us', '<=', query.untilUs);
        if (query.beforeSeq !== undefined) select = select.where('seq', '<', query.beforeSeq);
        if (query.afterSeq !== undefined) select = select.where('seq', '>', query.afterSeq);
        const rows = await all(select.orderBy('seq', query.order ?? 'desc').limit(query.limit));
        return rows.map((row) => ({
          seq: Number(row.seq),
          atUs: Number(row.at_us),
          api: row.api,
          tenantId: row.tenant_id,
          operation: row.operation,
          method: row.method,
          status: Number(row.status),
          entry: JSON.parse(row.entry) as unknown,
        }));
      }),
    clear: () => emptyTable('request_log'),
  };
}
