import { sql } from 'kysely';
import { prepare } from '../prepared.ts';
import type { NewLoggedRequest, SandboxStore } from '../types.ts';
import type { SandboxParts } from './parts.ts';

const entryText = (e: NewLoggedRequest) => ('entryJson' in e ? e.entryJson : JSON.stringify(e.entry));

/** The request log: appended in batches, pruned to the newest entries per API and tenant, listed, cleared. */
export function requestsPart({ db, dialect, guard, all, write, inTransaction, run, emptyTable }: SandboxParts): SandboxStore['requests'] {
  // A batch's insert is one statement whose SQL never changes, compiled once: a multi-row VALUES
  // made Kysely compile and bind a new 3,500-parameter statement per batch, most of the append's cost.
  // SQLite: one prepared single-row insert run per entry (better-sqlite3 runs it synchronously), in one transaction.
  const insertOne = prepare((atUs: number, api: string, tenantId: string, operation: string, method: string, status: number, entry: string) =>
    db.insertInto('request_log').values({ at_us: atUs, api, tenant_id: tenantId, operation, method, status, entry }),
  );
  // PostgreSQL: one statement over arrays, one per column (one round trip, whatever the batch's size).
  const insertMany = prepare((atUs: number[], api: string[], tenantId: string[], operation: string[], method: string[], status: number[], entry: string[]) =>
    db
      .insertInto('request_log')
      .columns(['at_us', 'api', 'tenant_id', 'operation', 'method', 'status', 'entry'])
      .expression(
        sql`select * from unnest(${atUs}::bigint[], ${api}::text[], ${tenantId}::text[], ${operation}::text[], ${method}::text[], ${status}::integer[], ${entry}::text[])`,
      ),
  );
  return {
    append: (entries) =>
      guard(async () => {
        if (!entries.length) return;
        if (dialect === 'sqlite') {
          await inTransaction(async (trx) => {
            for (const e of entries) await run(trx, insertOne(e.atUs, e.api, e.tenantId, e.operation, e.method, e.status, entryText(e)));
          });
          return;
        }
        await write(
          insertMany(
            entries.map((e) => e.atUs),
            entries.map((e) => e.api),
            entries.map((e) => e.tenantId),
            entries.map((e) => e.operation),
            entries.map((e) => e.method),
            entries.map((e) => e.status),
            entries.map(entryText),
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
