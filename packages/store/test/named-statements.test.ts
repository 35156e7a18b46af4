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

  /** Names of the statements with parameters the store's pg clients send during `work` (undefined for an unnamed one). */
  async function namesSent(work: () => Promise<unknown>) {
    const client = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
    const original = client.query;
    const names: (string | undefined)[] = [];
    client.query = function (this: object, ...args: unknown[]) {
      const config = args[0] as { name?: string } | string;
      if (typeof config !== 'string') names.push(config.name);
      else if (Array.isArray(args[1]) && args[1].length) names.push(undefined);
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
        // A create and a get go as named statements, each under the same name each time, unless told otherwise.
        const names = await namesSent(async () => {
          await things.insert({ tenantId: tenant }, { id: 'd10', createdUs: 11, data: { n: 10 } });
          await things.insert({ tenantId: tenant }, { id: 'd11', createdUs: 12, data: { n: 11 } });
          await things.get({ tenantId: tenant }, 'd1');
          await things.get({ tenantId: tenant }, 'd2');
        });
        expect(names).toHaveLength(4);
        if (namedStatements) expect(names[0]).toMatch(/^clientele_/);
        else expect(names[0]).toBeUndefined();
        expect(names[1]).toBe(names[0]);
        if (namedStatements) expect(names[2]).toMatch(/^clientele_/);
        else expect(names[2]).toBeUndefined();
        expect(names[2]).not.toBe(names[0] ?? 'none');
        expect(names[3]).toBe(names[2]);
      } finally {
        await store.close();
      }
    }
  });

  /**
   * The plans PostgreSQL ran for the named texts the store sent during `work`, as it ran them:
   * auto_explain hands each plan back to the client as a notice (its connections are opened so).
   */
  async function namedPlans(work: () => Promise<unknown>) {
    const client = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
    const original = client.query;
    const named = new Set<string>();
    const listening = new WeakSet<object>();
    const plans: { text: string; plan: any }[] = [];
    client.query = function (this: pg.Client, ...args: unknown[]) {
      const config = args[0] as { name?: string; text: string } | string;
      if (typeof config === 'object' && config.name) named.add(config.text);
      if (!listening.has(this)) {
        listening.add(this);
        this.on('notice', (notice) => {
          const json = notice.message?.split(' plan:\n')[1];
          if (json) plans.push({ text: JSON.parse(json)['Query Text'], plan: JSON.parse(json).Plan });
        });
      }
      return original.apply(this, args);
    };
    try {
      await work();
    } finally {
      client.query = original;
    }
    return { named, plans: plans.filter((p) => named.has(p.text)) };
  }

  /** Scan nodes of a JSON plan that read a table of documents, claims or counters, with the rows each read. */
  function tableReads(node: any, out: { table: string; type: string; rows: number }[] = []) {
    if (/^(documents|unique_values|counters)$/.test(node['Relation Name'] ?? '') && /Scan/.test(node['Node Type'])) {
      const read = node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0);
      out.push({ table: node['Relation Name'], type: `${node['Node Type']}${node['Index Name'] ? ` using ${node['Index Name']}` : ''}`, rows: read * node['Actual Loops'] });
    }
    for (const child of node.Plans ?? []) tableReads(child, out);
    return out;
  }

  it("every named text, planned generically on a database shaped like the bench's, reads only the rows it is about", async () => {
    // As the bench's database: several tenants, each with thousands of documents in one scope, and
    // a child collection with one document in each of thousands of scopes (Ping++'s cards under
    // their customers), analysed. The many parents are what made a generic plan take a scope of
    // thousands for a scope of one.
    const BIG = 3000;
    const store = await openStore(database.url, process.cwd(), { poolSize: 2 });
    const tenants = ['ta', 'tb', 'tc'];
    try {
      await store.migrate();
      for (const tenant of tenants) {
        await store.tenants.create({ id: tenant, api: 'x', name: tenant });
        await store.collection('x.customers').insertMany({ tenantId: tenant }, Array.from({ length: BIG }, (_, i) => ({ id: `c${i}`, createdUs: i + 1, data: { i }, unique: { email: `${i}@x` } })));
      }
      await withPostgres(database.url, async (client) => {
        await client.query(`insert into documents (collection, tenant_id, mode, parent_id, id, created_us, rank, data)
          select 'x.cards', 'ta', '', 'c' || g, 'card', g, 1, '{}' from generate_series(0, ${BIG - 1}) g`);
        await client.query(`insert into counters (collection, tenant_id, mode, parent_id, n, deleted, newest_us)
          select 'x.cards', 'ta', '', 'c' || g, 1, 0, g from generate_series(0, ${BIG - 1}) g`);
      });
      await store.analyze();
    } finally {
      await store.close();
    }

    // Every kind of call a collection makes, on a big scope, with naming on; generic plans from the
    // first call on, each plan (with the rows it read) sent back as a notice.
    const explained = new URL(database.url);
    explained.searchParams.set(
      'options',
      '-c plan_cache_mode=force_generic_plan -c session_preload_libraries=auto_explain -c auto_explain.log_min_duration=0 -c auto_explain.log_analyze=on -c auto_explain.log_format=json -c auto_explain.log_level=notice',
    );
    const named = await openStore(explained.toString(), process.cwd(), { poolSize: 2 });
    const scope = { tenantId: 'tb' };
    const customers = named.collection<{ i: number }>('x.customers');
    const { named: sent, plans } = await namedPlans(async () => {
      await customers.insert(scope, { id: 'n1', createdUs: 10_000_000, data: { i: -1 }, unique: { email: 'n1@x' } });
      await named.atomically(() => customers.insert(scope, { id: 'n2', createdUs: 10_000_001, data: { i: -2 }, unique: { email: 'n2@x' } }));
      await customers.insertMany(scope, [{ id: 'n3', createdUs: 1, data: { i: -3 }, unique: { email: 'n3@x' } }, { id: 'n4', createdUs: 2, data: { i: -4 } }]);
      await customers.get(scope, 'c1500');
      // An id every parent's scope has (as every Ping++ tenant's key is 'rsa'): one row, not one per scope.
      await named.collection('x.cards').get({ tenantId: 'ta', parentId: 'c1500' }, 'card');
      await customers.getMany(scope, ['c1500', 'c1501']);
      await customers.findUnique(scope, 'email', '1500@x');
      const pages = async () => {
        await customers.page(scope, { limit: 10, offset: 0, order: 'desc' });
        await customers.page(scope, { limit: 10, offset: 20, order: 'asc' });
        await customers.page(scope, { limit: 10, offset: 0, created: { gte: 100, lte: 2000 } });
        await customers.cursorPage(scope, { limit: 10, order: 'desc', startingAfter: 'c1400' });
        await customers.cursorPage(scope, { limit: 10, order: 'asc', startingAfter: 'c1400' });
      };
      // Ranks dense, then (after a remove) with a hole: pages read by rank, then stepping over the offset.
      await pages();
      await customers.update(scope, 'c1500', (data) => ({ data: { i: data.i + 1 }, unique: { email: '1500b@x' } }));
      await named.atomically(() => customers.update(scope, 'c1501', (data) => ({ data: { i: data.i + 1 }, unique: { email: '1501b@x' } })));
      await customers.remove(scope, 'c1502');
      await pages();
    }).finally(() => named.close());

    // (The texts the first test marks itself left out.)
    const marked = textsPlannedOnce().filter((text) => text.includes('$1') && !text.endsWith(' as kept'));
    // Each text marked is sent by one of the calls above, so each one's plan is checked below.
    expect([...sent].sort()).toEqual([...new Set(marked)].sort());
    expect(new Set(plans.map((p) => p.text)).size).toBe(sent.size);
    const failures: string[] = [];
    for (const { text, plan } of plans) {
      for (const read of tableReads(plan)) {
        // A page reads its limit and one more, an offset page its offset more: never a scope of thousands.
        if (/Seq Scan/.test(read.type) || read.rows >= 100) failures.push(`${read.type} read ${read.rows} rows of ${read.table}: ${text}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
