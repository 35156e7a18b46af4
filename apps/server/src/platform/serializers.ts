import { moduleDefinitions, toJsonSchema, type ApiDefinition, type Operation } from '@clientele/schemas';

/**
 * `T | null` as `type: [T, "null"]`: the serializer then writes either without trying each branch
 * of an `anyOf` (which fast-json-stringify does by validating the value against each).
 */
function flattenNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(flattenNullable);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = flattenNullable(value);
  const anyOf = out.anyOf as Record<string, unknown>[] | undefined;
  if (anyOf?.length === 2 && anyOf[1]?.type === 'null' && typeof anyOf[0]?.type === 'string' && !anyOf[0].anyOf) {
    const { anyOf: _, ...rest } = out;
    return { ...rest, ...anyOf[0], type: [anyOf[0].type, 'null'] };
  }
  return out;
}

/**
 * Fastify response schemas for an operation's successful JSON bodies, from the route table: Fastify
 * compiles each into a serializer (fast-json-stringify) once, at start. Error bodies keep plain
 * JSON.stringify: they are rare, and each API shapes its own.
 */
export function responseSchemas(api: ApiDefinition): (op: Operation) => Record<number, unknown> | undefined {
  const definitions = moduleDefinitions(api.module);
  const known = new Set(Object.keys(definitions));
  const $defs = Object.fromEntries(
    Object.entries(definitions).map(([name, schema]) => [name, flattenNullable(toJsonSchema(schema, known, `${api.name} ${name}`, '#/$defs/'))]),
  );
  return (op) => {
    const ok = Object.entries(op.responses).filter(([status, response]) => Number(status) < 300 && response.body?.contentTypes.some((t) => /json/.test(t)));
    if (!ok.length) return undefined;
    return Object.fromEntries(ok.map(([status, response]) => [Number(status), { $defs, $ref: `#/$defs/${response.body!.schema}` }]));
  };
}
