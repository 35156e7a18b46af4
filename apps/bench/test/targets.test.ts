import { expect, it } from 'vitest';
import { targetsOf, type Report, type Row } from '../src/report.ts';

/** A row with only what the targets read. */
const row = (phase: Row['phase'], key: string, rps: number, ratio: number, p99 = 5, sequentialP99 = 0.5): Row =>
  ({ phase, api: 'balanced', key, rps, p99, sequential: { p50: 0.1, p99: sequentialP99, requests: 100 }, limit: { rps: rps / ratio, ratio: { median: ratio, min: ratio, max: ratio } } }) as unknown as Row;

const report = (rows: Row[]): Report => ({ rows, peers: [], extras: {} }) as unknown as Report;
const target = (rows: Row[], what: string) => targetsOf(report(rows)).find((t) => t.what === what);

it("judges the performance issue's table: get one against 0.6 of its limit, and the request log on against off, each against its own limit", () => {
  expect(target([row('sqlite', 'get', 6000, 0.59)], 'balanced get one ÷ limit')).toMatchObject({ goal: '≥ 0.6', met: false });
  expect(target([row('sqlite', 'get', 6000, 0.6)], 'balanced get one ÷ limit')).toMatchObject({ met: true });
  // The log-off server ran minutes later against a faster limit: its ratio, not its rate, is compared.
  const on = row('sqlite', 'get', 6000, 0.45);
  expect(target([on, row('logoff', 'get', 9000, 0.5)], 'balanced get: request log on ÷ off')).toMatchObject({ actual: '0.90 ×', met: true });
  expect(target([on, row('logoff', 'get', 6000, 0.6)], 'balanced get: request log on ÷ off')).toMatchObject({ actual: '0.75 ×', met: false });
  expect(target([on], 'balanced get: request log on ÷ off')).toBeUndefined();
  // The first page too, where the log's cost (it grows with the answer) is largest.
  const page = row('sqlite', 'list_first', 2000, 0.2);
  expect(target([page, row('logoff', 'list_first', 3000, 0.35)], 'balanced list_first: request log on ÷ off')).toMatchObject({ actual: '0.57 ×', met: false });
});

it('takes PostgreSQL writes as met at SQLite rate, or at a quarter of their own limit', () => {
  const lite = row('sqlite', 'create', 2000, 0.1);
  expect(target([lite, row('postgres', 'create', 2000, 0.05)], "balanced PostgreSQL create ÷ SQLite's, or ÷ limit")).toMatchObject({ met: true });
  expect(target([lite, row('postgres', 'create', 1000, 0.25)], "balanced PostgreSQL create ÷ SQLite's, or ÷ limit")).toMatchObject({ met: true });
  expect(target([lite, row('postgres', 'create', 1000, 0.2)], "balanced PostgreSQL create ÷ SQLite's, or ÷ limit")).toMatchObject({ met: false });
});

it('holds one connection to p99 1 ms for get one and 2 ms for create, and 50 connections to 8 ms for get one', () => {
  const rows = [row('sqlite', 'get', 6000, 0.6, 9, 0.9), row('sqlite', 'create', 2000, 0.3, 9, 2.1)];
  expect(target(rows, 'balanced one connection: get p99')).toMatchObject({ met: true });
  expect(target(rows, 'balanced one connection: create p99')).toMatchObject({ met: false });
  expect(target(rows, 'balanced 50 connections: get p99')).toMatchObject({ met: false });
});
