// A results file's figures as Markdown (`pnpm bench --markdown FILE`): the tables of a dated page
// under docs/results/ are pasted from this, not typed by hand.
import type { Report, Row } from './report.ts';
import { targetsOf } from './report.ts';

const num = (n: number) => Math.round(n).toLocaleString('en');
const ratio = (r: Row['limit']['ratio']) => `${r.median.toFixed(2)} (${r.min.toFixed(2)}–${r.max.toFixed(2)})`;
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i ? '---:' : '---')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

export function markdownOf(saved: Report): string {
  // JSON holds an infinite ratio (a peer that completed no request) as null.
  const report: Report = { ...saved, peers: saved.peers.map((p) => ({ ...p, ratio: p.ratio ?? Number.POSITIVE_INFINITY })) };
  const byKey = (phase: string, r: Row) => report.rows.find((o) => o.phase === phase && o.api === r.api && o.key === r.key);
  const sqlite = report.rows.filter((r) => r.phase === 'sqlite');
  const postgres = report.rows.some((r) => r.phase === 'postgres');
  const scenarios = table(
    ['API · scenario', 'req/s', 'p50 ms', 'p99 ms', '÷ same-bytes limit (min–max)', '÷ raw node:http', ...(postgres ? ['PostgreSQL req/s', 'PostgreSQL ÷ limit'] : [])],
    sqlite.map((r) => {
      const pg = byKey('postgres', r);
      return [
        `${r.api} · ${r.scenario}`,
        num(r.rps),
        String(r.p50),
        String(r.p99),
        ratio(r.limit.ratio),
        r.raw ? r.raw.ratio.median.toFixed(2) : '–',
        ...(postgres ? [pg ? num(pg.rps) : '–', pg ? pg.limit.ratio.median.toFixed(2) : '–'] : []),
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
  const peers = report.peers.length
    ? `\n\n${table(
        ['peer · API · scenario', 'connections', 'req/s', 'p99 ms', 'clientele ÷ peer'],
        report.peers.map((p) => [`${p.peer} · ${p.api} · ${p.key}`, String(p.connections), num(p.rps), String(p.p99), p.rps > 0 ? p.ratio.toFixed(1) : '∞ (it completed none)']),
      )}`
    : '';
  const targets = targetsOf(report);
  const summary = `\n\n${table(
    ['target', 'goal', 'actual', 'met'],
    targets.map((t) => [t.what, t.goal, t.actual, t.met ? 'met' : '**missed**']),
  )}\n\n${targets.filter((t) => t.met).length} of ${targets.length} targets met.`;
  return `${scenarios}${growth}${peers}${summary}\n`;
}
