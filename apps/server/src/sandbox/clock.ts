import type * as Admin from '@clientele/schemas/admin';
import type { Store } from '@clientele/store';
import { movableClock, systemClock, type MovableClock } from '../platform/clock.ts';
import { SETTINGS, storedClockOffset } from './settings.ts';

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Milliseconds from a number of them or a duration such as `90s`, `25h`, `1d12h` (the schema has checked its form). */
export function durationMs(advance: number | string): number {
  if (typeof advance === 'number') return advance;
  return [...advance.matchAll(/([0-9]+)(ms|s|m|h|d)/g)].reduce((sum, [, n, unit]) => sum + Number(n) * UNIT_MS[unit!]!, 0);
}

export const presentClock = (clock: MovableClock): Admin.Clock => ({ now: new Date(clock.nowMs()).toISOString(), offset_ms: clock.offsetMs });

/**
 * Moves the clock of every instance on the database forward: the stored offset grows (under a lock,
 * so two moves at once both count) and this instance follows at once; others at their next refresh.
 */
export async function advanceClock(store: Store, clock: MovableClock, ms: number): Promise<Admin.Clock> {
  await store.exclusive('clock', async () => {
    const next = Math.max(await storedClockOffset(store), clock.offsetMs) + ms;
    await store.sandbox.settings.set(SETTINGS.clockOffset, JSON.stringify(next));
    clock.moveTo(next);
  });
  return presentClock(clock);
}

/** The system clock as far ahead as the database's servers run (for commands, which run outside a server). */
export async function databaseClock(store: Store): Promise<MovableClock> {
  const clock = movableClock(systemClock);
  clock.moveTo(await storedClockOffset(store));
  return clock;
}
