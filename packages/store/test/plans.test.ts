import { CompiledQuery, Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { documentQueries, type DocumentQueries, type ScopeKey } from '../src/queries.ts';
import { ImmediateSqliteDialect, sqliteSql } from '../src/sqlite.ts';
import { SQLite } from '../src/better-sqlite3.ts';
import { testDrivers, type OpenedStore } from '../src/testing.ts';
import { rawDatabase } from './support/raw.ts';

/**
 * Every read a collection makes is a seek on one of its indexes, whatever the depth: SQLite's plan
 * for each says SEARCH (an index range with its bounds), never SCAN. (PostgreSQL's planner chooses
 * by statistics, so its plans are shown by the depth benchmark instead.)
 */
const sqlite = testDrivers(inject('postgres')).find((d) => d.name === 'sqlite')!;

describe('SQLite query plans', () => {
  let opened: OpenedStore;
  beforeAll(async () => {
    opened = await sqlite.open();
  });
  afterAll(() => opened?.dispose());

  it('every read of a collection is an index search', async () => {
    const raw = rawDatabase(sqlite, opened);
    try {
      const q = documentQueries(raw, sqliteSql);
      const key: ScopeKey = ['x.c', 't1', '', ''];
      const reads: { [name in keyof DocumentQueries]?: CompiledQuery<unknown> } = {
        document: q.document(...key, 'a'),
        documentForUpdate: q.documentForUpdate(...key, 'a'),
        documents: q.documents(...key, '["a","b"]'),
        byUnique: q.byUnique(...key, 'email', 'a@x'),
        ranksUp: q.ranksUp(...key, 90_000, 100_000, 11),
        ranksDown: q.ranksDown(...key, 1, 10_000, 11),
        skipUp: q.skipUp(...key, 1, 100_000, 10, 90_000),
        skipDown: q.skipDown(...key, 1, 100_000, 10, 90_000),
        firstCreatedFrom: q.firstCreatedFrom(...key, 1_000),
        lastCreatedUpTo: q.lastCreatedUpTo(...key, 1_000),
        deletedBetween: q.deletedBetween(...key, 1, 100_000),
        counter: q.counter(...key),
        claims: q.claims(...key, 'a'),
      };
      // Every select among the collection's queries is listed here.
      const selects = Object.entries(q)
        .filter(([, build]) => /^select/i.test((build as () => CompiledQuery<unknown>)().sql))
        .map(([name]) => name);
      expect(Object.keys(reads).sort()).toEqual(selects.sort());
      for (const [name, query] of Object.entries(reads)) {
        const plan = await raw.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${query!.sql}`, [...query!.parameters]));
        const steps = plan.rows.map((row) => row.detail).filter((step) => /^(SCAN|SEARCH)/.test(step) && !/VIRTUAL TABLE/.test(step));
        expect(steps.length, name).toBeGreaterThan(0);
        for (const step of steps) expect(step, name).toMatch(/^SEARCH \w+ USING (COVERING )?INDEX \w+ \(collection=\? AND tenant_id=\? AND mode=\? AND parent_id=\?/);
      }
    } finally {
      await raw.destroy();
    }
  });

  it('a paged read binds its LIMIT so that SQLite does not plan the statement again at each run', async () => {
    // A bare `limit ?` is read as a constant when SQLite plans the statement, and each new binding
    // of it sends the statement back to be planned again (see SqliteCompiler in sqlite.ts).
    const db = new Kysely<any>({ dialect: new ImmediateSqliteDialect({ database: new SQLite(':memory:') }) });
    try {
      const q = documentQueries(db, sqliteSql);
      const key: ScopeKey = ['x.c', 't1', '', ''];
      const paged = [q.ranksUp(...key, 1, 10, 11), q.ranksDown(...key, 1, 10, 11), q.skipUp(...key, 1, 10, 5, 2), q.skipDown(...key, 1, 10, 5, 2), q.firstCreatedFrom(...key, 1)];
      for (const query of paged) {
        expect(query.sql).toMatch(/ limit \+\?/);
        expect(query.sql).not.toMatch(/ limit \?/);
      }
    } finally {
      await db.destroy();
    }
  });
});
