import { prepare } from '../prepared.ts';
import type { Database } from '../schema.ts';
import type { HashedCredential } from '../types.ts';
import type { SandboxStore } from '../types.ts';
import type { SandboxParts } from './parts.ts';

const toCredential = (row: Database['credentials']): HashedCredential => ({
  hash: row.hash,
  id: row.id,
  tenantId: row.tenant_id,
  api: row.api,
  kind: row.kind,
  scopes: JSON.parse(row.scopes) as string[],
  mode: row.mode ?? null,
  subject: row.subject ?? null,
  expiresAt: row.expires_at === null ? null : Number(row.expires_at),
  createdAt: row.created_at,
  info: JSON.parse(row.info) as Record<string, unknown>,
  secretLength: row.secret_length === null ? null : Number(row.secret_length),
});

const credentialColumns = ['hash', 'id', 'tenant_id', 'api', 'kind', 'scopes', 'mode', 'subject', 'expires_at', 'created_at', 'info', 'secret_length'] as const;

/** Credentials by their public id and by their hash, written as given (imports), rotated and revoked. */
export function credentialsPart({ all, credentialCache, db, guard, inTransaction, run, takeTurn, write }: SandboxParts): SandboxStore['credentials'] {
  const credentialWhere = (column: 'id' | 'hash', value: string) =>
    guard(async () => {
      const [row] = await all(db.selectFrom('credentials').select(credentialColumns).where(column, '=', value));
      return row ? toCredential(row) : undefined;
    });

  // Asked by the request log once per batch: compiled once.
  const someHashes = prepare((count: number) => db.selectFrom('credentials').select('hash').limit(count));
  const distinctLengths = prepare(() => db.selectFrom('credentials').select('secret_length as length').distinct());
  return {
    list: (tenantId) =>
      guard(async () =>
        (await all(db.selectFrom('credentials').select(credentialColumns).where('tenant_id', '=', tenantId).orderBy('created_at').orderBy('id'))).map(toCredential),
      ),
    get: (id) => credentialWhere('id', id),
    getByHash: (hash) => credentialWhere('hash', hash),
    describe: (hash, info) =>
      inTransaction(async (trx) => {
        const [row] = await run(trx, db.selectFrom('credentials').select('info').where('hash', '=', hash));
        if (!row) return;
        const merged = { ...(JSON.parse(row.info) as object), ...info };
        await run(trx, db.updateTable('credentials').set({ info: JSON.stringify(merged) }).where('hash', '=', hash));
      }),
    insertHashed: (credential) =>
      inTransaction(async (trx) => {
        // A tenant removed meanwhile takes no credential (its row's turn, as for a reset).
        if (!(await takeTurn(trx, credential.tenantId))) return false;
        const inserted = await run(
          trx,
          db
            .insertInto('credentials')
            .values({
              hash: credential.hash,
              id: credential.id,
              tenant_id: credential.tenantId,
              api: credential.api,
              kind: credential.kind,
              scopes: JSON.stringify(credential.scopes),
              mode: credential.mode,
              subject: credential.subject,
              expires_at: credential.expiresAt,
              created_at: new Date().toISOString(),
              info: JSON.stringify(credential.info),
              secret_length: credential.secretLength ?? null,
            })
            .onConflict((oc) => oc.doNothing())
            .returning('id'),
        );
        return inserted.length > 0;
      }),
    replaceSecret: (id, hash, info, secretLength = null) =>
      guard(async () => {
        const changed = await write(db.updateTable('credentials').set({ hash, info: JSON.stringify(info), secret_length: secretLength }).where('id', '=', id).returning('id'));
        credentialCache.clear();
        return changed.length > 0;
      }),
    remove: (id) =>
      guard(async () => {
        const removed = await write(db.deleteFrom('credentials').where('id', '=', id).returning('id'));
        credentialCache.clear();
        return removed.length > 0;
      }),
    knownHashes: (hashes) =>
      guard(async () => {
        const wanted = new Set(hashes);
        // A sandbox holds few credentials: where there are no more of them than candidates, reading
        // every hash is cheaper than looking each candidate up (an index probe each).
        const every = await all(someHashes(wanted.size + 1));
        if (every.length <= wanted.size) return new Set(every.map((row) => row.hash).filter((hash) => wanted.has(hash)));
        const distinct = [...wanted];
        const known = new Set<string>();
        // In slices: a statement takes at most 65,535 parameters on PostgreSQL (32,766 on SQLite).
        for (let at = 0; at < distinct.length; at += 10_000) {
          for (const row of await all(db.selectFrom('credentials').select('hash').where('hash', 'in', distinct.slice(at, at + 10_000)))) known.add(row.hash);
        }
        return known;
      }),
    secretLengths: () =>
      guard(async () => {
        const lengths = new Set<number>();
        for (const { length } of await all(distinctLengths())) {
          if (length === null) return undefined;
          lengths.add(Number(length));
        }
        return lengths;
      }),
    forget: () => credentialCache.clear(),
  };
}
