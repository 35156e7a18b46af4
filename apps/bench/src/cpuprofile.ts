// Reads the server's `--cpu-prof` output: where the time of a request goes, as self time per frame
// and per package, divided by the requests served while it was recorded.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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

/** Where a frame's code comes from: a package, Node's internals, clientele's bundle, or V8 itself. */
function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(url);
  if (inModules) return inModules[1]!;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[1] ?? url.slice(5)}`;
  if (url.includes('/dist/')) return 'clientele (server bundle)';
  return url.split('/').slice(-2).join('/');
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
      const pkg = packageOf(url, functionName);
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
