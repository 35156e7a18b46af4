import getReleasePlan from '@changesets/get-release-plan';
import type { Bump } from './breaking.ts';

export interface DeclaredBump {
  readonly bump: Bump;
  /** The pending changesets that name the package (its `fixed` partner's count too: they release together). */
  readonly changesets: readonly string[];
}

/**
 * The bump the pending changesets give `name` when released: what `changeset version` would do,
 * `fixed` groups included (a major for `@clientele/client` is a major for `@clientele/specs`).
 */
export async function declaredBump(root: string, name: string): Promise<DeclaredBump> {
  const plan = await getReleasePlan(root);
  const release = plan.releases.find((r) => r.name === name);
  return {
    bump: release && release.type !== 'none' ? release.type : 'none',
    changesets: release?.changesets ?? [],
  };
}
