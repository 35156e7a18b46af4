import { expect, it } from 'vitest';
import { seeded } from '../src/random.ts';
import { formEncode, fromPattern } from '../src/values.ts';

it('draws strings every pattern of the emitted specs matches', () => {
  const random = seeded(7);
  for (const pattern of ['^(CU|AC)[0-9A-Za-z]{22}$', '^-?[0-9]+(\\.[0-9]+)?$', '^\\+?[0-9]{5,20}$', '^oc_cu_[0-9]{10}[0-9a-z]{12}$', '^[0-9A-F]{8}-[0-9A-F]{4}$']) {
    for (let i = 0; i < 50; i++) expect(fromPattern(pattern, random)).toMatch(new RegExp(pattern));
  }
});

it('one seed, one sequence', () => {
  const a = seeded(42);
  const b = seeded(42);
  expect(Array.from({ length: 5 }, () => a.int(1000))).toEqual(Array.from({ length: 5 }, () => b.int(1000)));
});

it('form-encodes nested values with brackets', () => {
  expect(formEncode({ a: 1, meta: { k: 'v w' }, list: ['x'] })).toBe('a=1&meta[k]=v%20w&list[0]=x');
});
