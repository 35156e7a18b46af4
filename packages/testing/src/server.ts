import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A started server: where it serves, and how to stop it. */
export interface ServerHandle {
  readonly origin: string;
  close(): Promise<void>;
}

/** What the server module (`@clientele/server-cli`'s `dist/main.mjs`) exports that is used here. */
interface ServerModule {
  run(
    argv: readonly string[],
    io: { out(line: string): void; err(line: string): void; env: NodeJS.ProcessEnv },
  ): Promise<{ origin: string; close(): Promise<void> } | number>;
}

/** The server could not start: its own words (a seed file's mistake, a database out of reach). */
export class SandboxStartError extends Error {
  override readonly name = 'SandboxStartError';
}

/**
 * The server module to run: the published server's, or `CLIENTELE_SERVER_ENTRY` (a build of your
 * own, such as clientele's `apps/server/dist/main.mjs`).
 */
export function serverEntry(env: NodeJS.ProcessEnv = process.env): string {
  return env.CLIENTELE_SERVER_ENTRY || createRequire(import.meta.url).resolve('@clientele/server-cli/dist/main.mjs');
}

/** In this process: the server shares the test process's event loop. */
export async function startInProcess(entry: string, args: readonly string[]): Promise<ServerHandle> {
  const server = (await import(pathToFileURL(entry).href)) as ServerModule;
  const output: string[] = [];
  const result = await server.run(args, { out: (line) => output.push(line), err: (line) => output.push(line), env: process.env });
  if (typeof result === 'number') throw new SandboxStartError(`the clientele server did not start (exit ${result}):\n${output.join('\n')}`);
  return result;
}

/** `child.mjs` beside the package's `src/` and `dist/`. */
const CHILD = fileURLToPath(new URL('../child.mjs', import.meta.url));

/** In a child process of its own, which closes when this process closes it or goes away. */
export function startChild(entry: string, args: readonly string[]): Promise<ServerHandle> {
  const child = fork(CHILD, [entry, ...args], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv: [] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('message', (message: { origin?: string; error?: string; code?: number }) => {
      if (!message.origin) return reject(new SandboxStartError(`the clientele server did not start (exit ${message.code}):\n${message.error}`));
      // Not holding the test process open: a runner that forgets close() still exits (and the child with it).
      child.unref();
      child.channel?.unref();
      resolve({
        origin: message.origin,
        async close() {
          // Held again while it closes, or a script awaiting close() would end with nothing left to run.
          child.ref();
          if (child.connected) child.disconnect();
          await exited;
        },
      });
    });
    child.once('exit', (code) => reject(new SandboxStartError(`the clientele server exited (${code}) before serving:\n${stderr}`)));
  });
}
