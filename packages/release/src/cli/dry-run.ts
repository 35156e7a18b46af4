import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { dryRun } from '../dry-run.ts';
import { ROOT } from '../workspace.ts';

// `pnpm release:dry [--keep]`: build, version and pack without publishing; the working tree stays clean.
const { values } = parseArgs({ options: { keep: { type: 'boolean', default: false } } });
const { packages, out } = await dryRun(ROOT, join(ROOT, 'dist', 'release'), { keep: values.keep });
console.log(`release:dry: ${packages.length} tarball(s) in ${relative(process.env.INIT_CWD ?? process.cwd(), out) || '.'}, nothing published:`);
for (const pkg of packages) console.log(`  ${pkg.name}@${pkg.version}  ${relative(ROOT, pkg.tarball)}`);
