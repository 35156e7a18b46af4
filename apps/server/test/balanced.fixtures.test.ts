import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { specValidator } from './support/spec.ts';

const dir = new URL('./fixtures/balanced/', import.meta.url);
const fixture = (name: string) => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));

describe('Balanced seed examples against the emitted OpenAPI document', () => {
  const spec = specValidator('balanced');

  it('has every example of the seed as a fixture', () => {
    expect(readdirSync(dir).filter((f) => f.endsWith('.json')).sort()).toEqual([
      'create-request.json',
      'create-response.json',
      'list-response.json',
      'retrieve-response.json',
      'update-response.json',
    ]);
  });

  it.each([
    ['createCustomer', 201, 'create-response.json'],
    ['retrieveCustomer', 200, 'retrieve-response.json'],
    ['listCustomers', 200, 'list-response.json'],
    ['updateCustomer', 200, 'update-response.json'],
  ])('%s %i response example validates', (operationId, status, file) => {
    expect(spec.responseErrors(operationId, status, fixture(file))).toEqual([]);
  });

  it('the create request example validates as a create body', () => {
    expect(spec.schemaErrors('CustomerCreate', fixture('create-request.json'))).toEqual([]);
  });

  it('the validator is not vacuous: a mangled example fails', () => {
    const broken = { ...fixture('create-response.json'), created_at: 42, _type: 'card' };
    expect(spec.responseErrors('createCustomer', 201, broken).length).toBeGreaterThan(0);
  });
});
