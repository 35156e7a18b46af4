import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import type { PackedPackage } from '../src/index.ts';
import { installProject, type Runtime } from './installed.ts';

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
 * The examples in `dir`, a project with every packed tarball installed already (the one the
 * release check installs anyway): what they need besides (Vitest, Jest) is added to it from the
 * registry, and each example is copied into it beside `shared/`, resolving its packages from there.
 * One install rather than one per example, each of which would build the native SQLite driver
 * again: a minute or more on a small machine. An example needing a clientele package no tarball
 * holds, or two asking for one package at different versions, is an error. Answers their names.
 */
export async function installExamples(examples: string, packages: readonly PackedPackage[], dir: string, runtime: Runtime): Promise<string[]> {
  const names = examplesIn(examples);
  const packed = new Set(packages.map((p) => p.name));
  const { dependencies } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Required<Pick<Manifest, 'dependencies'>>;
  const extra: Record<string, string> = {};
  for (const name of names) {
    const manifest = JSON.parse(readFileSync(join(examples, name, 'package.json'), 'utf8')) as Manifest;
    for (const [dependency, range] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
      if (dependency.startsWith('@clientele/')) {
        if (!packed.has(dependency) || !dependencies[dependency]) throw new Error(`examples/${name} needs ${dependency}, which no installed tarball holds`);
        continue;
      }
      if (extra[dependency] !== undefined && extra[dependency] !== range) {
        throw new Error(`examples/${name} wants ${dependency}@${range}, another example ${extra[dependency]}: keep them at one version`);
      }
      extra[dependency] = range;
    }
  }
  await installProject(dir, { ...dependencies, ...extra }, runtime);
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
