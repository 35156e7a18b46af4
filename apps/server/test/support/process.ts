import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { constants } from 'node:fs';
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

/**
 * Root may write anywhere, so tests of what a user may not write run their process as `nobody`
 * when the tests run as root; `available` is false when `nobody` cannot run the bundles here (a
 * checkout in a folder only root may enter).
 */
export function unprivileged(): { readonly spawn: Pick<SpawnOptions, 'uid' | 'gid'>; readonly available: boolean } {
  if (process.getuid?.() !== 0) return { spawn: {}, available: true };
  const spawnAs = { uid: 65534, gid: 65534 };
  const check = `require('node:fs').accessSync(${JSON.stringify(bundles.server)}, ${constants.R_OK})`;
  return { spawn: spawnAs, available: spawnSync(process.execPath, ['-e', check], { ...spawnAs, stdio: 'ignore' }).status === 0 };
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
  options: Pick<SpawnOptions, 'uid' | 'gid' | 'env'> = {},
): Promise<Finished> {
  const child = spawn(process.execPath, [bundles[bundle], ...args], { ...options, cwd: serverDir, stdio: ['ignore', 'pipe', 'pipe'] });
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
}

/**
 * The real server, as `pnpm start` runs it, in its own process: Balanced at the root of a port
 * the system picks. Resolves once it listens and has looked after its dev tenant.
 */
export function spawnServer(db: string, args: readonly string[] = []): Promise<ServerProcess> {
  return spawnServerWith(['--db', db, '--port', '0', '--api', 'balanced', ...args]);
}

/** The server bundle with exactly `argv`; resolves once it listens and has looked after its dev tenants. */
export function spawnServerWith(argv: readonly string[]): Promise<ServerProcess> {
  const child = spawn(process.execPath, [bundles.server, ...argv], { cwd: serverDir, stdio: ['ignore', 'pipe', 'pipe'] });
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
