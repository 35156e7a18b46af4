import { Type } from '@sinclair/typebox';
import type { Pagination } from './route.ts';

/** Largest offset accepted anywhere: keeps values inside 32-bit signed integers on every driver. */
export const MAX_OFFSET = 2_147_483_647;

export interface OffsetPaging {
  readonly defaultLimit: number;
  readonly maxLimit: number;
}

/** The `limit` query parameter, with the API's default and ceiling (applied by the validators). */
const limitParameter = ({ defaultLimit, maxLimit }: OffsetPaging) =>
  Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: maxLimit,
      default: defaultLimit,
      description: `How many results to return (1–${maxLimit}, default ${defaultLimit}).`,
    }),
  );

/** `limit` and `offset` query parameters, with the API's defaults and ceiling. */
export function OffsetQuery({ defaultLimit, maxLimit }: OffsetPaging) {
  return Type.Object(
    {
      limit: limitParameter({ defaultLimit, maxLimit }),
      offset: Type.Optional(
        Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0, description: 'How many results to skip (default 0).' }),
      ),
    },
    { additionalProperties: true },
  );
}

/** Unix seconds bounds on creation time: `created[gt]=…` (form and query bracket notation). */
export const CreatedFilter = () =>
  Type.Object(
    {
      gt: Type.Optional(Type.Integer({ minimum: 0, description: 'Created after this time (Unix seconds).' })),
      gte: Type.Optional(Type.Integer({ minimum: 0, description: 'Created at or after this time (Unix seconds).' })),
      lt: Type.Optional(Type.Integer({ minimum: 0, description: 'Created before this time (Unix seconds).' })),
      lte: Type.Optional(Type.Integer({ minimum: 0, description: 'Created at or before this time (Unix seconds).' })),
    },
    { additionalProperties: false, description: 'Bounds on the creation time, each optional.' },
  );

/**
 * Cursor paging by object id (`starting_after` / `ending_before`), with the API's limit defaults
 * and, where the API has it, a `created` range in Unix seconds.
 */
export function CursorQuery({ defaultLimit, maxLimit, created = false }: OffsetPaging & { readonly created?: boolean }) {
  return Type.Object(
    {
      limit: limitParameter({ defaultLimit, maxLimit }),
      starting_after: Type.Optional(Type.String({ minLength: 1, maxLength: 255, description: 'An object id: the page starts after it.' })),
      ending_before: Type.Optional(Type.String({ minLength: 1, maxLength: 255, description: 'An object id: the page ends before it.' })),
      ...(created ? { created: Type.Optional(CreatedFilter()) } : {}),
    },
    { additionalProperties: true },
  );
}

type Fields = { readonly items: string; readonly id: string };

/** Pages by `limit` and `offset` (the `OffsetQuery` parameters), ending at `total` when the body carries it. */
export const offsetPages = (fields: Fields & { readonly total?: string }): Pagination => ({ style: 'offset', limit: 'limit', offset: 'offset', ...fields });

/** Pages by following the body's link to the next page (`next`, a dotted path to its URL), `limit` sizing the first. */
export const linkPages = (fields: Fields & { readonly next: string }): Pagination => ({ style: 'links', limit: 'limit', ...fields });

/**
 * Pages by object-id cursors (the `CursorQuery` parameters): `starting_after` while `hasMore`, and back
 * with `ending_before` while `hasMoreBefore` (the same flag unless the list has one for each direction).
 */
export const cursorPages = (fields: Fields & { readonly hasMore: string; readonly hasMoreBefore?: string }): Pagination => ({
  style: 'cursor',
  limit: 'limit',
  after: 'starting_after',
  before: 'ending_before',
  ...fields,
  hasMoreBefore: fields.hasMoreBefore ?? fields.hasMore,
});
