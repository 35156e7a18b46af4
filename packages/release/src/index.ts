export { atLeast, BUMPS, compareSpec, highest, type Bump, type ChangeKind, type SpecChange, type SpecComparison } from './breaking.ts';
export { declaredBump, type DeclaredBump } from './changesets.ts';
export { dryRun, pnpmCommand, type DryRunResult, type PackedPackage } from './dry-run.ts';
export { checkBreaking, formatReport, type GuardOptions, type GuardReport } from './guard.ts';
export { snapshotReleased, versionPackages } from './version.ts';
export { apisIn, readDocument, releasedDir, ROOT, SPECS_PACKAGE, specsDir } from './workspace.ts';
