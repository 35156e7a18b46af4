import { readFileSync } from 'node:fs';
import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { defineApi, toRouterPath, type ApiDefinition } from '@clientele/schemas';
import { balanced } from '@clientele/schemas/balanced';
import { dwolla } from '@clientele/schemas/dwolla';
import { apis } from '@clientele/schemas/registry';
import { checkRoutes, emitOpenApi, emitValidators } from '../src/index.ts';

const committed = (api: string) =>
  JSON.parse(readFileSync(new URL(`../../specs/generated/${api}/openapi.json`, import.meta.url), 'utf8'));

/** A copy of Balanced with one route changed, to provoke each emitter failure. */
function withRoute(change: (routes: Record<string, any>) => void, extra: Partial<ApiDefinition> = {}): ApiDefinition {
  const routes = structuredClone(balanced.routes) as Record<string, any>;
  for (const [id, op] of Object.entries(balanced.routes)) {
    const request = (op as { request?: Record<string, unknown> }).request;
    if (request) routes[id].request = { ...request };
  }
  change(routes);
  const base: object = balanced;
  return { ...base, ...extra, routes } as ApiDefinition;
}

describe('emitted OpenAPI', () => {
  it.each(apis.map((api) => [api.name, api] as const))('%s: the committed spec is what the schemas produce now', (name, api) => {
    // Fails whenever a schema changes without `pnpm generate` (CI's check:generated also catches other files).
    expect(emitOpenApi(api)).toEqual(committed(name));
  });

  it('is deterministic', () => {
    expect(JSON.stringify(emitOpenApi(balanced))).toBe(JSON.stringify(emitOpenApi(balanced)));
    expect(emitValidators(balanced)).toBe(emitValidators(balanced));
  });

  it('covers the route table exactly: one operation per entry, with its operationId and one tag', () => {
    const doc = emitOpenApi(balanced) as { paths: Record<string, Record<string, { operationId: string; tags: string[] }>> };
    const ops = Object.values(doc.paths).flatMap((methods) => Object.values(methods));
    expect(ops.map((op) => op.operationId).sort()).toEqual(Object.keys(balanced.routes).sort());
    for (const op of ops) expect(op.tags).toHaveLength(1);
  });

  it('writes string-keyed records as additionalProperties and module refs as component refs', () => {
    const doc = emitOpenApi(balanced) as any;
    expect(doc.components.schemas.StringMap).toMatchObject({ type: 'object', additionalProperties: { type: 'string' } });
    expect(doc.components.schemas.Customer.properties.meta).toEqual({ $ref: '#/components/schemas/StringMap' });
    expect(JSON.stringify(doc)).not.toContain('"$id"');
  });
});

