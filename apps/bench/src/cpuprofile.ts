// Reads the server's CPU profiles: where the time of a request goes, as self time per frame and per
// package (or module of clientele's own), divided by the requests served while they were recorded.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

export interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}

/** V8's CPU profile, as `--cpu-prof` and the inspector's Profiler.stop give it. */
export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface Frame {
  readonly name: string;
  /** Self time, µs per request. */
  readonly usPerRequest: number;
  readonly share: number;
}

/** Not a request's cost: the thread waiting for work. */
export const IDLE = '(idle)';

/**
 * Each sample's time: until the next sample (as DevTools counts it), the last until the profile's
 * end. On a busy machine a late sample's wait goes to the sample before, idle or not: time lost to
 * idle that way is restored by scaling to the thread's CPU time, in proportion to every part, where
 * the other way round (the wait to the stack found after it) gave it all to the code that wakes a
 * thread (Node's I/O entry, counted as rest).
 */
export function sampleDurations(profile: CpuProfile): number[] {
  const at: number[] = [];
  let time = profile.startTime;
  for (const delta of profile.timeDeltas) at.push((time += delta));
  return at.map((t, i) => Math.max(0, (at[i + 1] ?? profile.endTime) - t));
}

/** A bundle's modules by first line, from the `// path` comment esbuild writes before each. */
const bundles = new Map<string, { line: number; module: string }[]>();
function modulesOf(url: string) {
  if (!bundles.has(url)) {
    const file = fileURLToPath(url);
    // esbuild writes paths relative to its working directory: the bundle's dist/ sits in it.
    const root = dirname(dirname(file));
    const lines = readFileSync(file, 'utf8').split('\n');
    const starts: { line: number; module: string }[] = [];
    lines.forEach((text, i) => {
      const path = /^\/\/ (\S+\.[cm]?[jt]s)$/.exec(text)?.[1];
      if (path) starts.push({ line: i, module: resolve(root, path) });
    });
    bundles.set(url, starts);
  }
  return bundles.get(url)!;
}

/**
 * Where a frame's code lives: a file path (inside a bundle, the module it was bundled from), a
 * `node:` module, or '' for native code and V8's own entries.
 */
export function moduleOf({ url, lineNumber }: CallFrame): string {
  if (!url || url.startsWith('node:')) return url;
  if (!url.startsWith('file:')) return url;
  // The server's bundle is a script (dist/server.cjs, run by dist/main.mjs); the `clientele` command's a module.
  if (!(/\.[cm]js$/.test(url) && url.includes('/dist/'))) return fileURLToPath(url);
  const starts = modulesOf(url);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (starts[middle]!.line <= lineNumber) low = middle;
    else high = middle - 1;
  }
  return starts[low]?.module ?? fileURLToPath(url);
}

/** The package of a module path (the innermost node_modules), or undefined for clientele's own. */
export const packageOf = (path: string): string | undefined => /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(path)?.[1];

/** Where a frame's code comes from, for display: a package, a module of clientele's own, Node's internals, or V8 itself. */
function originOf(frame: CallFrame, root: string): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[1] ?? url.slice(5)}`;
  const path = moduleOf(frame);
  return packageOf(path) ?? (path.startsWith(root) ? path.slice(root.length) : path);
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function summarizeProfiles(dir: string, requests: number, top = 20): { frames: Frame[]; packages: Frame[]; totalUsPerRequest: number } {
  const self = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const durations = sampleDurations(profile);
    profile.samples.forEach((id, i) => {
      const frame = nodes.get(id)!.callFrame;
      const us = durations[i]!;
      // Idle time is not a request's cost.
      if (frame.functionName === IDLE) return;
      total += us;
      const name = `${frame.functionName || '(anonymous)'} ${frame.url ? `${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}` : ''}`.trim();
      self.set(name, (self.get(name) ?? 0) + us);
      const origin = originOf(frame, ROOT);
      byPackage.set(origin, (byPackage.get(origin) ?? 0) + us);
    });
  }
  const rank = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, usPerRequest: us / requests, share: us / total }));
  return { frames: rank(self), packages: rank(byPackage), totalUsPerRequest: total / requests };
}
