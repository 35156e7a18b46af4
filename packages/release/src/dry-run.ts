import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { getPackages } from '@manypkg/get-packages';
import { versionPackages } from './version.ts';

export interface PackedPackage {
  readonly name: string;
  readonly version: string;
  /** Absolute path of the `.tgz`. */
  readonly tarball: string;
}

export interface DryRunResult {
  readonly packages: readonly PackedPackage[];
  readonly out: string;
}

/** pnpm as the caller ran it (a `pnpm …` script), or the pinned one through npx. */
export function pnpmCommand(root: string): [string, string[]] {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) return [process.execPath, [execPath]];
  const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { packageManager: string };
  return ['npx', ['-y', packageManager]];
}

function run(command: [string, string[]], args: string[], cwd: string, log: (line: string) => void): void {
  const [bin, prefix] = command;
  const result = spawnSync(bin, [...prefix, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.status !== 0) {
    throw new Error(`release:dry: \`pnpm ${args.join(' ')}\` failed in ${cwd} (exit ${result.status}):\n${output || result.error?.message}`);
  }
  if (output) log(output);
}

/** The first `## version` section of a changesets changelog. */
const newestEntry = (changelog: string) => (changelog.split(/^(?=## )/m)[1] ?? '').trim();

/** What the working tree holds, committed or not, minus what git ignores (node_modules, dist, data…). */
function copyWorkingTree(root: string, to: string): void {
  let files: string[];
  try {
    files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
      .split('\0')
      .filter(Boolean);
  } catch {
    const skip = new Set(['node_modules', '.git', 'dist', '.turbo', 'test-results', 'data', 'coverage']);
    cpSync(root, to, { recursive: true, filter: (source) => !skip.has(source.split(/[\\/]/).pop()!) });
    return;
  }
  for (const file of files) {
    try {
      mkdirSync(join(to, dirname(file)), { recursive: true });
      cpSync(join(root, file), join(to, file));
    } catch (error) {
      // A tracked file deleted in the working tree is simply not part of this release.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

/**
 * `pnpm release:dry`: everything a release does short of publishing, in a scratch copy of the
 * working tree so the tree itself stays as it was. Installs the publishable packages, versions them
 * from the pending changesets (changelogs and the released-spec baseline included), builds them and
 * packs each into `out` exactly as `changeset publish` would upload it (pnpm applies `publishConfig`
 * and rewrites `workspace:` ranges).
 */
export async function dryRun(root: string, out: string, options: { keep?: boolean; log?: (line: string) => void } = {}): Promise<DryRunResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const pnpm = pnpmCommand(root);
  const scratch = mkdtempSync(join(tmpdir(), 'clientele-release-'));
  try {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    copyWorkingTree(root, scratch);
    const published = (await getPackages(scratch)).packages.filter((p) => !p.packageJson.private);
    if (published.length === 0) throw new Error('release:dry: no publishable package in the workspace');
    const names = published.map((p) => p.packageJson.name);
    log(`release:dry: scratch copy in ${scratch}; publishable: ${names.join(', ')}`);

    run(pnpm, ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent', '--filter', '.', ...names.flatMap((n) => ['--filter', `${n}...`])], scratch, log);
    const { from, to } = versionPackages(scratch);
    log(`release:dry: versioned ${from} → ${to}`);
    for (const pkg of published) {
      const changelog = join(pkg.dir, 'CHANGELOG.md');
      if (existsSync(changelog)) log(`release:dry: ${pkg.packageJson.name} CHANGELOG.md, newest entry:\n${newestEntry(readFileSync(changelog, 'utf8'))}`);
    }
    for (const pkg of published) {
      if ((pkg.packageJson as { scripts?: Record<string, string> }).scripts?.build) run(pnpm, ['--filter', pkg.packageJson.name, 'run', 'build'], scratch, log);
    }

    const packed: PackedPackage[] = [];
    for (const pkg of published) {
      const before = new Set(readdirSync(out));
      run(pnpm, ['pack', '--pack-destination', out], pkg.dir, log);
      const tarball = readdirSync(out).find((file) => file.endsWith('.tgz') && !before.has(file));
      if (!tarball) throw new Error(`release:dry: pnpm pack wrote no tarball for ${pkg.packageJson.name}`);
      const { version } = JSON.parse(readFileSync(join(pkg.dir, 'package.json'), 'utf8')) as { version: string };
      packed.push({ name: pkg.packageJson.name, version, tarball: join(out, tarball) });
      log(`release:dry: packed ${pkg.packageJson.name}@${version} → ${relative(root, join(out, tarball))}`);
    }
    const result = { packages: packed, out };
    writeFileSync(join(out, 'release.json'), `${JSON.stringify(result, null, 2)}\n`);
    return result;
  } finally {
    if (!options.keep) rmSync(scratch, { recursive: true, force: true });
  }
}
