import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { apisIn, releasedDir, specsDir } from './workspace.ts';

const versionOf = (root: string) =>
  (JSON.parse(readFileSync(join(root, 'packages/specs/package.json'), 'utf8')) as { version: string }).version;

/**
 * Replaces the released baseline with the documents emitted now: from this release on, the guard
 * compares against them. Only the `<api>/openapi.json` folders are replaced (an API that is gone
 * leaves with them); anything else in the folder, like its README, stays.
 */
export function snapshotReleased(root: string): string[] {
  const released = releasedDir(root);
  for (const api of apisIn(released)) rmSync(join(released, api), { recursive: true, force: true });
  const apis = apisIn(specsDir(root));
  for (const api of apis) {
    mkdirSync(join(released, api), { recursive: true });
    cpSync(join(specsDir(root), api, 'openapi.json'), join(released, api, 'openapi.json'));
  }
  return apis;
}

/**
 * `pnpm release:version`: `changeset version` (versions, changelogs, consumes the pending
 * changesets), then, when that released a new `@clientele/specs`, records its documents as the
 * baseline the breaking-change guard compares against.
 */
export function versionPackages(root: string): { from: string; to: string; snapshot: string[] } {
  const from = versionOf(root);
  const changeset = createRequire(import.meta.url).resolve('@changesets/cli/bin.js');
  const result = spawnSync(process.execPath, [changeset, 'version'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`changeset version failed (exit ${result.status})`);
  const to = versionOf(root);
  return { from, to, snapshot: to === from ? [] : snapshotReleased(root) };
}
