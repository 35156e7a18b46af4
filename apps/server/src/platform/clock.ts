import { performance } from 'node:perf_hooks';

/**
 * Where the server reads the time: token and idempotency-key expiry, creation times. Tests move a
 * manual clock instead of sleeping; the server runs on the system clock.
 */
export interface Clock {
  /** Microseconds since the epoch, strictly increasing within the process. */
  nowUs(): number;
  /** Milliseconds since the epoch. */
  nowMs(): number;
}

/**
 * Strictly increasing microseconds from a source, so two documents created in one millisecond
 * still order (and display) apart.
 */
function monotonic(sourceUs: () => number): Clock {
  let last = 0;
  return {
    nowUs() {
      const now = sourceUs();
      last = now > last ? now : last + 1;
      return last;
    },
    nowMs: () => Math.floor(sourceUs() / 1000),
  };
}

export const systemClock: Clock = monotonic(() => Math.floor((performance.timeOrigin + performance.now()) * 1000));

/**
 * A clock that starts at the system's time and runs `rate` times as fast: endurance runs see a
 * day of token and idempotency-key expiry in a minute of traffic.
 */
export function acceleratedClock(rate: number): Clock {
  const startUs = systemClock.nowUs();
  const startedMs = performance.now();
  return monotonic(() => Math.floor(startUs + (performance.now() - startedMs) * 1000 * rate));
}

/** A clock that only moves when told to: time in tests. */
export interface ManualClock extends Clock {
  advance(ms: number): void;
}

export function manualClock(startMs = Date.UTC(2026, 0, 1)): ManualClock {
  let nowUs = startMs * 1000;
  const clock = monotonic(() => nowUs);
  return {
    ...clock,
    advance(ms) {
      nowUs += Math.round(ms * 1000);
    },
  };
}

/**
 * A clock that runs with another but can be moved forward at run time (the sandbox's admin API):
 * it reads `base` plus an offset that only grows, so it stays strictly increasing.
 */
export interface MovableClock extends Clock {
  /** Milliseconds it is ahead of `base`. */
  readonly offsetMs: number;
  /** Moves it to `offsetMs` ahead of `base`, if that is further than it is (never back). */
  moveTo(offsetMs: number): void;
}

export function movableClock(base: Clock): MovableClock {
  let offsetMs = 0;
  return {
    nowUs: () => base.nowUs() + offsetMs * 1000,
    nowMs: () => base.nowMs() + offsetMs,
    get offsetMs() {
      return offsetMs;
    },
    moveTo(target) {
      if (target > offsetMs) offsetMs = target;
    },
  };
}

/**
 * The ISO text of a second up to its fraction (`2015-09-03T23:56:10.`), remembered for the last
 * second asked: times come in runs within one second, and `toISOString` cost 1-4 µs a call (the
 * request log stamps every request, the presenters every document).
 */
let lastSecond = Number.NaN;
let lastPrefix = '';
function isoPrefix(ms: number): string {
  const second = Math.floor(ms / 1000);
  if (second !== lastSecond) {
    lastPrefix = new Date(second * 1000).toISOString().slice(0, -4);
    lastSecond = second;
  }
  return lastPrefix;
}

/** `2013-05-03T17:40:47.767794Z` */
export function isoMicros(us: number): string {
  return `${isoPrefix(Math.floor(us / 1000))}${String(us % 1_000_000).padStart(6, '0')}Z`;
}

/** `2015-09-03T23:56:10.023Z` */
export function isoMillis(us: number): string {
  const ms = Math.floor(us / 1000);
  return `${isoPrefix(ms)}${String(ms - Math.floor(ms / 1000) * 1000).padStart(3, '0')}Z`;
}

/** `2015-07-12T11:22:29Z` */
export const isoSeconds = (us: number): string => `${isoMillis(us).slice(0, 19)}Z`;

/** Unix seconds. */
export const unixSeconds = (us: number): number => Math.floor(us / 1_000_000);
