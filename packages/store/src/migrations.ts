import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { KEY_TEXT } from './document-key.ts';
import type { Dialect } from './types.ts';

/**
 * Migrations in code (no files to find at run time). Kysely's migrator records them; the store
 * runs it under its own lock (`Store.migrate`), so instances starting together apply each once.
 * Applied migrations are history: they are never edited, only followed by new ones.
 */
export function migrations(dialect: Dialect): MigrationProvider {
  const serial = dialect === 'postgres' ? 'bigserial' : 'integer';
  const all: Record<string, Migration> = {
    '0001_core': {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('tenants')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('api', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('meta', 'text', (c) => c.notNull().defaultTo('{}'))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('tenants_by_api').on('tenants').columns(['api', 'created_at']).execute();
        await db.schema
          .createTable('credentials')
          .addColumn('hash', 'text', (c) => c.primaryKey())
          .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
          .addColumn('api', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('scopes', 'text', (c) => c.notNull().defaultTo('[]'))
          .addColumn('expires_at', 'bigint')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('documents')
          .addColumn('seq', serial, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
          .addColumn('collection', 'text', (c) => c.notNull())
          .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('created_us', 'bigint', (c) => c.notNull())
          // 1-based position in the tenant's collection, in creation order: offsets become seeks.
          .addColumn('rank', 'bigint', (c) => c.notNull())
          .addColumn('data', 'text', (c) => c.notNull())
          .addUniqueConstraint('documents_id', ['collection', 'id'])
          .execute();
        // Serves every list order (newest first = highest rank first) and every offset as a seek.
        await db.schema
          .createIndex('documents_by_rank')
          .unique()
          .on('documents')
          .columns(['collection', 'tenant_id', 'rank'])
          .execute();
        await db.schema
          .createTable('unique_values')
          .addColumn('collection', 'text', (c) => c.notNull())
          .addColumn('tenant_id', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('value', 'text', (c) => c.notNull())
          .addColumn('doc_id', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('unique_values_pk', ['collection', 'tenant_id', 'name', 'value'])
          .execute();
        // Finds a document's claims when it changes.
        await db.schema
          .createIndex('unique_values_by_doc')
          .on('unique_values')
          .columns(['collection', 'tenant_id', 'doc_id'])
          .execute();
        await db.schema
          .createTable('counters')
          .addColumn('collection', 'text', (c) => c.notNull())
          .addColumn('tenant_id', 'text', (c) => c.notNull())
          .addColumn('n', 'bigint', (c) => c.notNull().defaultTo(0))
          .addPrimaryKeyConstraint('counters_pk', ['collection', 'tenant_id'])
          .execute();
      },
    },
    '0002_idempotency': {
      async up(db: Kysely<any>) {
        // One row per (tenant, key): the primary key is what makes a claim atomic across instances.
        await db.schema
          .createTable('idempotency_keys')
          .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('fingerprint', 'text', (c) => c.notNull())
          .addColumn('status', 'integer')
          .addColumn('headers', 'text')
          .addColumn('body', 'text')
          .addColumn('expires_at', 'bigint', (c) => c.notNull())
          .addPrimaryKeyConstraint('idempotency_keys_pk', ['tenant_id', 'key'])
          .execute();
      },
    },
    '0003_scopes': {
      // Scopes (mode, parent) and soft delete. Documents, unique values and counters get new keys,
      // so their tables are rebuilt (SQLite cannot change a primary key in place): new table, copy,
      // drop, rename, in the same statements on both dialects. Existing rows become scope {tenant}
      // (mode and parent ''). Their createdUs are made strictly increasing in rank order, the
      // invariant created ranges rely on: each one is raised to 1 µs after the one before it when it
      // is not already later (a running maximum, so rows already in order keep their value).
      async up(db: Kysely<any>) {
        const scoped = (table: string) =>
          db.schema
            .createTable(table)
            .addColumn('collection', 'text', (c) => c.notNull())
            .addColumn('tenant_id', 'text', (c) => c.notNull())
            .addColumn('mode', 'text', (c) => c.notNull().defaultTo(''))
            .addColumn('parent_id', 'text', (c) => c.notNull().defaultTo(''));
        const SCOPE = ['collection', 'tenant_id', 'mode', 'parent_id'] as const;

        await scoped('documents_next')
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('created_us', 'bigint', (c) => c.notNull())
          .addColumn('rank', 'bigint', (c) => c.notNull())
          .addColumn('data', 'text', (c) => c.notNull())
          .addColumn('deleted_us', 'bigint')
          .addPrimaryKeyConstraint('documents_key', [...SCOPE, 'id'])
          .addForeignKeyConstraint('documents_tenant', ['tenant_id'], 'tenants', ['id'])
          .execute();
        await sql`
          insert into documents_next (collection, tenant_id, mode, parent_id, id, created_us, rank, data)
          select collection, tenant_id, '', '', id,
            rank + max(created_us - rank) over (
              partition by collection, tenant_id order by rank rows between unbounded preceding and current row
            ),
            rank, data
          from documents`.execute(db);

        await scoped('unique_values_next')
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('value', 'text', (c) => c.notNull())
          .addColumn('doc_id', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('unique_values_key', [...SCOPE, 'name', 'value'])
          .execute();
        await sql`
          insert into unique_values_next (collection, tenant_id, mode, parent_id, name, value, doc_id)
          select collection, tenant_id, '', '', name, value, doc_id from unique_values`.execute(db);

        await scoped('counters_next')
          .addColumn('n', 'bigint', (c) => c.notNull().defaultTo(0))
          .addColumn('deleted', 'bigint', (c) => c.notNull().defaultTo(0))
          .addColumn('newest_us', 'bigint', (c) => c.notNull().defaultTo(0))
          .addPrimaryKeyConstraint('counters_key', [...SCOPE])
          .execute();
        await sql`
          insert into counters_next (collection, tenant_id, mode, parent_id, n, deleted, newest_us)
          select c.collection, c.tenant_id, '', '', c.n, 0, coalesce(
            (select max(d.created_us) from documents_next d where d.collection = c.collection and d.tenant_id = c.tenant_id),
            0
          )
          from counters c`.execute(db);

        for (const table of ['documents', 'unique_values', 'counters']) {
          await db.schema.dropTable(table).execute();
          await db.schema.alterTable(`${table}_next`).renameTo(table).execute();
        }

        // Offsets and cursors: a seek on rank, in either direction.
        await db.schema.createIndex('documents_by_rank').unique().on('documents').columns([...SCOPE, 'rank']).execute();
        // Created ranges: one seek finds the rank at either end (rank is in the index: no row lookup).
        await db.schema.createIndex('documents_by_created').on('documents').columns([...SCOPE, 'created_us', 'rank']).execute();
        // Deleted documents only (few, and none in most scopes): counts the holes in a rank range.
        await db.schema
          .createIndex('documents_deleted')
          .on('documents')
          .columns([...SCOPE, 'rank'])
          .where(sql.ref('deleted_us'), 'is not', null)
          .execute();
        // Finds a document's claims when it changes or goes.
        await db.schema.createIndex('unique_values_by_doc').on('unique_values').columns([...SCOPE, 'doc_id']).execute();

        await db.schema.alterTable('credentials').addColumn('mode', 'text').execute();
      },
    },
    '0004_credential_subject': {
      // Tokens of APIs with users (the bank's OAuth tokens belong to a user, not only to a tenant).
      async up(db: Kysely<any>) {
        await db.schema.alterTable('credentials').addColumn('subject', 'text').execute();
      },
    },
    '0005_sandbox': {
      // The sandbox controls: credentials get a public id (to list, rotate and revoke them without
      // their secret) and what is known of their form; tenants a baseline (what a reset restores);
      // settings shared by instances (the clock, the admin token's hash); the request log; fault rules.
      async up(db: Kysely<any>) {
        await db.schema.alterTable('credentials').addColumn('id', 'text').execute();
        await db.schema.alterTable('credentials').addColumn('info', 'text', (c) => c.notNull().defaultTo('{}')).execute();
        const randomId = dialect === 'postgres' ? sql`substr(md5(random()::text || hash), 1, 16)` : sql`lower(hex(randomblob(8)))`;
        await sql`update credentials set id = 'cred_' || ${randomId}`.execute(db);
        await db.schema.createIndex('credentials_id').unique().on('credentials').column('id').execute();
        await db.schema.createIndex('credentials_by_tenant').on('credentials').columns(['tenant_id', 'created_at']).execute();
        await db.schema
          .createTable('sandbox_baselines')
          .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.id'))
          .addColumn('body', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('sandbox_settings')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('value', 'text', (c) => c.notNull())
          .execute();
        // Tenants are not foreign keys here: a deleted tenant's requests stay readable until pruned.
        await db.schema
          .createTable('request_log')
          .addColumn('seq', serial, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
          .addColumn('at_us', 'bigint', (c) => c.notNull())
          .addColumn('api', 'text', (c) => c.notNull())
          .addColumn('tenant_id', 'text', (c) => c.notNull())
          .addColumn('operation', 'text', (c) => c.notNull())
          .addColumn('method', 'text', (c) => c.notNull())
          .addColumn('status', 'integer', (c) => c.notNull())
          .addColumn('entry', 'text', (c) => c.notNull())
          .execute();
        // Filters by API and tenant, newest first; pruning keeps the newest per (api, tenant).
        await db.schema.createIndex('request_log_by_tenant').on('request_log').columns(['api', 'tenant_id', 'seq']).execute();
        await db.schema
          .createTable('fault_rules')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('created_us', 'bigint', (c) => c.notNull())
          .addColumn('rule', 'text', (c) => c.notNull())
          // How many more requests it fails; null for rules without a count.
          .addColumn('remaining', 'bigint')
          .execute();
        },
      },
    '0006_expiry_indexes': {
      // Pruning finds what has expired with a seek, not a scan (`Store.prune`).
      async up(db: Kysely<any>) {
        await db.schema.createIndex('credentials_by_expiry').on('credentials').column('expires_at').where(sql.ref('expires_at'), 'is not', null).execute();
        await db.schema.createIndex('idempotency_keys_by_expiry').on('idempotency_keys').column('expires_at').execute();
      },
    },
    '0007_outbox': {
      // Events (the outbox), their deliveries to registered endpoints and every attempt made.
      async up(db: Kysely<any>) {
        const seq = (c: any) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement());
        await db.schema
          .createTable('events')
          .addColumn('seq', serial, seq)
          .addColumn('api', 'text', (c) => c.notNull())
          .addColumn('tenant_id', 'text', (c) => c.notNull())
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('topic', 'text', (c) => c.notNull())
          .addColumn('resource_id', 'text', (c) => c.notNull())
          .addColumn('created_us', 'bigint', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('fanned', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
        await db.schema.createIndex('events_by_tenant').on('events').columns(['api', 'tenant_id', 'seq']).execute();
        await db.schema.createIndex('events_id').unique().on('events').columns(['api', 'tenant_id', 'id']).execute();
        // The worker's seek for events not yet fanned out (few at any time).
        await db.schema.createIndex('events_unfanned').on('events').column('seq').where(sql.ref('fanned'), '=', 0).execute();
        await db.schema
          .createTable('deliveries')
          .addColumn('seq', serial, seq)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('api', 'text', (c) => c.notNull())
          .addColumn('tenant_id', 'text', (c) => c.notNull())
          .addColumn('event_id', 'text', (c) => c.notNull())
          .addColumn('endpoint_id', 'text', (c) => c.notNull())
          .addColumn('url', 'text', (c) => c.notNull())
          .addColumn('state', 'text', (c) => c.notNull())
          .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('due_us', 'bigint')
          .addColumn('lease_ms', 'bigint')
          .addColumn('created_us', 'bigint', (c) => c.notNull())
          .execute();
        // One delivery of an event per endpoint, however many workers fan it out.
        await db.schema.createIndex('deliveries_once').unique().on('deliveries').columns(['event_id', 'endpoint_id']).execute();
        await db.schema.createIndex('deliveries_due').on('deliveries').columns(['due_us', 'seq']).where(sql.ref('state'), '=', 'pending').execute();
        await db.schema.createIndex('deliveries_by_endpoint').on('deliveries').columns(['endpoint_id', 'seq']).execute();
        await db.schema.createIndex('deliveries_by_tenant').on('deliveries').columns(['tenant_id', 'seq']).execute();
        await db.schema
          .createTable('delivery_attempts')
          .addColumn('seq', serial, seq)
          .addColumn('delivery_id', 'text', (c) => c.notNull())
          .addColumn('tenant_id', 'text', (c) => c.notNull())
          .addColumn('n', 'integer', (c) => c.notNull())
          .addColumn('at_us', 'bigint', (c) => c.notNull())
          .addColumn('url', 'text', (c) => c.notNull())
          .addColumn('status', 'integer')
          .addColumn('duration_ms', 'integer', (c) => c.notNull())
          .addColumn('excerpt', 'text', (c) => c.notNull())
          .addColumn('ok', 'integer', (c) => c.notNull())
          .execute();
        // An attempt is recorded once: a second instance that made the same attempt records nothing.
        await db.schema.createIndex('delivery_attempts_once').unique().on('delivery_attempts').columns(['delivery_id', 'n']).execute();
        await db.schema.createIndex('delivery_attempts_by_tenant').on('delivery_attempts').columns(['tenant_id', 'seq']).execute();
      },
    },
    '0008_shown_documents': {
      // A document as its API shows it, kept beside its data: reads send it without parsing the data.
      async up(db: Kysely<any>) {
        await db.schema.alterTable('documents').addColumn('shown', 'text').execute();
      },
    },
    '0009_secret_lengths': {
      // The length of each credential's secret (not secret itself): the request log hashes only the
      // strings of a length some secret has. Null where it is not known (imported by its hash).
      async up(db: Kysely<any>) {
        await db.schema.alterTable('credentials').addColumn('secret_length', 'integer').execute();
      },
    },
    '0010_document_key_hash': {
      // PostgreSQL: a hash index over each document's whole key, so a read by id planned once cannot
      // take a scope's index instead (see document-key.ts); analysed at once, since the read's plan
      // counts on the statistics of the key's text. SQLite plans with the values: nothing to add.
      async up(db: Kysely<any>) {
        if (dialect !== 'postgres') return;
        await sql`create index documents_by_key_hash on documents using hash (${KEY_TEXT})`.execute(db);
        await sql`analyze documents`.execute(db);
      },
    },
    '0011_request_log_apart': {
      // SQLite: the request log moves to its own database, attached as `log` (sqlite.ts), with its
      // entries and their numbers. Idempotent: in WAL mode the two files commit one after the other.
      async up(db: Kysely<any>) {
        if (dialect !== 'sqlite') return;
        await sql`insert or ignore into log.request_log select * from main.request_log`.execute(db);
        await sql`drop table main.request_log`.execute(db);
      },
    },
    '0012_request_log_lz4': {
      // PostgreSQL: the request log's entries compressed with LZ4, not pglz. An entry past about 2 KB
      // (a first page's is 13 KB) is compressed as it is stored: pglz cost the database about 120 µs
      // of CPU per 13 KB entry, LZ4 about 45 (docs/results/request-log-2026-12-06e.md). New entries
      // only; a server built without LZ4, or older than 14 (no per-column compression), keeps pglz.
      // SQLite compresses nothing.
      async up(db: Kysely<any>) {
        if (dialect !== 'postgres') return;
        await sql`do $$ begin
  if current_setting('server_version_num')::int >= 140000 then
    execute 'alter table request_log alter column entry set compression lz4';
  end if;
exception when feature_not_supported then null;
end $$`.execute(db);
      },
    },
  };
  return { getMigrations: async () => all };
}
