import type { SandboxStore } from '../types.ts';
import type { SandboxParts } from './parts.ts';

/** What a reset restores each tenant to. */
export function baselinesPart({ db, guard, all, write }: SandboxParts): SandboxStore['baselines'] {
  return {
    get: (tenantId) =>
      guard(async () => {
        const [row] = await all(db.selectFrom('sandbox_baselines').select('body').where('tenant_id', '=', tenantId));
        return row?.body;
      }),
    set: (tenantId, body) =>
      guard(async () => {
        await write(
          db
            .insertInto('sandbox_baselines')
            .values({ tenant_id: tenantId, body })
            .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ body })),
        );
      }),
  };
}
