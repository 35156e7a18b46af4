/**
 * Depth costs nothing: loads one scope with documents through `insertMany`, then times the first
 * page against a page deep in the list, per driver, for offset pages, cursor pages and created-range
 * pages, newest first and oldest first. A last row shows the one list that does pay for depth: an
 * offset page in a scope that has deleted documents (ranks are no longer dense there).
 *
 *   pnpm --filter @clientele/store bench:depth [--driver sqlite|postgres|both] [--docs 100000] [--depth 90000] [--limit 10]
 *
 * PostgreSQL: a throwaway database through CLIENTELE_TEST_PG_URL (default the local admin
 * connection the tests use); skipped when unreachable unless asked for by name.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore, type Collection, type Order, type Scope, type Store } from '../src/index.ts';
import { DEFAULT_TEST_PG_URL, throwawayDatabase, withPostgres } from '../src/testing.ts';

const { values } = parseArgs({
  options: {
    driver: { type: 'string', default: 'both' },
    docs: { type: 'string', default: '100000' },
    depth: { type: 'string', default: '90000' },
    limit: { type: 'string', default: '10' },
  },
});
const DOCS = Number(values.docs);
const DEPTH = Number(values.depth);
const LIMIT = Number(values.limit);
const BATCH = 10_000;
const ROUNDS = 9;
/** Each round runs a case for at least this long (and at least MIN_OPS times). */
const ROUND_MS = 150;
const MIN_OPS = 20;

type Customer = { name: string; email: string };
const scope: Scope = { tenantId: 'bench' };
const idAt = (rank: number) => `cus_${String(rank).padStart(7, '0')}`;
const createdAt = (rank: number) => 1_767_225_600_000_000 + rank * 1_000;

async function load(store: Store, docs: Collection<Customer>) {
  await store.tenants.create({ id: 'bench', api: 'bench', name: 'bench' });
  for (let start = 1; start <= DOCS; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, DOCS - start + 1) }, (_, i) => {
      const rank = start + i;
      return { id: idAt(rank), createdUs: createdAt(rank), data: { name: `Customer ${rank}`, email: `c${rank}@example.com` } };
    });
    await docs.insertMany(scope, batch);
  }
  await store.analyze();
}