describe('route table checks fail loudly, naming both places', () => {
  it('pagination: emitted as x-clientele-pagination, only on a GET whose query and 200 body have what it names', () => {
    expect((emitOpenApi(balanced) as any).paths['/v1/customers'].get['x-clientele-pagination']).toEqual({ style: 'offset', limit: 'limit', offset: 'offset', items: 'items', id: 'id', total: 'total' });
    expect((emitOpenApi(dwolla) as any).paths['/customers'].get['x-clientele-pagination']).toMatchObject({ style: 'links', items: '_embedded.customers', next: '_links.next.href' });
    const paged = (change: (pagination: Record<string, unknown>, op: Record<string, any>) => void) =>
      withRoute((r) => {
        const op = r.listCustomers;
        op.pagination = { ...op.pagination };
        change(op.pagination, op);
      });
    expect(() => checkRoutes(paged((_, op) => (op.method = 'DELETE')))).toThrow(/routes\.listCustomers: pagination applies to a GET, not DELETE/);
    expect(() => checkRoutes(paged((p) => (p.offset = 'skip')))).toThrow(/pagination names query parameters \[skip\] that request\.query does not declare/);
    expect(() => emitOpenApi(paged((p) => (p.items = 'entries')))).toThrow(/routes\.listCustomers pagination: items "entries" is not an array of the 200 body/);
    expect(() => emitOpenApi(paged((p) => (p.id = 'uuid')))).toThrow(/the items have no "uuid" field/);
    expect(() => emitOpenApi(paged((p) => (p.total = 'count')))).toThrow(/the 200 body has no "count"/);
  });

  it('a second operation on the same method and path', () => {
    const api = withRoute((r) => (r.createAgain = { ...r.createCustomer }));
    expect(() => checkRoutes(api)).toThrow(/routes\.createAgain: POST \/v1\/customers is already declared by schemas\/balanced routes\.createCustomer/);
  });

  it('operationIds that differ only by case', () => {
    const api = withRoute((r) => (r.CreateCustomer = { ...r.createCustomer, path: '/v1/other' }));
    expect(() => checkRoutes(api)).toThrow(/differs from .*createCustomer only by case/);
  });

  it('a route without its documented error responses', () => {
    const api = withRoute((r) => delete r.updateCustomer.responses[404]);
    expect(() => checkRoutes(api)).toThrow(/routes\.updateCustomer: documented error response 404 is missing/);
  });

  it("an API's errorResponses fill each operation's standard errors by what it takes, and are required", () => {
    const routes = {
      listThings: { method: 'GET', path: '/things', tag: 'Customers', summary: 's', auth: { scheme: 'basicAuth' }, request: { query: Type.Object({}) }, responses: { 200: { description: 'ok' } } },
      headThings: { method: 'HEAD', path: '/things', tag: 'Customers', summary: 's', headOf: 'listThings', auth: { scheme: 'basicAuth' }, request: { query: Type.Object({}) }, responses: { 200: { description: 'ok' }, 400: { description: 'own' } } },
      putThing: {
        method: 'PUT', path: '/things/{id}', tag: 'Customers', summary: 's', auth: null, errors: [409],
        request: { params: Type.Object({ id: Type.String() }), body: { schema: 'CustomerUpdate', contentTypes: ['application/json'] } },
        responses: { 200: { description: 'ok' }, 415: { description: 'its own words' } },
      },
    } as const;
    const body = { schema: 'Error', contentTypes: ['application/json'] };
    const descriptions = { 400: 'bad', 401: 'who', 404: 'none', 406: 'format', 409: 'taken', 413: 'big', 415: 'type' };
    const define = (errorResponses: object) => defineApi({ ...(balanced as object), routes, errorResponses } as any) as ApiDefinition;
    const api = define({ body, descriptions, also: { every: [406] } });
    const statuses = (id: string) => Object.keys(api.routes[id]!.responses).map(Number);
    expect(statuses('listThings')).toEqual([200, 400, 401, 406]);
    expect(api.routes.listThings!.responses[400]).toEqual({ description: 'bad', body });
    // A HEAD answers without a body; a route's own wording of a status stays.
    expect(api.routes.headThings!.responses).toEqual({ 200: { description: 'ok' }, 400: { description: 'own' }, 401: { description: 'who' }, 406: { description: 'format' } });
    expect(statuses('putThing')).toEqual([200, 400, 404, 406, 409, 413, 415]);
    expect(api.routes.putThing!.responses[415]).toEqual({ description: 'its own words' });
    expect(() => define({ body, descriptions: { ...descriptions, 406: undefined } })).not.toThrow();
    expect(() => define({ body, descriptions: { 400: 'bad' } })).toThrow(/schemas\/balanced routes\.listThings: error response 401 has no description in balanced's errorResponses/);
    // The API's own additions are checked like the platform's.
    const without406 = { ...api, routes: { ...api.routes, listThings: { ...api.routes.listThings!, responses: { 200: { description: 'ok' } } } } };
    expect(() => checkRoutes(without406)).toThrow(/routes\.listThings: documented error response 400 is missing/);
    const { 406: _, ...but406 } = api.routes.listThings!.responses;
    const only406Missing = { ...api, routes: { ...api.routes, listThings: { ...api.routes.listThings!, responses: but406 } } };
    expect(() => checkRoutes(only406Missing)).toThrow(/routes\.listThings: documented error response 406 is missing/);
  });

  it('an unknown $ref', () => {
    const api = withRoute((r) => {
      r.listCustomers.request.query = Type.Object({ cursor: Type.Ref('Nowhere') });
      delete r.listCustomers.pagination; // it names `limit` and `offset`
    });
    expect(() => emitOpenApi(api)).toThrow(/routes\.listCustomers query cursor: unknown \$ref "Nowhere"/);
  });

  it('a body schema that is not in the module', () => {
    const api = withRoute((r) => (r.createCustomer.request.body = { schema: 'Missing', contentTypes: ['application/json'] }));
    expect(() => checkRoutes(api)).toThrow(/body schema "Missing" is not in balanced's module/);
  });

  it('path placeholders and declared params that disagree', () => {
    const api = withRoute((r) => (r.retrieveCustomer.path = '/v1/customers/{id}'));
    expect(() => checkRoutes(api)).toThrow(/has parameters \[id\] but request.params declares \[customer_id\]/);
  });

  it('an auth scheme the API does not define', () => {
    const api = withRoute((r) => (r.listCustomers.auth = { scheme: 'oauth' }));
    expect(() => checkRoutes(api)).toThrow(/auth scheme "oauth" is not among balanced's securitySchemes/);
  });

  it('a tag without a description', () => {
    const api = withRoute((r) => (r.listCustomers.tag = 'Secret'));
    expect(() => checkRoutes(api)).toThrow(/tag "Secret" has no description/);
  });
});

describe('idempotency and scopes', () => {
  const idempotentCreate = (change: (op: Record<string, any>) => void = () => {}) =>
    withRoute((r) => {
      r.createCustomer.idempotency = { extension: 'why' };
      r.createCustomer.responses = { ...r.createCustomer.responses, 422: r.createCustomer.responses[409] };
      change(r.createCustomer);
    });

  it('an idempotent operation documents Idempotency-Key (marked when beyond the seed) and its 409 and 422', () => {
    const doc = emitOpenApi(idempotentCreate()) as any;
    expect(doc.paths['/v1/customers'].post.parameters).toEqual([
      expect.objectContaining({ name: 'idempotency-key', in: 'header', required: false, 'x-clientele-extension': 'why', schema: { type: 'string', minLength: 1, maxLength: 255 } }),
    ]);
    expect(() => checkRoutes(idempotentCreate((op) => delete op.responses[422]))).toThrow(/routes\.createCustomer: documented error response 422 is missing/);
    expect(() => checkRoutes(idempotentCreate((op) => (op.auth = null)))).toThrow(/idempotency keys belong to a tenant/);
    expect(() => checkRoutes(withRoute((r) => (r.listCustomers.idempotency = {})))).toThrow(/routes\.listCustomers: idempotency applies to POST, PUT, PATCH or DELETE, not GET/);
  });

  it('a GET whose query may come in a body is marked, documents its 413 and 415, and must be a GET with a query', () => {
    const inBody = (change: (op: Record<string, any>) => void = () => {}) =>
      withRoute((r) => {
        r.listCustomers.queryInBody = ['application/x-www-form-urlencoded'];
        r.listCustomers.responses = { ...r.listCustomers.responses, 413: r.createCustomer.responses[413], 415: r.createCustomer.responses[415] };
        change(r.listCustomers);
      });
    expect((emitOpenApi(inBody()) as any).paths['/v1/customers'].get['x-clientele-query-in-body']).toEqual(['application/x-www-form-urlencoded']);
    expect(() => checkRoutes(inBody((op) => delete op.responses[415]))).toThrow(/routes\.listCustomers: documented error response 415 is missing/);
    expect(() => checkRoutes(inBody((op) => (op.method = 'DELETE')))).toThrow(/queryInBody applies to a GET with a query schema/);
  });

  it('credentials in the body name fields the body documents', () => {
    expect(() => checkRoutes(withRoute((r) => (r.createCustomer.auth = { scheme: 'basicAuth', orInBody: ['api_key'] })))).toThrow(
      /routes\.createCustomer: auth\.orInBody names "api_key", which the request body does not document/,
    );
  });

  it('an operation that requires scopes documents its 403', () => {
    expect(() => checkRoutes(withRoute((r) => (r.listCustomers.auth = { scheme: 'basicAuth', scopes: ['Read'] })))).toThrow(
      /routes\.listCustomers: documented error response 403 is missing/,
    );
  });

  it("Dwolla's spec: OAuth scopes on customer operations, HTTP Basic or body credentials on the token endpoint, extensions marked", () => {
    const doc = emitOpenApi(dwolla) as any;
    expect(doc.paths['/customers'].get.security).toEqual([{ oauth2: ['ManageCustomers'] }]);
    // Basic, or (the empty requirement) `client_id` and `client_secret` in the body, which its schema documents.
    expect(doc.paths['/token'].post.security).toEqual([{ clientCredentials: [] }, {}]);
    expect(Object.keys(doc.components.schemas.TokenRequest.properties)).toEqual(expect.arrayContaining(['client_id', 'client_secret']));
    expect(doc.paths['/token'].post['x-clientele-extension']).toMatch(/client credentials/);
    expect(doc.paths['/customers/{id}'].post['x-clientele-extension']).toMatch(/POST \/customers\/\{id\}/);
    expect(doc.paths['/customers'].post['x-clientele-extension']).toBeUndefined();
    expect(Object.keys(doc.paths['/customers'].post.responses[400].content)).toEqual(['application/vnd.dwolla.v1.hal+json', 'application/json']);
  });
});

describe('request forms the server reads', () => {
  it('form bodies declare deepObject encoding for each field that can be an object (Balanced meta, address), and no other', () => {
    const form = (emitOpenApi(balanced) as any).paths['/v1/customers'].post.requestBody.content;
    expect(form['application/x-www-form-urlencoded'].encoding).toEqual({
      meta: { style: 'deepObject', explode: true },
      address: { style: 'deepObject', explode: true },
    });
    expect(form['application/json'].encoding).toBeUndefined();
  });

  it('a query parameter whose schema is an object is deepObject; scalars keep the default style', () => {
    const api = withRoute((r) => (r.listCustomers.request.query = Type.Object({ limit: Type.Optional(Type.Integer()), offset: Type.Optional(Type.Integer()), created: Type.Optional(Type.Object({ gt: Type.Integer() })) })));
    const parameters = (emitOpenApi(api) as any).paths['/v1/customers'].get.parameters as any[];
    expect(parameters.find((p) => p.name === 'created')).toMatchObject({ in: 'query', style: 'deepObject', explode: true });
    expect(parameters.find((p) => p.name === 'limit').style).toBeUndefined();
  });

  it('a scheme declared as an alternative is listed beside the one it stands for, and alternativeTo is not emitted', () => {
    const securitySchemes = {
      basicAuth: balanced.securitySchemes.basicAuth!,
      bearerKey: { type: 'http', scheme: 'bearer', description: 'The key as a bearer token.', alternativeTo: 'basicAuth' },
    } as const;
    const doc = emitOpenApi(withRoute(() => {}, { securitySchemes })) as any;
    expect(doc.paths['/v1/customers'].get.security).toEqual([{ basicAuth: [] }, { bearerKey: [] }]);
    expect(doc.components.securitySchemes.bearerKey).toEqual({ type: 'http', scheme: 'bearer', description: 'The key as a bearer token.' });
    const dangling = { ...securitySchemes, bearerKey: { ...securitySchemes.bearerKey, alternativeTo: 'oauth' } };
    expect(() => checkRoutes(withRoute(() => {}, { securitySchemes: dangling }))).toThrow(/securitySchemes\.bearerKey: alternativeTo "oauth" is not a scheme of its own/);
  });
});

describe('webhooks', () => {
  it('what an API sends its users is emitted as OpenAPI 3.1 webhooks: headers, body and answer, beside the paths', () => {
    const doc = emitOpenApi(dwolla) as any;
    const post = doc.webhooks.dwollaWebhook.post;
    expect(post.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Event' });
    expect(post.parameters.map((p: { in: string; name: string }) => `${p.in}:${p.name}`)).toEqual(['header:x-dwolla-topic', 'header:x-request-signature-sha-256']);
    expect(post.security).toEqual([]);
    expect(Object.keys(doc.paths).some((path) => path === '')).toBe(false);
    expect((emitOpenApi(balanced) as any).webhooks.balancedCallback.post.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Event' });
  });

  it('a webhook named like an operation fails loudly', () => {
    const clash = { ...dwolla, webhooks: { listEvents: dwolla.webhooks!.dwollaWebhook } } as unknown as ApiDefinition;
    expect(() => emitOpenApi(clash)).toThrow('schemas/dwolla: webhook "listEvents" has the name of an operation of the route table');
  });
});

describe('paths', () => {
  it('converts OpenAPI placeholders to router syntax in one place', () => {
    expect(toRouterPath('/v1/customers/{customer_id}')).toBe('/v1/customers/:customer_id');
    expect(toRouterPath('/banks/{bank_id}/customers/{customer_id}/addresses')).toBe('/banks/:bank_id/customers/:customer_id/addresses');
  });
  it('defineApi keeps a definition without errorResponses as given, and fills the standard errors only once', () => {
    const { errorResponses: _, ...plain } = balanced;
    expect(defineApi(plain)).toBe(plain);
    expect(defineApi(balanced)).toEqual(balanced);
  });
});
