import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { format, formatNames } from '@clientele/validators';

const require = createRequire(import.meta.url);

/** A JSON Schema as the emitted OpenAPI documents write them. */
export type Schema = Record<string, unknown>;

interface OpenApiOperation {
  readonly operationId: string;
  readonly security?: readonly Record<string, readonly string[]>[];
  readonly parameters?: readonly { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema: Schema }[];
  readonly requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
  readonly responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}

interface OpenApiDocument {
  readonly paths: Record<string, Record<string, OpenApiOperation>>;
  readonly components: { schemas: Record<string, Schema> };
}

/** One operation of an API as its emitted spec documents it. */
export interface SpecOperation {
  readonly id: string;
  readonly method: string;
  /** OpenAPI path template, `/v1/customers/{customer_id}`. */
  readonly path: string;
  readonly pathParams: readonly string[];
  readonly query: readonly { name: string; required: boolean; schema: Schema }[];
  /** Names of the headers it documents (lowercase): `idempotency-key`, … */
  readonly headerParams: readonly string[];
  readonly body?: { readonly required: boolean; readonly contentTypes: readonly string[]; readonly schema: Schema };
  readonly statuses: ReadonlySet<number>;
  /** The operation needs credentials (a `security` requirement other than the empty one). */
  readonly secured: boolean;
}

/** Where a request lands: an operation, a documented path without that method (405), or nowhere (404). */
export type Landing =
  | { readonly kind: 'operation'; readonly operation: SpecOperation }
  | { readonly kind: 'method'; readonly allow: readonly string[] }
  | { readonly kind: 'unknown' };

const mediaType = (header: string | undefined) => header?.split(';')[0]?.trim().toLowerCase();

/**
 * An API's contract, read from its emitted OpenAPI document: which operation a request reaches,
 * and whether a response is one the document allows (a documented status, a body in a documented
 * media type that validates against the documented schema).
 */
export function loadContract(api: string) {
  const document = JSON.parse(readFileSync(require.resolve(`@clientele/specs/${api}/openapi.json`), 'utf8')) as OpenApiDocument;
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  for (const name of formatNames) if (!ajv.formats[name]) ajv.addFormat(name, (value: string) => format(name, value));
  ajv.addSchema({ $id: 'spec', components: document.components });
  const compiled = new Map<string, ValidateFunction>();
  const validatorOf = (key: string, schema: Schema) => {
    let validate = compiled.get(key);
    if (!validate) compiled.set(key, (validate = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"spec#/components/')))));
    return validate;
  };

  const operations: SpecOperation[] = [];
  const raw = new Map<string, OpenApiOperation>();
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      raw.set(op.operationId, op);
      const body = op.requestBody ? Object.entries(op.requestBody.content) : [];
      operations.push({
        id: op.operationId,
        method: method.toUpperCase(),
        path,
        pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!),
        query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => ({ name: p.name, required: Boolean(p.required), schema: p.schema })),
        headerParams: (op.parameters ?? []).filter((p) => p.in === 'header').map((p) => p.name.toLowerCase()),
        ...(body.length ? { body: { required: op.requestBody!.required ?? true, contentTypes: body.map(([type]) => type), schema: body[0]![1].schema } } : {}),
        statuses: new Set(Object.keys(op.responses).map(Number)),
        secured: (op.security ?? []).some((requirement) => Object.keys(requirement).length > 0),
      });
    }
  }

  /** The API's error envelope: what its operations document for 401 or 404. */
  const envelope = (() => {
    for (const op of raw.values()) {
      const content = op.responses['404']?.content ?? op.responses['401']?.content;
      if (content) return Object.entries(content);
    }
    throw new Error(`${api}: no operation documents a 404 or 401 body`);
  })();

  const templates = operations.map((op) => ({ op, segments: op.path.split('/') }));

  /**
   * The operation `method` and `pathname` (below the API's mount, undecoded) reach, as a router
   * would: a `{parameter}` is any one segment, literal segments win over parameters.
   */
  function land(method: string, pathname: string): Landing {
    const segments = pathname.split('/');
    let best: { score: number; path: string } | undefined;
    for (const { op, segments: template } of templates) {
      if (template.length !== segments.length) continue;
      let score = 0;
      const fits = template.every((part, i) => {
        if (part.startsWith('{')) return true;
        score++;
        return part === segments[i];
      });
      if (fits && (!best || score > best.score)) best = { score, path: op.path };
    }
    if (!best) return { kind: 'unknown' };
    const onPath = operations.filter((op) => op.path === best!.path);
    const operation = onPath.find((op) => op.method === method);
    return operation ? { kind: 'operation', operation } : { kind: 'method', allow: onPath.map((op) => op.method) };
  }

  /** Why a body does not fit `content` (a documented content map) in the media type it came in; empty when it does. */
  function bodyProblems(key: string, content: readonly [string, { schema: Schema }][], contentType: string | undefined, text: string): string[] {
    const type = mediaType(contentType);
    const entry = content.find(([documented]) => documented === type);
    if (!entry) return [`Content-Type ${contentType ?? '(none)'} is not among the documented ${content.map(([t]) => t).join(', ')}`];
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return [`the body is not JSON: ${text.slice(0, 120)}`];
    }
    const validate = validatorOf(`${key} ${entry[0]}`, entry[1].schema);
    return validate(body) ? [] : (validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}`);
  }

  return {
    api,
    document,
    operations,
    land,
    /** Why a response to `operation` is not one its spec documents; empty when it is. */
    responseProblems(operation: SpecOperation, status: number, contentType: string | undefined, text: string, head: boolean): string[] {
      if (!operation.statuses.has(status)) return [`status ${status} is not documented for ${operation.id} (documented: ${[...operation.statuses].join(', ')})`];
      const content = raw.get(operation.id)!.responses[String(status)]!.content;
      if (head || !content) return text === '' ? [] : [`${operation.id} ${status} documents no body, but one came: ${text.slice(0, 120)}`];
      return bodyProblems(`${operation.id} ${status}`, Object.entries(content), contentType, text);
    },
    /** Why an answer that reached no operation (404, 405, a request the server could not read) is not in the API's error envelope. */
    envelopeProblems(contentType: string | undefined, text: string, head: boolean): string[] {
      if (head) return text === '' ? [] : ['a HEAD answer carries a body'];
      return bodyProblems('envelope', envelope, contentType, text);
    },
    /** Whether `value` is a request body the operation's spec accepts. */
    bodyFits(operation: SpecOperation, value: unknown): boolean {
      return operation.body ? Boolean(validatorOf(`${operation.id} request`, operation.body.schema)(value)) : false;
    },
    /** A named component schema, its `$ref`s resolved one level at a time by `resolve`. */
    resolve(schema: Schema): Schema {
      const ref = schema.$ref;
      return typeof ref === 'string' ? document.components.schemas[ref.replace('#/components/schemas/', '')]! : schema;
    },
  };
}

export type Contract = ReturnType<typeof loadContract>;
