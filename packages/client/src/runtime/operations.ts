/**
 * What the runtime knows of each operation beyond orval's function: read from the emitted spec into
 * `generated/<api>/operations.ts`, so retries, idempotency keys and pagination are written once here
 * and hold for every API, present and future.
 */

/** How a list operation pages (the spec's `x-clientele-pagination`), with the largest page its `limit` allows. */
export type PaginationMeta = { readonly items: string; readonly id: string; readonly limit: string; readonly maxLimit?: number } & (
  | { readonly style: 'offset'; readonly offset: string; readonly total?: string }
  | { readonly style: 'links'; readonly next: string }
  | { readonly style: 'cursor'; readonly after: string; readonly hasMore: string; readonly before?: string; readonly hasMoreBefore?: string }
);

export interface OperationMeta {
  readonly method: string;
  readonly path: string;
  /** The operation takes an `Idempotency-Key` header, so a retried request runs at most once. */
  readonly idempotencyKey?: boolean;
  /** Which argument of the operation holds its query parameters. */
  readonly queryIndex?: number;
  /** Some query parameter is an object (`created[gte]`): the parameters travel in bracket notation. */
  readonly bracketQuery?: boolean;
  readonly pagination?: PaginationMeta;
}

export type OperationTable = Readonly<Record<string, OperationMeta>>;

/** The value at a dotted path (`_embedded.customers`) of a response body. */
export function valueAt(value: unknown, path: string): unknown {
  let at = value;
  for (const key of path.split('.')) at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  return at;
}
