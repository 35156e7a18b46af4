import type { Context } from '../context.ts';
import type { CredentialCache } from '../tenants.ts';
import type { SandboxStore } from '../types.ts';
import { baselinesPart } from './baselines.ts';
import { credentialsPart } from './credentials.ts';
import { dataPart } from './data.ts';
import { faultsPart } from './faults.ts';
import { sandboxParts, type InsertAll } from './parts.ts';
import { requestsPart } from './requests.ts';
import { settingsPart } from './settings.ts';
import { tenantsPart } from './tenants.ts';

/**
 * What the sandbox controls need of the store, one part per namespace: listing and removing
 * tenants, credentials by their public id, a tenant's data as a whole (export, replace),
 * baselines, shared settings, the request log and fault rules.
 */
export function sandbox(ctx: Context, credentialCache: CredentialCache, insertAll: InsertAll): SandboxStore {
  const parts = sandboxParts(ctx, credentialCache, insertAll);
  return {
    tenants: tenantsPart(parts),
    credentials: credentialsPart(parts),
    data: dataPart(parts),
    baselines: baselinesPart(parts),
    settings: settingsPart(parts),
    requests: requestsPart(parts),
    faults: faultsPart(parts),
  };
}
