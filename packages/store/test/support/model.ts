import type { CreatedRange, CursorPage, CursorQuery, OffsetQuery, Page } from '../../src/types.ts';

/** What the store holds for one scope, kept in creation order: the answers every list must give. */
export class ScopeModel {
  readonly docs: { id: string; createdUs: number; deleted: boolean }[] = [];

  add(id: string, createdUs: number) {
    this.docs.push({ id, createdUs, deleted: false });
  }

  remove(id: string) {
    this.docs.find((d) => d.id === id)!.deleted = true;
  }

  get live() {
    return this.docs.filter((d) => !d.deleted);
  }

  /** The live documents in `created`, in `order`. */
  list(order: 'asc' | 'desc' = 'desc', created: CreatedRange = {}) {
    const within = this.live.filter(
      ({ createdUs: c }) =>
        (created.gt === undefined || c > created.gt) &&
        (created.gte === undefined || c >= created.gte) &&
        (created.lt === undefined || c < created.lt) &&
        (created.lte === undefined || c <= created.lte),
    );
    return order === 'asc' ? within : within.reverse();
  }

  page(query: OffsetQuery): { ids: string[]; total: number } {
    const all = this.list(query.order, query.created);
    return { ids: all.slice(query.offset, query.offset + query.limit).map((d) => d.id), total: all.length };
  }

  cursorPage(query: CursorQuery): { ids: string[]; before: boolean; after: boolean } {
    const order = query.order ?? 'desc';
    const all = this.list(order, query.created);
    const position = (id: string) => this.docs.findIndex((d) => d.id === id);
    // Sides of a document in `order`, by position in the scope (the cursor itself may be outside `created`).
    const precedes = (a: string, b: string) => (order === 'asc' ? position(a) < position(b) : position(a) > position(b));
    const cursor = query.startingAfter ?? query.endingBefore;
    if (cursor === undefined) {
      return { ids: all.slice(0, query.limit).map((d) => d.id), before: false, after: all.length > query.limit };
    }
    if (query.startingAfter !== undefined) {
      const following = all.filter((d) => precedes(cursor, d.id));
      const items = following.slice(0, query.limit);
      const edge = items[0]?.id ?? cursor;
      return { ids: items.map((d) => d.id), before: all.some((d) => precedes(d.id, edge)), after: following.length > query.limit };
    }
    const preceding = all.filter((d) => precedes(d.id, cursor));
    const items = preceding.slice(Math.max(0, preceding.length - query.limit));
    const edge = items.at(-1)?.id ?? cursor;
    return { ids: items.map((d) => d.id), before: preceding.length > query.limit, after: all.some((d) => precedes(edge, d.id)) };
  }
}

export const idsOf = <T>(page: Page<T> | CursorPage<T>) => page.items.map((d) => d.id);
