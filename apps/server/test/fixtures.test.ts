import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'qs';
import { describe, expect, it } from 'vitest';
import { bank } from '@clientele/schemas/bank';
import { specValidator } from './support/spec.ts';

/**
 * Every example of the five seed documents (test/fixtures/<api>/, each folder's README says where
 * in its seed each comes from), held to the emitted OpenAPI documents: one table per API.
 */
type Spec = ReturnType<typeof specValidator>;
type Read = (file: string) => any;

interface SeedExamples {
  readonly api: string;
  /** Every file of the folder (its README aside): an example added or lost shows here. */
  readonly files: readonly string[];
  /** Response examples: operation, status, file (a `.json` file; none for a bodiless response). */
  readonly responses: readonly (readonly [operationId: string, status: number, file: string | undefined])[];
  /** Bodies and objects: component schema, file (`.form` files are read with bracket notation, as the server reads them). */
  readonly schemas: readonly (readonly [schema: string, file: string])[];
  /** Response headers: operation, status, header, file holding `{ headers }`. */
  readonly headers?: readonly (readonly [operationId: string, status: number, header: string, file: string])[];
  /** Examples mangled on purpose, each of which the spec must refuse: proof the checks are not vacuous. */
  readonly mangled: readonly (readonly [what: string, errors: (spec: Spec, read: Read) => string[]])[];
}

const bankOperations = Object.entries(bank.routes)
  .filter(([, op]) => !('extension' in op && op.extension))
  .map(([id]) => id)
  .sort();
const bankSpec = specValidator('bank');
/** The success status and request body schema each bank operation documents (the bank's examples are named by operation). */
const bankDocumented = (operationId: string) => {
  for (const methods of Object.values(bankSpec.document.paths)) {
    for (const op of Object.values(methods) as { operationId: string; responses: Record<string, unknown>; requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }[]) {
      if (op.operationId !== operationId) continue;
      const status = Number(Object.keys(op.responses).find((s) => s.startsWith('2')));
      return { status, request: op.requestBody && Object.values(op.requestBody.content)[0]!.schema.$ref?.split('/').at(-1) };
    }
  }
  throw new Error(`no operation ${operationId}`);
};
const bankWithBodies = bankOperations.filter((id) => bankDocumented(id).request);

