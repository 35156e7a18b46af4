import type { TObject } from '@sinclair/typebox';
import { IDEMPOTENCY_KEY_HEADER, moduleDefinitions, requiredErrorStatuses, operationHeaders, toOpenApiSchema, pathParameterNames, type ApiDefinition, type Operation } from '@clientele/schemas';

type Json = Record<string, unknown>;

/** Checks a route table before anything is emitted; every failure names the operation and what it conflicts with. */
export function checkRoutes(api: ApiDefinition): void {
  checkAlternatives(api);
  const where = (id: string) => `schemas/${api.name} routes.${id}`;
  const seen = new Map<string, string>();
  const seenLower = new Map<string, string>();
  const names = new Set(Object.keys(moduleDefinitions(api.module)));
  for (const [id, op] of Object.entries(api.routes)) {
    const key = `${op.method} ${op.path}`;
    const other = seen.get(key);
    if (other) throw new Error(`${where(id)}: ${key} is already declared by ${where(other)}`);
    seen.set(key, id);
    const clash = seenLower.get(id.toLowerCase());
    if (clash) throw new Error(`${where(id)}: operationId differs from ${where(clash)} only by case`);
    seenLower.set(id.toLowerCase(), id);
    if (!api.tags[op.tag]) throw new Error(`${where(id)}: tag "${op.tag}" has no description in ${api.name}'s tags`);
    if (op.auth && !api.securitySchemes[op.auth.scheme]) {
      throw new Error(`${where(id)}: auth scheme "${op.auth.scheme}" is not among ${api.name}'s securitySchemes`);
    }
    if (op.idempotency && !['POST', 'PUT', 'PATCH', 'DELETE'].includes(op.method)) {
      throw new Error(`${where(id)}: idempotency applies to POST, PUT, PATCH or DELETE, not ${op.method}`);
    }
    if (op.queryInBody && (op.method !== 'GET' || !op.request?.query)) {
      throw new Error(`${where(id)}: queryInBody applies to a GET with a query schema`);
    }
    if (op.pagination) checkPagination(op, where(id));
    if (op.idempotency && !op.auth) throw new Error(`${where(id)}: idempotency keys belong to a tenant, so the operation needs auth`);
    for (const field of op.auth?.orInBody ?? []) {
      const body = op.request?.body && (moduleDefinitions(api.module)[op.request.body.schema] as { properties?: Record<string, unknown> } | undefined);
      if (!body?.properties?.[field]) throw new Error(`${where(id)}: auth.orInBody names "${field}", which the request body does not document`);
    }
    const declared = Object.keys(op.request?.params?.properties ?? {}).sort();
    const inPath = pathParameterNames(op.path).sort();
    if (declared.join() !== inPath.join()) {
      throw new Error(`${where(id)}: path ${op.path} has parameters [${inPath}] but request.params declares [${declared}]`);
    }
    for (const status of requiredErrorStatuses(op, api.errorResponses?.also)) {
      if (!op.responses[status]) throw new Error(`${where(id)}: documented error response ${status} is missing`);
    }
    const bodies = [op.request?.body, ...Object.values(op.responses).map((r) => r.body)];
    for (const body of bodies) {
      if (body && !names.has(body.schema)) throw new Error(`${where(id)}: body schema "${body.schema}" is not in ${api.name}'s module`);
    }
    if (op.headOf) {
      const target = api.routes[op.headOf];
      if (op.method !== 'HEAD' || !target || target.method !== 'GET' || target.path !== op.path) {
        throw new Error(`${where(id)}: headOf "${op.headOf}" must name a GET operation on the same path`);
      }
    }
  }
}

/** An alternative scheme names a scheme of the same API that is not itself an alternative. */
function checkAlternatives(api: ApiDefinition): void {
  for (const [name, scheme] of Object.entries(api.securitySchemes)) {
    const target = scheme.alternativeTo === undefined ? undefined : api.securitySchemes[scheme.alternativeTo];
    if (scheme.alternativeTo !== undefined && (!target || target.alternativeTo !== undefined)) {
      throw new Error(`schemas/${api.name} securitySchemes.${name}: alternativeTo "${scheme.alternativeTo}" is not a scheme of its own among ${api.name}'s securitySchemes`);
    }
  }
}

