import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { renderIndex } from './index-page.ts';
import { docsRoot } from './paths.ts';
import { redoclyVersion, renderReference } from './redoc.ts';
import { emittedSpecs, specsDir, type EmittedSpec } from './specs.ts';

/** Where `pnpm run docs` writes the site and the server serves it from (git-ignored, rebuilt when stale). */
export const siteDir = () => join(docsRoot(), 'dist', 'site');
const MANIFEST = 'manifest.json';

interface Manifest {
  readonly fingerprint: string;
  readonly apis: readonly string[];
}

/** Changes whenever a spec, the renderer or this package's own code does: the site is then stale. */
export function fingerprint(specs: readonly EmittedSpec[]): string {
  const hash = createHash('sha256').update(`redocly ${redoclyVersion()}\n`);
  const sources = join(docsRoot(), 'src');
  for (const file of readdirSync(sources).sort()) hash.update(file).update(readFileSync(join(sources, file)));
  for (const spec of specs) hash.update(spec.api).update(spec.json).update(spec.yaml);
  return hash.digest('hex');
}

/** Runs `tasks` at most `limit` at a time (each Redoc render is a Node process). */
async function inBatches<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
  }));
}

/**
 * Writes the whole site into `outDir`: `index.html`, and per API `<api>/index.html` (the
 * reference) with `<api>/openapi.json` and `<api>/openapi.yaml` (the raw documents, byte for byte).
 */
export async function buildSite(outDir: string, specs = emittedSpecs()): Promise<Manifest> {
  if (specs.length === 0) throw new Error(`no emitted specs under ${specsDir()}; run \`pnpm generate\``);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await inBatches(specs, 2, async (spec) => {
    const dir = join(outDir, spec.api);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'openapi.json'), spec.json);
    await writeFile(join(dir, 'openapi.yaml'), spec.yaml);
    await renderReference(join(dir, 'openapi.json'), join(dir, 'index.html'), `${spec.title} · clientele API reference`);
  });
  await writeFile(join(outDir, 'index.html'), renderIndex(specs));
  const manifest: Manifest = { fingerprint: fingerprint(specs), apis: specs.map((s) => s.api) };
  await writeFile(join(outDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

async function readManifest(dir: string): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/**
 * Makes `dir` hold the site for the specs emitted now, building it only when it is missing or
 * stale. It builds beside `dir` and swaps the folder in, so a concurrent reader (or a second
 * server starting at the same moment) never sees half a site.
 */
export async function ensureSite(dir = siteDir()): Promise<{ dir: string; built: boolean }> {
  const specs = emittedSpecs();
  const wanted = fingerprint(specs);
  if ((await readManifest(dir))?.fingerprint === wanted) return { dir, built: false };
  const staging = `${dir.replace(/[\\/]$/, '')}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await buildSite(staging, specs);
  try {
    await rm(dir, { recursive: true, force: true });
    await rename(staging, dir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    // Another process swapped in the same site first: that is as good as ours.
    if ((await readManifest(dir))?.fingerprint !== wanted) throw error;
  }
  return { dir, built: true };
}

/** The site's files by URL path below the site root (`index.html`, `balanced/index.html`, …), each with its path on disk. */
export function siteFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name !== MANIFEST) files.set(relative(dir, path).split(sep).join('/'), path);
    }
  };
  if (!existsSync(dir)) throw new Error(`no site at ${dir}`);
  walk(dir);
  return files;
}

/** The site's files by URL path below the site root, read. */
export async function readSite(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const [path, file] of siteFiles(dir)) files.set(path, await readFile(file));
  return files;
}
