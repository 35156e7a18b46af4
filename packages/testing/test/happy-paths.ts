import { happyPaths as shared } from '../../../examples/shared/scenarios.mjs';
import type { ApiName, Sandbox, SandboxTenant } from '../src/index.ts';

type Tenant<A extends ApiName> = SandboxTenant<A, 'throw'>;

/** Each API's happy path (the example projects' own): create a customer with a harness tenant's client, read it back; answers its id. */
export const happyPaths = shared as { readonly [A in ApiName]: (tenant: Tenant<A>) => Promise<string> };

/** How many live documents the tenant holds, all collections together (the admin API's count). */
export async function documentsOf(sandbox: Sandbox, tenant: { id: string }): Promise<number> {
  const { documents } = (await sandbox.admin.getTenant(tenant.id)).data;
  return Object.values(documents).reduce((sum, count) => sum + count, 0);
}
