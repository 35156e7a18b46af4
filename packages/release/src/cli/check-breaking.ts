import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkBreaking, formatReport } from '../guard.ts';
import { ROOT } from '../workspace.ts';

// `pnpm check:breaking [--root DIR] [--specs DIR] [--released DIR]`: exits 1 when the pending
// changesets do not cover what changed in the published specs.
const { values } = parseArgs({ options: { root: { type: 'string' }, specs: { type: 'string' }, released: { type: 'string' } } });
const here = process.env.INIT_CWD ?? process.cwd();
const root = values.root ? resolve(here, values.root) : ROOT;
const report = await checkBreaking({
  root,
  specs: values.specs ? resolve(here, values.specs) : undefined,
  released: values.released ? resolve(here, values.released) : undefined,
});
console.log(formatReport(report, root));
process.exit(report.ok ? 0 : 1);
