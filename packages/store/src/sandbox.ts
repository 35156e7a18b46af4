import type { Compilable, Transaction } from 'kysely';
import type { Context } from './context.ts';
import type { Database } from './schema.ts';
import { toTenant, type CredentialCache } from './tenants.ts';
import type { HashedCredential, NewDocument, SandboxStore, Scope, ScopedDocument } from './types.ts';

type Trx = Transaction<Database>;
type InsertAll = (trx: Trx, collection: string, scope: Scope, docs: readonly NewDocument<unknown>[]) => Promise<void>;

/** Tables that hold a tenant's data (not its credentials): what a reset or an import replaces. */
const DATA_TABLES = ['documents', 'unique_values', 'counters', 'idempotency_keys', 'events', 'deliveries', 'delivery_attempts'] as const;

const toCredential = (row: Database['credentials']): HashedCredential => ({
  hash: row.hash,
  id: row.id,
  tenantId: row.tenant_id,
  api: row.api,
  kind: row.kind,
  scopes: JSON.parse(row.scopes) as string[],
  mode: row.mode ?? null,
  subject: row.subject ?? null,
  expiresAt: row.expires_at === null ? null : Number(row.expires_at),
  createdAt: row.created_at,
  info: JSON.parse(row.info) as Record<string, unknown>,
});

const scopeOf = (tenantId: string, doc: ScopedDocument): Scope => ({
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
    if (!group) groups.set(key, (group = { collection: doc.collection, scope: scopeOf(tenantId, doc), docs: [] }));
    group.docs.push({ id: doc.id, createdUs: doc.createdUs, data: doc.data, ...(doc.unique ? { unique: doc.unique } : {}) });
  }
  return [...groups.values()];
}

/**
 * What the sandbox controls need of the store: listing and removing tenants, credentials by their
 * public id, a tenant's data as a whole (export, replace), baselines, shared settings, the request
 * log and fault rules. These are rare administrative operations (the request log excepted, which
 * writes in batches), so their queries are built when called rather than prepared.
 */
