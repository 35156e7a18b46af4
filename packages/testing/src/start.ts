import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONNECTION_VARIABLE, sandboxHandle, type Sandbox, type SandboxConnection } from './sandbox.js';
import { serverEntry, startChild, startInProcess } from './server.js';
import { API_NAMES, type ApiName } from './tenants.js';

export interface SandboxOptions {
  /** The APIs the sandbox offers (`tenant()` refuses others); every one by default. */
  readonly apis?: readonly ApiName[];
  /** Seed files or folders (`clientele start --seed`), applied at start: their tenants and documents. */
  readonly seed?: string | readonly string[];
  /** A PostgreSQL URL (`postgres://…`) to use as it is; a throwaway SQLite file, removed on close, by default. */
  readonly db?: string;
  /** The port to listen on; a free one by default. */
  readonly port?: number;
  /**
   * Where the server runs: a child process of its own (the default: the test process's event loop
   * and module registry stay the runner's) or this process (`'in-process'`).
   */
  readonly mode?: 'child' | 'in-process';
}

/**
 * Starts the real clientele server for a test run: on 127.0.0.1, a free port, with its own admin
 * token and a throwaway SQLite database (or the PostgreSQL given). Ready when it resolves.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const apis = options.apis ?? API_NAMES;
  const unknown = apis.filter((api) => !API_NAMES.includes(api));
  if (unknown.length) throw new Error(`unknown API ${unknown.join(', ')}; known: ${API_NAMES.join(', ')}`);
  if (options.mode !== undefined && options.mode !== 'child' && options.mode !== 'in-process') throw new Error(`mode must be 'child' or 'in-process', not ${JSON.stringify(options.mode)}`);
  const scratch = options.db === undefined ? mkdtempSync(join(tmpdir(), 'clientele-sandbox-')) : undefined;
  const removeScratch = () => scratch && rmSync(scratch, { recursive: true, force: true });
  // Removed even if the runner exits without close().
  process.once('exit', removeScratch);
  const adminToken = randomBytes(24).toString('hex');
  const seeds = typeof options.seed === 'string' ? [options.seed] : (options.seed ?? []);
  const database = options.db ?? join(scratch!, 'clientele.sqlite');
  const args = [
    ...['--host', '127.0.0.1', '--port', String(options.port ?? 0)],
    ...['--db', options.db ?? `sqlite://${database}`],
    ...['--admin-token', adminToken],
    ...seeds.flatMap((seed) => ['--seed', seed]),
  ];
  try {
    const start = options.mode === 'in-process' ? startInProcess : startChild;
    const server = await start(serverEntry(), args);
    const stop = async () => {
      await server.close();
      removeScratch();
      process.removeListener('exit', removeScratch);
    };
    return sandboxHandle({ origin: server.origin, adminToken, apis: [...apis] }, { stop, throwaway: scratch !== undefined, database });
  } catch (error) {
    removeScratch();
    process.removeListener('exit', removeScratch);
    throw error;
  }
}

/**
 * Another worker's handle on a running sandbox (from its `connection`, or the `CLIENTELE_SANDBOX`
 * environment variable holding it as JSON). Its `close()` removes what it made; the server keeps running.
 */
export function connectSandbox(connection?: SandboxConnection): Sandbox {
  if (connection) return sandboxHandle(connection);
  const json = process.env[CONNECTION_VARIABLE];
  if (!json) throw new Error(`no sandbox to connect to: pass its connection, or set ${CONNECTION_VARIABLE} (a global setup's startSandbox().connection, as JSON)`);
  return sandboxHandle(JSON.parse(json) as SandboxConnection);
}
