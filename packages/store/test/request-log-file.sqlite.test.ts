import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { SQLite } from '../src/better-sqlite3.ts';
import { checkpointThread } from '../src/checkpoints.ts';
import { openSqlite, openStore, type Store } from '../src/index.ts';
import { migrations } from '../src/migrations.ts';
import { requestLogPath } from '../src/sqlite.ts';

const dirs: string[] = [];
const fileIn = () => {
  const dir = mkdtempSync(join(tmpdir(), 'clientele-log-file-'));
  dirs.push(dir);
  return join(dir, 'clientele.sqlite');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const entry = (n: number) => ({ atUs: n, api: 'balanced', tenantId: 't1', operation: 'getCustomer', method: 'GET', status: 200, entry: { n } });

/** The tables of a SQLite file, and its page size, read by a connection of its own. */
function looked(path: string) {
  const db = new SQLite(path, { readonly: true });
  try {
    const tables = (db.prepare("select name from sqlite_schema where type = 'table' and name not like 'sqlite_%'").all() as { name: string }[]).map((row) => row.name);
    return { tables, pageSize: db.pragma('page_size', { simple: true }), rows: tables.includes('request_log') ? db.prepare('select seq from request_log order by seq').pluck().all() : [] };
  } finally {
    db.close();
  }
}

async function listed(store: Store) {
  return (await store.sandbox.requests.list({ limit: 10, order: 'asc' })).map((row) => [row.seq, (row.entry as { n: number }).n]);
}

it("keeps the request log in a database of its own beside the data's, on 16 KB pages", async () => {
  const path = fileIn();
  const store = await openStore(path);
  try {
    await store.migrate();
    await store.sandbox.requests.append([1, 2, 3].map(entry));
    expect(await listed(store)).toEqual([[1, 1], [2, 2], [3, 3]]);
  } finally {
    await store.close();
  }
  expect(looked(requestLogPath(path))).toEqual({ tables: ['request_log'], pageSize: 16384, rows: [1, 2, 3] });
  const data = looked(path);
  expect([data.tables.includes('request_log'), data.tables.includes('documents'), data.pageSize]).toEqual([false, true, 4096]);
});

it('moves the entries an older version kept in the data file, with their numbers, and numbers new ones after them', async () => {
  const path = fileIn();
  // The layout before: migrated up to 0009, the log's entries in the data's file.
  const raw = new Kysely<any>({ dialect: new SqliteDialect({ database: new SQLite(path) }) });
  expect((await new Migrator({ db: raw, provider: migrations('sqlite') }).migrateTo('0009_secret_lengths')).error).toBeUndefined();
  await raw
    .insertInto('request_log')
    .values([5, 6, 7].map((n) => ({ seq: n, at_us: n, api: 'balanced', tenant_id: 't1', operation: 'getCustomer', method: 'GET', status: 200, entry: JSON.stringify({ n }) })))
    .execute();
  await raw.destroy();

  const store = await openStore(path);
  try {
    await store.migrate();
    await store.sandbox.requests.append([entry(8)]);
    expect(await listed(store)).toEqual([[5, 5], [6, 6], [7, 7], [8, 8]]);
  } finally {
    await store.close();
  }
  expect(looked(path).tables).not.toContain('request_log');
  expect(looked(requestLogPath(path)).rows).toEqual([5, 6, 7, 8]);
});

it('starts an empty log where its file was deleted (to empty it), the data untouched', async () => {
  const path = fileIn();
  let store = await openStore(path);
  await store.migrate();
  await store.tenants.create({ id: 't1', api: 'balanced', name: 'one' });
  await store.sandbox.requests.append([entry(1)]);
  await store.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${requestLogPath(path)}${suffix}`, { force: true });
  store = await openStore(path);
  try {
    await store.migrate();
    expect(await listed(store)).toEqual([]);
    await store.sandbox.requests.append([entry(2)]);
    expect(await listed(store)).toEqual([[1, 2]]);
    expect((await store.tenants.get('t1'))?.name).toBe('one');
  } finally {
    await store.close();
  }
  expect(existsSync(requestLogPath(path))).toBe(true);
});

it("writes and prunes the log while another connection holds the data's write lock: its writes lock only the log's file", async () => {
  const path = fileIn();
  const store = await openStore(path);
  // Another process's writer (or the log's own thread, writing data meanwhile), on the data's file alone.
  const other = new SQLite(path, { timeout: 0 });
  try {
    await store.migrate();
    other.exec('begin immediate');
    // Were the data's file locked too, the store would wait its busy timeout (30 s) for `other`.
    const start = performance.now();
    await store.sandbox.requests.append([1, 2, 3].map(entry));
    await store.sandbox.requests.prune([{ api: 'balanced', tenantId: 't1' }], 2);
    expect(performance.now() - start).toBeLessThan(5_000);
    other.exec('rollback');
    expect(await listed(store)).toEqual([[2, 2], [3, 3]]);
  } finally {
    other.close();
    await store.close();
  }
});

it("writes data while another connection (the log's own thread) holds the log's write lock: the data's writes lock only the data's file", async () => {
  const path = fileIn();
  const store = await openStore(path);
  const logThread = new SQLite(requestLogPath(path), { timeout: 0 });
  try {
    await store.migrate();
    logThread.exec('begin immediate');
    // Were the log's file attached to the data's write connection, its BEGIN IMMEDIATE would wait
    // the busy timeout (30 s, the event loop with it) for the log's lock, then fail.
    const start = performance.now();
    await store.sandbox.faults.add({ id: 'f1', createdUs: 1, rule: { status: 503 }, remaining: null });
    expect((await store.sandbox.faults.list()).map((rule) => rule.id)).toEqual(['f1']);
    await store.sandbox.faults.clear();
    expect(performance.now() - start).toBeLessThan(5_000);
    logThread.exec('rollback');
    // The log's own writes and its clearing still go through, on its own connection.
    await store.sandbox.requests.append([1, 2].map(entry));
    await store.sandbox.requests.clear();
    expect(await listed(store)).toEqual([]);
  } finally {
    logThread.close();
    await store.close();
  }
});

it("checkpoints the log's file on a thread of its own: its entries reach the database file and the WAL starts again from its beginning", async () => {
  const path = fileIn();
  // A checkpoint every 16 pages of WAL, each write waiting for the one under way; SQLite's own
  // would wait for 1,000 pages (16 MB).
  const store = openSqlite(path, { checkpointEvery: 16, checkpointWaitMs: Infinity });
  const text = 'x'.repeat(4096);
  try {
    await store.migrate();
    for (let batch = 0; batch < 40; batch++) {
      await store.sandbox.requests.append(Array.from({ length: 8 }, (_, at) => ({ ...entry(batch * 8 + at), entry: { n: batch * 8 + at, text } })));
    }
    // Written after the last checkpoint under way: each write waits for the one before it.
    await store.sandbox.requests.append([entry(320)]);
    const log = requestLogPath(path);
    // 1.3 MB of entries: in the database file, and a WAL holding about one checkpoint's worth.
    expect(statSync(log).size).toBeGreaterThan(1024 * 1024);
    expect(statSync(`${log}-wal`).size).toBeLessThan(1024 * 1024);
    expect((await store.sandbox.requests.list({ limit: 1000 })).length).toBe(321);
  } finally {
    await store.close();
  }
});

it('a checkpoint thread that cannot open its file fails that checkpoint and every one after (the writer checkpoints itself)', async () => {
  const thread = checkpointThread(join(fileIn(), 'missing.sqlite'));
  await expect(thread.checkpoint()).rejects.toThrow();
  await expect(thread.checkpoint()).rejects.toThrow();
  expect(thread.running).toBe(false);
  await thread.close();
});
