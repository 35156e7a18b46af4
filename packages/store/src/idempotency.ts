import type { Context } from './context.ts';
import { prepare } from './prepared.ts';
import type { Database } from './schema.ts';
import type { IdempotentRequest, Store } from './types.ts';

const toHolder = (
  row: Pick<Database['idempotency_keys'], 'fingerprint' | 'status' | 'headers' | 'body'>,
): IdempotentRequest => ({
  fingerprint: row.fingerprint,
  response:
    row.status === null
      ? null
      : {
          status: Number(row.status),
          headers: JSON.parse(row.headers ?? '{}') as Record<string, string>,
          ...(row.body === null ? {} : { body: JSON.parse(row.body) as unknown }),
        },
});

function idempotencyQueries({ db }: Context) {
  const key = (tenantId: string, key: string) =>
    db.selectFrom('idempotency_keys').where('tenant_id', '=', tenantId).where('key', '=', key);
  return {
    /** Inserts a fresh claim unless the key exists; returns a row only when it inserted. */
    insert: prepare((tenantId: string, key: string, fingerprint: string, expiresAt: number) =>
      db
        .insertInto('idempotency_keys')
        .values({ tenant_id: tenantId, key, fingerprint, status: null, headers: null, body: null, expires_at: expiresAt })
        .onConflict((oc) => oc.columns(['tenant_id', 'key']).doNothing())
        .returning('key'),
    ),
    /** Claims an expired key afresh; returns a row only when it did. */
    reclaim: prepare((tenantId: string, key: string, fingerprint: string, now: number, expiresAt: number) =>
      db
        .updateTable('idempotency_keys')
        .set({ fingerprint, status: null, headers: null, body: null, expires_at: expiresAt })
        .where('tenant_id', '=', tenantId)
        .where('key', '=', key)
        .where('expires_at', '<=', now)
        .returning('key'),
    ),
    holder: prepare((tenantId: string, k: string) => key(tenantId, k).select(['fingerprint', 'status', 'headers', 'body'])),
    complete: prepare((tenantId: string, key: string, fingerprint: string, status: number, headers: string, body: string | null) =>
      db
        .updateTable('idempotency_keys')
        .set({ status, headers, body })
        .where('tenant_id', '=', tenantId)
        .where('key', '=', key)
        .where('fingerprint', '=', fingerprint)
        .where('status', 'is', null),
    ),
    release: prepare((tenantId: string, key: string, fingerprint: string) =>
      db
        .deleteFrom('idempotency_keys')
        .where('tenant_id', '=', tenantId)
        .where('key', '=', key)
        .where('fingerprint', '=', fingerprint)
        .where('status', 'is', null),
    ),
  };
}

/**
 * Idempotency keys. Each step is one statement the database makes atomic (an insert that yields to
 * the primary key, an update guarded by expiry), so two instances racing for a key never both win.
 * Every write is a prepared statement and, on SQLite, joins the group commit of document writes.
 */
export function idempotency(ctx: Context): Store['idempotency'] {
  const { guard, run, writing, writeOne } = ctx;
  const q = idempotencyQueries(ctx);
  return {
    claim: ({ tenantId, key, fingerprint, now, expiresAt }) =>
      guard(() =>
        writing(async (trx) => {
          if ((await run(trx, q.insert(tenantId, key, fingerprint, expiresAt))).length) return { claimed: true } as const;
          if ((await run(trx, q.reclaim(tenantId, key, fingerprint, now, expiresAt))).length) return { claimed: true } as const;
          const [holder] = await run(trx, q.holder(tenantId, key));
          return { claimed: false, holder: toHolder(holder!) } as const;
        }),
      ),
    complete: ({ tenantId, key, fingerprint, response }) =>
      guard(async () => {
        const body = response.body === undefined ? null : JSON.stringify(response.body);
        await writeOne(q.complete(tenantId, key, fingerprint, response.status, JSON.stringify(response.headers), body));
      }),
    release: ({ tenantId, key, fingerprint }) =>
      guard(async () => {
        await writeOne(q.release(tenantId, key, fingerprint));
      }),
  };
}
