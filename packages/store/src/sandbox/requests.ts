import { CompiledQuery } from 'kysely';
import { prepare } from '../prepared.ts';
import type { NewLoggedRequest, SandboxStore } from '../types.ts';
import type { SandboxParts } from './parts.ts';

const entryText = (e: NewLoggedRequest) => ('entryJson' in e ? e.entryJson : JSON.stringify(e.entry));

/** Entries a PostgreSQL insert takes, at most: 7 parameters each, and a statement takes at most 65,535. */
const ENTRIES_AN_INSERT = Math.floor(65_535 / 7);

/** The request log: appended in batches, pruned to the newest entries per API and tenant, listed, cleared. */
export function requestsPart({ db, guard, all, write, apart, emptyTable }: SandboxParts): SandboxStore['requests'] {
  // Kysely built and compiled a batch's multi-row insert anew each time, a node per value (3,500
  // for a batch of 500). SQLite: one single-row insert compiled once and run per entry (better-sqlite3
  // runs a cached statement synchronously), in one transaction of the log's file alone.
  const insertOne = prepare((atUs: number, api: string, tenantId: string, operation: string, method: string, status: number, entry: string) =>
    db.insertInto('request_log').values({ at_us: atUs, api, tenant_id: tenantId, operation, method, status, entry }),
  );
  /**
   * PostgreSQL: one multi-row insert whose SQL text is written here, not built by Kysely (which
   * walked a node per value: 3,500 for a batch of 500). Over unnest'ed arrays instead, node-postgres
   * spent more escaping every entry into an array literal than Kysely had spent compiling.
   */
  const insertMany = (entries: readonly NewLoggedRequest[]) => {
    const values: unknown[] = [];
    const rows: string[] = [];
    for (const e of entries) {
      const last = values.push(e.atUs, e.api, e.tenantId, e.operation, e.method, e.status, entryText(e));
      rows.push(`($${last - 6}, $${last - 5}, $${last - 4}, $${last - 3}, $${last - 2}, $${last - 1}, $${last})`);
    }
    return CompiledQuery.raw(`insert into request_log (at_us, api, tenant_id, operation, method, status, entry) values ${rows.join(', ')}`, values);
  };
  /** Deletes a group's entries older than its newest `keep`. */
  const pruning = (api: string, tenantId: string, keep: number) => {
    const newest = db.selectFrom('request_log').select('seq').where('api', '=', api).where('tenant_id', '=', tenantId).orderBy('seq', 'desc').limit(1).offset(keep - 1);
    return db.deleteFrom('request_log').where('api', '=', api).where('tenant_id', '=', tenantId).where('seq', '<', newest);
  };
  return {
    append: (entries) =>
      guard(async () => {
        if (!entries.length) return;
        if (apart) await apart(entries.map((e) => insertOne(e.atUs, e.api, e.tenantId, e.operation, e.method, e.status, entryText(e))));
        // One statement, one round trip, for as many entries as it can take.
        else for (let at = 0; at < entries.length; at += ENTRIES_AN_INSERT) await write(insertMany(entries.slice(at, at + ENTRIES_AN_INSERT)));
      }),
    prune: (groups, keep) =>
      guard(async () => {
        const deletes = groups.map(({ api, tenantId }) => pruning(api, tenantId, keep));
        if (apart) await apart(deletes);
        else for (const query of deletes) await write(query);
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
    // SQLite: on the log's own connection, as its other writes (the data's does not attach its file).
    clear: () => (apart ? apart([db.deleteFrom('request_log')]) : emptyTable('request_log')),
  };
}
