import type * as Bank from '@clientele/schemas/bank';
import { MAX_SECONDS, MIN_SECONDS } from '@clientele/schemas/bank';
import { fail } from '../../platform/problems.ts';

/**
 * google.protobuf.Timestamp as protojson writes it: RFC 3339 in UTC with `Z`, and 0, 3, 6 or 9
 * fractional digits (as few as the nanos need).
 */
export function rfc3339(seconds: number, nanos = 0): string {
  const base = new Date(seconds * 1000).toISOString().slice(0, 19);
  if (nanos === 0) return `${base}Z`;
  const digits = String(nanos).padStart(9, '0');
  const fraction = digits.endsWith('000000') ? digits.slice(0, 3) : digits.endsWith('000') ? digits.slice(0, 6) : digits;
  return `${base}.${fraction}Z`;
}

/** Microseconds since the epoch (the store's times) as a Timestamp string. */
export const timestampOfUs = (us: number): string => rfc3339(Math.floor(us / 1_000_000), (us % 1_000_000) * 1000);

const invalid = (field: string, message: string): never =>
  fail({ kind: 'validation', issues: [{ part: 'body', pointer: `/${field.replaceAll('.', '/')}`, field, code: 'invalid', message }] });

/** An RFC 3339 string (any offset) in protojson's UTC form. */
function fromString(value: string, field: string): string {
  const match = /\.(\d+)/.exec(value);
  const ms = Date.parse(value);
  const seconds = Math.floor(ms / 1000);
  if (Number.isNaN(ms) || seconds < MIN_SECONDS || seconds > MAX_SECONDS) return invalid(field, 'is not a timestamp between years 1 and 9999');
  return rfc3339(seconds, match ? Number(match[1]!.slice(0, 9).padEnd(9, '0')) : 0);
}

/**
 * A Timestamp as it may arrive (RFC 3339, `{seconds, nanos}` with seconds as a number or an
 * int64 string, or null) in the stored form: the RFC 3339 string protojson writes, or null.
 */
export function timestampInput(value: Bank.TimestampInput | undefined, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return fromString(value, field);
  const seconds = Number(value.seconds);
  if (!Number.isSafeInteger(seconds) || seconds < MIN_SECONDS || seconds > MAX_SECONDS) return invalid(`${field}.seconds`, 'is outside the years 1 to 9999');
  return rfc3339(seconds, value.nanos ?? 0);
}

/** The identity update's `date_of_birth`: a string as documented (a date or a date-time), or a Timestamp. */
export function dateOrTimestamp(value: string | Bank.TimestampInput | undefined, field: string): string | null {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return fromString(`${value}T00:00:00Z`, field);
  return timestampInput(value, field);
}

/** Microsecond bounds on creation time from the firehose's `from_date` and `to_date` (both inclusive). */
export function createdBetween(from: string | undefined, to: string | undefined): { gte?: number; lte?: number } | undefined {
  if (from === undefined && to === undefined) return undefined;
  const us = (value: string, field: string) => {
    const ms = Date.parse(value);
    if (Number.isNaN(ms)) fail({ kind: 'validation', issues: [{ part: 'query', pointer: `/${field}`, field, code: 'format', message: 'must be an RFC 3339 date-time' }] });
    const fraction = /\.(\d+)/.exec(value)?.[1] ?? '';
    return Math.floor(ms / 1000) * 1_000_000 + Number(fraction.slice(0, 6).padEnd(6, '0'));
  };
  return { ...(from === undefined ? {} : { gte: us(from, 'from_date') }), ...(to === undefined ? {} : { lte: us(to, 'to_date') }) };
}
