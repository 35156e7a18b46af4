import { isIPv6 } from 'node:net';
import { FormatRegistry } from '@sinclair/typebox';
import { isCountryCode } from './countries.ts';

// Deliberately simple, like the providers' own checks: one @, no spaces, a dot in the domain.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const formats: Record<string, (value: string) => boolean> = {
  email: (v) => EMAIL.test(v),
  'date-time': (v) => DATE_TIME.test(v) && !Number.isNaN(Date.parse(v)),
  date: (v) => DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)),
  uuid: (v) => UUID.test(v),
  ipv4: (v) => /^(\d{1,3})(\.\d{1,3}){3}$/.test(v) && v.split('.').every((n) => Number(n) <= 255),
  ipv6: (v) => isIPv6(v),
  uri: (v) => URL.canParse(v),
  // A two-letter value must be an assigned ISO 3166-1 code (any case); a longer one is a country's name.
  country: (v) => {
    const text = v.trim();
    return text.length === 2 ? isCountryCode(text) : text.length > 2;
  },
};

/** Every string format the validators implement. */
export const formatNames: readonly string[] = Object.keys(formats);

/** What a value of a format is, in words, for formats a client cannot guess from their name. */
const described: Record<string, string> = {
  country: 'a two-letter ISO 3166-1 country code or a country name',
};

/** The words for a format, where it has some: "Expected <words>" explains a value that fails it. */
export const formatDescription = (name: string): string | undefined => described[name];

// Value.Errors and Value.Check consult TypeBox's registry; the AOT code calls format() below: one implementation for both.
for (const [name, check] of Object.entries(formats)) FormatRegistry.Set(name, check);

/** Called by the generated validators for every `format` keyword. An unknown format fails loudly. */
export function format(name: string, value: string): boolean {
  const check = formats[name];
  if (!check) throw new Error(`string format "${name}" has no implementation in @clientele/validators`);
  return check(value);
}
