import { describe, inject } from 'vitest';
import { testDrivers, type TestDriver } from '@clientele/store/testing';

/**
 * The storage drivers the whole HTTP suite runs against: SQLite in a temporary file, and
 * PostgreSQL in a throwaway database (unique name, dropped afterwards) for every store a test
 * opens. Whether PostgreSQL is there is decided once per run (`test/global-setup.ts`).
 */
export type Driver = TestDriver;

export const postgres = inject('postgres');
export const drivers: readonly Driver[] = testDrivers(postgres);

/**
 * One suite, run once per driver (`title (sqlite)`, `title (postgres)`); a driver whose database
 * is not there is reported as skipped rather than left out.
 */
export function describeEachDriver(title: string, suite: (driver: Driver) => void) {
  for (const driver of drivers) describe.skipIf(!driver.available)(`${title} (${driver.name})`, () => suite(driver));
}
