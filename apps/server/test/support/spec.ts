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

  return {
    document,
    /** Errors of `value` against a named component schema; empty when valid. */
    schemaErrors(name: string, value: unknown): string[] {
      const validate = ajv.compile({ $ref: `spec#/components/schemas/${name}` });
      return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
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
