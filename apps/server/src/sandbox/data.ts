import type * as Admin from '@clientele/schemas/admin';
import { hashSecret, UniqueViolation, type HashedCredential, type ScopedDocument, type Store, type Tenant } from '@clientele/store';
import type { Issue } from '@clientele/validators';
import { isoMicros, type Clock } from '../platform/clock.ts';
import { hex } from '../platform/ids.ts';
import { ApiProblem, fail } from '../platform/problems.ts';
import type { Collections } from '../platform/resources.ts';
import { formOf, type CredentialInfo } from './credentials.ts';
import { endpointsAdded } from '../webhooks/endpoints.ts';
import { credentialsChanged } from './settings.ts';

/** The format seed files, exports and imports share. */
export const FORMAT = 'clientele-sandbox/1';

/** `2026-01-01T00:00:00.123456Z` (or any ISO 8601 date-time) in microseconds since the epoch. */
function microsOf(iso: string): number {
  const fraction = /\.(\d+)/.exec(iso)?.[1] ?? '';
  return Date.parse(iso.replace(/\.\d+/, '')) * 1000 + Number(fraction.padEnd(6, '0').slice(0, 6));
}

/** A document with the unique values its collection's rules say it claims. */
const withUnique = (collections: Collections) => (doc: ScopedDocument): ScopedDocument => {
  const unique = collections(doc.collection)?.uniqueValues(doc.data);
  return unique ? { ...doc, unique } : doc;
};

// ---- Export ------------------------------------------------------------------------------------

function exportedCredential(credential: HashedCredential): Admin.SeedCredential {
  const info = credential.info as CredentialInfo;
  return {
    id: credential.id,
    kind: credential.kind,
    ...(info.label ? { label: info.label } : {}),
    ...(info.publicId !== undefined ? { public_id: info.publicId } : {}),
    ...(info.publicLabel ? { public_label: info.publicLabel } : {}),
    secret_sha256: credential.hash,
    ...(credential.secretLength != null ? { secret_length: credential.secretLength } : {}),
    ...(info.hint ? { hint: info.hint } : {}),
    ...(credential.mode !== null ? { mode: credential.mode } : {}),
    ...(credential.scopes.length ? { scopes: [...credential.scopes] } : {}),
    ...(credential.subject !== null ? { subject: credential.subject } : {}),
    ...(credential.expiresAt !== null ? { expires_at: new Date(credential.expiresAt).toISOString() } : {}),
  };
}

const exportedDocument = (doc: ScopedDocument): Admin.SeedDocument => ({
  collection: doc.collection,
  ...(doc.mode ? { mode: doc.mode } : {}),
  ...(doc.parentId ? { parent: doc.parentId } : {}),
  id: doc.id,
  created: isoMicros(doc.createdUs),
  data: doc.data as Record<string, unknown>,
});