/** A paged operation is a GET whose query takes the parameters its pagination names, with a 200 body to page through. */
function checkPagination(op: Operation, where: string): void {
  const pagination = op.pagination!;
  if (op.method !== 'GET') throw new Error(`${where}: pagination applies to a GET, not ${op.method}`);
  if (!op.responses[200]?.body) throw new Error(`${where}: pagination needs a 200 response with a body`);
  const wanted = [pagination.limit];
  if (pagination.style === 'offset') wanted.push(pagination.offset);
  if (pagination.style === 'cursor') wanted.push(pagination.after, ...(pagination.before ? [pagination.before] : []));
  const query = new Set(Object.keys(op.request?.query?.properties ?? {}));
  const missing = wanted.filter((name) => !query.has(name));
  if (missing.length) throw new Error(`${where}: pagination names query parameters [${missing}] that request.query does not declare`);
}

/** The schema at a dotted path below `schema`, following `$ref`s into the components; undefined where the path leads nowhere. */
function schemaAt(schemas: Record<string, Json>, schema: Json | undefined, path: string): Json | undefined {
  let at = schema;
  for (const key of path ? path.split('.') : []) {
    while (at && typeof at.$ref === 'string') at = schemas[at.$ref.replace('#/components/schemas/', '')];
    at = (at?.properties as Record<string, Json> | undefined)?.[key];
  }
  while (at && typeof at.$ref === 'string') at = schemas[at.$ref.replace('#/components/schemas/', '')];
  return at;
}

/** Whether a schema (through `$ref`s, and any branch of a union) can be an object. */
function isObjectSchema(schemas: Record<string, Json>, schema: Json | undefined): boolean {
  const at = schemaAt(schemas, schema, '');
  if (!at) return false;
  const type = at.type;
  if (type === 'object' || (Array.isArray(type) && type.includes('object'))) return true;
  return [...((at.anyOf as Json[] | undefined) ?? []), ...((at.oneOf as Json[] | undefined) ?? [])].some((branch) => isObjectSchema(schemas, branch));
}

/**
 * Objects in a query or a form body travel in bracket notation (`created[gte]=…`, `metadata[k]=…`),
 * which is how the server's one form and query parser reads every API: OpenAPI's `deepObject`.
 */
const DEEP_OBJECT = { style: 'deepObject', explode: true } as const;

/**
 * The `encoding` of a form body: `deepObject` for each of its properties that can be an object, so
 * a validator or client reads `card[number]=…` as `card.number` (undefined when there are none).
 */
function formEncoding(schemas: Record<string, Json>, name: string): Json | undefined {
  const properties = (schemaAt(schemas, schemas[name], '')?.properties ?? {}) as Record<string, Json>;
  const objects = Object.keys(properties).filter((property) => isObjectSchema(schemas, properties[property]));
  return objects.length ? Object.fromEntries(objects.map((property) => [property, { ...DEEP_OBJECT }])) : undefined;
}

/** Every body field a pagination names exists in the emitted 200 schema: the items an array of objects with the id. */
function checkPaginatedBody(id: string, op: Operation, schemas: Record<string, Json>, apiName: string): void {
  const pagination = op.pagination!;
  const where = `schemas/${apiName} routes.${id} pagination`;
  const body = schemas[op.responses[200]!.body!.schema];
  const items = schemaAt(schemas, body, pagination.items);
  if (items?.type !== 'array') throw new Error(`${where}: items "${pagination.items}" is not an array of the 200 body`);
  if (!schemaAt(schemas, items.items as Json, pagination.id)) throw new Error(`${where}: the items have no "${pagination.id}" field`);
  const fields = pagination.style === 'offset' ? [pagination.total] : pagination.style === 'links' ? [pagination.next] : [pagination.hasMore, pagination.hasMoreBefore];
  for (const field of fields) {
    if (field && !schemaAt(schemas, body, field)) throw new Error(`${where}: the 200 body has no "${field}"`);
  }
}

function parameters(op: Operation, known: ReadonlySet<string>, schemas: Record<string, Json>, where: string): Json[] {
  const out: Json[] = [];
  const add = (location: 'path' | 'query' | 'header', object: TObject | undefined) => {
    if (!object) return;
    const required = new Set(object.required ?? []);
    for (const [name, schema] of Object.entries(object.properties)) {
      const { description, ...rest } = toOpenApiSchema(schema, known, `${where} ${location} ${name}`);
      const extension = location === 'header' && name === IDEMPOTENCY_KEY_HEADER ? op.idempotency?.extension : undefined;
      out.push({
        name,
        in: location,
        required: location === 'path' || required.has(name),
        ...(description ? { description } : {}),
        ...(extension ? { 'x-clientele-extension': extension } : {}),
        ...(location === 'query' && isObjectSchema(schemas, rest) ? DEEP_OBJECT : {}),
        schema: rest,
      });
    }
  };
  add('path', op.request?.params);
  add('query', op.request?.query);
  add('header', operationHeaders(op));
  return out;
}

