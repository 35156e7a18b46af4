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
import { installExamples, runExample } from './examples.ts';
import { clientele, currentRuntime, installProject, registryRuntime, startInstalled, type Runtime } from './installed.ts';

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
/** Where each emitted API is served: the path of its spec's server (`/balanced`, the admin API's `/_clientele`). */
const mountOf = (api: string) => new URL((JSON.parse(readFileSync(join(specsDir(ROOT), api, 'openapi.json'), 'utf8')) as { servers: { url: string }[] }).servers[0]!.url).pathname;
/** The admin API has no tenants: its example runs with the admin token the packed server is started with. */
const ADMIN_TOKEN = 'release-check-admin-token-0123456789';
const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });

const PUBLISHED = ['@clientele/client', '@clientele/server-cli', '@clientele/specs', '@clientele/testing'];
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

/**
 * Node.js versions the packed server and client are verified on besides the one running this suite
 * (the registry's `node` package), as `CLIENTELE_RELEASE_NODES` names them (`22,24`: CI sets it).
 * Each builds better-sqlite3 from source, minutes of CPU: a newcomer's `pnpm test` checks the
 * running Node.js only.
 */
const CURRENT_NODE = process.versions.node.split('.')[0]!;
const OTHER_NODES = (process.env.CLIENTELE_RELEASE_NODES ?? '')
  .split(',')
  .map((major) => major.trim())
  .filter((major) => major !== '' && major !== CURRENT_NODE);
/** Projects outside the workspace with every tarball installed, by Node.js major (`current` for this one). */
const projects = new Map<string, Promise<{ dir: string; runtime: Runtime }>>();


