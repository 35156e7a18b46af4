import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { specValidator } from './support/spec.ts';

const dir = new URL('./fixtures/dwolla/', import.meta.url);
const fixture = (name: string) => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));

describe('Dwolla seed examples against the emitted OpenAPI document', () => {
  const spec = specValidator('dwolla');

  it('has every example of the seed as a fixture', () => {
    expect(readdirSync(dir).filter((f) => f.endsWith('.json')).sort()).toEqual([
      'create-request.json',
      'create-response-headers.json',
      'customer.json',
      'list-response.json',
      'retrieve-response.json',
    ]);
  });

  it.each([
    ['listCustomers', 200, 'list-response.json'],
    ['retrieveCustomer', 200, 'retrieve-response.json'],
    ['updateCustomer', 200, 'customer.json'],
  ])('%s %i response example validates', (operationId, status, file) => {
    expect(spec.responseErrors(operationId, status, fixture(file))).toEqual([]);
  });

  it('the customer at the top of the page validates as a Customer', () => {
    expect(spec.schemaErrors('Customer', fixture('customer.json'))).toEqual([]);
  });

  it('the create request example validates as a create body', () => {
    expect(spec.schemaErrors('CustomerCreate', fixture('create-request.json'))).toEqual([]);
  });

  it('the create response is a 201 with no body and a Location the spec documents', () => {
    const { status, headers } = fixture('create-response-headers.json');
    expect(spec.responseErrors('createCustomer', status, undefined)).toEqual([]);
    expect(spec.headerErrors('createCustomer', status, 'Location', headers.Location)).toEqual([]);
  });

  it('the validator is not vacuous: mangled examples fail', () => {
    const customer = fixture('retrieve-response.json');
    expect(spec.responseErrors('retrieveCustomer', 200, { ...customer, id: customer.id.toLowerCase() }).length).toBeGreaterThan(0);
    expect(spec.responseErrors('retrieveCustomer', 200, { ...customer, status: 'active' }).length).toBeGreaterThan(0);
    const list = fixture('list-response.json');
    expect(spec.responseErrors('listCustomers', 200, { ...list, _links: { self: list._links.self } }).length).toBeGreaterThan(0);
    expect(spec.schemaErrors('CustomerCreate', { ...fixture('create-request.json'), email: 'bob' }).length).toBeGreaterThan(0);
    expect(spec.headerErrors('createCustomer', 201, 'Location', 'not a url').length).toBeGreaterThan(0);
  });
});
