import { rows, type Plan } from './driver.ts';
import type { DocumentQueries, DocumentRow, ScopeKey } from './queries.ts';
import { CursorNotFound, type CreatedRange, type CursorQuery, type OffsetQuery } from './types.ts';

/**
 * Lists as plans (see driver.ts): every statement of one page runs on one snapshot.
 *
 * Within a scope, ranks are dense (1..n, in creation order) and createdUs rises strictly with rank,
 * so everything a list asks for is a range of ranks: a created range is turned into one with a seek
 * at each end, an offset is added to or taken from an end of it, and a cursor is its document's
 * rank. Deleted documents keep their rank, so they leave holes: a counter says how many the scope
 * has, and an index of deleted documents how many fall in a range.
 */

/**
 * The ranks whose documents match `created`, within [1, n]; undefined when none can. Bounds are
 * whole microseconds, so `gt x` is `gte x+1` and `lt x` is `lte x-1`.
 */
function* rankRange(q: DocumentQueries, key: ScopeKey, created: CreatedRange | undefined, n: number): Plan<[number, number] | undefined> {
  const from = Math.max(
    created?.gte === undefined ? -Infinity : Math.ceil(created.gte),
    created?.gt === undefined ? -Infinity : Math.floor(created.gt) + 1,
  );
  const to = Math.min(
    created?.lte === undefined ? Infinity : Math.floor(created.lte),
    created?.lt === undefined ? Infinity : Math.ceil(created.lt) - 1,
  );
  if (from > to) return undefined;
  const lo = from === -Infinity ? 1 : (yield* rows(q.firstCreatedFrom(...key, from)))[0]?.rank;
  const hi = to === Infinity ? n : Math.min(n, (yield* rows(q.lastCreatedUpTo(...key, to)))[0]?.rank ?? 0);
  return lo === undefined || Number(lo) > hi ? undefined : [Number(lo), hi];
}

/** The ranks matching `created` and how many live documents they hold (deleted ones leave holes). */
function* matching(q: DocumentQueries, key: ScopeKey, created: CreatedRange | undefined): Plan<{ range: [number, number] | undefined; total: number; holes: number }> {
  const [counter] = yield* rows(q.counter(...key));
  const n = Number(counter?.n ?? 0);
  const deleted = Number(counter?.deleted ?? 0);
  const range = yield* rankRange(q, key, created, n);
  if (!range) return { range, total: 0, holes: 0 };
  const [lo, hi] = range;
  const holes =
    deleted === 0 ? 0 : created ? Number((yield* rows(q.deletedBetween(...key, lo, hi)))[0]?.n ?? 0) : deleted;
  return { range, total: hi - lo + 1 - holes, holes };
}

/** An offset page: its rows and the number of live documents in the range. */
export function* offsetPage(q: DocumentQueries, key: ScopeKey, query: OffsetQuery): Plan<{ rows: DocumentRow[]; total: number }> {
  const { limit, order = 'desc', created } = query;
  const offset = Math.max(0, query.offset);
  const { range, total, holes } = yield* matching(q, key, created);
  if (!range) return { rows: [], total: 0 };
  const [lo, hi] = range;
  if (offset >= total || limit <= 0) return { rows: [], total };
  // Dense ranks: the page starts at a rank computed from the offset, a seek at any depth.
  if (holes === 0) {
    const found = yield* rows(order === 'asc' ? q.ranksUp(...key, lo + offset, hi, limit) : q.ranksDown(...key, lo, hi - offset, limit));
    return { rows: found, total };
  }
  // Holes in the range: the offset is not a rank distance any more, so the database counts it out
  // over the rank index (correct, but work grows with the offset, unlike every other list).
  const found = yield* rows(order === 'asc' ? q.skipUp(...key, lo, hi, limit, offset) : q.skipDown(...key, lo, hi, limit, offset));
  return { rows: found, total };
}

/** A cursor page (see CursorQuery and CursorPage in types.ts for what it answers). */
export function* cursorPage(
  q: DocumentQueries,
  key: ScopeKey,
  query: CursorQuery,
): Plan<{ rows: DocumentRow[]; before: boolean; after: boolean; total: number }> {
  const { order = 'desc', startingAfter, endingBefore, created } = query;
  const limit = Math.max(0, query.limit);
  if (startingAfter !== undefined && endingBefore !== undefined) {
    throw new TypeError('a cursor page takes startingAfter or endingBefore, not both');
  }
  const cursorId = startingAfter ?? endingBefore;
  let cursor: number | undefined;
  if (cursorId !== undefined) {
    const [row] = yield* rows(q.document(...key, cursorId));
    if (!row) throw new CursorNotFound(cursorId);
    cursor = Number(row.rank);
  }
  const { range, total } = yield* matching(q, key, created);
  if (!range) return { rows: [], before: false, after: false, total };
  const [lo, hi] = range;
  // Up to `n` matching rows next to rank `x`, nearest first: those that follow it in `order`, or precede it.
  const up = (x: number, n: number) => q.ranksUp(...key, Math.max(lo, x + 1), hi, n);
  const down = (x: number, n: number) => q.ranksDown(...key, lo, Math.min(hi, x - 1), n);
  const following = order === 'asc' ? up : down;
  const preceding = order === 'asc' ? down : up;
  const exists = function* (query: ReturnType<typeof up>) {
    return (yield* rows(query)).length > 0;
  };

  if (endingBefore !== undefined) {
    const found = yield* rows(preceding(cursor!, limit + 1));
    const items = found.slice(0, limit).reverse();
    const last = items.at(-1);
    return { rows: items, before: found.length > items.length, after: yield* exists(following(last ? Number(last.rank) : cursor!, 1)), total };
  }
  const start = cursor ?? (order === 'asc' ? lo - 1 : hi + 1);
  const found = yield* rows(following(start, limit + 1));
  const items = found.slice(0, limit);
  const first = items[0];
  const before = cursor === undefined ? false : yield* exists(preceding(first ? Number(first.rank) : cursor, 1));
  return { rows: items, before, after: found.length > items.length, total };
}
