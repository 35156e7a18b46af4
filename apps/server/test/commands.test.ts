import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '@clientele/store';
import { serverApis } from '../src/apis/index.ts';
import { run as runCli } from '../src/cli.ts';
import type { Io } from '../src/config.ts';
import { run as runServer } from '../src/main.ts';
import { postgres } from './support/drivers.ts';
import { raw } from './support/http.ts';
import { capturedIo, runBundle, spawnServerWith, unprivileged, type Finished } from './support/process.ts';

/**
 * The command lines as a person types them: `pnpm start …` (the server bundle) and `pnpm clientele
 * …` (the CLI bundle, or its `run` in-process where only the parsing is at stake). Nothing typed is
 * ignored, and every mistake is one line that says what to do.
 */

const dir = mkdtempSync(join(tmpdir(), 'clientele-commands-'));
// Some commands below run as `nobody`, who must reach the files made here.
chmodSync(dir, 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let made = 0;
/** A path no other test uses, under the test folder. */
const fresh = (name = 'clientele.sqlite') => join(dir, `${++made}`, name);
/** A new SQLite database URL. */
const freshDb = () => `sqlite://${fresh()}`;

/** A port that was free a moment ago and has nothing listening on it now. */
const closedPort = async () => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
};

const USAGE = { server: /^clientele server /, cli: /^clientele tenant create / };
const SAFETY_NET = { timeout: 60_000 };

/** A refusal as a person sees it: nothing on stdout, one line on stderr (usage mistakes: then a blank line and the usage), no stack trace. */
function expectRefused(result: Finished, code: 1 | 2, line: string | RegExp, usage?: RegExp) {
  expect(result.stdout).toBe('');
  const [first, ...rest] = result.stderr.trimEnd().split('\n');
  if (typeof line === 'string') expect(first).toBe(line);
  else expect(first).toMatch(line);
  if (code === 2) {
    expect(rest[0]).toBe('');
    expect(rest[1]).toMatch(usage!);
  } else {
    expect(rest).toEqual([]);
  }
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.code).toBe(code);
}

/** A command run in-process, for what only parsing decides: its exit code and what it printed, line by line. */
const inProcess = (run: (argv: readonly string[], io: Io) => Promise<unknown>) => async (argv: readonly string[], env: NodeJS.ProcessEnv = {}) => {
  const io = capturedIo(env);
  const result = await run(argv, io);
  if (typeof result !== 'number') throw new Error(`expected an exit code, got a running server: ${io.stdout.join('\n')}`);
  return { code: result, stdout: io.stdout, stderr: io.stderr };
};

/** A usage mistake made in-process: one line, a blank one, the usage; nothing on stdout; exit code 2. */
function expectUsageMistake(result: { code: number; stdout: string[]; stderr: string[] }, line: string, usage: RegExp) {
  expect(result).toMatchObject({ code: 2, stdout: [] });
  expect(result.stderr[0]).toBe(line);
  expect(result.stderr[1]).toBe('');
  expect(result.stderr[2]).toMatch(usage);
}

describe('pnpm start: the server command line', () => {
  const server = inProcess(runServer);

  it('--help prints the usage and exits 0', async () => {
    const result = await server(['--help']);
    expect(result).toMatchObject({ code: 0, stderr: [] });
    expect(result.stdout[0]).toMatch(USAGE.server);
    expect(result.stdout.join('\n')).toContain('--port N');
  });

  it.each([
    [['--bogus'], 'unknown option --bogus'],
    [['--', '--bogus'], 'unknown option --bogus'],
    [['serve'], 'unexpected argument "serve"'],
    [['--port', '4011', '--', '--host', '0.0.0.0'], 'unexpected argument "--host"'],
    [['--port'], '--port needs a value'],
    [['--port', 'abc'], '--port must be a port number from 0 to 65535, not "abc"'],
    [['--port', '65536'], '--port must be a port number from 0 to 65535, not "65536"'],
    [['--port=-1'], '--port must be a port number from 0 to 65535, not "-1"'],
    [['--port', '-1'], '--port needs a value (one starting with "-" is written --port=-…)'],
    [['--log-requests=yes'], '--log-requests takes no value'],
    [['--api', 'nope'], `unknown API "nope"; known: ${serverApis.map((api) => api.definition.name).join(', ')}`],
    [['--db', 'sqlite://'], '--db: no database path (use sqlite://PATH or postgres://USER@HOST:PORT/DATABASE)'],
    [['--db', 'postgres://[nope'], '--db is not a valid PostgreSQL URL (postgres://USER@HOST:PORT/DATABASE)'],
    [['--db-pool', 'many'], '--db-pool must be a number of connections, at least 2, not "many"'],
    [['--db-pool', '1'], '--db-pool must be a number of connections, at least 2, not "1"'],
  ])('refuses %j: one line, the usage, exit code 2', async (argv, line) => {
    expectUsageMistake(await server(argv), line, USAGE.server);
  });

  it('refuses a port from the environment that is not one', async () => {
    expectUsageMistake(await server([], { PORT: 'http' }), 'PORT must be a port number from 0 to 65535, not "http"', USAGE.server);
  });

  it('refuses a pool size from the environment that is not one', async () => {
    expectUsageMistake(await server([], { DATABASE_POOL: '0' }), 'DATABASE_POOL must be a number of connections, at least 2, not "0"', USAGE.server);
  });

  it('refuses a --db of another kind instead of making a folder named after its scheme', async () => {
    const typedIn = join(dir, `${++made}`);
    mkdirSync(typedIn);
    const line = '--db: unsupported database scheme "mysql:" (use sqlite://PATH or postgres://USER@HOST:PORT/DATABASE)';
    expectUsageMistake(await server(['--db', 'mysql://root@localhost/clientele'], { INIT_CWD: typedIn }), line, USAGE.server);
    expectUsageMistake(await server([], { INIT_CWD: typedIn, DATABASE_URL: 'mysql://root@localhost/clientele' }), line.replace('--db', 'DATABASE_URL'), USAGE.server);
    expect(existsSync(join(typedIn, 'mysql:'))).toBe(false);
  });
});