export function sandbox(ctx: Context, credentialCache: CredentialCache, insertAll: InsertAll): SandboxStore {
  const { db, guard, read, writeOne } = ctx;
  const all = <R>(query: Compilable<R>) => read(query.compile());
  const write = <R>(query: Compilable<R>) => writeOne(query.compile());
  // A transaction of its own, or, inside `atomically` (a write operation's handler), a savepoint of its transaction.
  const inTransaction = <R>(work: (trx: Trx) => Promise<R>) => guard(() => ctx.bulk(work));
  const run = <R>(trx: Trx, query: Compilable<R>) => ctx.run(trx, query.compile());

  /**
   * Replacing or removing a tenant's data takes turns on its row: two resets of one tenant on
   * PostgreSQL would otherwise each delete what the other had not yet written and then insert the
   * same ids (a duplicate key, or a deadlock on the counters). False when the tenant is gone.
   */
  const takeTurn = async (trx: Trx, tenantId: string) =>
    (await run(trx, ctx.driver.sql.forNoKeyUpdate(db.selectFrom('tenants').select('id').where('id', '=', tenantId)))).length > 0;

  /**
   * Empties a table every instance writes: on PostgreSQL with the table locked against writers
   * first, so two clears (or a clear and the request log's pruning) never delete rows in crossing
   * orders (a deadlock, answered 503).
   */
  const emptyTable = (table: 'request_log' | 'fault_rules') =>
    inTransaction(async (trx) => {
      await ctx.driver.sql.lockTable?.(table).execute(trx);
      await run(trx, db.deleteFrom(table));
    });

  const clearData = async (trx: Trx, tenantId: string) => {
    for (const table of DATA_TABLES) await run(trx, db.deleteFrom(table).where('tenant_id', '=', tenantId));
  };

  const credentialColumns = ['hash', 'id', 'tenant_id', 'api', 'kind', 'scopes', 'mode', 'subject', 'expires_at', 'created_at', 'info'] as const;

  const credentialWhere = (column: 'id' | 'hash', value: string) =>
    guard(async () => {
      const [row] = await all(db.selectFrom('credentials').select(credentialColumns).where(column, '=', value));
      return row ? toCredential(row) : undefined;
    });

  return {
    tenants: {
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
    },

    credentials: {
      list: (tenantId) =>
        guard(async () =>
          (await all(db.selectFrom('credentials').select(credentialColumns).where('tenant_id', '=', tenantId).orderBy('created_at').orderBy('id'))).map(toCredential),
        ),
      get: (id) => credentialWhere('id', id),
      getByHash: (hash) => credentialWhere('hash', hash),
      describe: (hash, info) =>
        inTransaction(async (trx) => {
          const [row] = await run(trx, db.selectFrom('credentials').select('info').where('hash', '=', hash));
          if (!row) return;
          const merged = { ...(JSON.parse(row.info) as object), ...info };
          await run(trx, db.updateTable('credentials').set({ info: JSON.stringify(merged) }).where('hash', '=', hash));
        }),
      insertHashed: (credential) =>
        inTransaction(async (trx) => {
          // A tenant removed meanwhile takes no credential (its row's turn, as for a reset).
          if (!(await takeTurn(trx, credential.tenantId))) return false;
          const inserted = await run(
            trx,
            db
              .insertInto('credentials')
              .values({
                hash: credential.hash,
                id: credential.id,
                tenant_id: credential.tenantId,
                api: credential.api,
                kind: credential.kind,
                scopes: JSON.stringify(credential.scopes),
                mode: credential.mode,
                subject: credential.subject,
                expires_at: credential.expiresAt,
                created_at: new Date().toISOString(),
                info: JSON.stringify(credential.info),
              })
              .onConflict((oc) => oc.doNothing())
              .returning('id'),
          );
          return inserted.length > 0;
        }),
      replaceSecret: (id, hash, info) =>
        guard(async () => {
          const changed = await write(db.updateTable('credentials').set({ hash, info: JSON.stringify(info) }).where('id', '=', id).returning('id'));
          credentialCache.clear();
          return changed.length > 0;
        }),
      remove: (id) =>
        guard(async () => {
          const removed = await write(db.deleteFrom('credentials').where('id', '=', id).returning('id'));
          credentialCache.clear();
          return removed.length > 0;
        }),
      knownHashes: (hashes) =>
        guard(async () => {
          const known = new Set<string>();
          const distinct = [...new Set(hashes)];
          // In slices: a statement takes at most 65,535 parameters on PostgreSQL (32,766 on SQLite).
          for (let at = 0; at < distinct.length; at += 10_000) {
            for (const row of await all(db.selectFrom('credentials').select('hash').where('hash', 'in', distinct.slice(at, at + 10_000)))) known.add(row.hash);
          }
          return known;
        }),
      forget: () => credentialCache.clear(),
    },

    data: {
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
    },

    baselines: {
      get: (tenantId) =>
        guard(async () => {
          const [row] = await all(db.selectFrom('sandbox_baselines').select('body').where('tenant_id', '=', tenantId));
          return row?.body;
        }),
      set: (tenantId, body) =>
        guard(async () => {
          await write(
            db
              .insertInto('sandbox_baselines')
              .values({ tenant_id: tenantId, body })
              .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ body })),
          );
        }),
    },

    settings: {
      all: () => guard(async () => Object.fromEntries((await all(db.selectFrom('sandbox_settings').select(['key', 'value']))).map((row) => [row.key, row.value]))),
      get: (key) =>
        guard(async () => {
          const [row] = await all(db.selectFrom('sandbox_settings').select('value').where('key', '=', key));
          return row?.value;
        }),
      set: (key, value) =>
        guard(async () => {
          await write(db.insertInto('sandbox_settings').values({ key, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })));
        }),
      setIfAbsent: (key, value) =>
        inTransaction(async (trx) => {
          await run(trx, db.insertInto('sandbox_settings').values({ key, value }).onConflict((oc) => oc.column('key').doNothing()));
          const [row] = await run(trx, db.selectFrom('sandbox_settings').select('value').where('key', '=', key));
          return row!.value;
        }),
    },

    requests: {
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
                entry: JSON.stringify(e.entry),
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
    },

    faults: {
      list: () =>
        guard(async () =>
          (await all(db.selectFrom('fault_rules').selectAll().orderBy('created_us').orderBy('id'))).map((row) => ({
            id: row.id,
            createdUs: Number(row.created_us),
            rule: JSON.parse(row.rule) as unknown,
            remaining: row.remaining === null ? null : Number(row.remaining),
          })),
        ),
      add: (rule) =>
        guard(async () => {
          await write(db.insertInto('fault_rules').values({ id: rule.id, created_us: rule.createdUs, rule: JSON.stringify(rule.rule), remaining: rule.remaining }));
        }),
      remove: (id) => guard(async () => (await write(db.deleteFrom('fault_rules').where('id', '=', id).returning('id'))).length > 0),
      clear: () => emptyTable('fault_rules'),
      // One statement: two instances taking the last request of a rule never both get it.
      take: (id) =>
        guard(
          async () =>
            (await write(db.updateTable('fault_rules').set((eb) => ({ remaining: eb('remaining', '-', 1) })).where('id', '=', id).where('remaining', '>', 0).returning('id')))
              .length > 0,
        ),
    },
  };
}
