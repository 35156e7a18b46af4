import { createServer, type AddressInfo, type Server } from 'node:net';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const hasTaskset = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

/** The children still running: a bench that ends any way but SIGKILL takes them along, so no server is left holding a core. */
const running = new Set<ChildProcess>();
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

/** Runs node on one core where `taskset` exists, so server and load generator do not share a core. */
export function nodeOnCore(core: number, args: string[], options: { cwd?: string; env?: Record<string, string>; stdin?: boolean } = {}): ChildProcess {
  const command = hasTaskset ? 'taskset' : process.execPath;
  const full = hasTaskset ? ['-c', String(core), process.execPath, ...args] : args;
  const child = spawn(command, full, { cwd: options.cwd ?? ROOT, stdio: [options.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** A long-lived child that answers each line written to its stdin with one line on its stdout. */
export interface LineWorker {
  readonly child: ChildProcess;
  ask(message: unknown): Promise<string>;
}

export function lineWorker(child: ChildProcess): LineWorker {
  let buffer = '';
  let err = '';
  const waiting: { resolve: (line: string) => void; reject: (error: Error) => void }[] = [];
  child.stdout!.on('data', (data) => {
    buffer += data;
    for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 1);
      waiting.shift()?.resolve(line);
    }
  });
  child.stderr!.on('data', (data) => (err = (err + data).slice(-4000)));
  child.once('exit', (code) => waiting.splice(0).forEach((w) => w.reject(new Error(`worker exited (${code}): ${err}`))));
  return {
    child,
    ask: (message) =>
      new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        child.stdin!.write(`${JSON.stringify(message)}\n`);
      }),
  };
}

export const pinned = hasTaskset;

/** Resident set size of a process, in bytes (Linux). */
export function rssOf(pid: number): number | undefined {
  const status = `/proc/${pid}/status`;
  if (!existsSync(status)) return undefined;
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(status, 'utf8'));
  return match ? Number(match[1]) * 1024 : undefined;
}

/**
 * CPU time a process has used so far, user and system, in milliseconds (Linux): unlike time on the
 * clock, what the machine's other work barely moves. Fields 14 and 15 of /proc/PID/stat, in ticks
 * of 10 ms (the kernel's USER_HZ is 100 on Linux).
 */
export function cpuMsOf(pid: number): number | undefined {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return undefined;
  // The command name (field 2) may hold spaces: count from the `)` that closes it.
  const text = readFileSync(stat, 'utf8');
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Waits until `url` answers a 2xx (or, with `anyStatus`, anything at all: a peer with no health check). */
export async function waitFor(url: string, timeoutMs = 20_000, anyStatus = false): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok || anyStatus) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export async function stop(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, graceMs))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** Runs a child to completion and returns its stdout; fails loudly with its stderr. */
export function collect(child: ChildProcess): Promise<string> {
  let out = '';
  let err = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (err += d));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}: ${err.slice(-2000)}`)))),
  );
}

/** `n` distinct ports free on loopback now, each held until all are found (so none is given twice). */
export async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: n }, () => new Promise<Server>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve(server));
    })),
  );
  const ports = servers.map((server) => (server.address() as AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}
