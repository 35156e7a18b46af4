import type { Kysely } from 'kysely';
import type { DialectSql } from './driver.ts';
import { keyText } from './document-key.ts';
import { keepsPlan } from './named-statements.ts';
import { prepare } from './prepared.ts';
import type { Database } from './schema.ts';

/** Where a document lives, as its key columns: collection, tenant_id, mode, parent_id ('' for none). */
export type ScopeKey = readonly [collection: string, tenantId: string, mode: string, parentId: string];

const DOCUMENT = ['id', 'tenant_id', 'created_us', 'rank', 'data', 'shown'] as const;
export type DocumentRow = Pick<Database['documents'], (typeof DOCUMENT)[number]>;

/**
 * The rows of one scope (of the query's table, or of the one aliased `table`). Typed loosely inside:
 * the same four conditions apply to selects, updates and deletes of three tables.
 */
const inScope = <Q>(
  query: Q,
  collection: string,
  tenantId: string,
  mode: string,
  parentId: string,
  table?: string,
): Q => {
  const column = (name: string) => (table ? `${table}.${name}` : name);
  return (query as any)
    .where(column('collection'), '=', collection)
    .where(column('tenant_id'), '=', tenantId)
    .where(column('mode'), '=', mode)
    .where(column('parent_id'), '=', parentId) as Q;
};

/**
 * Every query of a collection, written once for both dialects and compiled once at start-up. Each
 * takes the scope key first (`...key`); every read is a seek on one of the documents' indexes.
 */