const FORM = 'application/x-www-form-urlencoded';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * Who may call: the operation's scheme, each scheme declared as its alternative, and `{}` when the
 * credentials may come in the body instead. Each entry is one way (OpenAPI ORs them).
 */
function security(op: Operation, api: ApiDefinition): Json[] {
  if (!op.auth) return [];
  const scopes = [...(op.auth.scopes ?? [])];
  const alternatives = Object.keys(api.securitySchemes).filter((name) => api.securitySchemes[name]!.alternativeTo === op.auth!.scheme);
  return [op.auth.scheme, ...alternatives].map((name) => ({ [name]: [...scopes] })).concat(op.auth.orInBody ? [{}] : []);
}

function operationObject(id: string, op: Operation, api: ApiDefinition, known: ReadonlySet<string>, schemas: Record<string, Json>): Json {
  const where = `schemas/${api.name} routes.${id}`;
  const params = parameters(op, known, schemas, where);
  const body = op.request?.body;
  const responses: Json = {};
  for (const [status, response] of Object.entries(op.responses)) {
    responses[status] = {
      description: response.description,
      ...(response.headers
        ? {
            headers: Object.fromEntries(
              Object.entries(response.headers).map(([name, h]) => [
                name,
                { description: h.description, schema: toOpenApiSchema(h.schema, known, `${where} header ${name}`) },
              ]),
            ),
          }
        : {}),
      ...(response.body
        ? { content: Object.fromEntries(response.body.contentTypes.map((ct) => [ct, { schema: ref(response.body!.schema) }])) }
        : {}),
    };
  }
  return {
    operationId: id,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(op.extension ? { 'x-clientele-extension': op.extension } : {}),
    ...(op.queryInBody ? { 'x-clientele-query-in-body': [...op.queryInBody] } : {}),
    ...(op.pagination ? { 'x-clientele-pagination': { ...op.pagination } } : {}),
    security: security(op, api),
    ...(params.length ? { parameters: params } : {}),
    ...(body
      ? {
          requestBody: {
            required: body.required ?? true,
            content: Object.fromEntries(
              body.contentTypes.map((ct) => {
                const encoding = ct === FORM ? formEncoding(schemas, body.schema) : undefined;
                return [ct, { schema: ref(body.schema), ...(encoding ? { encoding } : {}) }];
              }),
            ),
          },
        }
      : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of one API: paths from its route table, components hoisted from its module. */
export function emitOpenApi(api: ApiDefinition): Json {
  checkRoutes(api);
  const definitions = moduleDefinitions(api.module);
  const known = new Set(Object.keys(definitions));
  const schemas = Object.fromEntries(
    [...known].sort().map((name) => [name, toOpenApiSchema(definitions[name]!, known, `schemas/${api.name} module.${name}`)]),
  );
  const paths: Record<string, Json> = {};
  for (const [id, op] of Object.entries(api.routes)) {
    if (op.pagination) checkPaginatedBody(id, op, schemas, api.name);
    (paths[op.path] ??= {})[op.method.toLowerCase()] = operationObject(id, op, api, known, schemas);
  }
  const webhooks = Object.fromEntries(
    Object.keys(api.webhooks ?? {})
      .sort()
      .map((name) => {
        const op = api.webhooks![name]!;
        if (api.routes[name]) throw new Error(`schemas/${api.name}: webhook "${name}" has the name of an operation of the route table`);
        return [name, { [op.method.toLowerCase()]: operationObject(name, op, api, known, schemas) }];
      }),
  );
  const used = [...Object.values(api.routes), ...Object.values(api.webhooks ?? {})];
  const tags = [...new Set(used.map((op) => op.tag))].sort().map((name) => ({ name, description: api.tags[name] }));
  return {
    openapi: '3.1.0',
    info: { title: api.title, version: api.version, description: api.description, license: { name: 'MIT', identifier: 'MIT' } },
    servers: api.servers.map((s) => ({ ...s })),
    tags,
    paths: Object.fromEntries(Object.keys(paths).sort().map((p) => [p, paths[p]])),
    ...(Object.keys(webhooks).length ? { webhooks } : {}),
    components: {
      schemas,
      securitySchemes: Object.fromEntries(Object.entries(api.securitySchemes).map(([name, { alternativeTo: _, ...scheme }]) => [name, structuredClone(scheme)])),
    },
  };
}
