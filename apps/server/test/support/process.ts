import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../../src/config.ts';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The commands as `pnpm start` and `pnpm clientele` run them: the bundles, built once per test run
 * (`test/build-setup.ts`), so a process starts in a fraction of a second.
 */
export const bundles = {
  server: `${serverDir}dist/main.mjs`,
  cli: `${serverDir}dist/cli.mjs`,
} as const;

/** The script the server's entry (src/bundle/main.mjs) compiles and runs, beside it. */
const serverScript = `${serverDir}dist/server.cjs`;
/** The request log's thread, beside the bundles that start it (src/sandbox/log-thread.ts). */
const logWorkerScript = `${serverDir}dist/log-worker.mjs`;

/** The packages the bundles load from node_modules at run time (the rest is in the bundles). */
const BUNDLE_EXTERNALS = ['better-sqlite3', 'better-sqlite3-napi', 'pg'];

/** Dependencies used to install a package, never loaded by it. */
const INSTALL_ONLY = new Set(['prebuild-install']);

/** What a copy of a package leaves out: sources and build leftovers the loaded module never reads. */
const unused = /\/(node_modules|deps|src|obj|obj\.target)$|\.(a|gyp|md)$|\/test_extension\.node$/;

/**
 * The bundles and the packages they load (each with its dependencies, flattened), copied into a
 * fresh folder anyone may read: a process run from there does not depend on who may enter the checkout.
 */
export function copyBundles(): { readonly dir: string; readonly server: string; readonly cli: string } {
  const dir = mkdtempSync(join(tmpdir(), 'clientele-bundles-'));
  const copied = new Set<string>();
  const copyPackage = (name: string, from: string) => {
    if (copied.has(name) || INSTALL_ONLY.has(name)) return;
    let manifest: string;
    try {
      manifest = createRequire(from).resolve(`${name}/package.json`);
    } catch {
      return; // not installed here (an optional one, or the other better-sqlite3 release)
    }
    copied.add(name);
    const source = realpathSync(dirname(manifest));
    cpSync(source, join(dir, 'node_modules', name), { recursive: true, dereference: true, filter: (path) => !unused.test(path.slice(source.length)) });
    const { dependencies = {} } = JSON.parse(readFileSync(manifest, 'utf8')) as { dependencies?: Record<string, string> };
    for (const dependency of Object.keys(dependencies)) copyPackage(dependency, manifest);
  };
  for (const name of BUNDLE_EXTERNALS) copyPackage(name, bundles.server);
  const copy = (bundle: string) => {
    const to = join(dir, basename(bundle));
    copyFileSync(bundle, to);
    return to;
  };
  const made = { dir, server: copy(bundles.server), cli: copy(bundles.cli) };
  copy(serverScript);
  copy(logWorkerScript);
  // mkdtemp makes the folder for its owner only; the copies within are readable by all already.
  chmodSync(dir, 0o755);
  return made;
}

export interface Unprivileged {
  /** False when `nobody` cannot run the bundles here; `missing` then says what is missing. */
  readonly available: boolean;
  readonly missing: string | undefined;
  /** Runs a bundle as `nobody` (as the user when the tests do not run as root). */
  run(bundle: keyof typeof bundles, args: readonly string[]): Promise<Finished>;
  /** Removes the copied bundles. */
  dispose(): void;
}

/**
 * Root may write anywhere, so tests of what a user may not write run their process as `nobody`
 * when the tests run as root: from a copy of the bundles that `nobody` can read wherever the
 * checkout is. `available` is false only when `nobody` still cannot load them (node itself, or the
 * temporary folder, out of its reach).
 */
export function unprivileged(): Unprivileged {
  if (process.getuid?.() !== 0) {
    return { available: true, missing: undefined, run: (bundle, args) => runBundle(bundle, args), dispose: () => {} };
  }
  const copy = copyBundles();
  const as = { uid: 65534, gid: 65534, cwd: copy.dir };
  // The command's help: it loads everything the bundles load, the SQLite driver's native code too.
  const probe = spawnSync(process.execPath, [copy.cli, '--help'], { ...as, encoding: 'utf8' });
  const available = probe.status === 0;
  const dispose = () => rmSync(copy.dir, { recursive: true, force: true });
  if (!available) dispose();
  const firstLine = `${probe.error?.message ?? ''}${probe.stderr ?? ''}`.split('\n').find((line) => /Error|EACCES|ENOENT/.test(line));
  return {
    available,
    missing: available ? undefined : `\`nobody\` (uid 65534) cannot run ${process.execPath} on the bundles copied to ${copy.dir} (${firstLine?.trim() ?? `exit ${probe.status}`})`,
    run: (bundle, args) => runBundle(bundle, args, { ...as, path: copy[bundle] }),
    dispose,
  };
}

export interface Finished {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a bundle to its end (its streams closed) and returns its exit code and output. */
export function runBundle(
  bundle: keyof typeof bundles,
  args: readonly string[],
  { path = bundles[bundle], ...options }: Pick<SpawnOptions, 'uid' | 'gid' | 'env' | 'cwd'> & { readonly path?: string } = {},
): Promise<Finished> {
  const child = spawn(process.execPath, [path, ...args], { cwd: serverDir, ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** An Io for running a command in-process: what it printed, line by line, and the environment it sees. */
export function capturedIo(env: NodeJS.ProcessEnv = {}): Io & { readonly stdout: string[]; readonly stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    env,
    out: (text) => stdout.push(...text.split('\n')),
    err: (text) => stderr.push(...text.split('\n')),
  };
}

export interface ServerProcess {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  /** The dev tenant's credentials when this instance created it (first start on an empty database). */
  readonly dev: Record<string, string> | undefined;
  /** Everything printed so far, stdout and stderr. */
  output(): string;
  /** Whether the process has exited (it must not, whatever the database does). */
  exited(): boolean;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL: no chance to finish anything; resolves once it is gone. */
  kill(): Promise<void>;
}

/**
 * The real server, as `pnpm start` runs it, in its own process: Balanced at the root of a port
 * the system picks. Resolves once it listens and has looked after its dev tenant.
 */
export function spawnServer(db: string, args: readonly string[] = []): Promise<ServerProcess> {
  return spawnServerWith(['--db', db, '--port', '0', '--api', 'balanced', ...args]);
}

/** The server bundle with exactly `argv`; resolves once it listens and has looked after its dev tenants. */
export function spawnServerWith(argv: readonly string[], entry: string = bundles.server): Promise<ServerProcess> {
  const child = spawn(process.execPath, [entry, ...argv], { cwd: serverDir, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let exitCode: number | null | undefined;
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve((exitCode = code))));
  const process_: Omit<ServerProcess, 'origin' | 'dev'> = {
    output: () => output,
    exited: () => exitCode !== undefined,
    async stop() {
      if (exitCode === undefined) child.kill('SIGTERM');
      return exit;
    },
    async kill() {
      if (exitCode === undefined) child.kill('SIGKILL');
      await exit;
    },
  };

  return new Promise((resolve, reject) => {
    // A safety net only: the server says when it is ready, and that is what is waited for.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start within 60 s:\n${output}`));
    }, 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const origin = /clientele is serving on (http:\/\/\S+)/.exec(output)?.[1];
      const created = /created dev tenant \S+: (\{.*\})/.exec(output);
      if (origin && (created || output.includes('new credentials:'))) {
        clearTimeout(timer);
        resolve({ ...process_, origin, dev: created ? (JSON.parse(created[1]!) as Record<string, string>) : undefined });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exit.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before it was ready:\n${output}`));
    });
  });
}
