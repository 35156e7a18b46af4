import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { checkBreaking, formatReport, releasedDir, ROOT, specsDir, versionPackages, type Bump } from '../src/index.ts';
import { breakingChanges, miniSpec, nonBreakingChanges, type Mutation } from './fixtures.ts';

const run = promisify(execFile);
const scratches: string[] = [];
afterEach(() => {
  for (const dir of scratches.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const writeJson = (path: string, value: unknown) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
};

/**
 * A throwaway workspace shaped like this repository (the two published packages, the real
 * changesets config with its `fixed` group), holding a released and an emitted `mini` document.
 */
function workspace(options: {
  released?: Mutation | null;
  emitted?: Mutation | null;
  changesets?: Record<string, Partial<Record<'@clientele/specs' | '@clientele/client', Bump>>>;
  changelog?: false;
}) {
  const root = mkdtempSync(join(tmpdir(), 'clientele-guard-'));
  scratches.push(root);
  writeJson(join(root, 'package.json'), { name: 'guard-fixture', private: true });
  writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n');
  cpSync(join(ROOT, '.changeset/config.json'), join(root, '.changeset/config.json'));
  // Every package of the fixed group must exist, or changesets refuses the config: read off the config.
  const { fixed } = JSON.parse(readFileSync(join(ROOT, '.changeset/config.json'), 'utf8')) as { fixed: string[][] };
  for (const name of fixed.flat()) writeJson(join(root, 'packages', name.split('/')[1]!, 'package.json'), { name, version: '1.2.3' });
  if (options.changelog === false) {
    // The changelog generator resolves from the workspace's own node_modules, which a fixture has not.
    const config = JSON.parse(readFileSync(join(root, '.changeset/config.json'), 'utf8'));
    writeJson(join(root, '.changeset/config.json'), { ...config, changelog: false });
  }
  const document = (mutate: Mutation | null | undefined) => {
    const doc = miniSpec();
    mutate?.(doc);
    return doc;
  };
  if (options.released !== null) writeJson(join(releasedDir(root), 'mini/openapi.json'), document(options.released));
  if (options.emitted !== null) writeJson(join(specsDir(root), 'mini/openapi.json'), document(options.emitted));
  // The guard needs an emitted document to compare; a dropped API leaves another one behind.
  if (options.emitted === null) writeJson(join(specsDir(root), 'other/openapi.json'), miniSpec());
  for (const [id, bumps] of Object.entries(options.changesets ?? {})) {
    const frontmatter = Object.entries(bumps).map(([name, bump]) => `"${name}": ${bump}`);
    writeFileSync(join(root, '.changeset', `${id}.md`), `---\n${frontmatter.join('\n')}\n---\n\nWhat changed, for consumers.\n`);
  }
  return root;
}

const breaking = breakingChanges['a removed operation']!;
const nonBreaking = nonBreakingChanges['a new operation']!;

describe('the changeset rule', () => {
  it.each<[string, Bump | undefined, boolean]>([
    ['no changeset', undefined, false],
    ['a patch changeset', 'patch', false],
    ['a minor changeset', 'minor', false],
    ['a major changeset', 'major', true],
  ])('a breaking change with %s: ok=%s', async (_, bump, ok) => {
    const root = workspace({ emitted: breaking, changesets: bump ? { 'spec-change': { '@clientele/specs': bump } } : {} });
    const report = await checkBreaking({ root });
    expect(report.required).toBe('major');
    expect(report.declared.bump).toBe(bump ?? 'none');
    expect(report.ok).toBe(ok);
  });

  it('a major changeset for @clientele/client counts: the two are released together (fixed)', async () => {
    const root = workspace({ emitted: breaking, changesets: { 'client-major': { '@clientele/client': 'major' } } });
    const report = await checkBreaking({ root });
    expect(report.declared.bump).toBe('major');
    expect(report.ok).toBe(true);
  });

  it('the highest pending changeset wins', async () => {
    const root = workspace({ emitted: breaking, changesets: { small: { '@clientele/specs': 'patch' }, big: { '@clientele/specs': 'major' } } });
    expect((await checkBreaking({ root })).ok).toBe(true);
  });

  it.each<[string, Bump | undefined, boolean]>([
    ['no changeset', undefined, false],
    ['a patch changeset', 'patch', true],
    ['a minor changeset', 'minor', true],
  ])('a non-breaking change with %s: ok=%s', async (_, bump, ok) => {
    const root = workspace({ emitted: nonBreaking, changesets: bump ? { 'spec-change': { '@clientele/specs': bump } } : {} });
    const report = await checkBreaking({ root });
    expect(report.required).toBe('patch');
    expect(report.ok).toBe(ok);
  });

  it.each<[string, Bump | undefined, boolean]>([
    ['no changeset', undefined, false],
    ['a patch changeset', 'patch', false],
    ['a minor changeset', 'minor', true],
  ])('a new API (no released baseline) with %s: ok=%s', async (_, bump, ok) => {
    const root = workspace({ released: null, changesets: bump ? { 'new-api': { '@clientele/specs': bump } } : {} });
    const report = await checkBreaking({ root });
    expect(report.comparisons).toEqual([expect.objectContaining({ api: 'mini', status: 'new', required: 'minor' })]);
    expect(report.ok).toBe(ok);
  });

  it('a dropped API needs a major', async () => {
    const root = workspace({ emitted: null, changesets: { drop: { '@clientele/specs': 'minor' } } });
    const report = await checkBreaking({ root });
    expect(report.comparisons).toContainEqual(expect.objectContaining({ api: 'mini', status: 'removed', required: 'major' }));
    expect(report.ok).toBe(false);
  });

  it('nothing changed since the release: no changeset needed', async () => {
    const report = await checkBreaking({ root: workspace({}) });
    expect(report).toMatchObject({ required: 'none', ok: true });
  });

  it('the report names the breaking change and what to do', async () => {
    const root = workspace({ emitted: breaking, changesets: { 'spec-change': { '@clientele/specs': 'minor' } } });
    const text = formatReport(await checkBreaking({ root }), root);
    expect(text).toContain('breaking: [Removed] operation GET /v1/widgets');
    expect(text).toContain('pending changesets release @clientele/specs as: minor (spec-change)');
    expect(text).toMatch(/FAILED: a breaking change needs a major changeset for @clientele\/specs/);
  });
});

describe('pnpm check:breaking', () => {
  const cli = (root: string) =>
    run(process.execPath, ['--import', 'tsx', 'src/cli/check-breaking.ts', '--root', root], { cwd: new URL('..', import.meta.url).pathname }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );

  it('fails (exit 1) on a breaking change without a major changeset, passes once one is added', async () => {
    const root = workspace({ emitted: breaking, changesets: { 'spec-change': { '@clientele/specs': 'minor' } } });
    const failed = await cli(root);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('check:breaking: FAILED');

    writeFileSync(join(root, '.changeset', 'breaking.md'), '---\n"@clientele/specs": major\n---\n\nRemoved `listWidgets`.\n');
    const passed = await cli(root);
    expect(passed).toMatchObject({ code: 0 });
    expect(passed.stdout).toContain('check:breaking: ok (needs major, declared major)');
  });
});

describe('pnpm release:version', () => {
  it('versions from the changesets and records the released baseline, which the guard then compares against', async () => {
    const root = workspace({ released: null, emitted: nonBreaking, changesets: { first: { '@clientele/specs': 'minor' } }, changelog: false });
    const emitted = readFileSync(join(specsDir(root), 'mini/openapi.json'), 'utf8');

    expect(versionPackages(root)).toEqual({ from: '1.2.3', to: '1.3.0', snapshot: ['mini'] });
    expect(readFileSync(join(releasedDir(root), 'mini/openapi.json'), 'utf8')).toBe(emitted);
    expect(JSON.parse(readFileSync(join(root, 'packages/client/package.json'), 'utf8')).version).toBe('1.3.0');
    expect(existsSync(join(root, '.changeset/first.md'))).toBe(false);
    expect(await checkBreaking({ root })).toMatchObject({ required: 'none', ok: true });

    // Nothing pending: no new version, the baseline stays.
    expect(versionPackages(root)).toEqual({ from: '1.3.0', to: '1.3.0', snapshot: [] });
    expect(readFileSync(join(releasedDir(root), 'mini/openapi.json'), 'utf8')).toBe(emitted);
  });
});
