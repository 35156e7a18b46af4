import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as prettier from 'prettier';

export const banner = (apiName: string) => `// Generated from schemas/${apiName}; do not edit. Run \`pnpm generate\`.`;

/** Formats with the pinned prettier and the repository's one config, never a developer's editor settings. */
export async function format(path: string, source: string): Promise<string> {
  if (path.endsWith('.ts')) {
    const options = await prettier.resolveConfig(path, { editorconfig: false, useCache: true });
    return prettier.format(source, { ...options, parser: 'typescript' });
  }
  return source.endsWith('\n') ? source : `${source}\n`;
}

/**
 * Replaces a `generated` folder wholesale: files no longer produced disappear, so the drift check
 * catches them too. Paths are written in sorted order with LF endings.
 */
export async function writeGenerated(root: string, files: Record<string, string>): Promise<void> {
  if (!root.split(/[\\/]/).includes('generated')) throw new Error(`refusing to wipe ${root}: not a generated folder`);
  await rm(root, { recursive: true, force: true });
  for (const path of Object.keys(files).sort()) {
    const target = join(root, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, await format(target, files[path]!), 'utf8');
  }
}

export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}
