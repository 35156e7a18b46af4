import { type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Dialect } from './types.ts';

/**
 * Migrations in code (no files to find at run time). Kysely's migrator records them; the store
 * runs it under its own lock (`Store.migrate`), so instances starting together apply each once.
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
  };
  return { getMigrations: async () => all };
}
