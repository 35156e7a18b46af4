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
