import { readFileSync } from 'node:fs';
import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { apis, balanced, defineApi, toRouterPath, type ApiDefinition } from '@clientele/schemas';
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

  it('an unknown $ref', () => {
    const api = withRoute((r) => (r.listCustomers.request.query = Type.Object({ cursor: Type.Ref('Nowhere') })));
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

describe('paths', () => {
  it('converts OpenAPI placeholders to router syntax in one place', () => {
    expect(toRouterPath('/v1/customers/{customer_id}')).toBe('/v1/customers/:customer_id');
    expect(toRouterPath('/banks/{bank_id}/customers/{customer_id}/addresses')).toBe('/banks/:bank_id/customers/:customer_id/addresses');
  });
  it('defineApi keeps the definition as given', () => {
    expect(defineApi(balanced)).toBe(balanced);
  });
});
