import { PART_TITLES, PARTS, type Account } from './account.ts';
import type { LoadResult } from './load.ts';
import type { PeerName } from './peers.ts';
import type { SerializerFigure } from './serializers.ts';
import type { ValidatorFigure } from './validators.ts';

/**
 * A run of every scenario on one database: SQLite at the preload count, PostgreSQL (`--db`), SQLite
 * grown (`--growth`), or SQLite with the request log off (`logoff`: get one, the first page and create again, to
 * say what the log costs).
 */
export type Phase = 'sqlite' | 'postgres' | 'growth' | 'logoff';
export const PHASES: readonly Phase[] = ['sqlite', 'postgres', 'growth', 'logoff'];
/** The scenarios measured again with the request log off (phase `logoff`): a small answer, a large one, a write. */
export const LOG_OFF_KEYS: readonly string[] = ['get', 'list_first', 'create'];

export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

export interface Row extends LoadResult {
  readonly phase: Phase;
  readonly count: number;
  readonly api: string;
  readonly scenario: string;
  readonly key: string;
  /** What clientele answered to the captured request: the limit servers repeat it. */
  readonly status: number;
  readonly bytes: number;
  /** Plain Fastify answering the same bytes, measured interleaved with the scenario: median req/s and p99, and the ratio per round. */
  readonly limit: { readonly rps: number; readonly p99: number; readonly ratio: Spread; readonly sequential: Sequential; readonly account?: Account };
  /** The same for raw node:http (not in --quick). */
  readonly raw?: { readonly rps: number; readonly p99: number; readonly ratio: Spread };
  /** req/s relative to the single fixed-customer baseline. */
  readonly baselineRatio: number;
  /** Latency one request at a time, on one connection, after the rounds. */
  readonly sequential: Sequential;
  /** With `--profile`: the server thread's CPU µs per request, by part (the same for the limit, beside it). */
  readonly account?: Account;
}

/** Latency one request at a time (ms, to the µs), over `requests` timed requests. */
export interface Sequential {
  readonly p50: number;
  readonly p99: number;
  readonly requests: number;
}

export interface PeerRow extends LoadResult {
  readonly api: string;
  readonly peer: PeerName;
  readonly key: string;
  readonly connections: number;
  /** clientele's req/s (SQLite, same scenario) ÷ the peer's. */
  readonly ratio: number;
}

export interface Report {
  readonly when: string;
  readonly machine: { cpus: number; model: string; node: string; pinned: boolean };
  readonly settings: Record<string, unknown>;
  baseline?: LoadResult;
  readonly rows: Row[];
  readonly peers: PeerRow[];
  /** Reasons peers or phases were left out. */
  readonly skipped: string[];
  readonly extras: Record<string, number>;
  validators: ValidatorFigure[];
  serializers: SerializerFigure[];
}

export interface Target {
  readonly what: string;
  readonly goal: string;
  readonly actual: string;
  readonly met: boolean;
}

const MB = 1024 * 1024;
const x = (n: number) => `${n.toFixed(2)} ×`;

/**
 * The targets of the performance issue ("Performance: the scale-out path no slower than the
 * embedded one"), checked against this run's figures, in its table's order; then the older checks
 * the bench keeps (full walk, WAL, growth).
 */