export function documentQueries(db: Kysely<Database>, dialect: DialectSql) {
  const documents = (c: string, t: string, m: string, p: string) => inScope(db.selectFrom('documents').select(DOCUMENT), c, t, m, p);
  const live = (c: string, t: string, m: string, p: string) => documents(c, t, m, p).where('deleted_us', 'is', null);
  const counters = (c: string, t: string, m: string, p: string) => inScope(db.updateTable('counters'), c, t, m, p);
  // Planned once (see `keepsPlan`): the statements whose index wins whatever PostgreSQL thinks a
  // scope holds: inserts, the counters (one index), ordered rank and created ranges (their index
  // alone gives the order), holes (a partial index), the read of one document by its key's text
  // (a hash index, see document-key.ts). Not so the other reads and writes by id: under a generic
  // plan a scope may be estimated at one row, the key and every other index on the scope then cost
  // the same, and the newest index wins the tie (a scan of the scope for each update).
  const planned: typeof prepare = (build) => prepare(build, true);
  const byId = (c: string, t: string, m: string, p: string, id: string) => live(c, t, m, p).where('id', '=', id);
  const { byKeyText } = dialect;
  const byKey = byKeyText && planned((c: string, t: string, m: string, p: string, id: string, key: string) => byKeyText(byId(c, t, m, p, id), key));
  return {
    document: byKey ? (c: string, t: string, m: string, p: string, id: string) => byKey(c, t, m, p, id, keyText(c, t, m, p, id)) : prepare(byId),
    // Concurrent writes of one document queue on the row lock and each sees the one before it.
    documentForUpdate: prepare((c: string, t: string, m: string, p: string, id: string) =>
      dialect.forUpdate(live(c, t, m, p).where('id', '=', id)),
    ),
    /** The live documents whose ids are in a JSON array. */
    documents: prepare((c: string, t: string, m: string, p: string, idsJson: string) =>
      live(c, t, m, p).where('id', 'in', dialect.jsonStrings(idsJson)),
    ),
    byUnique: prepare((c: string, t: string, m: string, p: string, name: string, value: string) =>
      inScope(
        db
          .selectFrom('unique_values as u')
          .innerJoin('documents as d', (join) =>
            join
              .onRef('d.collection', '=', 'u.collection')
              .onRef('d.tenant_id', '=', 'u.tenant_id')
              .onRef('d.mode', '=', 'u.mode')
              .onRef('d.parent_id', '=', 'u.parent_id')
              .onRef('d.id', '=', 'u.doc_id'),
          )
          .select(DOCUMENT.map((column) => `d.${column}` as const))
          .where('u.name', '=', name)
          .where('u.value', '=', value)
          .where('d.deleted_us', 'is', null),
        c,
        t,
        m,
        p,
        'u',
      ),
    ),
    /** Live documents with rank in [from, to], lowest first. */
    ranksUp: planned((c: string, t: string, m: string, p: string, from: number, to: number, limit: number) =>
      live(c, t, m, p).where('rank', '>=', from).where('rank', '<=', to).orderBy('rank', 'asc').limit(limit),
    ),
    /** Live documents with rank in [from, to], highest first. */
    ranksDown: planned((c: string, t: string, m: string, p: string, from: number, to: number, limit: number) =>
      live(c, t, m, p).where('rank', '>=', from).where('rank', '<=', to).orderBy('rank', 'desc').limit(limit),
    ),
    // Offset pages of a rank range that has deleted documents in it: ranks there are not dense, so
    // the offset cannot be computed; the database steps over `offset` index entries instead.
    skipUp: planned((c: string, t: string, m: string, p: string, from: number, to: number, limit: number, offset: number) =>
      live(c, t, m, p).where('rank', '>=', from).where('rank', '<=', to).orderBy('rank', 'asc').limit(limit).offset(offset),
    ),
    skipDown: planned((c: string, t: string, m: string, p: string, from: number, to: number, limit: number, offset: number) =>
      live(c, t, m, p).where('rank', '>=', from).where('rank', '<=', to).orderBy('rank', 'desc').limit(limit).offset(offset),
    ),
    /** The lowest rank created at or after `us` (deleted documents included: ranks and createdUs rise together). */
    firstCreatedFrom: planned((c: string, t: string, m: string, p: string, us: number) =>
      inScope(db.selectFrom('documents').select('rank'), c, t, m, p)
        .where('created_us', '>=', us)
        .orderBy('created_us', 'asc')
        .limit(1),
    ),
    /** The highest rank created at or before `us`. */
    lastCreatedUpTo: planned((c: string, t: string, m: string, p: string, us: number) =>
      inScope(db.selectFrom('documents').select('rank'), c, t, m, p)
        .where('created_us', '<=', us)
        .orderBy('created_us', 'desc')
        .limit(1),
    ),
    /** How many deleted documents have a rank in [from, to] (on the index of deleted documents). */
    deletedBetween: planned((c: string, t: string, m: string, p: string, from: number, to: number) =>
      inScope(db.selectFrom('documents'), c, t, m, p)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('deleted_us', 'is not', null)
        .where('rank', '>=', from)
        .where('rank', '<=', to),
    ),
    counter: planned((c: string, t: string, m: string, p: string) =>
      inScope(db.selectFrom('counters').select(['n', 'deleted', 'newest_us']), c, t, m, p),
    ),
    /**
     * Takes `by` more ranks under the counter row's lock and returns the last one (`n`), with the
     * createdUs the first new document is stored with (`newest_us`): `createdUs` itself when it is
     * after the scope's newest document, else 1 µs after that one.
     */
    count: planned((c: string, t: string, m: string, p: string, by: number, createdUs: number) =>
      db
        .insertInto('counters')
        .values({ collection: c, tenant_id: t, mode: m, parent_id: p, n: by, deleted: 0, newest_us: createdUs })
        .onConflict((oc) =>
          oc.columns(['collection', 'tenant_id', 'mode', 'parent_id']).doUpdateSet((eb) => ({
            n: eb('counters.n', '+', by),
            newest_us: eb
              .case()
              .when('excluded.newest_us', '>', eb.ref('counters.newest_us'))
              .then(eb.ref('excluded.newest_us'))
              .else(eb('counters.newest_us', '+', 1))
              .end(),
          })),
        )
        .returning(['n', 'newest_us']),
    ),
    /** After a bulk insert: the newest createdUs of the scope (under the lock `count` took). */
    setNewest: planned((c: string, t: string, m: string, p: string, us: number) =>
      counters(c, t, m, p).set({ newest_us: us }),
    ),
    countDeleted: planned((c: string, t: string, m: string, p: string) =>
      counters(c, t, m, p).set((eb) => ({ deleted: eb('deleted', '+', 1) })),
    ),
    insertDocument: planned(
      (c: string, t: string, m: string, p: string, id: string, createdUs: number, rank: number, data: string, shown: string | null) =>
        db.insertInto('documents').values({
          collection: c,
          tenant_id: t,
          mode: m,
          parent_id: p,
          id,
          created_us: createdUs,
          rank,
          data,
          shown,
          deleted_us: null,
        }),
    ),
    updateDocument: prepare((c: string, t: string, m: string, p: string, id: string, data: string, shown: string | null) =>
      inScope(db.updateTable('documents').set({ data, shown }), c, t, m, p).where('id', '=', id),
    ),
    deleteDocument: prepare((c: string, t: string, m: string, p: string, id: string, deletedUs: number) =>
      inScope(db.updateTable('documents').set({ deleted_us: deletedUs }), c, t, m, p).where('id', '=', id),
    ),
    claim: planned((c: string, t: string, m: string, p: string, name: string, value: string, docId: string) =>
      db.insertInto('unique_values').values({ collection: c, tenant_id: t, mode: m, parent_id: p, name, value, doc_id: docId }),
    ),
    release: prepare((c: string, t: string, m: string, p: string, docId: string, name: string) =>
      inScope(db.deleteFrom('unique_values'), c, t, m, p).where('doc_id', '=', docId).where('name', '=', name),
    ),
    releaseAll: prepare((c: string, t: string, m: string, p: string, docId: string) =>
      inScope(db.deleteFrom('unique_values'), c, t, m, p).where('doc_id', '=', docId),
    ),
    claims: prepare((c: string, t: string, m: string, p: string, docId: string) =>
      inScope(db.selectFrom('unique_values').select(['name', 'value']), c, t, m, p).where('doc_id', '=', docId),
    ),
  };
}