beforeAll(async () => {
  statusBefore = git('status', '--porcelain', '--untracked-files=all');
  result = await dryRun(ROOT, join(scratch, 'out'), { log: () => undefined });
  for (const pkg of result.packages) {
    const dir = join(scratch, 'unpacked', pkg.name);
    mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['-xzf', pkg.tarball, '-C', dir]);
    unpacked.set(pkg.name, join(dir, 'package'));
  }
  // Installing builds better-sqlite3 for each Node.js (minutes each): all start now, side by side.
  const dependencies = Object.fromEntries(result.packages.map((p) => [p.name, `file:${p.tarball}`]));
  const project = async (name: string, runtime: Promise<Runtime>) => {
    const dir = join(scratch, name === 'current' ? 'consumer' : `consumer-node${name}`);
    await installProject(dir, dependencies, await runtime);
    return { dir, runtime: await runtime };
  };
  projects.set(CURRENT_NODE, project('current', Promise.resolve(currentRuntime)));
  for (const version of OTHER_NODES) projects.set(version, project(version, registryRuntime(version, join(scratch, 'runtimes', version))));
  // Each is awaited by the suite that needs it; a failure is reported there.
  for (const pending of projects.values()) pending.catch(() => undefined);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('pnpm release:dry', () => {
  it('packs the published packages only: the server and internal packages are private', async () => {
    const { packages } = await getPackages(ROOT);
    const published = packages.filter((p) => !p.packageJson.private).map((p) => p.packageJson.name).sort();
    expect(published).toEqual(PUBLISHED);
    expect(result.packages.map((p) => p.name).sort()).toEqual(published);
  });

  it('versions the published packages together, as the pending changesets say, with a changelog entry', async () => {
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

  it.each(PUBLISHED)('%s ships a README, and no sources, tests, build config or workspace ranges', (name) => {
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

  it('@clientele/server-cli is the bundled server and command, the rendered reference and the specs, depending on the native drivers only', () => {
    const manifest = manifestOf('@clientele/server-cli');
    expect(manifest.bin).toEqual({ clientele: './bin/clientele.mjs' });
    // better-sqlite3 13 (Node-API, prebuilt) for Node 22 and later; 12 for Node 20, optional so that a failed build elsewhere does not fail the install.
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['better-sqlite3-napi', 'pg']);
    expect(Object.keys(manifest.optionalDependencies)).toEqual(['better-sqlite3']);
    const files = filesOf('@clientele/server-cli');
    // The server and the command, and the request log's thread they start (beside them).
    expect(files.filter((f) => f.startsWith('bin/') || f.startsWith('dist/'))).toEqual(['bin/clientele.mjs', 'dist/cli.mjs', 'dist/log-worker.mjs', 'dist/main.mjs']);
    expect(files).toContain('docs/index.html');
    // The sandbox console, built: its page and its hashed script, without its build stamp.
    expect(files).toContain('console/index.html');
    expect(files.filter((f) => /^console\/assets\/index-[\w-]+\.js$/.test(f))).toHaveLength(1);
    expect(files.filter((f) => f.startsWith('console/.'))).toEqual([]);
    for (const api of APIS) {
      expect(files).toContain(`docs/${api}/index.html`);
      for (const file of ['openapi.json', 'openapi.yaml']) {
        expect(readFileSync(join(unpacked.get('@clientele/server-cli')!, 'specs', api, file)).equals(readFileSync(join(specsDir(ROOT), api, file)))).toBe(true);
      }
    }
    // Everything else is inside the bundles: no workspace package is looked up at run time.
    for (const bundle of ['dist/main.mjs', 'dist/cli.mjs', 'dist/log-worker.mjs']) {
      const text = readFileSync(join(unpacked.get('@clientele/server-cli')!, bundle), 'utf8');
      expect(text.match(/(?:from|import\(|require\()\s*['"](@clientele\/[^'"]+|@redocly\/[^'"]+)['"]/g) ?? []).toEqual([]);
    }
  });

  it('@clientele/testing is the compiled harness and its child-process runner, depending on the client and the server of its own release', () => {
    const manifest = manifestOf('@clientele/testing');
    expect(manifest.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    const version = result.packages.find((p) => p.name === '@clientele/testing')!.version;
    expect(manifest.dependencies).toEqual({ '@clientele/client': version, '@clientele/server-cli': version });
    const files = filesOf('@clientele/testing');
    expect(files).toContain('child.mjs');
    // Each module of its source compiled, and nothing else: its modules read off packages/testing/src.
    const modules = readdirSync(join(ROOT, 'packages/testing/src')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
    expect(modules.length).toBeGreaterThan(4);
    expect(files.filter((f) => f.startsWith('dist/') && f.endsWith('.js')).sort()).toEqual(modules.map((m) => `dist/${m}.js`));
    expect(files.filter((f) => f.startsWith('dist/') && f.endsWith('.d.ts')).sort()).toEqual(modules.map((m) => `dist/${m}.d.ts`));
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

  it.each(PUBLISHED)('%s passes publint (strict)', (name) => {
    const tarball = result.packages.find((p) => p.name === name)!.tarball;
    const lint = spawnSync(bin('publint'), ['run', tarball, '--strict'], { encoding: 'utf8' });
    expect(lint.stdout + lint.stderr).toContain('All good!');
    expect(lint.status).toBe(0);
  });

  it.each(['@clientele/client', '@clientele/specs', '@clientele/testing'])('%s: types resolve for ESM consumers (are-the-types-wrong, esm-only profile)', (name) => {
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

  beforeAll(async () => {
    await projects.get(CURRENT_NODE);
    mkdirSync(join(project, 'readme'), { recursive: true });
  });

  it('every TypeScript example of both READMEs compiles against the published types (strict, NodeNext, no skipLibCheck)', () => {
    let count = 0;
    for (const name of PUBLISHED) {
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

/** What the client's bundled declarations export, by name (`export { A, type B, C as D };`). */
function declaredExports(dts: string): string[] {
  const names: string[] = [];
  for (const [, list] of dts.matchAll(/^export \{([^}]*)\};?$/gm)) {
    for (const entry of list!.split(',').map((e) => e.trim()).filter(Boolean)) names.push(entry.replace(/^type\s+/, '').split(/\s+as\s+/).at(-1)!);
  }
  return names.sort();
}

/** The README's examples that run as they are against a started server (`process.env.CLIENTELE_URL`), by the API whose client each makes. */
const runnableExamples = (readme: string) =>
  new Map(typescriptBlocks(readme).filter((block) => block.includes('process.env.CLIENTELE_URL')).map((block) => [/create(\w+)Client\(/.exec(block)![1]!.toLowerCase(), block]));

/** What `tenant create --json` printed, as the environment each README example reads. */
const EXAMPLE_ENV: Record<string, Record<string, string>> = {
  balanced: { BALANCED_KEY: 'api_key_secret' },
  dwolla: { DWOLLA_KEY: 'client_id', DWOLLA_SECRET: 'client_secret' },
  bank: { BANK_ID: 'bank_id', BANK_REFRESH_TOKEN: 'refresh_token' },
  octobat: { OCTOBAT_KEY: 'test_secret_key' },
  pingpp: { PINGPP_KEY: 'test_secret_key', PINGPP_APP: 'app_id' },
  admin: {},
};

describe('the client README', () => {
  it('documents every export of the published client', () => {
    const readme = readFileSync(join(unpacked.get('@clientele/client')!, 'README.md'), 'utf8');
    const exported = declaredExports(readFileSync(join(unpacked.get('@clientele/client')!, 'dist', 'index.d.ts'), 'utf8'));
    expect(exported.length).toBeGreaterThan(30);
    expect(exported.filter((name) => !new RegExp(`\`${name}[\`(<]`).test(readme))).toEqual([]);
  });

  it('has an example for every API that runs as is against a started server', () => {
    const readme = readFileSync(join(unpacked.get('@clientele/client')!, 'README.md'), 'utf8');
    expect([...runnableExamples(readme).keys()].sort()).toEqual([...APIS].sort());
    expect(Object.keys(EXAMPLE_ENV).sort()).toEqual([...APIS].sort());
  });
});

/** The runnable README examples compiled to JavaScript once (strict, NodeNext), by API. */
let compiled: Promise<Map<string, string>> | undefined;
function compiledExamples(): Promise<Map<string, string>> {
  return (compiled ??= (async () => {
    const { dir } = await projects.get(CURRENT_NODE)!;
    const source = join(dir, 'examples-src');
    mkdirSync(source, { recursive: true });
    const examples = runnableExamples(readFileSync(join(dir, 'node_modules', '@clientele', 'client', 'README.md'), 'utf8'));
    for (const [api, block] of examples) writeFileSync(join(source, `${api}.ts`), `${block}\nexport {};\n`);
    writeFileSync(
      join(source, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, lib: ['ES2023', 'DOM'], types: ['node'], typeRoots: [TYPE_ROOTS], skipLibCheck: false, outDir: join(dir, 'examples-js') },
        include: ['*.ts'],
      }),
    );
    const compile = spawnSync(process.execPath, [TSC, '-p', source], { encoding: 'utf8' });
    if (compile.status !== 0) throw new Error(`the README examples do not compile:\n${compile.stdout}${compile.stderr}`);
    return new Map([...examples.keys()].map((api) => [api, readFileSync(join(dir, 'examples-js', `${api}.js`), 'utf8')]));
  })());
}

describe.each([CURRENT_NODE, ...OTHER_NODES])('the packed server and client on Node.js %s, installed outside the workspace', (major) => {
  let dir: string;
  let runtime: Runtime;
  let server: Awaited<ReturnType<typeof startInstalled>>;
  const db = () => `sqlite://${join(dir, 'data', 'clientele.sqlite')}`;

  beforeAll(async () => {
    ({ dir, runtime } = await projects.get(major)!);
    expect(runtime.version.split('.')[0]).toBe(major);
    server = await startInstalled(dir, runtime, ['--db', db(), '--admin-token', ADMIN_TOKEN]);
  });
  afterAll(() => server?.stop());

  it('--help lists the server and the tenant commands', () => {
    const help = clientele(dir, runtime, ['--help']);
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toContain('--port N');
    expect(help.stdout).toContain('tenant create --api NAME');
    expect(clientele(dir, runtime, ['start', '--help']).stdout).toContain('--db URL');
    expect(clientele(dir, runtime, ['start', '--no-such-option']).status).toBe(2);
  });

  it('serves every API, the reference at /docs/, the specs and the console, on SQLite by default', async () => {
    expect(server.output()).toContain('storage: sqlite');
    expect((await fetch(`${server.origin}/healthz`)).status).toBe(200);
    const consolePage = await fetch(`${server.origin}/_clientele/console/`);
    expect(consolePage.status).toBe(200);
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(await consolePage.text())?.[1];
    expect((await fetch(`${server.origin}/_clientele/console/${script}`)).status).toBe(200);
    const index = await fetch(`${server.origin}/docs/`);
    expect(index.status).toBe(200);
    const html = await index.text();
    for (const api of APIS) {
      expect(html).toContain(`${api}/`);
      expect(server.output()).toContain(`${server.origin}${mountOf(api)}`);
      const page = await fetch(`${server.origin}/docs/${api}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<html');
      const spec = await fetch(`${server.origin}/specs/${api}/openapi.json`);
      // The emitted document, byte for byte but for its URLs: the served one names the host and port serving it.
      const emitted = readFileSync(join(specsDir(ROOT), api, 'openapi.json'), 'utf8').replaceAll('http://localhost:4010', server.origin);
      expect(Buffer.from(await spec.arrayBuffer()).equals(Buffer.from(emitted))).toBe(true);
    }
  });

  it.each(APIS)('runs the client README example for %s against it', async (api) => {
    let env: Record<string, string> = { CLIENTELE_ADMIN_TOKEN: ADMIN_TOKEN };
    if (api !== 'admin') {
      const tenant = clientele(dir, runtime, ['tenant', 'create', '--api', api, '--json', '--db', db()]);
      expect(tenant.status, tenant.stderr).toBe(0);
      const credentials = JSON.parse(tenant.stdout) as Record<string, string>;
      env = Object.fromEntries(Object.entries(EXAMPLE_ENV[api]!).map(([variable, field]) => [variable, credentials[field]!]));
    }
    const file = join(dir, `example-${api}.js`);
    writeFileSync(file, (await compiledExamples()).get(api)!);
    const example = spawnSync(runtime.node, [file], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env, CLIENTELE_URL: server.origin } });
    expect(example.stderr).toBe('');
    expect(example.status).toBe(0);
    expect(example.stdout).toMatch(new RegExp(`^${api}: `));
  });
});

describe('the example projects (examples/), installed from the tarballs on Node.js ' + CURRENT_NODE, () => {
  let dir: string;
  let examples: string[];
  // Into this Node.js's project, after the suites above have used it: Vitest and Jest from npm, and the examples.
  beforeAll(async () => {
    dir = (await projects.get(CURRENT_NODE)!).dir;
    examples = await installExamples(join(ROOT, 'examples'), result.packages, dir, currentRuntime);
  });

  it('are Vitest (globalSetup and per file), Jest (globalSetup) and node --test', () => {
    expect(examples).toEqual(['jest', 'node-test', 'vitest']);
  });

  it.each(['jest', 'node-test', 'vitest'])('examples/%s passes: every API through the harness, a fault, a clock advance, two workers apart on one sandbox', async (name) => {
    const run = await runExample(join(dir, name), currentRuntime);
    expect(run.status, run.output).toBe(0);
    // Both isolation workers ran, and passed (each waits for the other, so neither passes alone).
    expect(run.output).toMatch(/worker a runs beside worker b/);
    expect(run.output).toMatch(/worker b runs beside worker a/);
  });
});
