import type { FastifySerializerCompiler } from 'fastify';
import fastJsonStringify, { type Schema } from 'fast-json-stringify';
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
 * Fastify response schemas for an operation's successful JSON bodies, from the route table: each
 * becomes a serializer (fast-json-stringify), compiled on its first use (`lazySerializerCompiler`).
 * Error bodies keep plain JSON.stringify: they are rare, and each API shapes its own.
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

/**
 * Fastify's serializer compiler, compiling a route's serializer when it first answers instead of at
 * start: compiling all of them (each route's schema carries its API's definitions) took about a
 * third of the server's start-up, for routes a run may never call. The first answer of a route pays
 * its compilation (milliseconds) once.
 */
export const lazySerializerCompiler = (({ schema }) => {
  let serialize: ((data: unknown) => string) | undefined;
  return (data: unknown) => (serialize ??= fastJsonStringify(schema as Schema))(data);
}) satisfies FastifySerializerCompiler<unknown>;
