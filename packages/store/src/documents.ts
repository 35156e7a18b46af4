import type { Transaction } from 'kysely';
import type { Context } from './context.ts';
import { cursorPage, offsetPage } from './pages.ts';
import { CompiledQuery } from 'kysely';
import {
  documentQueries,
  DOCUMENT_FOR_UPDATE_SQL,
  DOCUMENT_WITH_CLAIMS_SQL,
  INSERT_AS_FORESEEN_SQL,
  INSERT_ONE_SQL,
  UPDATE_AS_FORESEEN_SQL,
  UPDATE_ONE_SQL,
  type DocumentRow,
  type ScopeKey,
} from './queries.ts';
import type { Database } from './schema.ts';
import {
  UniqueViolation,
  type Collection,
  type NewDocument,
  type Scope,
  type StoredDocument,
  type UniqueValues,
} from './types.ts';

/**
 * A row as a document. Its data is parsed when first read: a page whose documents all have their
 * shown text is sent without parsing any.
 */
const toDocument = <T>(row: DocumentRow): StoredDocument<T> => {
  let data: T | undefined;
  return {
    id: row.id,
    tenantId: row.tenant_id,
    createdUs: Number(row.created_us),
    get data() {
      return (data ??= JSON.parse(row.data) as T);
    },
    ...(row.shown === null ? {} : { shown: row.shown }),
  };
};

/** The shown text of a document written at `createdUs`, if it was made for that time (see `NewDocument.shown`). */
const shownAt = (doc: NewDocument<unknown>, createdUs: number) => (doc.shown !== undefined && createdUs === doc.createdUs ? doc.shown : undefined);

/** A document just written, as a read would give it. */
const written = <T>(id: string, tenantId: string, createdUs: number, data: T, shown: string | undefined): StoredDocument<T> => ({
  id,
  tenantId,
  createdUs,
  data,
  ...(shown === undefined ? {} : { shown }),
});

const keyOf = (collection: string, scope: Scope): ScopeKey => [
  collection,
  scope.tenantId,
  scope.mode ?? '',
  scope.parentId ?? '',
];

const nowUs = () => Date.now() * 1000;

const MARKER = '\u0001';
/** A NUL, or a surrogate not in a pair (`u` regexes read pairs as one code point). */
const UNSTORABLE = /[\0\p{Cs}]/u;
/**
 * How a unique value is keyed in its table. PostgreSQL's text holds no NUL, and a lone surrogate
 * reaches it as U+FFFD (two values would claim one key); a client may send either
 * inside any JSON string. Such values, and those starting with the marker (so the keying stays
 * one-to-one), are keyed by their JSON text (which escapes both) after the marker; others as they are.
 */
const uniqueKey = (value: string): string =>
  UNSTORABLE.test(value) || value.startsWith(MARKER) ? MARKER + JSON.stringify(value) : value;

/**
 * Collections. Uniqueness is a primary key and totals are a counter row, both written in the same
 * transaction as the document, so the database (not one process's memory) enforces them. Each
 * document's rank (its position in its scope) and stored createdUs are taken from the counter in
 * that transaction, under its row lock, so ranks stay dense and unique and createdUs rises with
 * them even with several writers.
 */
