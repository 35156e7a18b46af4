// Reads the server's `--cpu-prof` output: where the time of a request goes, as self time per frame
// and per package (or module of clientele's own), divided by the requests served while it was recorded.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface Frame {
  readonly name: string;
  /** Self time, µs per request. */
  readonly usPerRequest: number;
  readonly share: number;
}

/** A bundle's modules by first line, from the `// path` comment esbuild writes before each. */
const bundles = new Map<string, { line: number; module: string }[]>();
function modulesOf(url: string) {
  if (!bundles.has(url)) {
    const lines = readFileSync(fileURLToPath(url), 'utf8').split('\n');
    const starts: { line: number; module: string }[] = [];
    lines.forEach((text, i) => {
      const path = /^\/\/ (\S+\.[cm]?[jt]s)$/.exec(text)?.[1];
      if (path) starts.push({ line: i, module: path });
    });
    bundles.set(url, starts);
  }
  return bundles.get(url)!;
}

/** Where a frame's code comes from: a package, a module of clientele's own, Node's internals, or V8 itself. */
function packageOf(url: string, functionName: string, lineNumber: number): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[1] ?? url.slice(5)}`;
  let path = url;
  if (url.startsWith('file:') && url.endsWith('.mjs') && url.includes('/dist/')) {
    const starts = modulesOf(url);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (starts[middle]!.line <= lineNumber) low = middle;
      else high = middle - 1;
    }
    path = starts[low]?.module ?? url;
  }
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(path);
  if (inModules) return inModules[1]!;
  return path.replace(/^(\.\.\/)+/, '');
}

export function summarizeProfiles(dir: string, requests: number, top = 20): { frames: Frame[]; packages: Frame[]; totalUsPerRequest: number } {
  const self = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
      const us = profile.timeDeltas[i] ?? 0;
      // Idle time is not a request's cost.
      if (functionName === '(idle)') return;
      total += us;
      const name = `${functionName || '(anonymous)'} ${url ? `${url.split('/').slice(-2).join('/')}:${lineNumber + 1}` : ''}`.trim();
      self.set(name, (self.get(name) ?? 0) + us);
      const pkg = packageOf(url, functionName, lineNumber);
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    });
  }
  const rank = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, usPerRequest: us / requests, share: us / total }));
  return { frames: rank(self), packages: rank(byPackage), totalUsPerRequest: total / requests };
}