const byId = <T extends { readonly id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function exportedTenant(store: Store, tenant: Tenant): Promise<Admin.SeedTenant> {
  const [credentials, documents] = await Promise.all([store.sandbox.credentials.list(tenant.id), store.sandbox.data.export(tenant.id)]);
  return {
    api: tenant.api,
    id: tenant.id,
    name: tenant.name,
    ...(Object.keys(tenant.meta).length ? { meta: tenant.meta } : {}),
    credentials: credentials.sort(byId).map(exportedCredential),
    documents: documents.map(exportedDocument),
  };
}

/** The tenants as a sandbox document (one, those of an API, or all), sorted so the same data exports the same bytes. */
export async function exportTenants(store: Store, filter: { tenant?: string; api?: string }): Promise<Admin.SandboxDocument> {
  let tenants: Tenant[];
  if (filter.tenant !== undefined) {
    const tenant = await store.tenants.get(filter.tenant);
    if (!tenant || (filter.api !== undefined && tenant.api !== filter.api)) return fail({ kind: 'not_found', resource: 'Tenant', id: filter.tenant });
    tenants = [tenant];
  } else tenants = await store.sandbox.tenants.list(filter.api);
  const exported: Admin.SeedTenant[] = [];
  for (const tenant of tenants.sort(byId)) exported.push(await exportedTenant(store, tenant));
  return { format: FORMAT, tenants: exported };
}

// ---- Baselines and reset -------------------------------------------------------------------------

/** What a reset restores the tenant to: its data now. Taken when a tenant is created, seeded or imported. */
export async function saveBaseline(store: Store, tenantId: string): Promise<void> {
  await store.sandbox.baselines.set(tenantId, JSON.stringify(await store.sandbox.data.export(tenantId)));
}

/**
 * Restores one tenant, every tenant of an API, or every tenant to its baseline (a tenant without
 * one, made before baselines existed, is emptied). Credentials stay as they are.
 */
export async function resetTenants(store: Store, target: { tenant?: string; api?: string }, collections: Collections): Promise<string[]> {
  const tenants =
    target.tenant !== undefined
      ? [(await store.tenants.get(target.tenant)) ?? fail({ kind: 'not_found', resource: 'Tenant', id: target.tenant })]
      : await store.sandbox.tenants.list(target.api);
  for (const tenant of tenants) {
    const baseline = await store.sandbox.baselines.get(tenant.id);
    const documents = baseline === undefined ? [] : (JSON.parse(baseline) as ScopedDocument[]);
    await store.sandbox.data.replace(tenant.id, documents.map(withUnique(collections)));
  }
  // A restored tenant may have webhook endpoints again, and another public key.
  await endpointsAdded(store);
  await credentialsChanged(store);
  return tenants.map((tenant) => tenant.id).sort();
}

// ---- Import and seeds ----------------------------------------------------------------------------

const issue = (field: string, message: string): Issue => ({
  part: 'body',
  pointer: `/${field.split('.').join('/')}`,
  field,
  code: 'invalid',
  message,
});

/** What the schema cannot say of a sandbox document: known APIs, one form of each secret, ids used once. */
function checkDocument(document: Admin.SandboxDocument, apis: readonly string[]): void {
  const issues: Issue[] = [];
  const tenantIds = new Set<string>();
  document.tenants.forEach((tenant, t) => {
    const at = `tenants.${t}`;
    if (!apis.includes(tenant.api)) issues.push(issue(`${at}.api`, `is not an API of this server (${apis.join(', ')})`));
    if (tenantIds.has(tenant.id)) issues.push(issue(`${at}.id`, 'names a tenant the document already has'));
    tenantIds.add(tenant.id);
    (tenant.credentials ?? []).forEach((credential, c) => {
      if ((credential.secret === undefined) === (credential.secret_sha256 === undefined)) {
        issues.push(issue(`${at}.credentials.${c}.secret`, 'give either `secret` (in clear) or `secret_sha256`, one of the two'));
      }
    });
    const seen = new Set<string>();
    (tenant.documents ?? []).forEach((doc, d) => {
      if (!doc.collection.startsWith(`${tenant.api}.`)) issues.push(issue(`${at}.documents.${d}.collection`, `must be one of ${tenant.api}'s collections (${tenant.api}.…)`));
      const key = JSON.stringify([doc.collection, doc.mode ?? '', doc.parent ?? '', doc.id]);
      if (seen.has(key)) issues.push(issue(`${at}.documents.${d}.id`, 'names a document the tenant already has in that collection and scope'));
      seen.add(key);
    });
  });
  if (issues.length) fail({ kind: 'validation', issues });
}

const keyOf = (doc: Pick<ScopedDocument, 'collection' | 'mode' | 'parentId' | 'id'>) => JSON.stringify([doc.collection, doc.mode, doc.parentId, doc.id]);

/**
 * The tenant's documents as they are to be stored: creation times from the document, else those of
 * the same documents already stored, else now (in the order given).
 */
function scopedDocuments(seed: Admin.SeedTenant, stored: readonly ScopedDocument[], { clock, collections }: ImportOptions): ScopedDocument[] {
  const storedCreated = new Map(stored.map((doc) => [keyOf(doc), doc.createdUs]));
  return (seed.documents ?? []).map((doc) => {
    const scoped = { collection: doc.collection, mode: doc.mode ?? '', parentId: doc.parent ?? '', id: doc.id };
    const createdUs = doc.created !== undefined ? microsOf(doc.created) : (storedCreated.get(keyOf(scoped)) ?? clock.nowUs());
    return { ...scoped, createdUs, data: collections(doc.collection)?.withDefaults(doc.data) ?? { ...doc.data } };
  });
}

function hashedCredential(tenant: Tenant, credential: Admin.SeedCredential): Omit<HashedCredential, 'createdAt'> {
  const stored = credential.secret === undefined ? undefined : credential.public_id ? `${credential.public_id}:${credential.secret}` : credential.secret;
  const info: CredentialInfo = {
    ...(stored === undefined ? (credential.public_id ? { publicId: credential.public_id } : {}) : formOf(stored)),
    ...(credential.hint && stored === undefined ? { hint: credential.hint } : {}),
    ...(credential.label ? { label: credential.label } : {}),
    ...(credential.public_label ? { publicLabel: credential.public_label } : {}),
  };
  return {
    hash: credential.secret_sha256 ?? hashSecret(stored!),
    // Imported by its hash, its length is what the export said, or not known: the request log then hashes every candidate.
    secretLength: credential.secret_sha256 === undefined ? stored!.length : (credential.secret_length ?? null),
    id: credential.id ?? `cred_${hex(8)}`,
    tenantId: tenant.id,
    api: tenant.api,
    kind: credential.kind,
    scopes: credential.scopes ?? [],
    mode: credential.mode ?? null,
    subject: credential.subject ?? null,
    expiresAt: credential.expires_at ? Date.parse(credential.expires_at) : null,
    info: { ...info },
  };
}

/** Adds the tenant's credentials it lacks; a secret (or id) another tenant holds is a conflict. */
async function addCredentials(store: Store, tenant: Tenant, credentials: readonly Admin.SeedCredential[]): Promise<number> {
  let added = 0;
  for (const credential of credentials.map((c) => hashedCredential(tenant, c))) {
    if (await store.sandbox.credentials.insertHashed(credential)) added++;
    else {
      const holder = (await store.sandbox.credentials.getByHash(credential.hash)) ?? (await store.sandbox.credentials.get(credential.id));
      if (holder && holder.tenantId !== tenant.id) {
        fail({ kind: 'conflict', message: `Credential ${credential.id} (or its secret) belongs to another tenant, ${holder.tenantId}.` });
      }
    }
  }
  return added;
}

/** A unique value or document id the import takes twice is a conflict naming it. */
async function claiming<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UniqueViolation) return fail({ kind: 'conflict', message: `Two documents of one scope claim ${error.name} ${JSON.stringify(error.value)}.` });
    throw error;
  }
}