const TABLES: readonly SeedExamples[] = [
  {
    api: 'balanced',
    files: ['create-request.json', 'create-response.json', 'list-response.json', 'retrieve-response.json', 'update-response.json'],
    responses: [
      ['createCustomer', 201, 'create-response.json'],
      ['retrieveCustomer', 200, 'retrieve-response.json'],
      ['listCustomers', 200, 'list-response.json'],
      ['updateCustomer', 200, 'update-response.json'],
    ],
    schemas: [['CustomerCreate', 'create-request.json']],
    mangled: [['a created_at that is a number, a _type of card', (spec, read) => spec.responseErrors('createCustomer', 201, { ...read('create-response.json'), created_at: 42, _type: 'card' })]],
  },
  {
    api: 'dwolla',
    files: ['create-request.json', 'create-response-headers.json', 'customer.json', 'list-response.json', 'retrieve-response.json'],
    responses: [
      ['listCustomers', 200, 'list-response.json'],
      ['retrieveCustomer', 200, 'retrieve-response.json'],
      ['updateCustomer', 200, 'customer.json'],
      ['createCustomer', 201, undefined],
    ],
    schemas: [
      ['Customer', 'customer.json'],
      ['CustomerCreate', 'create-request.json'],
    ],
    headers: [['createCustomer', 201, 'Location', 'create-response-headers.json']],
    mangled: [
      ['a lowercase id', (spec, read) => spec.responseErrors('retrieveCustomer', 200, { ...read('retrieve-response.json'), id: read('retrieve-response.json').id.toLowerCase() })],
      ['a status Dwolla has not', (spec, read) => spec.responseErrors('retrieveCustomer', 200, { ...read('retrieve-response.json'), status: 'active' })],
      ['a page without its paging links', (spec, read) => spec.responseErrors('listCustomers', 200, { ...read('list-response.json'), _links: { self: read('list-response.json')._links.self } })],
      ['a create with a bad email', (spec, read) => spec.schemaErrors('CustomerCreate', { ...read('create-request.json'), email: 'bob' })],
      ['a Location that is no URL', (spec) => spec.headerErrors('createCustomer', 201, 'Location', 'not a url')],
    ],
  },
  {
    api: 'bank',
    files: [...bankOperations.map((id) => `${id}.response.json`), ...bankWithBodies.map((id) => `${id}.request.json`)].sort(),
    // grpc-gateway's empty message `{}` stands for a 204, which carries no body at all.
    responses: bankOperations.map((id) => [id, bankDocumented(id).status, bankDocumented(id).status === 204 ? undefined : `${id}.response.json`] as const),
    schemas: bankWithBodies.map((id) => [bankDocumented(id).request!, `${id}.request.json`] as const),
    mangled: [
      ['branchId where the response says branch_id', (spec, read) => {
        const { branch_id, ...rest } = read('getCustomerByCustomerId.response.json');
        return spec.responseErrors('getCustomerByCustomerId', 200, { ...rest, branchId: branch_id });
      }],
      ['a kyc_status that is no bool', (spec, read) => spec.responseErrors('getCustomerByCustomerId', 200, { ...read('getCustomerByCustomerId.response.json'), kyc_status: 'bool' })],
      ['a timestamp with string seconds', (spec, read) => spec.responseErrors('getCustomerByCustomerId', 200, { ...read('getCustomerByCustomerId.response.json'), last_ok_data: { seconds: '1', nanos: 0 } })],
      ['a date of birth of proto type names', (spec, read) => spec.schemaErrors('CreateCustomerRequest', { ...read('createCustomer.request.json'), date_of_birth: { seconds: 'int64', nanos: 'int32' } })],
    ],
  },
  {
    api: 'octobat',
    files: ['create-request.form', 'create-response.json', 'create-ruby-request.json', 'create-ruby-response.json', 'customer.json', 'list-response.json', 'retrieve-response.json', 'update-request.form', 'update-response.json'],
    responses: [
      ['createCustomer', 201, 'create-response.json'],
      ['createCustomer', 201, 'create-ruby-response.json'],
      ['retrieveCustomer', 200, 'retrieve-response.json'],
      ['updateCustomer', 200, 'update-response.json'],
      ['listCustomers', 200, 'list-response.json'],
    ],
    schemas: [
      ['Customer', 'customer.json'],
      ['CustomerCreate', 'create-request.form'],
      ['CustomerCreate', 'create-ruby-request.json'],
      ['CustomerUpdate', 'update-request.form'],
    ],
    mangled: [
      ['an id of another shape', (spec, read) => spec.responseErrors('retrieveCustomer', 200, { ...read('retrieve-response.json'), id: 'cu_1421878635hksc26e4de79' })],
      ['a business_type Octobat has not', (spec, read) => spec.responseErrors('retrieveCustomer', 200, { ...read('retrieve-response.json'), business_type: 'B2X' })],
      ['payment_sources as a bare array', (spec, read) => spec.responseErrors('retrieveCustomer', 200, { ...read('retrieve-response.json'), payment_sources: [] })],
      ['a page without total_count', (spec, read) => spec.responseErrors('listCustomers', 200, { ...read('list-response.json'), total_count: undefined })],
      ['a create without a country', (spec) => spec.schemaErrors('CustomerCreate', { name: 'No country' })],
      ['a create with a country that is none', (spec) => spec.schemaErrors('CustomerCreate', { billing_address_country: 'XX' })],
    ],
  },
  {
    api: 'pingpp',
    files: ['create-request.json', 'create-response.json', 'customer.json', 'delete-response.json', 'list-response.json', 'update-request.form', 'update-response.json'],
    responses: [
      ['createCustomer', 200, 'create-response.json'],
      ['retrieveCustomer', 200, 'customer.json'],
      ['updateCustomer', 200, 'update-response.json'],
      ['deleteCustomer', 200, 'delete-response.json'],
      ['listCustomers', 200, 'list-response.json'],
    ],
    schemas: [
      ['CustomerCreate', 'create-request.json'],
      ['CustomerUpdate', 'update-request.form'],
    ],
    mangled: [
      ['a created that is a date, an object of card', (spec, read) => spec.responseErrors('createCustomer', 200, { ...read('create-response.json'), created: '2015-10-09', object: 'card' })],
      ['a card brand Ping++ has not', (spec, read) => {
        const customer = read('customer.json');
        customer.sources.data[0].brand = 'Diners';
        return spec.responseErrors('retrieveCustomer', 200, customer);
      }],
    ],
  },
];

