import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openStore, type Store } from '../src/index.ts';
import { keepsPlan, namingClient, textsPlannedOnce } from '../src/named-statements.ts';
import { postgresSql } from '../src/postgres.ts';
import { documentQueries } from '../src/queries.ts';
import type { Database } from '../src/schema.ts';
import { throwawayDatabase, withPostgres, type ThrowawayDatabase } from '../src/testing.ts';

/** What a naming client hands pg's own `query`, for a pg whose client only records it. */
function recordingClient() {
  const sent: unknown[] = [];
  class Recording {
    query(config: unknown, values?: unknown) {
      sent.push(values === undefined ? config : { text: config, values });
    }
  }
  const Client = namingClient({ Client: Recording } as unknown as typeof pg);
  const client = new (Client as unknown as new () => { query(text: string, values?: unknown[]): void })();
  return { sent, query: (text: string, values?: unknown[]) => client.query(text, values) };
}

describe('named statements', () => {
  it('names the texts marked as planned once, the same name each time; others go as they are', () => {
    const { sent, query } = recordingClient();
    const kept = keepsPlan('select $1 as kept');
    const other = keepsPlan('select $1, $2 as kept');
    query(kept, [1]);
    query(kept, [2]);
    query(other, [1, 2]);
    query('select $1 as unmarked', [1]);
    query('begin');
    expect(sent).toEqual([
      { name: 'clientele_0', text: kept, values: [1] },
      { name: 'clientele_0', text: kept, values: [2] },
      { name: 'clientele_1', text: other, values: [1, 2] },
      { text: 'select $1 as unmarked', values: [1] },
      'begin',
    ]);
  });
});

const postgres = inject('postgres');

describe.skipIf(!postgres.available)('named statements on PostgreSQL', () => {
  let database: ThrowawayDatabase;
  beforeAll(async () => {
    database = await throwawayDatabase(postgres.adminUrl);
  });
  afterAll(() => database?.drop());

  /** Names of the statements the store's pg clients send during `work` (undefined for an unnamed one). */
  async function namesSent(work: () => Promise<unknown>) {
    const client = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
    const original = client.query;
    const names: (string | undefined)[] = [];
    client.query = function (this: object, ...args: unknown[]) {
      const config = args[0] as { name?: string } | string;
      names.push(typeof config === 'string' ? undefined : config.name);
      return original.apply(this, args);
    };
    try {
      await work();
    } finally {
      client.query = original;
    }
    return names;
  }

  it('a store reads and writes the same with statements named or not', async () => {
    for (const namedStatements of [true, false]) {
      const store: Store = await openStore(database.url, process.cwd(), { poolSize: 2, namedStatements });
      try {
        await store.migrate();
        const tenant = `t_${namedStatements}`;
        await store.tenants.create({ id: tenant, api: 'x', name: tenant });
        const things = store.collection<{ n: number }>('x.things');
        for (let n = 0; n < 10; n++) {
          await store.atomically(() => things.insert({ tenantId: tenant }, { id: `d${n}`, createdUs: n + 1, data: { n }, unique: { n: String(n) } }));
        }
        await store.atomically(() => things.update({ tenantId: tenant }, 'd3', (data) => ({ data: { n: data.n + 100 }, unique: { n: '103' } })));
        expect((await things.get({ tenantId: tenant }, 'd3'))?.data).toEqual({ n: 103 });
        expect((await things.findUnique({ tenantId: tenant }, 'n', '103'))?.id).toBe('d3');
        expect(await things.findUnique({ tenantId: tenant }, 'n', '3')).toBeUndefined();
        const page = await things.page({ tenantId: tenant }, { limit: 3, offset: 2, order: 'asc' });
        expect(page.total).toBe(10);
        expect(page.items.map((doc) => doc.id)).toEqual(['d2', 'd3', 'd4']);
        // A document read goes as a named statement, under the same name each time, unless told otherwise.
        const names = await namesSent(async () => {
          await things.get({ tenantId: tenant }, 'd1');
          await things.get({ tenantId: tenant }, 'd2');
        });
        expect(names).toHaveLength(2);
        if (namedStatements) expect(names[0]).toMatch(/^clientele_/);
        else expect(names[0]).toBeUndefined();
        expect(names[1]).toBe(names[0]);
      } finally {
        await store.close();
      }
    }
  });

  it('every statement planned once has a generic plan that scans no table of documents, claims or counters', async () => {
    // Rows in two collections, many scopes and statistics, so the planner weighs a scan against the indexes.
    const store = await openStore(database.url, process.cwd(), { poolSize: 2 });
    try {
      await store.migrate();
      await store.tenants.create({ id: 'tp', api: 'x', name: 'plans' });
      for (const name of ['x.many', 'x.few']) {
        const docs = Array.from({ length: name === 'x.many' ? 3000 : 10 }, (_, i) => ({ id: `d${i}`, createdUs: i + 1, data: { i }, unique: { n: String(i) } }));
        await store.collection(name).insertMany({ tenantId: 'tp' }, docs);
      }
      // And many scopes, each with its counter row.
      await withPostgres(database.url, async (client) => {
        await client.query(`insert into tenants (id, api, name, meta, created_at) select 'tq' || g, 'x', 'q', '{}', '2026-01-01' from generate_series(1, 2000) g`);
        await client.query(`insert into counters (collection, tenant_id, mode, parent_id, n, deleted, newest_us) select 'x.many', 'tq' || g, '', '', 0, 0, 0 from generate_series(1, 2000) g`);
      });
      await store.analyze();
    } finally {
      await store.close();
    }
    // Every query of a collection compiled (each at its first call), arguments unused by the text.
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url, max: 1 }) }) });
    for (const query of Object.values(documentQueries(db, postgresSql))) (query as (...args: unknown[]) => unknown)('x', 'tp', '', '', 'a', 1, 2, 3);
    await db.destroy();
    const texts = textsPlannedOnce().filter((text) => text.includes('$1'));
    expect(texts.length).toBeGreaterThan(20);
    await withPostgres(database.url, async (client) => {
      await client.query('set plan_cache_mode = force_generic_plan');
      for (const [i, text] of texts.entries()) {
        const parameters = Math.max(...[...text.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
        await client.query(`prepare p${i} as ${text}`);
        const plan = (await client.query(`explain execute p${i}(${Array(parameters).fill('null').join(', ')})`)).rows.map((row) => row['QUERY PLAN'] as string).join('\n');
        expect(plan, `${text}\n${plan}`).not.toMatch(/Seq Scan on (documents|unique_values|counters)\b/);
      }
    });
  });
});