/**
 * `replace` (imports): the tenant's data becomes the document's. `seed` (seed files, at every
 * start): a tenant that exists keeps its data, gains the documents it lacks; either way the
 * document's data becomes the tenant's baseline.
 */
export type ImportMode = 'replace' | 'seed';

export interface ImportOptions {
  /** The APIs a tenant may belong to. */
  readonly apis: readonly string[];
  readonly mode: ImportMode;
  readonly clock: Clock;
  readonly collections: Collections;
}

async function importTenant(store: Store, seed: Admin.SeedTenant, options: ImportOptions): Promise<Admin.ImportResult['tenants'][number]> {
  const { mode } = options;
  const existing = await store.tenants.get(seed.id);
  if (existing && existing.api !== seed.api) return fail({ kind: 'conflict', message: `Tenant ${seed.id} exists, and is a tenant of ${existing.api}, not of ${seed.api}.` });
  const tenant = existing ?? (await store.tenants.create({ id: seed.id, api: seed.api, name: seed.name ?? seed.id, meta: seed.meta ?? {} }));
  try {
    const credentialsAdded = await addCredentials(store, tenant, seed.credentials ?? []);
    const documents = scopedDocuments(seed, existing ? await store.sandbox.data.export(tenant.id) : [], options);
    await claiming(async () => {
      const claimed = documents.map(withUnique(options.collections));
      if (mode === 'replace' || !existing) await store.sandbox.data.replace(tenant.id, claimed);
      else await store.sandbox.data.insertMissing(tenant.id, claimed);
    });
    await store.sandbox.baselines.set(tenant.id, JSON.stringify(mode === 'replace' || !existing ? await store.sandbox.data.export(tenant.id) : documents));
    const counts = await store.sandbox.tenants.counts(tenant.id);
    return { id: tenant.id, api: tenant.api, created: !existing, credentials_added: credentialsAdded, documents: Object.values(counts).reduce((a, b) => a + b, 0) };
  } catch (error) {
    // A new tenant comes whole or not at all.
    if (!existing) await store.sandbox.tenants.remove(tenant.id);
    throw error;
  }
}

/** Imports (or seeds) every tenant of a sandbox document, after checking all of it. */
export async function importTenants(store: Store, document: Admin.SandboxDocument, options: ImportOptions): Promise<Admin.ImportResult> {
  checkDocument(document, options.apis);
  const tenants: Admin.ImportResult['tenants'] = [];
  try {
    for (const seed of document.tenants) tenants.push(await importTenant(store, seed, options));
  } catch (error) {
    // Tenants imported before the one that failed stay: said as below, the failure still the answer.
    await credentialsChanged(store).catch(() => {});
    throw error;
  }
  // Once for the whole import: credentials added, or a public key changed.
  await credentialsChanged(store);
  // A tenant replaced may have gained webhook endpoints.
  await endpointsAdded(store);
  return { tenants };
}

/** A problem's words, for commands that print one line. */
export function problemText(error: unknown): string | undefined {
  if (!(error instanceof ApiProblem)) return undefined;
  const { problem } = error;
  if (problem.kind === 'validation') return problem.issues.map((i) => `${i.field || 'body'}: ${i.message}`).join('; ');
  if (problem.kind === 'not_found') return `no ${problem.resource?.toLowerCase() ?? 'such thing'} ${problem.id ?? ''}`.trim();
  if ('message' in problem) return problem.message;
  return problem.kind;
}
