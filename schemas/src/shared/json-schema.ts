import type { TSchema } from '@sinclair/typebox';

/** TypeBox's record-of-any-string key pattern; emitted as `additionalProperties` so every tool reads it. */
const ANY_KEY = '^(.*)$';

/**
 * A TypeBox schema as plain JSON Schema: symbol keys dropped, `$id` removed, module references
 * pointed at `refPrefix` + name (`#/components/schemas/` for OpenAPI 3.1), string-keyed records
 * written as `additionalProperties`. Unknown references fail loudly, naming where they were found.
 */
export function toJsonSchema(
  schema: TSchema,
  known: ReadonlySet<string>,
  where: string,
  refPrefix = '#/components/schemas/',
): Record<string, unknown> {
  const walk = (node: unknown, at: string): unknown => {
    if (Array.isArray(node)) return node.map((item, i) => walk(item, `${at}/${i}`));
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$id') continue;
      if (key === '$ref') {
        const name = String(value);
        if (!known.has(name)) throw new Error(`${where}: unknown $ref "${name}" at ${at || '/'} (not a schema of this API's module)`);
        out.$ref = `${refPrefix}${name}`;
        continue;
      }
      if (key === 'patternProperties' && value && typeof value === 'object' && Object.keys(value).length === 1 && ANY_KEY in value) {
        out.additionalProperties = walk((value as Record<string, unknown>)[ANY_KEY], `${at}/patternProperties`);
        continue;
      }
      out[key] = walk(value, `${at}/${key}`);
    }
    return out;
  };
  return walk(schema, '') as Record<string, unknown>;
}

/** The OpenAPI 3.1 form: references into `components.schemas`. */
export const toOpenApiSchema = (schema: TSchema, known: ReadonlySet<string>, where: string) => toJsonSchema(schema, known, where);
