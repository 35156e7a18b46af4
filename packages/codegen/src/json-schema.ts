import { moduleDefinitions, toJsonSchema, type ApiDefinition } from '@clientele/schemas';

const REF = '#/$defs/';

/** The module's schemas `name` refers to, directly or through others, itself included, sorted. */
function reachable(definitions: Record<string, unknown>, name: string): string[] {
  const seen = new Set<string>();
  const visit = (schema: string) => {
    if (seen.has(schema)) return;
    seen.add(schema);
    for (const [, ref] of JSON.stringify(definitions[schema]).matchAll(/"\$ref":"([^"]+)"/g)) visit(ref!);
  };
  visit(name);
  return [...seen].sort();
}

/**
 * A named schema of an API's module as a standalone JSON Schema 2020-12 document (a file format the
 * API reads, such as the sandbox's seed files): the schema and every one it refers to under `$defs`.
 */
export function emitJsonSchema(api: ApiDefinition, name: string): Record<string, unknown> {
  const definitions = moduleDefinitions(api.module);
  const known = new Set(Object.keys(definitions));
  if (!known.has(name)) throw new Error(`schemas/${api.name} jsonSchemas: "${name}" is not a schema of ${api.name}'s module`);
  const $defs = Object.fromEntries(reachable(definitions, name).map((schema) => [schema, toJsonSchema(definitions[schema]!, known, `schemas/${api.name} module.${schema}`, REF)]));
  const { description } = $defs[name] as { description?: string };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `${api.title}: ${name}`,
    ...(description ? { description } : {}),
    $ref: `${REF}${name}`,
    $defs,
  };
}
