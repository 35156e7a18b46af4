import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'qs';
import { describe, expect, it } from 'vitest';
import { specValidator } from './support/spec.ts';

const dir = new URL('./fixtures/pingpp/', import.meta.url);
const text = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const fixture = (name: string) => JSON.parse(text(name));

describe('Ping++ seed examples against the emitted OpenAPI document', () => {
  const spec = specValidator('pingpp');

  it('has every example of the seed as a fixture', () => {
    expect(readdirSync(dir).filter((f) => f !== 'README.md').sort()).toEqual([
      'create-request.json',
      'create-response.json',
      'customer.json',
      'delete-response.json',
      'list-response.json',
      'update-request.form',
      'update-response.json',
    ]);
  });

  it.each([
    ['createCustomer', 200, 'create-response.json'],
    ['retrieveCustomer', 200, 'customer.json'],
    ['updateCustomer', 200, 'update-response.json'],
    ['deleteCustomer', 200, 'delete-response.json'],
    ['listCustomers', 200, 'list-response.json'],
  ])('%s %i response example validates', (operationId, status, file) => {
    expect(spec.responseErrors(operationId, status, fixture(file))).toEqual([]);
  });

  it('the create request example validates as a create body', () => {
    expect(spec.schemaErrors('CustomerCreate', fixture('create-request.json'))).toEqual([]);
  });

  it('the update request example (a form body) validates as an update body once parsed with bracket notation', () => {
    const body = parse(text('update-request.form').trim());
    expect(body).toEqual({ app: 'app_1Gqj58ynP0mHeX1q', metadata: { testkey: 'test' } });
    expect(spec.schemaErrors('CustomerUpdate', body)).toEqual([]);
  });

  it('the validator is not vacuous: a mangled example fails', () => {
    const broken = { ...fixture('create-response.json'), created: '2015-10-09', object: 'card' };
    expect(spec.responseErrors('createCustomer', 200, broken).length).toBeGreaterThan(0);
    const badCard = fixture('customer.json');
    badCard.sources.data[0].brand = 'Diners';
    expect(spec.responseErrors('retrieveCustomer', 200, badCard).length).toBeGreaterThan(0);
  });
});
