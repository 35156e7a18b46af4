import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

/** A Node.js to run things with: its binary, and the headers native modules build against (unless the machine's own serve). */
export interface Runtime {
  readonly version: string;
  readonly node: string;
  readonly nodedir?: string;
}

export const currentRuntime: Runtime = { version: process.versions.node, node: process.execPath };

/** npm's own script, run by the runtime's node (npm 11 runs on Node 20.17+, 22.9+ and 24). */
const npmCli = realpathSync(execFileSync('which', ['npm'], { encoding: 'utf8' }).trim());

function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status, output }));
  });
}

const envFor = (runtime: Runtime): NodeJS.ProcessEnv => ({
  ...process.env,
  // Scripts that run `node` (better-sqlite3's build, a bin's shebang) get this runtime's.
  PATH: `${dirname(runtime.node)}${delimiter}${process.env.PATH}`,
  ...(runtime.nodedir ? { npm_config_nodedir: runtime.nodedir } : {}),
});

/**
 * Node.js `version` as the npm registry's `node` package, installed in `dir`: its binary, and the
 * headers its platform package ships (better-sqlite3 builds against them where no prebuilt binary
 * can be downloaded).
 */
export async function registryRuntime(version: string, dir: string): Promise<Runtime> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true }));
  const install = await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `node@${version}`], { cwd: dir });
  if (install.status !== 0) throw new Error(`npm install node@${version} failed:\n${install.output}`);
  const node = join(dir, 'node_modules', 'node', 'bin', 'node');
  const nested = join(dir, 'node_modules', 'node', 'node_modules');
  const platform = readdirSync(nested).find((name) => name.startsWith('node-') && existsSync(join(nested, name, 'include', 'node')));
  const reported = execFileSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
  return { version: reported, node, ...(platform ? { nodedir: join(nested, platform) } : {}) };
}

/** An ESM project in `dir` with `dependencies` installed by npm running on `runtime`. */
export async function installProject(dir: string, dependencies: Record<string, string>, runtime: Runtime): Promise<void> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies }, null, 2));
  const install = await run(runtime.node, [npmCli, 'install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: dir, env: envFor(runtime) });
  if (install.status !== 0) throw new Error(`npm install on Node ${runtime.version} failed:\n${install.output}`);
}

/** The installed `clientele` command, run to completion on `runtime`. */
export function clientele(dir: string, runtime: Runtime, args: string[]) {
  const bin = join(dir, 'node_modules', '@clientele', 'server-cli', 'bin', 'clientele.mjs');
  return spawnSync(runtime.node, [bin, ...args], { cwd: dir, encoding: 'utf8', env: envFor(runtime) });
}

export interface StartedServer {
  readonly origin: string;
  readonly output: () => string;
  stop(): Promise<void>;
}

/** `clientele start --port 0` on `runtime`, once it says where it serves. */
export function startInstalled(dir: string, runtime: Runtime, args: string[]): Promise<StartedServer> {
  const bin = join(dir, 'node_modules', '@clientele', 'server-cli', 'bin', 'clientele.mjs');
  const child: ChildProcess = spawn(runtime.node, [bin, 'start', '--port', '0', ...args], { cwd: dir, env: envFor(runtime) });
  let output = '';
  return new Promise((resolve, reject) => {
    const stop = () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      });
    const seen = (chunk: Buffer) => {
      output += chunk;
      const origin = /clientele is serving on (http:\/\/\S+)/.exec(output)?.[1];
      if (origin) resolve({ origin, output: () => output, stop });
    };
    child.stdout!.on('data', seen);
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`clientele start exited with ${code} on Node ${runtime.version}:\n${output}`)));
  });
}