export function targetsOf(report: Report): Target[] {
  const targets: Target[] = [];
  const add = (what: string, goal: string, actual: string, met: boolean) => targets.push({ what, goal, actual, met });
  const row = (phase: Phase, api: string, key: string) => report.rows.find((r) => r.phase === phase && r.api === api && r.key === key);
  const sqlite = report.rows.filter((r) => r.phase === 'sqlite');
  for (const api of new Set(sqlite.map((r) => r.api))) {
    const get = row('sqlite', api, 'get');
    const first = row('sqlite', api, 'list_first');
    const deep = row('sqlite', api, 'list_deep');
    for (const key of ['create', 'update']) {
      const pg = row('postgres', api, key);
      const lite = row('sqlite', api, key);
      // Either is enough: SQLite's rate in the same run, or a quarter of PostgreSQL's own same-bytes limit.
      if (pg && lite) add(`${api} PostgreSQL ${key} ÷ SQLite's, or ÷ limit`, '≥ 1 or ≥ 0.25', `${x(pg.rps / lite.rps)}, ${x(pg.limit.ratio.median)}`, pg.rps >= lite.rps || pg.limit.ratio.median >= 0.25);
    }
    if (get) add(`${api} get one ÷ limit`, '≥ 0.6', x(get.limit.ratio.median), get.limit.ratio.median >= 0.6);
    if (first) add(`${api} list first page ÷ limit`, '≥ 0.4', x(first.limit.ratio.median), first.limit.ratio.median >= 0.4);
    for (const key of ['create', 'update']) {
      const write = row('sqlite', api, key);
      if (write && get) add(`${api} ${key} ÷ get-one limit`, '≥ 0.3', x(write.rps / get.limit.rps), write.rps / get.limit.rps >= 0.3);
    }
    // Each against its own interleaved limit (pages of about the same bytes): absolute figures taken minutes apart drift.
    const depth = deep && first && deep.limit.ratio.median / first.limit.ratio.median;
    if (depth) add(`${api} deep page ÷ first page (÷ limit each)`, '≥ 0.9', x(depth), depth >= 0.9);
    for (const key of ['get', 'list_first']) {
      const pg = row('postgres', api, key);
      const lite = row('sqlite', api, key);
      if (pg && lite) add(`${api} PostgreSQL ${key} ÷ SQLite`, '≥ 0.6', x(pg.rps / lite.rps), pg.rps / lite.rps >= 0.6);
    }
    for (const peer of report.peers.filter((p) => p.api === api)) {
      // Prism: 10× on get one, 3× on the first page and create; json-server: 100× on get one (the issue sets no other).
      const min = peer.peer === 'prism' ? (peer.key === 'get' ? 10 : 3) : peer.key === 'get' ? 100 : undefined;
      if (min !== undefined) add(`${api} ${peer.key} ÷ ${peer.peer}`, `≥ ${min}`, x(peer.ratio), peer.ratio >= min);
    }
    const create = row('sqlite', api, 'create');
    if (get) add(`${api} one connection: get p99`, '< 1 ms', `${ms(get.sequential.p99)} ms`, get.sequential.p99 < 1);
    if (create) add(`${api} one connection: create p99`, '< 2 ms', `${ms(create.sequential.p99)} ms`, create.sequential.p99 < 2);
    if (get) add(`${api} 50 connections: get p99`, '< 8 ms', `${get.p99} ms`, get.p99 < 8);
    for (const key of LOG_OFF_KEYS) {
      // Each against its own interleaved limit: the two servers ran minutes apart.
      const on = row('sqlite', api, key);
      const off = row('logoff', api, key);
      if (on && off) add(`${api} ${key}: request log on ÷ off`, '≥ 0.9', x(on.limit.ratio.median / off.limit.ratio.median), on.limit.ratio.median / off.limit.ratio.median >= 0.9);
    }
    const walk = report.extras[`sqlite.${api}.walkMs`];
    const items = report.extras[`sqlite.${api}.walkItems`];
    if (walk !== undefined) add(`${api} full walk of ${items?.toLocaleString('en')}, limit 100`, '< 3 s', `${(walk / 1000).toFixed(2)} s`, walk < 3000);
  }
  for (const grown of report.rows.filter((r) => r.phase === 'growth')) {
    const base = row('sqlite', grown.api, grown.key);
    if (!base) continue;
    const change = grown.limit.ratio.median / base.limit.ratio.median;
    add(`${grown.api} ${grown.key}: ÷ limit at ${grown.count.toLocaleString('en')} vs ${base.count.toLocaleString('en')}`, 'within 10%', x(change), Math.abs(change - 1) <= 0.1);
  }
  for (const phase of PHASES) {
    const { [`${phase}.rssBytes`]: rss, [`${phase}.walMaxBytes`]: wal, [`${phase}.readyMs`]: ready, [`${phase}.readyCpuMs`]: readyCpu, [`${phase}.readyRssBytes`]: readyRss } = report.extras;
    if (rss !== undefined) add(`${phase}: server RSS after the run`, '< 150 MB', `${(rss / MB).toFixed(0)} MB`, rss < 150 * MB);
    const dropped = report.extras[`${phase}.logDropped`];
    if (dropped !== undefined && report.extras[`${phase}.requestLog`] !== 0) add(`${phase}: request log entries dropped`, '0', dropped.toLocaleString('en'), dropped === 0);
    if (wal !== undefined && phase !== 'postgres') add(`${phase}: WAL file, largest seen`, '< 64 MB', `${(wal / MB).toFixed(1)} MB`, wal < 64 * MB);
    const logWal = report.extras[`${phase}.logWalMaxBytes`];
    if (logWal !== undefined && phase !== 'postgres') add(`${phase}: the request log's WAL file, largest seen`, '< 64 MB', `${(logWal / MB).toFixed(1)} MB`, logWal < 64 * MB);
    // The server's CPU time and RSS at that moment too: the clock time is what the load moves most.
    const atReady = readyCpu === undefined ? '' : ` (CPU ${readyCpu.toFixed(0)} ms, RSS ${((readyRss ?? 0) / MB).toFixed(0)} MB)`;
    if (ready !== undefined) add(`${phase}: ready from process start`, '< 300 ms', `${ready.toFixed(0)} ms${atReady}`, ready < 300);
  }
  return targets;
}

