import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore, type Store } from '@clientele/store';
import { decidePostgres, throwawayDatabase } from '@clientele/store/testing';
import { serverApis } from '@clientele/server/apis';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SERVER = join(ROOT, 'apps/server/dist/main.mjs');
/** The server broken on purpose (`pnpm crash --lose-writes`, `--lose-events`): every other write acknowledged, never stored; or its events never written. */
export const BROKEN_SERVER = ['--import', 'tsx', join(ROOT, 'apps/reliability/src/broken-server.ts')];

export type DriverName = 'sqlite' | 'postgres';

/** Builds the server bundle `pnpm start` runs (a no-op when it is up to date). */
export function buildServer(): void {
  const built = spawnSync(process.execPath, ['apps/server/build.mjs', 'main'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('building the server bundle failed');
}

/** A fresh, empty database of `driver`: a SQLite file in a temporary folder, or a throwaway PostgreSQL database. */
export async function freshDatabase(driver: DriverName): Promise<{ url: string; sqlitePath?: string; drop(): Promise<void> }> {
  if (driver === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'clientele-reliability-'));
    const path = join(dir, 'data.sqlite');
    return { url: `sqlite://${path}`, sqlitePath: path, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const postgres = await decidePostgres();
  if (!postgres.available) throw new Error(`PostgreSQL is not reachable: ${postgres.reason}`);
  const database = await throwawayDatabase(postgres.adminUrl);
  return { url: database.url, drop: () => database.drop() };
}

/** The real server (the bundle `pnpm start` runs) in its own process, on one database: started, killed, restarted. */
export interface Target {
  /** `http://127.0.0.1:PORT` of the running process (a restart may bind another port). */
  readonly origin: string;
  readonly pid: number;
  /** Everything the current process printed (stdout and stderr), last 1 MB. */
  output(): string;
  /** Called with every chunk the server prints, for scans that must see all of it (secrets in logs). */
  onOutput(listener: (chunk: string) => void): void;
  alive(): boolean;
  /** SIGKILL: no chance to finish anything. */
  kill(): Promise<void>;
  /** SIGTERM: its exit code once it has shut down. */
  terminate(): Promise<number | null>;
  /** Starts it again on the same database and port arguments. */
  restart(): Promise<void>;
}

/** The banner's last line: every API has been mounted and had its dev tenant looked after. */
const ready = (output: string) => {
  const origin = /clientele is serving on (http:\/\/\S+)/.exec(output)?.[1];
  const last = serverApis.at(-1)!.definition.name;
  return origin && output.includes(`${origin}/${last}`) ? origin : undefined;
};

export async function startTarget(db: string, args: readonly string[] = [], entry: readonly string[] = [SERVER]): Promise<Target> {
  let child: ChildProcess;
  let output = '';
  let origin = '';
  let exit: Promise<number | null> = Promise.resolve(null);
  let exited = true;
  const listeners: ((chunk: string) => void)[] = [];

  const launch = () =>
    new Promise<void>((resolve, reject) => {
      output = '';
      exited = false;
      child = spawn(process.execPath, [...entry, '--db', db, '--port', '0', '--host', '127.0.0.1', ...args], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NODE_ENV: 'production' },
      });
      exit = new Promise((done) =>
        child.once('exit', (code) => {
          exited = true;
          done(code);
        }),
      );
      let started = false;
      const timer = setTimeout(() => reject(new Error(`the server did not start within 60 s:\n${output.slice(-4000)}`)), 60_000);
      const read = (chunk: Buffer) => {
        const text = chunk.toString();
        output = (output + text).slice(-1024 * 1024);
        for (const listener of listeners) listener(text);
        const found = !started && ready(output);
        if (found) {
          started = true;
          origin = found;
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      void exit.then((code) => {
        clearTimeout(timer);
        if (!started) reject(new Error(`the server exited (${code}) before it was ready:\n${output.slice(-4000)}`));
      });
    });

  await launch();
  return {
    get origin() {
      return origin;
    },
    get pid() {
      return child.pid!;
    },
    output: () => output,
    onOutput: (listener) => void listeners.push(listener),
    alive: () => !exited,
    async kill() {
      if (!exited) child.kill('SIGKILL');
      await exit;
    },
    async terminate() {
      if (!exited) child.kill('SIGTERM');
      return exit;
    },
    restart: launch,
  };
}

/** A store on the target's database, for what the tools prepare directly (tenants, samples) and check afterwards. */
export const storeOf = (db: string): Promise<Store> => openStore(db, ROOT, { poolSize: 4 });

/** Resident memory of a process in bytes (Linux: the second field of /proc/PID/statm, in 4 KiB pages); undefined once it is gone. */
export function residentBytes(pid: number): number | undefined {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
  } catch {
    return undefined;
  }
}
