import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bank } from '@clientele/schemas/bank';
import { specValidator } from './support/spec.ts';

const dir = new URL('./fixtures/bank/', import.meta.url);
const fixture = (name: string) => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
const spec = specValidator('bank');

type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[] };
const components = spec.document.components.schemas as Record<string, Schema>;
const resolve = (schema: Schema): Schema => (schema.$ref ? resolve(components[schema.$ref.split('/').at(-1)!]!) : schema);

/**
 * Keys of `value` that its schema does not declare, as JSON pointers. Request schemas discard
 * unknown fields (as grpc-gateway does), so validation alone would not catch a misspelt name.
 */
function undeclared(schema: Schema, value: unknown, at = ''): string[] {
  const s = resolve(schema);
  const variants = (s.anyOf ?? s.oneOf)?.map(resolve);
  if (variants) {
    const candidates = variants.filter((v) => (Array.isArray(value) ? v.items : v.properties && value && typeof value === 'object'));
    return candidates.length ? undeclared(candidates[0]!, value, at) : [];
  }
  if (Array.isArray(value)) return s.items ? value.flatMap((item, i) => undeclared(s.items!, item, `${at}/${i}`)) : [];
  if (!value || typeof value !== 'object' || !s.properties) return [];
  return Object.entries(value).flatMap(([key, v]) => (s.properties![key] ? undeclared(s.properties![key]!, v, `${at}/${key}`) : [`${at}/${key}`]));
}

/** The success status and request body schema each operation documents. */
function documented(operationId: string) {
  for (const methods of Object.values(spec.document.paths)) {
    for (const op of Object.values(methods) as { operationId: string; responses: Record<string, unknown>; requestBody?: { content: Record<string, { schema: Schema }> } }[]) {
      if (op.operationId !== operationId) continue;
      const status = Number(Object.keys(op.responses).find((s) => s.startsWith('2')));
      const ref = op.requestBody && Object.values(op.requestBody.content)[0]!.schema.$ref;
      return { status, request: ref?.split('/').at(-1) };
    }
  }
  throw new Error(`no operation ${operationId}`);
}

const documentedOperations = Object.entries(bank.routes)
  .filter(([, op]) => !('extension' in op && op.extension))
  .map(([id]) => id)
  .sort();

describe('bank seed examples against the emitted OpenAPI document', () => {
  it('has a response example of each of the 27 documented operations, and a request example of each that takes a body', () => {
    expect(documentedOperations).toHaveLength(27);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.filter((f) => f.endsWith('.response.json')).map((f) => f.replace('.response.json', '')).sort()).toEqual(documentedOperations);
    const withBodies = documentedOperations.filter((id) => documented(id).request);
    expect(files.filter((f) => f.endsWith('.request.json')).map((f) => f.replace('.request.json', '')).sort()).toEqual(withBodies);
    expect(withBodies).toHaveLength(14);
  });

  it.each(documentedOperations)('%s: the response example validates, with exactly the documented field names', (operationId) => {
    const { status } = documented(operationId);
    const example = fixture(`${operationId}.response.json`);
    if (status === 204) {
      // grpc-gateway's empty message `{}`; a 204 carries no body at all.
      expect(example).toEqual({});
      expect(spec.responseErrors(operationId, 204, undefined)).toEqual([]);
      return;
    }
    expect(spec.responseErrors(operationId, status, example)).toEqual([]);
  });

  it.each(documentedOperations.filter((id) => documented(id).request))('%s: the request example validates, every field name declared', (operationId) => {
    const schema = documented(operationId).request!;
    const example = fixture(`${operationId}.request.json`);
    expect(spec.schemaErrors(schema, example)).toEqual([]);
    expect(undeclared({ $ref: `#/components/schemas/${schema}` }, example)).toEqual([]);
  });

  it('keeps the documented spellings: branchId, highest_education_attained, last_ok_date, mobile_phone_number in; their other spellings out', () => {
    const create = fixture('createCustomer.request.json');
    expect(Object.keys(create)).toEqual(expect.arrayContaining(['branchId', 'highest_education_attained', 'last_ok_date', 'mobile_phone_number']));
    const customer = fixture('getCustomerByCustomerId.response.json');
    expect(Object.keys(customer)).toEqual(expect.arrayContaining(['branch_id', 'highest_educational_attained', 'last_ok_data', 'phone_number']));
    expect(Object.keys(fixture('getCustomerSocialMediaHandles.response.json'))).toEqual(['checks']);
    expect(Object.keys(fixture('getTaxResidenceOfCustomer.response.json'))).toEqual(['result']);
    expect(Object.keys(fixture('getCreditLimitOrder.response.json'))).toEqual(['result']);
    expect(Object.keys(fixture('updateCustomerOtherData.request.json'))).toContain('dependants');
  });

  it('is not vacuous: a misspelt or mistyped field fails', () => {
    const customer = fixture('getCustomerByCustomerId.response.json');
    const { branch_id, ...rest } = customer;
    expect(spec.responseErrors('getCustomerByCustomerId', 200, { ...rest, branchId: branch_id }).length).toBeGreaterThan(0);
    expect(spec.responseErrors('getCustomerByCustomerId', 200, { ...customer, kyc_status: 'bool' }).length).toBeGreaterThan(0);
    expect(spec.responseErrors('getCustomerByCustomerId', 200, { ...customer, last_ok_data: { seconds: '1', nanos: 0 } }).length).toBeGreaterThan(0);
    const create = fixture('createCustomer.request.json');
    expect(undeclared({ $ref: '#/components/schemas/CreateCustomerRequest' }, { ...create, branch_id: 'x' })).toEqual(['/branch_id']);
    expect(spec.schemaErrors('CreateCustomerRequest', { ...create, date_of_birth: { seconds: 'int64', nanos: 'int32' } }).length).toBeGreaterThan(0);
  });
});