/** The server bundle, as `pnpm start` runs it: start-up problems are one line and an exit code, never a stack trace. */
describe.concurrent('pnpm start: start-up problems', () => {
  const server = (...args: string[]) => runBundle('server', args);

  it('takes its options after a leading -- (as `pnpm start -- --port N` passes them)', SAFETY_NET, async () => {
    const running = await spawnServerWith(['--', '--port', '0', '--api', 'balanced', '--db', freshDb()]);
    try {
      expect(running.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(running.origin).not.toBe('http://127.0.0.1:4010');
      expect((await raw(`${running.origin}/healthz`)).status).toBe(200);
      expect(running.dev).toMatchObject({ api_key_secret: expect.any(String) });
    } finally {
      expect(await running.stop()).toBe(0);
    }
  });

  it('an unknown option: one line, the usage, exit code 2', SAFETY_NET, async () => {
    expectRefused(await server('--bogus'), 2, 'unknown option --bogus', USAGE.server);
  });

  it('a port in use: one line saying what to do, exit code 1', SAFETY_NET, async () => {
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as AddressInfo;
    try {
      expectRefused(await server('--port', String(port), '--db', freshDb()), 1, `port ${port} is in use: pass --port N or stop the other process`);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });

  it('a data folder that cannot be made because a file is in the way', SAFETY_NET, async () => {
    const file = fresh('a-file');
    mkdirSync(join(file, '..'));
    writeFileSync(file, 'not a folder');
    expectRefused(await server('--port', '0', '--db', `sqlite://${file}/data/x.sqlite`), 1, `cannot create the data folder ${file}/data: a file is in the way; pass another --db`);
  });

  it('a file that is not a SQLite database', SAFETY_NET, async () => {
    const file = fresh('notes.txt');
    mkdirSync(join(file, '..'));
    writeFileSync(file, 'these are not the pages of a database, but they are long enough to look at. '.repeat(20));
    expectRefused(await server('--port', '0', '--db', `sqlite://${file}`), 1, `${file} is not a SQLite database: pass another --db`);
  });

  it('an unreachable PostgreSQL', SAFETY_NET, async () => {
    const port = await closedPort();
    expectRefused(
      await server('--port', '0', '--db', `postgres://postgres@127.0.0.1:${port}/clientele`),
      1,
      new RegExp(`^cannot reach PostgreSQL at 127\\.0\\.0\\.1:${port}/clientele \\(.*ECONNREFUSED.*\\): start it or pass another --db$`),
    );
  });

  it.skipIf(!postgres.available)('a PostgreSQL without the database', SAFETY_NET, async () => {
    const url = new URL(postgres.adminUrl);
    url.pathname = `/clientele_missing_${process.pid}_${Date.now()}`;
    expectRefused(await server('--port', '0', '--db', url.toString()), 1, /has no such database: create it \(createdb -h \S+ -p \d+ .*clientele_missing_\d+_\d+\) or pass another --db$/);
  });
});

const nobody = unprivileged();
afterAll(() => nobody.dispose());
const inCi = process.env.CI === 'true';
if (!nobody.available && !inCi) console.warn(`commands.test: permission cases skipped: ${nobody.missing}; CI never skips them`);

/** What a user may not write; when the tests run as root, the commands run as `nobody`. */
describe.runIf(nobody.available || inCi).concurrent('pnpm start and pnpm clientele on files the user may not write', () => {
  // In CI a `nobody` who cannot run the bundles fails every test here rather than skipping them.
  beforeAll(() => {
    if (!nobody.available) throw new Error(`CI needs the permission cases: ${nobody.missing}`);
  });

  it('a data folder that is not writable', SAFETY_NET, async () => {
    const folder = join(dir, `${++made}`);
    mkdirSync(folder, { mode: 0o555 });
    chmodSync(folder, 0o555);
    const db = `sqlite://${folder}/clientele.sqlite`;
    const line = `the data folder ${folder} is not writable: make it writable or pass another --db`;
    expectRefused(await nobody.run('server', ['--port', '0', '--db', db]), 1, line);
    expectRefused(await nobody.run('cli', ['tenant', 'create', '--api', 'balanced', '--db', db]), 1, line);
    const deeper = await nobody.run('server', ['--port', '0', '--db', `sqlite://${folder}/data/clientele.sqlite`]);
    expectRefused(deeper, 1, `cannot create the data folder ${folder}/data: permission denied; make its parent writable or pass another --db`);
  });

  it('a read-only database file', SAFETY_NET, async () => {
    const file = fresh();
    mkdirSync(join(file, '..'), { mode: 0o777 });
    chmodSync(join(file, '..'), 0o777);
    expect((await runBundle('cli', ['tenant', 'create', '--api', 'balanced', '--db', `sqlite://${file}`])).code).toBe(0);
    chmodSync(file, 0o444);
    const line = `the database file ${file} is read-only: make it writable or pass another --db`;
    expectRefused(await nobody.run('server', ['--port', '0', '--db', `sqlite://${file}`]), 1, line);
    expectRefused(await nobody.run('cli', ['tenant', 'create', '--api', 'balanced', '--db', `sqlite://${file}`]), 1, line);
  });
});

describe('pnpm clientele: the tenant command line', () => {
  const cli = inProcess(runCli);

  it.each([
    [[], 'no command given'],
    [['tenant'], 'unknown command "tenant"'],
    [['tenant', 'rename', '--api', 'balanced'], 'unknown command "tenant rename"'],
    [['tenant', 'delete', '--api', 'balanced'], 'unknown option --api'],
    [['tenant', 'create', 'now', '--api', 'balanced'], 'unexpected argument "now"'],
    [['tenant', 'create', '--api', 'balanced', '--bogus'], 'unknown option --bogus'],
    [['--', 'tenant', 'create', '--api', 'balanced', '-x'], 'unknown option -x'],
    [['tenant', 'create', '--json'], 'tenant create needs --api NAME'],
    [['tenant', 'create', '--api', 'nope'], 'unknown API "nope"'],
    [['tenant', 'create', '--api', 'balanced', '--json=yes'], '--json takes no value'],
    [['tenant', 'create', '--api', 'balanced', '--name'], '--name needs a value'],
    [['tenant', 'create', '--api', 'balanced', '--db', 'mysql://x'], '--db: unsupported database scheme "mysql:" (use sqlite://PATH or postgres://USER@HOST:PORT/DATABASE)'],
  ])('refuses %j: one line, the usage, exit code 2', async (argv, line) => {
    expectUsageMistake(await cli(argv), line, USAGE.cli);
  });

  it('--help prints the usage and exits 0', async () => {
    const result = await cli(['--help']);
    expect(result).toMatchObject({ code: 0, stderr: [] });
    expect(result.stdout[0]).toMatch(USAGE.cli);
  });

  it('takes its arguments after a leading -- (as `pnpm clientele -- tenant create …` passes them)', async () => {
    const result = await cli(['--', 'tenant', 'create', '--api', 'balanced', '--json', '--name', 'Dashes', '--db', freshDb()]);
    expect(result).toMatchObject({ code: 0, stderr: [] });
    expect(JSON.parse(result.stdout.join('\n'))).toMatchObject({ api: 'balanced', name: 'Dashes' });
  });

  it('the bundle: one JSON line on success; one line and the usage for a mistake', SAFETY_NET, async () => {
    const [created, refused] = await Promise.all([
      runBundle('cli', ['--', 'tenant', 'create', '--api', 'dwolla', '--json', '--db', freshDb()]),
      runBundle('cli', ['tenant', 'create', '--api', 'balanced', '--bogus']),
    ]);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(created.stdout)).toMatchObject({ api: 'dwolla', scopes: 'ManageCustomers' });
    expectRefused(refused, 2, 'unknown option --bogus', USAGE.cli);
  });

  it('an unreachable PostgreSQL: one line, exit code 1', SAFETY_NET, async () => {
    const port = await closedPort();
    const result = await runBundle('cli', ['tenant', 'create', '--api', 'balanced', '--db', `postgres://postgres@127.0.0.1:${port}/clientele`]);
    expectRefused(result, 1, new RegExp(`^cannot reach PostgreSQL at 127\\.0\\.0\\.1:${port}/clientele \\(.*\\): start it or pass another --db$`));
  });

  it('ten processes started at the same moment on one fresh SQLite file all succeed, with ten distinct tenants', SAFETY_NET, async () => {
    const db = freshDb();
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => runBundle('cli', ['tenant', 'create', '--api', 'balanced', '--json', '--name', `T${i}`, '--db', db])));
    for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0, stderr: '' });
    const ids = results.map((r) => JSON.parse(r.stdout).tenant_id as string);
    expect(new Set(ids).size).toBe(10);
    const store = await openStore(db);
    try {
      expect(await store.tenants.count('balanced')).toBe(10);
    } finally {
      await store.close();
    }
  });
});
