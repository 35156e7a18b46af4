import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SQLite } from '../src/better-sqlite3.ts';
import { checkpointThread, type CheckpointResult } from '../src/checkpoints.ts';
import { openSqlite } from '../src/index.ts';

const dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'clientele-checkpoints-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A WAL database whose own connection never checkpoints: what lands in the database file is the thread's doing. */
function walDatabase(path: string) {
  const db = new SQLite(path);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('create table t (n integer primary key, body text)');
  const insert = db.prepare('insert into t (body) values (?)');
  return { db, write: (rows: number) => db.transaction(() => { for (let i = 0; i < rows; i++) insert.run('x'.repeat(1000)); })() };
}

describe('the checkpoint thread', () => {
  it('copies the pages other connections commit into the database file', async () => {
    const path = join(fresh(), 'db.sqlite');
    const { db, write } = walDatabase(path);
    const results: CheckpointResult[] = [];
    let heard: () => void;
    const complete = new Promise<void>((resolve) => (heard = resolve));
    const thread = checkpointThread([path], {
      onCheckpoint: (result) => {
        results.push(result);
        if (result.log > 0 && result.checkpointed === result.log) heard();
      },
    });
    const before = statSync(path).size;
    write(500);
    await complete;
    await thread.close();
    // 500 rows of 1 KB: the table's pages are in the database file now, not only in the WAL.
    expect(statSync(path).size).toBeGreaterThan(before + 400 * 1024);
    expect(results.at(-1)!.checkpointed).toBe(results.at(-1)!.log);
    db.close();
  });

  it("checkpoints each file it is given (the data's and the request log's), each when it was written", async () => {
    const folder = fresh();
    const [data, log] = [join(folder, 'db.sqlite'), join(folder, 'db.sqlite.requests')];
    const files = [walDatabase(data), walDatabase(log)];
    const complete = new Map<string, number>();
    let heard: () => void;
    const both = new Promise<void>((resolve) => (heard = resolve));
    const thread = checkpointThread([data, log], {
      onCheckpoint: ({ path, log: pages, checkpointed }) => {
        if (pages > 0 && checkpointed === pages) complete.set(path, (complete.get(path) ?? 0) + 1);
        if (complete.size === 2) heard();
      },
    });
    const before = [statSync(data).size, statSync(log).size];
    files[0]!.write(300);
    files[1]!.write(500);
    await both;
    await thread.close();
    expect(statSync(data).size).toBeGreaterThan(before[0]! + 250 * 1024);
    expect(statSync(log).size).toBeGreaterThan(before[1]! + 400 * 1024);
    for (const { db } of files) db.close();
  });

  it('stops when closed, leaving the database to the other connections', async () => {
    const path = join(fresh(), 'db.sqlite');
    const { db, write } = walDatabase(path);
    const thread = checkpointThread([path]);
    await thread.close();
    write(10);
    expect(db.prepare('select count(*) as n from t').get()).toEqual({ n: 10 });
    db.close();
  });
});

describe('a store with its checkpoints on a thread', () => {
  it('writes, closes and opens again with every write kept', async () => {
    const path = join(fresh(), 'store.sqlite');
    const first = openSqlite(path, { checkpoints: 'thread' });
    await first.migrate();
    await first.tenants.create({ id: 't1', api: 'x', name: 'one' });
    const docs = first.collection<{ n: number }>('x.things');
    for (let n = 0; n < 50; n++) await docs.insert({ tenantId: 't1' }, { id: `d${n}`, createdUs: n, data: { n } });
    await first.close();

    const again = openSqlite(path);
    const page = await again.collection<{ n: number }>('x.things').page({ tenantId: 't1' }, { offset: 0, limit: 100 });
    expect(page.total).toBe(50);
    await again.close();
  });
});

describe("a store whose checkpoints run on another connection's thread", () => {
  /** Writes about 5 MB (over 1,000 pages) through a store opened so, and answers the database file's size then. */
  async function fileAfterWrites(checkpoints: 'sqlite' | 'elsewhere') {
    const path = join(fresh(), 'store.sqlite');
    const store = openSqlite(path, { checkpoints });
    await store.migrate();
    await store.tenants.create({ id: 't1', api: 'x', name: 'one' });
    const docs = store.collection<{ text: string }>('x.big');
    const text = 'x'.repeat(10_000);
    for (let from = 0; from < 500; from += 50) {
      await docs.insertMany({ tenantId: 't1' }, Array.from({ length: 50 }, (_, k) => ({ id: `d${from + k}`, createdUs: from + k, data: { text } })));
    }
    const size = statSync(path).size;
    await store.close();
    return size;
  }

  it('leaves the WAL past 1,000 pages to that thread (SQLite would have checkpointed it)', async () => {
    expect(await fileAfterWrites('sqlite')).toBeGreaterThan(4 * 1024 * 1024);
    expect(await fileAfterWrites('elsewhere')).toBeLessThan(1024 * 1024);
  });
});
