import { describe, expect, it } from 'vitest';
import { balanced } from '@clientele/schemas/balanced';
import { Type } from '@sinclair/typebox';
import { apiValidators, explain } from '../src/index.ts';
import { format } from '../src/formats.ts';

const v = apiValidators(balanced);

describe('AOT validators with runtime explanations', () => {
  it('coerces query text to integers and applies defaults', () => {
    expect(v.listCustomers!.query!({ limit: '5' })).toEqual({ ok: true, value: { limit: 5, offset: 0 } });
    expect(v.listCustomers!.query!({})).toEqual({ ok: true, value: { limit: 10, offset: 0 } });
  });

  it('never truncates: 1.5 is not an integer', () => {
    const result = v.listCustomers!.query!({ limit: '1.5' });
    expect(result.ok).toBe(false);
  });

  it('explains each failing field once, with unions described by their variants', () => {
    const result = v.createCustomer!.body!({ name: 5, email_address: 'nope', extra: true, meta: { a: {} } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.field, i.code, i.message])).toEqual([
      ['extra', 'unknown', 'is not a field of this request'],
      ['name', 'invalid', 'Expected string or null'],
      ['email_address', 'format', "Expected string to match 'email' format"],
      ['meta.a', 'invalid', 'Expected string, number or boolean'],
    ]);
  });

  it('unions of literals list every value; nested unions are flattened, near misses inside them still win', () => {
    const schema = Type.Object({
      kind: Type.Union([Type.Literal('B2B'), Type.Literal('B2C')]),
      email: Type.Union([Type.Union([Type.String({ format: 'email' }), Type.Literal('')]), Type.Null()]),
    });
    const messages = (value: unknown) => explain('body', schema, value).map((i) => [i.field, i.message]);
    expect(messages({ kind: 'B2X', email: 5 })).toEqual([
      ['kind', "Expected 'B2B' or 'B2C'"],
      ['email', "Expected string, '' or null"],
    ]);
    expect(messages({ kind: 'B2B', email: 'nope' })).toEqual([['email', "Expected string to match 'email' format"]]);
  });

  it('JSON bodies are not coerced; form bodies are', () => {
    expect(v.createCustomer!.body!({ meta: { n: 1 } }).ok).toBe(true);
    expect(v.updateCustomer!.params!({ customer_id: 'CU1' }).ok).toBe(true);
    expect(v.createCustomer!.formBody!({ name: 'x' }).ok).toBe(true);
  });

  it('formats are implemented once and fail loudly when unknown', () => {
    expect(format('email', 'a@b.co')).toBe(true);
    expect(format('email', 'a@b')).toBe(false);
    expect(format('ipv6', '2001:db8::1')).toBe(true);
    expect(format('ipv6', '99.99.99.99')).toBe(false);
    expect(() => format('credit-card', 'x')).toThrow(/no implementation/);
    // Countries: an assigned ISO 3166-1 code in any case, or a name; not a made-up or reserved code.
    for (const ok of ['FR', 'fr', 'gb', 'France', 'Côte d’Ivoire']) expect(format('country', ok), ok).toBe(true);
    for (const bad of ['XX', 'UK', 'EU', 'F', '  ', '']) expect(format('country', bad), bad).toBe(false);
    expect(explain('body', Type.Object({ c: Type.String({ format: 'country' }) }), { c: 'XX' })[0]?.message).toBe(
      'Expected a two-letter ISO 3166-1 country code or a country name',
    );
  });
});
