import { Type, type SchemaOptions, type TNull, type TSchema, type TUnion } from '@sinclair/typebox';

/**
 * `T | null` as a plain union. Never `nullable: true` through Type.Unsafe: compiled validators
 * would silently reject null.
 */
export function Nullable<T extends TSchema>(schema: T, options?: SchemaOptions): TUnion<[T, TNull]> {
  return Type.Union([schema, Type.Null()], options);
}