describe.each(TABLES)('$api: the seed examples against the emitted OpenAPI document', (table) => {
  const dir = new URL(`./fixtures/${table.api}/`, import.meta.url);
  const text = (file: string) => readFileSync(new URL(file, dir), 'utf8');
  const read: Read = (file) => (file.endsWith('.form') ? parse(text(file).trim()) : JSON.parse(text(file)));
  const spec = specValidator(table.api);

  it('has every example of the seed as a fixture, and no other', () => {
    expect(readdirSync(dir).filter((file) => file !== 'README.md').sort()).toEqual([...table.files].sort());
  });

  it.each(table.responses)('%s %i: the response example validates', (operationId, status, file) => {
    expect(spec.responseErrors(operationId, status, file === undefined ? undefined : read(file))).toEqual([]);
  });

  it.each(table.schemas)('%s: %s validates', (schema, file) => {
    expect(spec.schemaErrors(schema, read(file))).toEqual([]);
  });

  it.each(table.headers ?? [])('%s %i: the %s header of %s validates', (operationId, status, header, file) => {
    expect(spec.headerErrors(operationId, status, header, read(file).headers[header])).toEqual([]);
  });

  it.each(table.mangled)('is not vacuous: %s fails', (_what, errors) => {
    expect(errors(spec, read).length).toBeGreaterThan(0);
  });
});

// ---- What is one seed's own ---------------------------------------------------------------------

type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[] };

describe('bank: the examples use exactly the documented field names', () => {
  const read: Read = (file) => JSON.parse(readFileSync(new URL(`./fixtures/bank/${file}`, import.meta.url), 'utf8'));
  const components = bankSpec.document.components.schemas as Record<string, Schema>;
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

  it('covers the 27 documented operations, 14 of them with a request body', () => {
    expect(bankOperations).toHaveLength(27);
    expect(bankWithBodies).toHaveLength(14);
  });

  it.each(bankWithBodies)('%s: every field of the request example is declared', (operationId) => {
    expect(undeclared({ $ref: `#/components/schemas/${bankDocumented(operationId).request}` }, read(`${operationId}.request.json`))).toEqual([]);
  });

  it('the empty message of a 204 example is `{}`', () => {
    for (const id of bankOperations.filter((op) => bankDocumented(op).status === 204)) expect(read(`${id}.response.json`)).toEqual({});
  });

  it('keeps the documented spellings: branchId, highest_education_attained, last_ok_date, mobile_phone_number in; their other spellings out', () => {
    expect(Object.keys(read('createCustomer.request.json'))).toEqual(expect.arrayContaining(['branchId', 'highest_education_attained', 'last_ok_date', 'mobile_phone_number']));
    expect(Object.keys(read('getCustomerByCustomerId.response.json'))).toEqual(expect.arrayContaining(['branch_id', 'highest_educational_attained', 'last_ok_data', 'phone_number']));
    expect(Object.keys(read('getCustomerSocialMediaHandles.response.json'))).toEqual(['checks']);
    expect(Object.keys(read('getTaxResidenceOfCustomer.response.json'))).toEqual(['result']);
    expect(Object.keys(read('getCreditLimitOrder.response.json'))).toEqual(['result']);
    expect(Object.keys(read('updateCustomerOtherData.request.json'))).toContain('dependants');
    // The undeclared-field check itself is not vacuous.
    expect(undeclared({ $ref: '#/components/schemas/CreateCustomerRequest' }, { ...read('createCustomer.request.json'), branch_id: 'x' })).toEqual(['/branch_id']);
  });
});

describe('pingpp: the update example is a form body', () => {
  it('reads as the update body once parsed with bracket notation', () => {
    expect(parse(readFileSync(new URL('./fixtures/pingpp/update-request.form', import.meta.url), 'utf8').trim())).toEqual({ app: 'app_1Gqj58ynP0mHeX1q', metadata: { testkey: 'test' } });
  });
});
