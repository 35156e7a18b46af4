import type { LoadResult } from './load.ts';
import type { SerializerFigure } from './serializers.ts';
import type { ValidatorFigure } from './validators.ts';

export interface Row extends LoadResult {
  readonly api: string;
  readonly scenario: string;
  readonly key: string;
  /** req/s relative to the same-run baseline. */
  readonly ratio: number;
}

export interface Report {
  readonly when: string;
  readonly machine: { cpus: number; model: string; node: string; pinned: boolean };
  readonly settings: Record<string, unknown>;
  readonly rows: Row[];
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

/** The targets of the benchmark issue, checked against this run's figures. */
export function targetsOf(report: Report): Target[] {
  const targets: Target[] = [];
  const ratio = (api: string, key: string, min: number, what: string) => {
    const row = report.rows.find((r) => r.api === api && r.key === key);
    if (row) targets.push({ what: `${api} ${what}`, goal: `≥ ${min} × baseline`, actual: `${row.ratio.toFixed(3)} ×`, met: row.ratio >= min });
  };
  for (const api of new Set(report.rows.map((r) => r.api).filter((a) => a !== 'baseline'))) {
    ratio(api, 'get', 0.6, 'get one');
    ratio(api, 'create', 0.25, 'create');
    ratio(api, 'update', 0.25, 'update');
    ratio(api, 'list_first', 0.4, 'list first page');
    ratio(api, 'list_deep', 0.05, 'list at offset 90,000');
    const get = report.rows.find((r) => r.api === api && r.key === 'get');
    if (get) targets.push({ what: `${api} get one p99`, goal: '< 5 ms', actual: `${get.p99} ms`, met: get.p99 < 5 });
    const walk = report.extras[`${api}.walkMs`];
    if (walk !== undefined) targets.push({ what: `${api} full walk, limit 100`, goal: '< 5 s', actual: `${(walk / 1000).toFixed(2)} s`, met: walk < 5000 });
  }
  const { rssBytes, walMaxBytes, readyMs } = report.extras;
  if (rssBytes !== undefined) targets.push({ what: 'server RSS after the run', goal: '< 200 MB', actual: `${(rssBytes / MB).toFixed(0)} MB`, met: rssBytes < 200 * MB });
  if (walMaxBytes !== undefined && report.settings.db === 'sqlite') {
    targets.push({ what: 'WAL file, largest seen', goal: '< 64 MB', actual: `${(walMaxBytes / MB).toFixed(1)} MB`, met: walMaxBytes < 64 * MB });
  }
  if (readyMs !== undefined) targets.push({ what: 'ready from process start', goal: '< 500 ms', actual: `${readyMs.toFixed(0)} ms`, met: readyMs < 500 });
  return targets;
}

const pad = (value: string, width: number) => value.padEnd(width);
const num = (n: number) => Math.round(n).toLocaleString('en');

export function printReport(report: Report, targets: Target[]): void {
  console.log(`\n${report.machine.model} (${report.machine.cpus} cores), Node ${report.machine.node}, ${report.settings.db}`);
  console.log(`\n${pad('scenario', 44)}${pad('req/s', 10)}${pad('p50 ms', 8)}${pad('p99 ms', 8)}${pad('ratio', 8)}errors`);
  for (const r of report.rows) {
    console.log(`${pad(`${r.api} · ${r.scenario}`, 44)}${pad(num(r.rps), 10)}${pad(String(r.p50), 8)}${pad(String(r.p99), 8)}${pad(r.ratio.toFixed(3), 8)}${r.errors + r.non2xx}`);
  }
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
  console.log(`\n${pad('target', 44)}${pad('goal', 20)}${pad('actual', 14)}met`);
  for (const t of targets) console.log(`${pad(t.what, 44)}${pad(t.goal, 20)}${pad(t.actual, 14)}${t.met ? 'yes' : 'NO'}`);
}