export function collections(ctx: Context) {
  const { driver, run, writing, read, snapshot, guard, later } = ctx;
  const q = documentQueries(ctx.db, driver.sql);
  type Trx = Transaction<Database>;
  /** Statements cost a round trip each where the database is a server: there a document's insert is one statement. */
  const oneStatement = driver.dialect === 'postgres';

  /** A document id taken in the scope reads as a taken unique value `id`. */
  const asUniqueViolation = async <R>(name: string, value: string, work: () => Promise<R>): Promise<R> => {
    try {
      return await work();
    } catch (error) {
      if (driver.isUniqueViolation(error)) throw new UniqueViolation(name, value);
      throw error;
    }
  };

  const claim = async (trx: Trx, key: ScopeKey, docId: string, unique: UniqueValues) => {
    for (const [name, value] of claimsOf(unique)) {
      await asUniqueViolation(name, value, () => run(trx, q.claim(...key, name, uniqueKey(value), docId)));
    }
  };

  /** The unique values an update changes: those held to give up (`released`), and the new values to claim. */
  const changesOf = (heldBy: ReadonlyMap<string, string>, unique: UniqueValues) => {
    const changed = Object.entries(unique).filter(([name, value]) => (value == null ? null : uniqueKey(value)) !== (heldBy.get(name) ?? null));
    return { released: changed.map(([name]) => name).filter((name) => heldBy.has(name)), claims: Object.fromEntries(changed) as UniqueValues };
  };

  /** Moves a document's claims to new values; unchanged values are left alone (no writes, no conflicts). */
  const reclaim = async (trx: Trx, key: ScopeKey, docId: string, unique: UniqueValues) => {
    const { released, claims } = changesOf(new Map((await run(trx, q.claims(...key, docId))).map((row) => [row.name, row.value])), unique);
    for (const name of released) await run(trx, q.release(...key, docId, name));
    await claim(trx, key, docId, claims);
  };

  /**
   * Takes ranks for `docs` under the counter's lock; returns the first rank and each document's
   * stored createdUs: its own when after the one before it, else 1 µs after that.
   */
  const allot = async (trx: Trx, key: ScopeKey, docs: readonly NewDocument<unknown>[]) => {
    const [counted] = await run(trx, q.count(...key, docs.length, docs[0]!.createdUs));
    const created = [Number(counted!.newest_us)];
    for (const doc of docs.slice(1)) created.push(Math.max(doc.createdUs, created.at(-1)! + 1));
    if (docs.length > 1) await run(trx, q.setNewest(...key, created.at(-1)!));
    return { first: Number(counted!.n) - docs.length + 1, created };
  };

  const write = async (trx: Trx, key: ScopeKey, doc: NewDocument<unknown>, createdUs: number, rank: number) => {
    await claim(trx, key, doc.id, doc.unique ?? {});
    await asUniqueViolation('id', doc.id, () =>
      run(trx, q.insertDocument(...key, doc.id, createdUs, rank, JSON.stringify(doc.data), shownAt(doc, createdUs) ?? null)),
    );
  };

  /** The unique values a document claims, in name order (two transactions claiming several never wait on each other in a cycle). */
  const claimsOf = (unique: UniqueValues = {}) =>
    Object.entries(unique)
      .filter((entry): entry is [string, string] => entry[1] !== null && entry[1] !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));

  /** One document, one statement (PostgreSQL: a round trip saved per statement); throws UniqueViolation for a taken value or id. */
  const insertOne = async (trx: Trx, key: ScopeKey, doc: NewDocument<unknown>) => {
    const claims = claimsOf(doc.unique);
    const query = CompiledQuery.raw(INSERT_ONE_SQL, [...key, doc.id, doc.createdUs, claimsJson(claims), JSON.stringify(doc.data), doc.shown ?? null]);
    const [row] = (await run(trx, query)) as { newest_us: number; claimed: string[]; inserted: number }[];
    checkClaimed(claims, row!.claimed);
    if (!Number(row!.inserted)) throw new UniqueViolation('id', doc.id);
    return Number(row!.newest_us);
  };

  /** The claims as the one-statement writes take them: a JSON array of [name, key], in name order. */
  const claimsJson = (claims: readonly [string, string][]) => JSON.stringify(claims.map(([name, value]) => [name, uniqueKey(value)]));
  /** Throws UniqueViolation for the first claim (in name order) the statement found taken. */
  const checkClaimed = (claims: readonly [string, string][], claimed: readonly string[]) => {
    const taken = claims.find(([name]) => !claimed.includes(name));
    if (taken) throw new UniqueViolation(...taken);
  };

  type Change<T> = Parameters<Collection<T>['update']>[2];
  type RowWithClaims = DocumentRow & { claims: [string, string][] };
  /** What an update writes, from the document read with its claims: the parameters of `UPDATE_ONE_SQL` and `UPDATE_AS_FORESEEN_SQL`. */
  const changed = <T>(key: ScopeKey, id: string, row: RowWithClaims, change: Change<T>) => {
    const current = toDocument<T>(row);
    const next = change(current.data, current);
    const { released, claims } = next.unique ? changesOf(new Map(row.claims), next.unique) : { released: [], claims: {} };
    const taking = claimsOf(claims);
    return {
      updated: written(current.id, current.tenantId, current.createdUs, next.data, next.shown),
      taking,
      parameters: [...key, id, JSON.stringify(released), claimsJson(taking), JSON.stringify(next.data)],
      shown: next.shown ?? null,
    };
  };

  /** An update in two statements (PostgreSQL): the document locked and read with its claims, then every write at once. */
  const updateInTwo = async <T>(trx: Trx, key: ScopeKey, id: string, change: Change<T>) => {
    const [row] = (await run(trx, CompiledQuery.raw(DOCUMENT_FOR_UPDATE_SQL, [...key, id]))) as RowWithClaims[];
    if (!row) return undefined;
    const { updated, taking, parameters, shown } = changed(key, id, row, change);
    const [result] = (await run(trx, CompiledQuery.raw(UPDATE_ONE_SQL, [...parameters, shown]))) as { claimed: string[] }[];
    checkClaimed(taking, result!.claimed);
    return updated;
  };

  /**
   * An update held back to the end of `atomically` (see `Context.later`): the document read with
   * its claims (no lock), the change foreseen to land on that same data.
   */
  const updateLater = async <T>(send: (query: CompiledQuery<unknown>) => void, key: ScopeKey, id: string, change: Change<T>) => {
    const [row] = (await read(CompiledQuery.raw(DOCUMENT_WITH_CLAIMS_SQL, [...key, id]))) as RowWithClaims[];
    if (!row) return undefined;
    const { updated, parameters, shown } = changed(key, id, row, change);
    send(CompiledQuery.raw(UPDATE_AS_FORESEEN_SQL, [...parameters, row.data, shown]));
    return updated;
  };

  /** One document, its rank and createdUs taken first (SQLite: statements cost no round trip); returns its createdUs. */
  const allotAndWrite = async (trx: Trx, key: ScopeKey, doc: NewDocument<unknown>) => {
    const { first, created } = await allot(trx, key, [doc]);
    await write(trx, key, doc, created[0]!, first);
    return created[0]!;
  };

  /** Inserts documents into one scope inside the caller's transaction (bulk imports, and restoring a tenant's data). */
  const insertAll = async (trx: Trx, name: string, scope: Scope, docs: readonly NewDocument<unknown>[]) => {
    if (!docs.length) return;
    const key = keyOf(name, scope);
    const { first, created } = await allot(trx, key, docs);
    for (const [i, doc] of docs.entries()) await write(trx, key, doc, created[i]!, first + i);
  };

  function collection<T>(name: string): Collection<T> {
    return {
      insert: (scope, doc) =>
        guard(() => {
          const send = later();
          if (send) {
            // Held back to the end of `atomically`, foreseen to land with createdUs as given.
            const key = keyOf(name, scope);
            send(CompiledQuery.raw(INSERT_AS_FORESEEN_SQL, [...key, doc.id, doc.createdUs, claimsJson(claimsOf(doc.unique)), JSON.stringify(doc.data), doc.shown ?? null]));
            return Promise.resolve(written(doc.id, scope.tenantId, doc.createdUs, doc.data, doc.shown));
          }
          return writing(async (trx) => {
            const key = keyOf(name, scope);
            const createdUs = oneStatement ? await insertOne(trx, key, doc) : await allotAndWrite(trx, key, doc);
            return written(doc.id, scope.tenantId, createdUs, doc.data, shownAt(doc, createdUs));
          });
        }),

      insertMany: (scope, docs) => guard(() => ctx.bulk((trx) => insertAll(trx, name, scope, docs))),

      get: (scope, id) =>
        guard(async () => {
          const [row] = await read(q.document(...keyOf(name, scope), id));
          return row ? toDocument<T>(row) : undefined;
        }),

      getMany: (scope, ids) =>
        guard(async () => {
          if (!ids.length) return [];
          const found = new Map(
            (await read(q.documents(...keyOf(name, scope), JSON.stringify(ids)))).map((row) => [row.id, row]),
          );
          return ids.flatMap((id) => {
            const row = found.get(id);
            return row ? [toDocument<T>(row)] : [];
          });
        }),

      findUnique: (scope, unique, value) =>
        guard(async () => {
          const [row] = await read(q.byUnique(...keyOf(name, scope), unique, uniqueKey(value)));
          return row ? toDocument<T>(row) : undefined;
        }),

      update: (scope, id, change) =>
        guard(() => {
          const send = later();
          if (send) return updateLater<T>(send, keyOf(name, scope), id, change);
          return writing(async (trx) => {
            const key = keyOf(name, scope);
            if (oneStatement) return updateInTwo<T>(trx, key, id, change);
            const [row] = await run(trx, q.documentForUpdate(...key, id));
            if (!row) return undefined;
            const current = toDocument<T>(row);
            const next = change(current.data, current);
            if (next.unique) await reclaim(trx, key, id, next.unique);
            await run(trx, q.updateDocument(...key, id, JSON.stringify(next.data), next.shown ?? null));
            return written(current.id, current.tenantId, current.createdUs, next.data, next.shown);
          });
        }),

      remove: (scope, id) =>
        guard(() =>
          writing(async (trx) => {
            const key = keyOf(name, scope);
            const [row] = await run(trx, q.documentForUpdate(...key, id));
            if (!row) return undefined;
            // The counter before the claims: inserts take the counter first, so a remove never
            // holds a released claim while it waits for the counter (no cycle between the two).
            await run(trx, q.countDeleted(...key));
            await run(trx, q.releaseAll(...key, id));
            await run(trx, q.deleteDocument(...key, id, nowUs()));
            return toDocument<T>(row);
          }),
        ),

      page: (scope, query) =>
        guard(async () => {
          const { rows, total } = await snapshot(offsetPage(q, keyOf(name, scope), query));
          return { items: rows.map((row) => toDocument<T>(row)), total };
        }),

      cursorPage: (scope, query) =>
        guard(async () => {
          const { rows, before, after, total } = await snapshot(cursorPage(q, keyOf(name, scope), query));
          return { items: rows.map((row) => toDocument<T>(row)), before, after, total };
        }),
    };
  }
  return Object.assign(collection, { insertAll });
}