/** Runs `op` for at least ROUND_MS (and MIN_OPS times); answers its mean ms/op. */
async function round(op: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  let ops = 0;
  let elapsed = 0;
  while (ops < MIN_OPS || elapsed < ROUND_MS) {
    await op();
    ops++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return elapsed / ops;
}

/**
 * Mean ms/op of the first and the deep page, each the median over rounds. The two take turns
 * (and swap who goes first), so drift in the machine's speed falls on both alike.
 */
async function compare(first: () => Promise<unknown>, deep: () => Promise<unknown>): Promise<[number, number]> {
  for (let i = 0; i < MIN_OPS; i++) await first(), await deep();
  const times: [number[], number[]] = [[], []];
  for (let r = 0; r < ROUNDS; r++) {
    if (r % 2) times[1].push(await round(deep)), times[0].push(await round(first));
    else times[0].push(await round(first)), times[1].push(await round(deep));
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return [median(times[0]), median(times[1])];
}

interface Case {
  readonly style: string;
  readonly order: Order;
  /** A page at list position `position` (0 = the first page). */
  page(position: number): Promise<string[]>;
}

function cases(docs: Collection<Customer>): Case[] {
  // The rank of the document at a list position: newest first counts down from the last rank.
  const rankAt = (order: Order, position: number) => (order === 'desc' ? DOCS - position : position + 1);
  const ids = async (page: Promise<{ items: { id: string }[] }>) => (await page).items.map((d) => d.id);
  return (['desc', 'asc'] as const).flatMap((order): Case[] => [
    { style: 'offset', order, page: (position) => ids(docs.page(scope, { offset: position, limit: LIMIT, order })) },
    {
      // The page after the document at `position` (so both pages look their cursor up).
      style: 'cursor',
      order,
      page: (position) => ids(docs.cursorPage(scope, { limit: LIMIT, order, startingAfter: idAt(rankAt(order, position)) })),
    },
    {
      // The page that starts at the document at `position`, by its createdUs.
      style: 'created range',
      order,
      page: (position) => {
        const bound = createdAt(rankAt(order, position));
        return ids(docs.page(scope, { offset: 0, limit: LIMIT, order, created: order === 'desc' ? { lte: bound } : { gte: bound } }));
      },
    },
  ]);
}

/** What each case must answer (checked before timing): the ids of a page starting `skip` documents after `position`. */
function expected(order: Order, style: string, position: number): string[] {
  const first = style === 'cursor' ? position + 1 : position;
  return Array.from({ length: LIMIT }, (_, i) => idAt(order === 'desc' ? DOCS - first - i : first + i + 1));
}

type Row = [driver: string, style: string, order: string, first: number, deep: number];

async function measure(driver: string, store: Store, settle: () => Promise<void> = async () => {}): Promise<Row[]> {
  const docs = store.collection<Customer>('bench.customers');
  const started = Date.now();
  await load(store, docs);
  await settle();
  console.error(`${driver}: loaded ${DOCS} documents in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const rows: Row[] = [];
  for (const c of cases(docs)) {
    for (const position of [0, DEPTH]) {
      const got = await c.page(position);
      const want = expected(c.order, c.style, position);
      if (got.join() !== want.join()) throw new Error(`${driver} ${c.style} ${c.order} at ${position}: got ${got.join()}, want ${want.join()}`);
    }
    rows.push([driver, c.style, c.order, ...(await compare(() => c.page(0), () => c.page(DEPTH)))]);
  }
  // One deleted document (the oldest): every rank range now has a hole, so offsets are counted out.
  await docs.remove(scope, idAt(1));
  const fallback = cases(docs).find((c) => c.style === 'offset' && c.order === 'desc')!;
  rows.push([driver, 'offset, 1 deleted (fallback)', 'desc', ...(await compare(() => fallback.page(0), () => fallback.page(DEPTH)))]);
  return rows;
}

async function onSqlite<R>(work: (store: Store) => Promise<R>): Promise<R> {
  const dir = mkdtempSync(join(tmpdir(), 'clientele-bench-'));
  const store = await openStore(`sqlite://${join(dir, 'bench.sqlite')}`);
  try {
    await store.migrate();
    return await work(store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function onPostgres<R>(work: (store: Store, url: string) => Promise<R>): Promise<R | undefined> {
  const adminUrl = process.env.CLIENTELE_TEST_PG_URL || DEFAULT_TEST_PG_URL;
  let database;
  try {
    database = await throwawayDatabase(adminUrl);
  } catch (error) {
    if (values.driver === 'postgres') throw error;
    console.error(`PostgreSQL skipped: ${(error as Error).message}`);
    return undefined;
  }
  const store = await openStore(database.url);
  try {
    await store.migrate();
    return await work(store, database.url);
  } finally {
    await store.close();
    await database.drop();
  }
}

const rows: Row[] = [];
if (values.driver === 'sqlite' || values.driver === 'both') rows.push(...(await onSqlite((s) => measure('sqlite', s))));
if (values.driver === 'postgres' || values.driver === 'both') rows.push(
    ...((await onPostgres((s, url) =>
      // After the load: VACUUM sets the visibility map (index-only scans) and leaves autovacuum nothing to start mid-run.
      measure('postgres', s, () => withPostgres(url, async (client) => void (await client.query('vacuum analyze')))),
    )) ?? []),
  );

const table = [
  ['driver', 'page', 'order', 'first ms/op', `depth ${DEPTH} ms/op`, 'deep/first'],
  ...rows.map(([driver, style, order, first, deep]) => [driver, style, order, first.toFixed(3), deep.toFixed(3), (deep / first).toFixed(2)]),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
console.log(
  `${DOCS} documents in one scope, pages of ${LIMIT}; median of ${ROUNDS} rounds; load average at the end ${loadavg().map((n) => n.toFixed(1)).join(' ')}\n`,
);
for (const [i, row] of table.entries()) {
  console.log(`| ${row.map((cell, j) => (j >= 3 ? cell.padStart(widths[j]!) : cell.padEnd(widths[j]!))).join(' | ')} |`);
  if (i === 0) console.log(`| ${widths.map((w, j) => (j >= 3 ? '-'.repeat(w - 1) + ':' : '-'.repeat(w))).join(' | ')} |`);
}
