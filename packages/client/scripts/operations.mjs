// Writes generated/<api>/operations.ts beside orval's output: what the runtime needs to know of each
// operation that orval's functions do not carry (whether it takes an Idempotency-Key, where its query
// parameters sit among its arguments, how its list pages), read from the emitted spec. Retries and
// pagination are written once in the runtime and driven by this table, for every API.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const specs = fileURLToPath(new URL('../../specs/generated/', import.meta.url));
const generated = fileURLToPath(new URL('../generated/', import.meta.url));
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head'];

const resolve = (spec, schema) => (schema?.$ref ? spec.components.schemas[schema.$ref.replace('#/components/schemas/', '')] : schema);

function operationsOf(spec) {
  const table = {};
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const parameters = op.parameters ?? [];
      const pathParams = parameters.filter((p) => p.in === 'path').length;
      const query = parameters.filter((p) => p.in === 'query');
      // orval's argument order: path parameters, the body, the query parameters, the request options.
      const queryIndex = query.length ? pathParams + (op.requestBody ? 1 : 0) : undefined;
      const entry = {
        method: method.toUpperCase(),
        path,
        ...(parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key') ? { idempotencyKey: true } : {}),
        ...(queryIndex !== undefined ? { queryIndex } : {}),
        // Objects in the query (`created[gte]`) travel in bracket notation.
        ...(query.some((p) => resolve(spec, p.schema)?.type === 'object') ? { bracketQuery: true } : {}),
      };
      const pagination = op['x-clientele-pagination'];
      if (pagination) {
        const limit = query.find((p) => p.name === pagination.limit);
        entry.pagination = { ...pagination, ...(limit?.schema?.maximum ? { maxLimit: limit.schema.maximum } : {}) };
      }
      table[op.operationId] = entry;
    }
  }
  return Object.fromEntries(Object.keys(table).sort().map((id) => [id, table[id]]));
}

const apis = readdirSync(specs, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
for (const api of apis) {
  const spec = JSON.parse(readFileSync(`${specs}${api}/openapi.json`, 'utf8'));
  const source = [
    `// Generated from schemas/${api} (its emitted spec); do not edit. Run \`pnpm generate\`.`,
    `import type { OperationTable } from '../../src/runtime/operations';`,
    '',
    `export const operationTable = ${JSON.stringify(operationsOf(spec), null, 2)} as const satisfies OperationTable;`,
    '',
  ].join('\n');
  const file = `${generated}${api}/operations.ts`;
  const options = await prettier.resolveConfig(file, { editorconfig: false });
  writeFileSync(file, await prettier.format(source, { ...options, parser: 'typescript' }));
}
console.log(`operations: wrote generated/{${apis.join(',')}}/operations.ts`);
