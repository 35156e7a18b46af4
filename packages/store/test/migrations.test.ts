import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SQLite } from '../src/better-sqlite3.ts';
import { Migrator, sql } from 'kysely';
import { describe, expect, inject, it } from 'vitest';
import { hashSecret, openStore, UniqueViolation } from '../src/index.ts';
import { migrations } from '../src/migrations.ts';
import { testDrivers } from '../src/testing.ts';
import { rawDatabase } from './support/raw.ts';

const drivers = testDrivers(inject('postgres'));

for (const driver of drivers) {
  describe.skipIf(!driver.available)(`migrations (${driver.name})`, () => {
    it('0003 (scopes) keeps what an older version stored: every row in scope {tenant}, ranks and claims intact, createdUs in rank order', async () => {
      const opened = await driver.open({ migrate: false });
      const raw = rawDatabase(driver, opened);
      try {
        const { error } = await new Migrator({ db: raw, provider: migrations(driver.name) }).migrateTo('0002_idempotency');
        expect(error).toBeUndefined();
        await raw.insertInto('tenants').values([
          { id: 't1', api: 'x', name: 'one', meta: '{}', created_at: '2026-01-01T00:00:00.000Z' },
          { id: 't2', api: 'x', name: 'two', meta: '{}', created_at: '2026-01-01T00:00:00.000Z' },
        ]).execute();
        // As the old store wrote them: ranks dense per tenant, createdUs as the caller gave them (here not all in order).
        const old = [
          ['t1', 'a', 100, 1],
          ['t1', 'b', 100, 2],
          ['t1', 'c', 50, 3],
          ['t1', 'd', 200, 4],
          ['t2', 'a', 7, 1],
        ] as const;
        await raw
          .insertInto('documents')
          .values(old.map(([tenant, id, created, rank]) => ({ collection: 'x.c', tenant_id: tenant, id: `${tenant}${id}`, created_us: created, rank, data: JSON.stringify({ id }) })))
          .execute();
        await raw.insertInto('counters').values([
          { collection: 'x.c', tenant_id: 't1', n: 4 },
          { collection: 'x.c', tenant_id: 't2', n: 1 },
        ]).execute();
        await raw.insertInto('unique_values').values({ collection: 'x.c', tenant_id: 't1', name: 'email', value: 'a@x', doc_id: 't1a' }).execute();
        await raw.insertInto('credentials').values({ hash: hashSecret('old'), tenant_id: 't1', api: 'x', kind: 'api_key', scopes: '[]', expires_at: null, created_at: '2026-01-01T00:00:00.000Z' }).execute();

        await opened.store.migrate();
        const docs = opened.store.collection<{ id: string }>('x.c');
        const t1 = { tenantId: 't1' };
        const page = await docs.page(t1, { offset: 0, limit: 10, order: 'asc' });
        expect(page.total).toBe(4);
        expect(page.items.map((d) => [d.id, d.createdUs])).toEqual([['t1a', 100], ['t1b', 101], ['t1c', 102], ['t1d', 200]]);
        expect((await docs.page(t1, { offset: 1, limit: 2 })).items.map((d) => d.id)).toEqual(['t1c', 't1b']);
        expect((await docs.page(t1, { offset: 0, limit: 9, created: { gt: 100, lt: 200 } })).items.map((d) => d.id)).toEqual(['t1c', 't1b']);
        expect((await docs.cursorPage(t1, { limit: 2, startingAfter: 't1d' })).items.map((d) => d.id)).toEqual(['t1c', 't1b']);
        expect((await docs.findUnique(t1, 'email', 'a@x'))?.id).toBe('t1a');
        await expect(docs.insert(t1, { id: 'e', createdUs: 1, data: { id: 'e' }, unique: { email: 'a@x' } })).rejects.toBeInstanceOf(UniqueViolation);
        // New documents follow the old ones: the next rank, after the newest createdUs.
        expect((await docs.insert(t1, { id: 'e', createdUs: 150, data: { id: 'e' } })).createdUs).toBe(201);
        expect((await docs.page(t1, { offset: 0, limit: 1 })).items.map((d) => d.id)).toEqual(['e']);
        expect((await docs.page({ tenantId: 't2' }, { offset: 0, limit: 9 })).items.map((d) => [d.id, d.createdUs])).toEqual([['t2a', 7]]);
        expect(await docs.get({ tenantId: 't1', mode: 'test' }, 't1a')).toBeUndefined();
        expect((await opened.store.credentials.find('x', 'old'))?.mode).toBeNull();
        const applied = await raw.selectFrom('kysely_migration').select('name').orderBy('name').execute();
        expect(applied.map((r) => r.name)).toEqual(Object.keys(await migrations(driver.name).getMigrations()).sort());
      } finally {
        await raw.destroy();
        await opened.dispose();
      }
    });
  });
}

describe('SQLite: several processes opening one fresh file', () => {
  const child = fileURLToPath(new URL('./support/migrate-child.ts', import.meta.url));
  const packageDir = fileURLToPath(new URL('..', import.meta.url));

  /** Starts `count` processes on `path`, lets them go at once, and answers their exit codes and errors. */
  async function race(path: string, count: number) {
    const processes = Array.from({ length: count }, () =>
      spawn(process.execPath, ['--import', 'tsx', child, path], { cwd: packageDir, stdio: ['pipe', 'pipe', 'pipe'] }),
    );
    const stderr = processes.map(() => '');
    processes.forEach((p, i) => p.stderr.on('data', (chunk) => (stderr[i] += String(chunk))));
    const exits = processes.map((p) => once(p, 'exit') as Promise<[number | null]>);
    // Everyone loaded and waiting (or already gone, which the exit codes will tell).
    await Promise.all(
      processes.map(
        (p, i) =>
          new Promise<void>((resolve) => {
            let out = '';
            p.stdout.on('data', (chunk) => (out += String(chunk)).includes('ready') && resolve());
            void exits[i]!.then(() => resolve());
          }),
      ),
    );
    for (const p of processes) p.stdin.end('go\n');
    const codes = (await Promise.all(exits)).map(([code]) => code);
    return { codes, stderr };
  }

  it('10 processes migrate at the same moment: all succeed, each migration is recorded once, one dev tenant', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clientele-race-'));
    const path = join(dir, 'race.sqlite');
    try {
      const { codes, stderr } = await race(path, 10);
      expect({ codes, stderr: stderr.filter(Boolean) }).toEqual({ codes: Array(10).fill(0), stderr: [] });
      const db = new SQLite(path, { readonly: true });
      try {
        const applied = db.prepare('select name from kysely_migration order by name').all() as { name: string }[];
        expect(applied.map((r) => r.name)).toEqual(Object.keys(await migrations('sqlite').getMigrations()).sort());
        expect(db.prepare(`select count(*) as n from tenants where api = 'race'`).get()).toEqual({ n: 1 });
      } finally {
        db.close();
      }
      // And the file serves a store afterwards.
      const store = await openStore(`sqlite://${path}`);
      await store.migrate();
      expect(await store.tenants.count('race')).toBe(1);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
