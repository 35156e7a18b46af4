import { Type } from '@sinclair/typebox';

/** Largest offset accepted anywhere: keeps values inside 32-bit signed integers on every driver. */
export const MAX_OFFSET = 2_147_483_647;

export interface OffsetPaging {
  readonly defaultLimit: number;
  readonly maxLimit: number;
}

/** `limit` and `offset` query parameters, with the API's defaults and ceiling. */
export function OffsetQuery({ defaultLimit, maxLimit }: OffsetPaging) {
  return Type.Object(
    {
      limit: Type.Optional(
        Type.Integer({
          minimum: 1,
          maximum: maxLimit,
          default: defaultLimit,
          description: `How many results to return (1–${maxLimit}, default ${defaultLimit}).`,
        }),
      ),
      offset: Type.Optional(
        Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0, description: 'How many results to skip (default 0).' }),
      ),
    },
    { additionalProperties: true },
  );
}