export type DocumentQueries = ReturnType<typeof documentQueries>;

/**
 * One document's insert as one statement, for a database a round trip away (PostgreSQL): the
 * counter taken first (its row lock orders writers of a scope, as `count` does), then the unique
 * values in the order given, then the document at the rank and createdUs the counter gave. Claims
 * and the document yield to a taken key (`on conflict do nothing`) instead of failing, so the
 * caller learns which value was taken (`claimed` lists those that were not) and undoes the
 * statement with its transaction.
 * Parameters: collection, tenant, mode, parent, id, createdUs, claims (a JSON array of [name, key]), data,
 * shown (kept only when the document is stored at createdUs: it was made for that time).
 */
export const INSERT_ONE_SQL = keepsPlan(`
with c as (
  insert into counters (collection, tenant_id, mode, parent_id, n, deleted, newest_us)
  values ($1, $2, $3, $4, 1, 0, $6)
  on conflict (collection, tenant_id, mode, parent_id) do update set
    n = counters.n + 1,
    newest_us = case when excluded.newest_us > counters.newest_us then excluded.newest_us else counters.newest_us + 1 end
  returning n, newest_us
), u as (
  insert into unique_values (collection, tenant_id, mode, parent_id, name, value, doc_id)
  select $1, $2, $3, $4, x.pair->>0, x.pair->>1, $5
  from c, json_array_elements(cast($7 as json)) with ordinality as x(pair, o)
  order by x.o
  on conflict (collection, tenant_id, mode, parent_id, name, value) do nothing
  returning name
), d as (
  insert into documents (collection, tenant_id, mode, parent_id, id, created_us, rank, data, shown, deleted_us)
  select $1, $2, $3, $4, $5, c.newest_us, c.n, $8, case when c.newest_us = $6 then cast($9 as text) end, null from c
  where (select count(*) from u) >= 0
  on conflict (collection, tenant_id, mode, parent_id, id) do nothing
  returning id
)
select c.n, c.newest_us, coalesce((select json_agg(name) from u), '[]') as claimed, (select count(*) from d) as inserted from c`);

/**
 * A live document with the unique values it holds (`claims`, a JSON array of [name, key]): what an
 * update reads, in one statement (PostgreSQL). Parameters: collection, tenant, mode, parent, id.
 */
export const DOCUMENT_WITH_CLAIMS_SQL = `
select d.id, d.tenant_id, d.created_us, d.rank, d.data, d.shown,
  coalesce((select json_agg(json_build_array(u.name, u.value)) from unique_values u
    where u.collection = d.collection and u.tenant_id = d.tenant_id and u.mode = d.mode and u.parent_id = d.parent_id and u.doc_id = d.id), '[]') as claims
from documents d
where d.collection = $1 and d.tenant_id = $2 and d.mode = $3 and d.parent_id = $4 and d.id = $5 and d.deleted_us is null`;

/** The same, locked for update until the transaction ends. */
export const DOCUMENT_FOR_UPDATE_SQL = `${DOCUMENT_WITH_CLAIMS_SQL}
for update of d`;

/**
 * An update's writes in one statement (PostgreSQL): the claims it gives up released, the new ones
 * taken in the order given (yielding to a taken key: `claimed` lists those taken), the data set.
 * Parameters: collection, tenant, mode, parent, id, released names (JSON array), claims (JSON array of [name, key]), data, shown.
 */
