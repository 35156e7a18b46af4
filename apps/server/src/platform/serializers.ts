import type { FastifySerializerCompiler } from 'fastify';
import fastJsonStringify, { type Schema } from 'fast-json-stringify';
import { createHash } from 'node:crypto';
import { moduleDefinitions, toJsonSchema, type ApiDefinition, type Operation } from '@clientele/schemas';
import { withShown } from './shown.ts';

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
  const $defs = definitionsOf(api);
  return (op) => {
    const ok = Object.entries(op.responses).filter(([status, response]) => Number(status) < 300 && response.body?.contentTypes.some((t) => /json/.test(t)));
    if (!ok.length) return undefined;
    return Object.fromEntries(ok.map(([status, response]) => [Number(status), { $defs, $ref: `#/$defs/${response.body!.schema}` }]));
  };
}

const definitions = new WeakMap<ApiDefinition, Record<string, unknown>>();

/** An API's schemas as JSON Schema `$defs`, made once per API: what every serializer of its responses refers to. */
function definitionsOf(api: ApiDefinition): Record<string, unknown> {
  let $defs = definitions.get(api);
  if (!$defs) {
    const module = moduleDefinitions(api.module);
    const known = new Set(Object.keys(module));
    $defs = Object.fromEntries(
      Object.entries(module).map(([name, schema]) => [name, flattenNullable(toJsonSchema(schema, known, `${api.name} ${name}`, '#/$defs/'))]),
    );
    definitions.set(api, $defs);
  }
  return $defs;
}

/** The serializer of one of an API's schemas, and a fingerprint of the API's schemas (it changes when any does). */
export interface SchemaSerializer {
  readonly serialize: (value: unknown) => string;
  readonly fingerprint: string;
}

/**
 * The serializer of one of an API's schemas, compiled on first use: the same code a route's
 * serializer runs for a value of that schema inside a response, so its text can be spliced into one.
 */
export function schemaSerializer(api: ApiDefinition, name: string): SchemaSerializer {
  let serialize: ((data: unknown) => string) | undefined;
  let fingerprint: string | undefined;
  return {
    serialize: (value) => (serialize ??= fastJsonStringify({ $defs: definitionsOf(api), $ref: `#/$defs/${name}` } as Schema))(value),
    get fingerprint() {
      return (fingerprint ??= createHash('sha1').update(JSON.stringify(definitionsOf(api))).digest('hex'));
    },
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
  // A body may hold text made ahead (shown.ts): sent as it is, spliced into what is serialized around it.
  return (data: unknown) => withShown(data, (serialize ??= fastJsonStringify(schema as Schema)));
}) satisfies FastifySerializerCompiler<unknown>;
