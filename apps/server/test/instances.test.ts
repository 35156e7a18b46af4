import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBalancedClient, type BalancedClient } from '@clientele/client';
import { migrations as migrationsOf } from '@clientele/store';
import { throwawayDatabase, withPostgres, type ThrowawayDatabase } from '@clientele/store/testing';
import { postgres } from './support/drivers.ts';
import { spawnServer, type ServerProcess } from './support/process.ts';
import { specValidator } from './support/spec.ts';

const spec = specValidator('balanced');

/**
 * Several stateless instances behind a load balancer on one PostgreSQL database: every guarantee
 * must come from the database, whichever instance answers.
 */
describe.skipIf(!postgres.available)('two server processes on one PostgreSQL database', () => {
  let database: ThrowawayDatabase;
  let instances: ServerProcess[] = [];
  let clients: BalancedClient[];
  /** The instance for the i-th request: a round-robin load balancer. */
  const via = (i: number) => clients[i % clients.length]!;

  beforeAll(async () => {
    database = await throwawayDatabase(postgres.adminUrl);
    // Both start at once on an empty database: migrations and the dev tenant race here.
    instances = await Promise.all([spawnServer(database.url), spawnServer(database.url)]);
    const secret = instances.map((s) => s.dev?.api_key_secret).find(Boolean)!;
    clients = instances.map((s) => createBalancedClient({ baseUrl: s.origin, apiKeySecret: secret }));
  });
  afterAll(async () => {
    const codes = await Promise.all(instances.map((s) => s.stop()));
    await database?.drop();
    expect(codes).toEqual(instances.map(() => 0));
  });

  it('starting together on an empty database applies each migration once and creates one dev tenant', async () => {
    const { migrations, tenants } = await withPostgres(database.url, async (db) => ({
      migrations: (await db.query('select name from kysely_migration order by name')).rows.map((r) => r.name),
      tenants: (await db.query(`select count(*)::int as n from tenants where api = 'balanced'`)).rows[0].n,
    }));
    expect(migrations).toEqual(Object.keys(await migrationsOf('postgres').getMigrations()).sort());
    expect(tenants).toBe(1);
    expect(instances.filter((s) => s.dev)).toHaveLength(1);
    expect(instances.filter((s) => s.output().includes('new credentials:'))).toHaveLength(1);
  });

  it('concurrent creates with one email, spread over both instances: exactly one wins, the rest are 409 duplicate-email-address', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => via(i).createCustomer({ email_address: i % 2 ? 'Race@example.org' : 'race@example.org' })));
    const won = results.filter((r) => r.status === 201);
    const lost = results.filter((r) => r.status === 409);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    for (const r of lost) {
      expect(r.data).toMatchObject({ status: 'Conflict', status_code: 409, category_type: 'logical', category_code: 'duplicate-email-address' });
      expect(spec.responseErrors('createCustomer', 409, r.data)).toEqual([]);
    }
    for (const client of clients) expect((await client.listCustomers({})).data).toMatchObject({ total: 1 });
  });

  it('totals and pages agree whichever instance answers', async () => {
    const created = await Promise.all(Array.from({ length: 24 }, (_, i) => via(i).createCustomer({ name: `Customer ${i}` })));
    expect(created.every((r) => r.status === 201)).toBe(true);
    for (const offset of [0, 10, 20, 30]) {
      const pages = await Promise.all(clients.map((c) => c.listCustomers({ limit: 10, offset })));
      for (const page of pages) expect(page.status).toBe(200);
      expect(pages[1]!.data).toEqual(pages[0]!.data);
      expect(pages[0]!.data).toMatchObject({ total: 25, offset, limit: 10 });
    }
    // Every customer is on exactly one page, newest first.
    const all = await via(1).listCustomers({ limit: 100 });
    const ids = (all.data as { items: { id: string }[] }).items.map((c) => c.id);
    expect(new Set(ids).size).toBe(25);
    for (const r of created) expect(ids).toContain((r.data as { id: string }).id);
  });

  it('an update on one instance is what the other serves next', async () => {
    const created = await via(0).createCustomer({ name: 'Before', email_address: 'moves@example.org' });
    const id = (created.data as { id: string }).id;
    const updates = await Promise.all(Array.from({ length: 6 }, (_, i) => via(i).updateCustomer(id, { meta: { [`k${i}`]: 'v' } })));
    expect(updates.every((r) => r.status === 200)).toBe(true);
    const [a, b] = await Promise.all(clients.map((c) => c.retrieveCustomer(id)));
    expect(b!.data).toEqual(a!.data);
    // Meta is replaced wholesale by each update; the last write wins, on both instances.
    expect(Object.keys((a!.data as { meta: object }).meta)).toHaveLength(1);
    // The email moves on one instance; the other sees it free at once.
    expect((await via(0).updateCustomer(id, { email_address: 'moved@example.org' })).status).toBe(200);
    expect((await via(1).createCustomer({ email_address: 'moves@example.org' })).status).toBe(201);
    expect((await via(1).createCustomer({ email_address: 'moved@example.org' })).status).toBe(409);
  });
});
