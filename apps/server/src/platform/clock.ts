import { performance } from 'node:perf_hooks';

let last = 0;

/**
 * Microseconds since the epoch, strictly increasing within the process, so two documents created
 * in one millisecond still order (and display) apart.
 */
export function nowUs(): number {
  const now = Math.floor((performance.timeOrigin + performance.now()) * 1000);
  last = now > last ? now : last + 1;
  return last;
}

/** `2013-05-03T17:40:47.767794Z` */
export function isoMicros(us: number): string {
  const iso = new Date(Math.floor(us / 1000)).toISOString();
  return `${iso.slice(0, 19)}.${String(us % 1_000_000).padStart(6, '0')}Z`;
}

/** `2015-09-03T23:56:10.023Z` */
export const isoMillis = (us: number): string => new Date(Math.floor(us / 1000)).toISOString();

/** Unix seconds. */
export const unixSeconds = (us: number): number => Math.floor(us / 1_000_000);
