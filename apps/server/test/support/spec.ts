import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { format, formatNames } from '@clientele/validators';

const require = createRequire(import.meta.url);

/**
 * Validates payloads against the *emitted* OpenAPI document (not the TypeBox source), so the
 * published contract itself is what the tests hold the server and the seed examples to. An API
 * defined only in the tests passes the document emitted from it at run time.
 */
export function specValidator(api: string | object) {
  const document = (typeof api === 'string' ? JSON.parse(readFileSync(require.resolve(`@clientele/specs/${api}/openapi.json`), 'utf8')) : api) as {
    components: { schemas: Record<string, unknown> };
    paths: Record<
      string,
      Record<
        string,
        {
          operationId: string;
          parameters?: { name: string; in: string; required?: boolean; schema: { examples?: unknown[] } }[];
          requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
          responses: Record<string, { content?: Record<string, { schema: unknown }>; headers?: Record<string, { schema: unknown }> }>;
        }
      >
    >;
  };
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  // Formats of the server's own (`country`), which ajv-formats does not know, from the one implementation.
  for (const name of formatNames) if (!ajv.formats[name]) ajv.addFormat(name, (value: string) => format(name, value));
  ajv.addSchema({ $id: 'spec', components: document.components });
  const rewrite = (schema: unknown) => JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"spec#/components/'));

  const operations = new Map<string, (typeof document.paths)[string][string]>();
  for (const methods of Object.values(document.paths)) for (const op of Object.values(methods)) operations.set(op.operationId, op);

  /** Errors of `value` against a named component schema; empty when valid. */
  const schemaErrors = (name: string, value: unknown): string[] => {
    const validate = ajv.compile({ $ref: `spec#/components/schemas/${name}` });
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };

  return {
    document,
    schemaErrors,
    /**
     * What the contract shows of a valid request to the operation: its body schema's first documented
     * example, and the first example of each required query parameter and header. `missing` names
     * each part that is required and shows none.
     */
    requestExample(operationId: string) {
      const op = operations.get(operationId);
      if (!op) return { query: {}, headers: {}, missing: [`no operation ${operationId}`] };
      const missing: string[] = [];
      const parts = { query: {} as Record<string, string>, header: {} as Record<string, string> };
      for (const parameter of op.parameters ?? []) {
        if (!parameter.required || (parameter.in !== 'query' && parameter.in !== 'header')) continue;
        const [example] = parameter.schema.examples ?? [];
        if (example === undefined) missing.push(`${parameter.in} parameter ${parameter.name} shows no example`);
        else parts[parameter.in][parameter.name] = String(example);
      }
      const ref = Object.values(op.requestBody?.content ?? {})[0]?.schema.$ref;
      const schema = ref?.replace('#/components/schemas/', '');
      const [body] = schema === undefined ? [] : ((document.components.schemas[schema] as { examples?: unknown[] }).examples ?? []);
      if (schema !== undefined && body === undefined) missing.push(`body schema ${schema} shows no example`);
      const invalid = schema !== undefined && body !== undefined ? schemaErrors(schema, body) : [];
      if (invalid.length) missing.push(`the example of body schema ${schema} is invalid: ${invalid.join('; ')}`);
      return { schema, body, query: parts.query, headers: parts.header, missing };
    },
    /** Errors of a response body against what the operation documents for that status. */
    responseErrors(operationId: string, status: number, body: unknown): string[] {
      const op = operations.get(operationId);
      if (!op) return [`no operation ${operationId}`];
      const response = op.responses[String(status)];
      if (!response) return [`${operationId} does not document status ${status}`];
      const schema = Object.values(response.content ?? {})[0]?.schema;
      if (!schema) return body === undefined || body === '' ? [] : [`${operationId} ${status} documents no body`];
      const validate = ajv.compile(rewrite(schema));
      return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
    },
    /** Errors of a response header value against what the operation documents for that status. */
    headerErrors(operationId: string, status: number, name: string, value: string): string[] {
      const header = operations.get(operationId)?.responses[String(status)]?.headers?.[name];
      if (!header) return [`${operationId} ${status} documents no header ${name}`];
      const validate = ajv.compile(rewrite(header.schema));
      return validate(value) ? [] : (validate.errors ?? []).map((e) => `${name} ${e.message}`);
    },
  };
}
