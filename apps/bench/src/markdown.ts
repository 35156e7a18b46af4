// A results file's figures as Markdown (`pnpm bench --markdown FILE`): the tables of a dated page
// under docs/results/ are pasted from this, not typed by hand.
import type { Report, Row, Sequential } from './report.ts';
import { ACCOUNT_HEADS, accountCells, ms, PHASES, targetsOf } from './report.ts';

const num = (n: number) => Math.round(n).toLocaleString('en');
const ratio = (r: Row['limit']['ratio']) => `${r.median.toFixed(2)} (${r.min.toFixed(2)}–${r.max.toFixed(2)})`;
/** Results files written before the sequential measurement have none. */
const oneByOne = (sequential: Sequential | undefined) => (sequential ? [ms(sequential.p50), ms(sequential.p99)] : ['–', '–']);
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i ? '---:' : '---')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

export function markdownOf(saved: Report): string {
  // JSON holds an infinite ratio (a peer that completed no request) as null.
  const report: Report = { ...saved, peers: saved.peers.map((p) => ({ ...p, ratio: p.ratio ?? Number.POSITIVE_INFINITY })) };
  const byKey = (phase: string, r: Row) => report.rows.find((o) => o.phase === phase && o.api === r.api && o.key === r.key);
  const sqlite = report.rows.filter((r) => r.phase === 'sqlite');
  const postgres = report.rows.some((r) => r.phase === 'postgres');
  const scenarios = table(
    [
      'API · scenario',
      'req/s',
      'p50 ms',
      'p99 ms',
      'one at a time p50 ms',
      'one at a time p99 ms',
      '÷ same-bytes limit (min–max)',
      '÷ raw node:http',
      ...(postgres ? ['PostgreSQL req/s', 'PostgreSQL ÷ limit', 'PostgreSQL one at a time p50 ms'] : []),
    ],
    sqlite.map((r) => {
      const pg = byKey('postgres', r);
      return [
        `${r.api} · ${r.scenario}`,
        num(r.rps),
        String(r.p50),
        String(r.p99),
        ...oneByOne(r.sequential),
        ratio(r.limit.ratio),
        r.raw ? r.raw.ratio.median.toFixed(2) : '–',
        ...(postgres ? [pg ? num(pg.rps) : '–', pg ? pg.limit.ratio.median.toFixed(2) : '–', oneByOne(pg?.sequential)[0]!] : []),
      ];
    }),
  );
  const grown = report.rows.filter((r) => r.phase === 'growth');
  const growth = grown.length
    ? `\n\n${table(
        [`${grown[0]!.api} at ${grown[0]!.count.toLocaleString('en')} · scenario`, 'req/s', 'p99 ms', '÷ limit', `÷ limit at ${sqlite[0]?.count.toLocaleString('en')}`],
        grown.map((r) => [r.scenario, num(r.rps), String(r.p99), ratio(r.limit.ratio), byKey('sqlite', r)?.limit.ratio.median.toFixed(2) ?? '–']),
      )}`
    : '';
  const off = report.rows.filter((r) => r.phase === 'logoff');
  const logOff = off.length
    ? `\n\n${table(
        ['request log off · scenario', 'req/s', 'p99 ms', '÷ limit', 'log on ÷ off (÷ limit each)'],
        off.map((r) => {
          const on = byKey('sqlite', r);
          return [`${r.api} · ${r.scenario}`, num(r.rps), String(r.p99), ratio(r.limit.ratio), on ? (on.limit.ratio.median / r.limit.ratio.median).toFixed(2) : '–'];
        }),
      )}`
    : '';
  const peers = report.peers.length
    ? `\n\n${table(
        ['peer · API · scenario', 'connections', 'req/s', 'p99 ms', 'clientele ÷ peer'],
        report.peers.map((p) => [`${p.peer} · ${p.api} · ${p.key}`, String(p.connections), num(p.rps), String(p.p99), p.rps > 0 ? p.ratio.toFixed(1) : '∞ (it completed none)']),
      )}`
    : '';
  const accounts = PHASES
    .map((phase) => {
      const rows = report.rows.filter((r) => r.phase === phase && r.account);
      if (!rows.length) return '';
      const lines = rows.flatMap((r) => [
        [`${r.api} · ${r.scenario}`, ...accountCells(r.account!), ...oneByOne(r.sequential)],
        ...(r.limit.account ? [['same-bytes limit', ...accountCells(r.limit.account), ...oneByOne(r.limit.sequential)]] : []),
      ]);
      return `\n\nWhere the time goes, ${phase}: server-thread CPU µs per request by part (CPU profile), statements sent to PostgreSQL per request, and latency one request at a time (ms).\n\n${table([`${phase} · scenario`, ...ACCOUNT_HEADS, 'one at a time p50', 'p99'], lines)}`;
    })
    .join('');
  const targets = targetsOf(report);
  const summary = `\n\n${table(
    ['target', 'goal', 'actual', 'met'],
    targets.map((t) => [t.what, t.goal, t.actual, t.met ? 'met' : '**missed**']),
  )}\n\n${targets.filter((t) => t.met).length} of ${targets.length} targets met.`;
  return `${scenarios}${growth}${logOff}${accounts}${peers}${summary}\n`;
}
