import { sql, type RawBuilder } from 'kysely';

/**
 * A document's whole key (collection, tenant, mode, parent, id) as one text, for PostgreSQL's hash
 * index over it (`documents_by_key_hash`, migration 0010) and the reads by id that look it up.
 *
 * Why a second index on the key: a read by id sent as a named statement gets a generic plan, which
 * may estimate a scope at one row (many parents make it so); the key (`documents_key`) and every
 * other index of the scope then cost exactly the same, and PostgreSQL may take any of them: a scan
 * of the whole scope for each get (docs/results/postgres-2026-12-06c.md). The key's text is unique,
 * so once analysed it is estimated at one row whatever the data, and a hash lookup has no tree to
 * descend: the cheapest path, so the read can be planned once (docs/results/postgres-reads-2026-12-06d.md).
 * The text need not be unambiguous: the read keeps its conditions on every column, so a collision
 * of texts only costs a filtered row.
 */
export const KEY_TEXT: RawBuilder<string> = sql<string>`(collection || '/' || tenant_id || '/' || mode || '/' || parent_id || '/' || id)`;

/** The same text of a key, computed here to be sent as the lookup's parameter. */
export const keyText = (collection: string, tenantId: string, mode: string, parentId: string, id: string): string =>
  `${collection}/${tenantId}/${mode}/${parentId}/${id}`;