const pad = (value: string, width: number) => value.padEnd(width);
const num = (n: number) => Math.round(n).toLocaleString('en');
/** A sequential latency, ms to the 10 µs. */
export const ms = (n: number) => n.toFixed(2);
const spread = (s: Spread) => `${s.median.toFixed(2)} (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;

export function printReport(report: Report, targets: Target[]): void {
  console.log(`\n${report.machine.model} (${report.machine.cpus} cores), Node ${report.machine.node}, ${report.machine.pinned ? 'pinned' : 'unpinned'}`);
  if (report.baseline) console.log(`baseline (Fastify, one fixed customer JSON): ${num(report.baseline.rps)} req/s, p99 ${report.baseline.p99} ms`);
  for (const phase of PHASES) {
    const rows = report.rows.filter((r) => r.phase === phase);
    if (!rows.length) continue;
    console.log(`\n${phase}, ${rows[0]!.count.toLocaleString('en')} customers per API`);
    console.log(`${pad('scenario', 38)}${pad('req/s', 9)}${pad('p50', 7)}${pad('p99', 8)}${pad('seq p50', 9)}${pad('seq p99', 9)}${pad('limit seq p50', 15)}${pad('bytes', 8)}${pad('limit/s', 9)}${pad('÷ limit (min–max)', 20)}${pad('÷ raw', 7)}${pad('÷ base', 8)}errors`);
    for (const r of rows) {
      const cells = [
        pad(`${r.api} · ${r.scenario}`, 38),
        pad(num(r.rps), 9),
        pad(String(r.p50), 7),
        pad(String(r.p99), 8),
        pad(ms(r.sequential.p50), 9),
        pad(ms(r.sequential.p99), 9),
        pad(ms(r.limit.sequential.p50), 15),
        pad(num(r.bytes), 8),
        pad(num(r.limit.rps), 9),
        pad(spread(r.limit.ratio), 20),
        pad(r.raw ? r.raw.ratio.median.toFixed(2) : '–', 7),
        pad(r.baselineRatio.toFixed(2), 8),
        `${r.errors + r.non2xx}${r.status >= 300 ? ` (captured ${r.status})` : ''}`,
      ];
      console.log(cells.join(''));
    }
  }
  printAccounts(report.rows);
  if (report.peers.length) {
    console.log(`\n${pad('peer', 38)}${pad('req/s', 9)}${pad('p50', 7)}${pad('p99', 8)}${pad('conns', 7)}${pad('clientele ÷ peer', 18)}errors`);
    for (const p of report.peers) {
      console.log(`${pad(`${p.api} · ${p.key} · ${p.peer}`, 38)}${pad(num(p.rps), 9)}${pad(String(p.p50), 7)}${pad(String(p.p99), 8)}${pad(String(p.connections), 7)}${pad(p.ratio.toFixed(1), 18)}${p.errors + p.non2xx}`);
    }
  }
  for (const reason of report.skipped) console.log(`skipped: ${reason}`);
  const extras = Object.entries(report.extras).map(([k, v]) => `${k}=${/Bytes$/.test(k) ? `${(v / MB).toFixed(1)}MB` : /Ms$/.test(k) ? `${v.toFixed(0)}ms` : v}`);
  console.log(`\n${extras.join('  ')}`);
  if (report.validators.length) {
    console.log(`\n${pad('validator (CustomerCreate)', 44)}${pad('valid ops/s', 16)}invalid ops/s`);
    for (const v of report.validators) console.log(`${pad(v.validator, 44)}${pad(num(v.valid), 16)}${num(v.invalid)}`);
  }
  if (report.serializers.length) {
    console.log(`\n${pad('response body (serializer)', 44)}${pad('bytes', 10)}${pad('compiled/s', 14)}${pad('JSON.stringify/s', 18)}compiled ÷ JSON`);
    for (const s of report.serializers) {
      console.log(`${pad(s.body, 44)}${pad(num(s.bytes), 10)}${pad(num(s.compiled), 14)}${pad(num(s.json), 18)}${(s.compiled / s.json).toFixed(2)}`);
    }
  }
  console.log(`\n${pad('target', 52)}${pad('goal', 16)}${pad('actual', 18)}met`);
  for (const t of targets) console.log(`${pad(t.what, 52)}${pad(t.goal, 16)}${pad(`${t.actual} `, 18)}${t.met ? 'met' : 'MISSED'}`);
  const met = targets.filter((t) => t.met).length;
  console.log(`${met} of ${targets.length} targets met`);
}

/** The columns of a cost account, as the terminal and the Markdown tables show them. */
export function accountCells(account: Account): string[] {
  const us = (n: number) => n.toFixed(1);
  return [us(account.totalUs), ...PARTS.map((part) => us(account.parts[part])), account.statements === undefined ? '–' : account.statements.toFixed(2), account.sampledPerCpu.toFixed(2)];
}
/** The last: the profile's time ÷ the thread's CPU time (above 1, the thread waited for a busy CPU; its parts are scaled). */
export const ACCOUNT_HEADS = ['total', ...PARTS.map((part) => PART_TITLES[part]), 'pg stmts', 'wall/CPU'];

/** Where each scenario's time goes (`--profile`): server-thread CPU µs per request by part, its limit's below it. */
function printAccounts(rows: readonly Row[]) {
  for (const phase of PHASES) {
    const accounted = rows.filter((r) => r.phase === phase && r.account);
    if (!accounted.length) continue;
    console.log(`\n${phase}: where the time goes, server-thread CPU µs per request (CPU profile, by part; pg stmts: statements sent per request; wall/CPU: profiled ÷ CPU time)`);
    console.log(`${pad('scenario', 38)}${ACCOUNT_HEADS.map((head) => head.padStart(9)).join('')}`);
    for (const r of accounted) {
      for (const [label, account] of [[`${r.api} · ${r.scenario}`, r.account], ['  same-bytes limit', r.limit.account]] as const) {
        if (account) console.log(`${pad(label, 38)}${accountCells(account).map((cell) => cell.padStart(9)).join('')}`);
      }
    }
  }
}
