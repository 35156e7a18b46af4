import type { CreatedRange, CursorQuery, OffsetQuery } from '@clientele/store';
import { fail } from './problems.ts';

/** Offsets of the neighbouring pages of an offset-paginated list; null where there is none. */
export interface OffsetLinks {
  readonly first: number;
  readonly last: number;
  readonly next: number | null;
  readonly previous: number | null;
}

/**
 * Page arithmetic shared by every offset-paginated API. `last` is the offset of the final full
 * stride (0 for an empty list); `previous` from past the end steps back to the last page.
 */
export function offsetLinks(total: number, offset: number, limit: number): OffsetLinks {
  const last = total === 0 ? 0 : Math.floor((total - 1) / limit) * limit;
  return {
    first: 0,
    last,
    next: offset + limit < total ? offset + limit : null,
    previous: offset > 0 ? Math.min(Math.max(offset - limit, 0), last) : null,
  };
}

/** The validators applied the route table's defaults; a missing limit means the schema lacks one. */
const limitOf = (limit: number | undefined): number => {
  if (limit === undefined) throw new Error('the query schema gives `limit` no default (use OffsetQuery/CursorQuery)');
  return limit;
};

/** The store's offset query from a validated `OffsetQuery` of the route table (defaults already applied). */
export const offsetQueryOf = (query: { readonly limit?: number; readonly offset?: number }): OffsetQuery => ({
  limit: limitOf(query.limit),
  offset: query.offset ?? 0,
});

const US = 1_000_000;

/** Unix-second bounds as microsecond bounds that select exactly the same whole seconds. */
export function createdFromSeconds(range: { gt?: number; gte?: number; lt?: number; lte?: number } | undefined): CreatedRange | undefined {
  if (!range) return undefined;
  const lower = [range.gt === undefined ? undefined : (range.gt + 1) * US, range.gte === undefined ? undefined : range.gte * US];
  const upper = [range.lt === undefined ? undefined : range.lt * US, range.lte === undefined ? undefined : (range.lte + 1) * US];
  const gte = lower.filter((v) => v !== undefined);
  const lt = upper.filter((v) => v !== undefined);
  return { ...(gte.length ? { gte: Math.max(...gte) } : {}), ...(lt.length ? { lt: Math.min(...lt) } : {}) };
}

/** The store's cursor query from a validated `CursorQuery` of the route table. Both cursors at once is a 400. */
export function cursorQueryOf(query: {
  readonly limit?: number;
  readonly starting_after?: string;
  readonly ending_before?: string;
  readonly created?: { gt?: number; gte?: number; lt?: number; lte?: number };
}): CursorQuery {
  if (query.starting_after !== undefined && query.ending_before !== undefined) {
    fail({
      kind: 'validation',
      issues: [{ part: 'query', pointer: '/ending_before', field: 'ending_before', code: 'invalid', message: 'cannot be combined with starting_after' }],
    });
  }
  const created = createdFromSeconds(query.created);
  return {
    limit: limitOf(query.limit),
    ...(query.starting_after === undefined ? {} : { startingAfter: query.starting_after }),
    ...(query.ending_before === undefined ? {} : { endingBefore: query.ending_before }),
    ...(created ? { created } : {}),
  };
}
