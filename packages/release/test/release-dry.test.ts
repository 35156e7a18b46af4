import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import getReleasePlan from '@changesets/get-release-plan';
import { getPackages } from '@manypkg/get-packages';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apisIn, dryRun, ROOT, specsDir, type DryRunResult } from '../src/index.ts';

/**
 * `pnpm release:dry` end to end: it builds, versions and packs in a scratch copy; this suite then
 * opens the tarballs as npm would ship them and installs them in a project outside the workspace.
 */
const require = createRequire(import.meta.url);
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) => join(PACKAGE_DIR, 'node_modules', '.bin', name);
const TSC = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
const TYPE_ROOTS = join(PACKAGE_DIR, 'node_modules', '@types');
const APIS = apisIn(specsDir(ROOT));
const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });

const scratch = mkdtempSync(join(tmpdir(), 'clientele-release-test-'));
let result: DryRunResult;
/** Each tarball unpacked: package name → its folder (npm's `package/`). */
const unpacked = new Map<string, string>();
const filesOf = (name: string) =>
  (readdirSync(unpacked.get(name)!, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(unpacked.get(name)!, join(entry.parentPath, entry.name)))
    .sort();
const manifestOf = (name: string) => JSON.parse(readFileSync(join(unpacked.get(name)!, 'package.json'), 'utf8'));
let statusBefore = '';

beforeAll(async () => {
  statusBefore = git('status', '--porcelain', '--untracked-files=all');
  result = await dryRun(ROOT, join(scratch, 'out'), { log: () => undefined });
  for (const pkg of result.packages) {
    const dir = join(scratch, 'unpacked', pkg.name);
    mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['-xzf', pkg.tarball, '-C', dir]);
    unpacked.set(pkg.name, join(dir, 'package'));
  }
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('pnpm release:dry', () => {
  it('packs the published packages only: the server and internal packages are private', async () => {
    const { packages } = await getPackages(ROOT);
    const published = packages.filter((p) => !p.packageJson.private).map((p) => p.packageJson.name).sort();
    expect(published).toEqual(['@clientele/client', '@clientele/specs']);
    expect(result.packages.map((p) => p.name).sort()).toEqual(published);
  });

  it('versions both packages together, as the pending changesets say, with a changelog entry', async () => {
    const plan = await getReleasePlan(ROOT);
    for (const pkg of result.packages) {
      const planned = plan.releases.find((r) => r.name === pkg.name);
      const current = JSON.parse(readFileSync(join(ROOT, 'packages', pkg.name.split('/')[1]!, 'package.json'), 'utf8')).version;
      expect(pkg.version).toBe(planned?.newVersion ?? current);
      expect(manifestOf(pkg.name).version).toBe(pkg.version);
      if (planned) expect(readFileSync(join(unpacked.get(pkg.name)!, 'CHANGELOG.md'), 'utf8')).toContain(`## ${pkg.version}`);
    }
    expect(new Set(result.packages.map((p) => p.version)).size).toBe(1);
  });

  it('leaves the working tree as it was', () => {
    expect(git('status', '--porcelain', '--untracked-files=all')).toBe(statusBefore);
  });

  it.each(['@clientele/client', '@clientele/specs'])('%s ships a README, and no sources, tests, build config or workspace ranges', (name) => {
    const files = filesOf(name);
    expect(files).toContain('README.md');
    expect(files).toContain('package.json');
    expect(files.filter((f) => /^(src|test|tests|released)\//.test(f) || /\.test\.|\.spec\.|tsconfig|tsup\.config|orval\.config|vitest|\.tsbuildinfo|^\.turbo/.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    expect(readFileSync(join(unpacked.get(name)!, 'package.json'), 'utf8')).not.toContain('workspace:');
  });

  it('@clientele/client is the built bundle: JS and declarations, exports pointing at them, nothing left pointing at src', () => {
    const manifest = manifestOf('@clientele/client');
    expect(manifest.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    expect(filesOf('@clientele/client').filter((f) => f.startsWith('dist/'))).toEqual(['dist/index.d.ts', 'dist/index.js']);
    for (const file of ['dist/index.js', 'dist/index.d.ts']) {
      const text = readFileSync(join(unpacked.get('@clientele/client')!, file), 'utf8');
      // One self-contained file each: no relative import, nothing reaching for sources or source maps.
      expect(text).not.toMatch(/(from|import\(|require\()\s*['"]\.{0,2}\//);
      expect(text).not.toMatch(/(from|import\()\s*['"][^'"]*\bsrc\//);
      expect(text).not.toContain('sourceMappingURL');
    }
  });

  it('@clientele/specs holds every emitted API as JSON, YAML and types, byte for byte', () => {
    const files = filesOf('@clientele/specs');
    expect(APIS.length).toBeGreaterThan(0);
    // The documents of each API, and the JSON Schemas published beside some (the admin API's seed format).
    const filesOfApi = (api: string) => ['openapi.d.ts', 'openapi.json', 'openapi.yaml', ...readdirSync(join(specsDir(ROOT), api)).filter((f) => f.endsWith('.schema.json'))].sort();
    expect(files.filter((f) => f.startsWith('generated/'))).toEqual(APIS.flatMap((api) => filesOfApi(api).map((f) => `generated/${api}/${f}`)));
    for (const api of APIS) {
      for (const file of filesOfApi(api)) {
        expect(readFileSync(join(unpacked.get('@clientele/specs')!, 'generated', api, file)).equals(readFileSync(join(specsDir(ROOT), api, file)))).toBe(true);
      }
    }
  });

  it.each(['@clientele/client', '@clientele/specs'])('%s passes publint (strict)', (name) => {
    const tarball = result.packages.find((p) => p.name === name)!.tarball;
    const lint = spawnSync(bin('publint'), ['run', tarball, '--strict'], { encoding: 'utf8' });
    expect(lint.stdout + lint.stderr).toContain('All good!');
    expect(lint.status).toBe(0);
  });

  it.each(['@clientele/client', '@clientele/specs'])('%s: types resolve for ESM consumers (are-the-types-wrong, esm-only profile)', (name) => {
    const tarball = result.packages.find((p) => p.name === name)!.tarball;
    // The specs' exports are patterns (`./*/openapi.json`): name each API's entry points. YAML is a
    // file to read, not a module, so it is checked by resolving it in the scratch project below.
    const entrypoints = name === '@clientele/specs' ? ['--entrypoints', ...APIS.flatMap((api) => [`./${api}`, `./${api}/openapi.json`])] : [];
    const check = spawnSync(bin('attw'), [tarball, '--profile', 'esm-only', '--no-color', ...entrypoints], { encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });
});

/** The TypeScript blocks of a README, each a module of its own. */
const typescriptBlocks = (readme: string) => [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('the tarballs in a project outside the workspace', () => {
  const project = join(scratch, 'consumer');

  beforeAll(() => {
    mkdirSync(join(project, 'readme'), { recursive: true });
    const dependencies = Object.fromEntries(result.packages.map((p) => [p.name, `file:${p.tarball}`]));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies }, null, 2));
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: project, encoding: 'utf8' });
    if (install.status !== 0) throw new Error(`npm install of the tarballs failed:\n${install.stderr}`);
  });

  it('every TypeScript example of both READMEs compiles against the published types (strict, NodeNext, no skipLibCheck)', () => {
    let count = 0;
    for (const name of ['@clientele/client', '@clientele/specs']) {
      const readme = readFileSync(join(project, 'node_modules', name, 'README.md'), 'utf8');
      for (const block of typescriptBlocks(readme)) {
        writeFileSync(join(project, 'readme', `${name.split('/')[1]}-${count++}.ts`), `${block}\nexport {};\n`);
      }
    }
    expect(count).toBeGreaterThanOrEqual(4);
    // Every API's types, by their documented import paths.
    const imports = APIS.map((api, i) => `import type { components as C${i}, operations as O${i}, paths as P${i} } from '@clientele/specs/${api}';`);
    const uses = APIS.map((_, i) => `export type T${i} = [keyof C${i}['schemas'], keyof O${i}, keyof P${i}];`);
    writeFileSync(join(project, 'every-api.ts'), [...imports, ...uses, ''].join('\n'));
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noUncheckedIndexedAccess: true,
          lib: ['ES2023', 'DOM'],
          types: ['node'],
          typeRoots: [TYPE_ROOTS],
          resolveJsonModule: true,
          skipLibCheck: false,
          noEmit: true,
        },
        include: ['*.ts', 'readme/*.ts'],
      }),
    );
    const compile = spawnSync(process.execPath, [TSC, '-p', project], { encoding: 'utf8' });
    expect(compile.stdout + compile.stderr).toBe('');
    expect(compile.status).toBe(0);
  });

  it('imports at runtime: the client exports what the workspace source does; each spec loads as JSON and its YAML resolves', async () => {
    const expected = Object.keys(await import('@clientele/client')).sort();
    writeFileSync(
      join(project, 'runtime.mjs'),
      `import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const client = await import('@clientele/client');
const specs = {};
for (const api of ${JSON.stringify(APIS)}) {
  const { default: spec } = await import(\`@clientele/specs/\${api}/openapi.json\`, { with: { type: 'json' } });
  const yaml = fileURLToPath(import.meta.resolve(\`@clientele/specs/\${api}/openapi.yaml\`));
  specs[api] = { openapi: spec.openapi, paths: Object.keys(spec.paths).length, yaml: existsSync(yaml) };
}
console.log(JSON.stringify({ exports: Object.keys(client).sort(), specs }));
`,
    );
    const run = spawnSync(process.execPath, ['runtime.mjs'], { cwd: project, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const output = JSON.parse(run.stdout);
    expect(output.exports).toEqual(expected);
    for (const api of APIS) expect(output.specs[api]).toEqual({ openapi: '3.1.0', paths: expect.any(Number), yaml: true });
  });

  it('the built runtime authenticates, encodes form bodies (its qs dependency installed from npm) and resolves with the status', () => {
    writeFileSync(
      join(project, 'call.mjs'),
      `import { clienteleFetch } from '@clientele/client';
const seen = [];
const fetch = async (url, init) => { seen.push({ url, auth: init.headers.get('authorization'), body: init.body }); return new Response('{"ok":true}', { status: 201, headers: { 'content-type': 'application/json' } }); };
const response = await clienteleFetch('/v1/things?limit=1', {
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: JSON.stringify({ name: 'Benny', meta: { tier: 'gold' } }),
  clientele: { baseUrl: 'http://127.0.0.1:4010/api/', auth: { type: 'basic', username: 'key' }, fetch },
});
console.log(JSON.stringify({ status: response.status, data: response.data, seen }));
`,
    );
    const run = spawnSync(process.execPath, ['call.mjs'], { cwd: project, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      status: 201,
      data: { ok: true },
      seen: [{ url: 'http://127.0.0.1:4010/api/v1/things?limit=1', auth: `Basic ${Buffer.from('key:').toString('base64')}`, body: 'name=Benny&meta%5Btier%5D=gold' }],
    });
  });
});
