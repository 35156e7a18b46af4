import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, sql, SqliteDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQLite } from '../src/better-sqlite3.ts';
import { openStore, type Store } from '../src/index.ts';
import { noLiveDocuments } from '../src/outbox.ts';
import { sqliteSql } from '../src/sqlite.ts';

/**
 * SQLite's planner, with statistics taken over one large collection, takes every other collection
 * to be as large: a seek on a small scope that no ORDER BY steers to an index becomes a scan of the
 * whole table, run by every create that raises an event.
 */
describe('query plans on SQLite after statistics of one large collection', () => {
  let dir: string;
  let path: string;
  let store: Store;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'clientele-plans-'));
    path = join(dir, 'data.sqlite');
    store = await openStore(path);
    await store.migrate();
    await store.tenants.create({ id: 't', api: 'x', name: 't' });
    await store.collection('x.customers').insertMany({ tenantId: 't' }, Array.from({ length: 500 }, (_, i) => ({ id: `c${i}`, createdUs: i, data: { i } })));
    await store.analyze();
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("an event's look for its tenant's endpoints seeks the scope instead of scanning every document", async () => {
    const db = new SQLite(path, { readonly: true });
    const kysely = new Kysely<any>({ dialect: new SqliteDialect({ database: db }) });
    const query = sql`select ${noLiveDocuments(sqliteSql, 'x.endpoints', 't')} as none`.compile(kysely);
    const plan = db.prepare(`explain query plan ${query.sql}`).all(...(query.parameters as unknown[])) as { detail: string }[];
    await kysely.destroy();
    expect(plan.map((step) => step.detail)).toContainEqual(expect.stringMatching(/^SEARCH documents USING (COVERING )?INDEX/));
    expect(plan.map((step) => step.detail)).not.toContainEqual(expect.stringMatching(/^SCAN documents/));
  });
});
