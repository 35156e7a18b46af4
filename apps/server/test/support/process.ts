import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));

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
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', '--db', db, '--port', '0', '--api', 'balanced', ...args], {
    cwd: serverDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start within 30 s:\n${output}`));
    }, 30_000);
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
