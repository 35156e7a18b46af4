import { hash, randomBytes } from 'node:crypto';
import type { Context } from './context.ts';
import { prepare } from './prepared.ts';
import type { Database } from './schema.ts';
import type { Credential, Store, Tenant } from './types.ts';

/**
 * Secrets are high-entropy random strings, so a plain SHA-256 is the right hash (no need for a slow
 * KDF). One-shot: half the CPU of a Hash object, and the request log hashes every string it logs anew.
 */
export const hashSecret = (secret: string) => hash('sha256', secret, 'hex');

export const toTenant = (row: Database['tenants']): Tenant => ({
  id: row.id,
  api: row.api,
  name: row.name,
  createdAt: row.created_at,
  meta: JSON.parse(row.meta) as Record<string, unknown>,
});

/**
 * Found credentials are remembered briefly: every request authenticates, and credentials are
 * never edited in place (expiry is part of what is cached and is checked by the caller). Unknown
 * secrets are not cached, so a credential created by another process works at once.
 */
const CREDENTIAL_CACHE_MS = 30_000;
const CREDENTIAL_CACHE_SIZE = 10_000;

function tenantQueries({ db }: Context) {
  return {
    tenant: prepare((id: string) => db.selectFrom('tenants').selectAll().where('id', '=', id)),
    insertTenant: prepare((id: string, api: string, name: string, meta: string, createdAt: string) =>
      db.insertInto('tenants').values({ id, api, name, meta, created_at: createdAt }),
    ),
    countTenants: prepare((api: string) =>
      db
        .selectFrom('tenants')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('api', '=', api),
    ),
    insertCredential: prepare(
      (
        hash: string,
        tenantId: string,
        api: string,
        kind: string,
        scopes: string,
        mode: string | null,
        expiresAt: number | null,
        createdAt: string,
        subject: string | null,
        id: string,
        info: string,
        secretLength: number,
      ) =>
        db.insertInto('credentials').values({
          hash,
          tenant_id: tenantId,
          api,
          kind,
          scopes,
          mode,
          expires_at: expiresAt,
          created_at: createdAt,
          subject,
          id,
          info,
          secret_length: secretLength,
        }),
    ),
    credential: prepare((api: string, hash: string) =>
      db
        .selectFrom('credentials')
        .innerJoin('tenants', 'tenants.id', 'credentials.tenant_id')
        .select([
          'credentials.kind',
          'credentials.scopes',
          'credentials.mode',
          'credentials.expires_at',
          'credentials.subject',
          'tenants.id',
          'tenants.api',
          'tenants.name',
          'tenants.meta',
          'tenants.created_at',
        ])
        .where('credentials.hash', '=', hash)
        .where('credentials.api', '=', api),
    ),
  };
}

/** A new public credential id: `cred_` and 16 random hex characters. */
export const newCredentialId = () => `cred_${randomBytes(8).toString('hex')}`;

/** Credentials found lately, by API and secret; the sandbox controls drop it when they change one. */
export type CredentialCache = Map<string, { credential: Credential; until: number }>;

/** Tenants, and the credentials that authenticate as them. */
export function tenantsAndCredentials(ctx: Context, credentialCache: CredentialCache): Pick<Store, 'tenants' | 'credentials'> & { forgetExpired(before: number): void } {
  const { guard, read, writeOne } = ctx;
  const q = tenantQueries(ctx);
  return {
    /** Drops cached credentials that expired before `before` (pruned from the database). */
    forgetExpired(before) {
      for (const [key, { credential }] of credentialCache) if (credential.expiresAt !== null && credential.expiresAt < before) credentialCache.delete(key);
    },
    tenants: {
      create: (tenant) =>
        guard(async () => {
          const row = {
            id: tenant.id,
            api: tenant.api,
            name: tenant.name,
            meta: JSON.stringify(tenant.meta ?? {}),
            created_at: new Date().toISOString(),
          };
          await writeOne(q.insertTenant(row.id, row.api, row.name, row.meta, row.created_at));
          return toTenant(row);
        }),
      get: (id) =>
        guard(async () => {
          const [row] = await read(q.tenant(id));
          return row ? toTenant(row) : undefined;
        }),
      count: (api) =>
        guard(async () => {
          const [row] = await read(q.countTenants(api));
          return Number(row?.n ?? 0);
        }),
    },
    credentials: {
      create: (credential) =>
        guard(async () => {
          await writeOne(
            q.insertCredential(
              hashSecret(credential.secret),
              credential.tenantId,
              credential.api,
              credential.kind,
              JSON.stringify(credential.scopes ?? []),
              credential.mode ?? null,
              credential.expiresAt ?? null,
              new Date().toISOString(),
              credential.subject ?? null,
              credential.id ?? newCredentialId(),
              JSON.stringify(credential.info ?? {}),
              credential.secret.length,
            ),
          );
        }),
      find: (api, secret) =>
        guard(async () => {
          // Keyed by the secret itself: a hit costs a map lookup, not a SHA-256 of the secret. The
          // secrets kept are those clients send with every request, held in this process only.
          const key = `${api}\u0000${secret}`;
          const cached = credentialCache.get(key);
          if (cached && cached.until > Date.now()) return cached.credential;
          const [row] = await read(q.credential(api, hashSecret(secret)));
          if (!row) return undefined;
          const credential: Credential = {
            tenant: toTenant({ id: row.id, api: row.api, name: row.name, meta: row.meta, created_at: row.created_at }),
            kind: row.kind,
            scopes: JSON.parse(row.scopes) as string[],
            mode: row.mode ?? null,
            expiresAt: row.expires_at === null ? null : Number(row.expires_at),
            subject: row.subject ?? null,
          };
          if (credentialCache.size >= CREDENTIAL_CACHE_SIZE) credentialCache.clear();
          credentialCache.set(key, { credential, until: Date.now() + CREDENTIAL_CACHE_MS });
          return credential;
        }),
    },
  };
}