export const UPDATE_ONE_SQL = `
with r as (
  delete from unique_values
  where collection = $1 and tenant_id = $2 and mode = $3 and parent_id = $4 and doc_id = $5
    and name in (select json_array_elements_text(cast($6 as json)))
  returning name
), u as (
  insert into unique_values (collection, tenant_id, mode, parent_id, name, value, doc_id)
  select $1, $2, $3, $4, x.pair->>0, x.pair->>1, $5
  from (select count(*) from r) as released, json_array_elements(cast($7 as json)) with ordinality as x(pair, o)
  order by x.o
  on conflict (collection, tenant_id, mode, parent_id, name, value) do nothing
  returning name
), d as (
  update documents set data = $8, shown = $9
  where collection = $1 and tenant_id = $2 and mode = $3 and parent_id = $4 and id = $5
  returning id
)
select coalesce((select json_agg(name) from u), '[]') as claimed, (select count(*) from d) as updated`;


/**
 * Makes a statement fail (and so its transaction) unless `written` holds: a write sent on the
 * expectation that it lands as foreseen (see `INSERT_AS_FORESEEN_SQL`) must not let the statements
 * sent with it commit when it does not. PostgreSQL has no assertion in plain SQL; a cast that
 * cannot succeed is one, and its message names why.
 */
const unless = (written: string, why: string) => `cast(case when ${written} then '1' else '${FORESEEN_MISS} ${why}' end as int)`;

/** How the failure `unless` causes begins (after PostgreSQL's own words, in its message). */
export const FORESEEN_MISS = 'clientele: not as foreseen:';

/**
 * One document's insert as it was foreseen, in one statement that fails unless it lands so
 * (PostgreSQL, a write sent at the end of `atomically` with the others, see context.ts): the rank
 * the counter gives, createdUs exactly as given (it must be after the scope's newest, else the
 * counter is left alone and nothing is written), every unique value and the id free (a taken one
 * fails with the unique-constraint error). Whatever fails, the work runs again on the ordinary path.
 * Parameters: collection, tenant, mode, parent, id, createdUs, claims (a JSON array of [name, key]), data,
 * shown (always kept: the document is stored at createdUs or not at all).
 */
export const INSERT_AS_FORESEEN_SQL = keepsPlan(`
with c as (
  insert into counters (collection, tenant_id, mode, parent_id, n, deleted, newest_us)
  values ($1, $2, $3, $4, 1, 0, $6)
  on conflict (collection, tenant_id, mode, parent_id) do update set n = counters.n + 1, newest_us = excluded.newest_us
  where excluded.newest_us > counters.newest_us
  returning n
), u as (
  insert into unique_values (collection, tenant_id, mode, parent_id, name, value, doc_id)
  select $1, $2, $3, $4, x.pair->>0, x.pair->>1, $5
  from c, json_array_elements(cast($7 as json)) with ordinality as x(pair, o)
  order by x.o
  returning name
), d as (
  insert into documents (collection, tenant_id, mode, parent_id, id, created_us, rank, data, shown, deleted_us)
  select $1, $2, $3, $4, $5, $6, c.n, $8, $9, null from c
  where (select count(*) from u) >= 0
  returning id
)
select ${unless('exists (select from d)', 'a newer document in the scope')} as inserted`);

/**
 * One document's update as it was foreseen, in one statement that fails unless it lands so: the
 * document still live and holding the data the update read (compare-and-set: a concurrent update
 * in between leaves nothing written), the unique values it gives up released and the new ones
 * free (a taken one fails with the unique-constraint error).
 * Parameters: collection, tenant, mode, parent, id, released names (JSON array), claims (JSON array of [name, key]), data, the data read, shown.
 */
export const UPDATE_AS_FORESEEN_SQL = `
with d as (
  update documents set data = $8, shown = $10
  where collection = $1 and tenant_id = $2 and mode = $3 and parent_id = $4 and id = $5 and deleted_us is null and data = $9
  returning id
), r as (
  delete from unique_values
  where collection = $1 and tenant_id = $2 and mode = $3 and parent_id = $4 and doc_id = $5
    and name in (select json_array_elements_text(cast($6 as json))) and exists (select from d)
  returning name
), u as (
  insert into unique_values (collection, tenant_id, mode, parent_id, name, value, doc_id)
  select $1, $2, $3, $4, x.pair->>0, x.pair->>1, $5
  from d, (select count(*) from r) as released, json_array_elements(cast($7 as json)) with ordinality as x(pair, o)
  order by x.o
  returning name
)
select ${unless('exists (select from d)', 'the document changed')} as updated, (select count(*) from u) as claimed`;
