import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import type { PackedPackage } from '../src/index.ts';
import type { Runtime } from './installed.ts';

/** The example projects under `examples/` (each a folder with a package.json; `shared/` is their common code). */
export function examplesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'package.json')))
    .map((entry) => entry.name)
    .sort();
}

interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/**
 * What the examples need installed, together: the packed tarballs for clientele's packages (every
 * one, so that their dependencies on each other resolve to them too, not to the registry) and the
 * registry for the rest (Vitest, Jest). Installed once, in the project the release check installs
 * anyway, rather than once per example: each install builds the native SQLite driver, a minute or
 * more on a small machine. Two examples asking for one package at different versions is an error.
 */
export function exampleDependencies(examples: string, packages: readonly PackedPackage[]): Record<string, string> {
  const tarballs = new Map(packages.map((p) => [p.name, `file:${p.tarball}`]));
  const dependencies: Record<string, string> = Object.fromEntries(tarballs);
  for (const name of examplesIn(examples)) {
    const manifest = JSON.parse(readFileSync(join(examples, name, 'package.json'), 'utf8')) as Manifest;
    for (const [dependency, range] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
      if (dependency.startsWith('@clientele/')) {
        if (!tarballs.has(dependency)) throw new Error(`examples/${name} needs ${dependency}, which no tarball holds`);
        continue;
      }
      if (dependencies[dependency] !== undefined && dependencies[dependency] !== range) {
        throw new Error(`examples/${name} wants ${dependency}@${range}, another example ${dependencies[dependency]}: keep them at one version`);
      }
      dependencies[dependency] = range;
    }
  }
  return dependencies;
}

/** Each example (and their `shared/` code) copied into `dir`, a project with `exampleDependencies` installed: they resolve them from there. */
export function copyExamples(examples: string, dir: string): string[] {
  const names = examplesIn(examples);
  for (const name of [...names, 'shared']) cpSync(join(examples, name), join(dir, name), { recursive: true });
  return names;
}

/** `npm test` in one installed example, on `runtime`: its status and everything it printed. */
export function runExample(dir: string, runtime: Runtime): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    // Nothing of this run leaks in: not the test runner's own variables, nor a server build of the workspace.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|NODE_OPTIONS$|CLIENTELE_SERVER_ENTRY$|CLIENTELE_SANDBOX$)/.test(name)));
    const child = spawn('npm', ['test', '--silent'], { cwd: dir, env: { ...env, PATH: `${dirname(runtime.node)}${delimiter}${env.PATH}` } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status, output }));
  });
}
