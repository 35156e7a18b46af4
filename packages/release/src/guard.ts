import { relative } from 'node:path';
import { atLeast, compareSpec, highest, type Bump, type SpecComparison } from './breaking.ts';
import { declaredBump, type DeclaredBump } from './changesets.ts';
import { apisIn, readDocument, releasedDir, SPECS_PACKAGE, specsDir } from './workspace.ts';

export interface GuardOptions {
  /** Workspace root: where `.changeset/` and the packages are. */
  readonly root: string;
  readonly specs?: string;
  readonly released?: string;
}

export interface GuardReport {
  readonly comparisons: readonly SpecComparison[];
  readonly required: Bump;
  readonly declared: DeclaredBump;
  readonly ok: boolean;
  readonly released: string;
}

/**
 * The breaking-change guard: every emitted document against the last released one, and the bump
 * that demands against the bump the pending changesets declare for `@clientele/specs`.
 */
export async function checkBreaking(options: GuardOptions): Promise<GuardReport> {
  const specs = options.specs ?? specsDir(options.root);
  const released = options.released ?? releasedDir(options.root);
  const apis = [...new Set([...apisIn(specs), ...apisIn(released)])].sort();
  if (apisIn(specs).length === 0) throw new Error(`no emitted specs under ${specs}; run \`pnpm generate\``);
  const comparisons = apis.map((api) => compareSpec(api, readDocument(released, api), readDocument(specs, api)));
  const required = highest(comparisons.map((c) => c.required));
  const declared = await declaredBump(options.root, SPECS_PACKAGE);
  return { comparisons, required, declared, ok: atLeast(declared.bump, required), released };
}

const WHY: Record<Bump, string> = {
  major: 'a breaking change',
  minor: 'a new API',
  patch: 'a change to a published document',
  none: '',
};

export function formatReport(report: GuardReport, root: string, limit = 20): string {
  const lines = [`check:breaking: each emitted spec against the last released one (${relative(root, report.released) || '.'})`];
  for (const c of report.comparisons) {
    if (c.status === 'new') lines.push(`  ${c.api}: new API, never released → needs at least minor`);
    else if (c.status === 'unchanged') lines.push(`  ${c.api}: unchanged`);
    else {
      const count = (kind: string) => c.changes.filter((change) => change.kind === kind).length;
      lines.push(`  ${c.api}: ${count('breaking')} breaking, ${count('non-breaking') + count('deprecated')} non-breaking, ${count('annotation')} documentation change(s) → needs at least ${c.required}`);
      const shown = [...c.changes].sort((a, b) => Number(b.kind === 'breaking') - Number(a.kind === 'breaking')).slice(0, limit);
      for (const change of shown) lines.push(`    ${change.kind}: ${change.description}  (${change.path})`);
      if (c.changes.length > shown.length) lines.push(`    … and ${c.changes.length - shown.length} more`);
    }
  }
  const by = report.declared.changesets.length ? ` (${report.declared.changesets.join(', ')})` : '';
  lines.push(`pending changesets release ${SPECS_PACKAGE} as: ${report.declared.bump}${by}`);
  if (report.ok) {
    lines.push(`check:breaking: ok (needs ${report.required}, declared ${report.declared.bump})`);
  } else {
    lines.push(
      `check:breaking: FAILED: ${WHY[report.required]} needs a ${report.required} changeset for ${SPECS_PACKAGE}, the pending ones declare ${report.declared.bump}.`,
      `  Add one with \`pnpm changeset\` (choose ${report.required} for ${SPECS_PACKAGE}) and say what consumers must change, or undo the change.`,
    );
  }
  return lines.join('\n');
}
