import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openStore } from './open.ts';
import type { Collection, Store, StoredDocument } from './types.ts';

/**
 * Test support shared by every suite that runs against both drivers: whether PostgreSQL is
 * there (decided once per test run), throwaway databases, and the drivers themselves.
 */

/** The admin connection tests create their throwaway databases through. */
export const DEFAULT_TEST_PG_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface PostgresAvailability {
  readonly available: boolean;
  readonly adminUrl: string;
  /** Why PostgreSQL variants are skipped; null when they run. */
  readonly reason: string | null;
}

/** The URL without its password, for messages. */
const shown = (url: string) => {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
};

/** Runs `work` on one short-lived connection to `url`. */
export async function withPostgres<R>(url: string, work: (client: pg.Client) => Promise<R>): Promise<R> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  client.on('error', () => {});
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Decides, once per test run, whether the PostgreSQL variants run. Under CI (`CI=true`) an
 * unreachable PostgreSQL is a failure, never a skip; elsewhere the variants are skipped, and
 * the run says so and why.
 */
export async function decidePostgres(env: NodeJS.ProcessEnv = process.env): Promise<PostgresAvailability> {
  const adminUrl = env.CLIENTELE_TEST_PG_URL || DEFAULT_TEST_PG_URL;
  let reason: string | null = null;
  try {
    await withPostgres(adminUrl, (client) => client.query('select 1'));
  } catch (error) {
    reason = `${shown(adminUrl)} is unreachable (${(error as Error).message || (error as { code?: string }).code || String(error)})`;
  }
  if (reason === null) return { available: true, adminUrl, reason };
  if (env.CI === 'true') {
    throw new Error(
      `CI needs PostgreSQL for the PostgreSQL test suite, but ${reason}. Start PostgreSQL or set CLIENTELE_TEST_PG_URL.`,
    );
  }
  console.warn(
    [
      '',
      '!! PostgreSQL suite SKIPPED: ' + reason + '.',
      '!! Every PostgreSQL variant of this package is reported as skipped. Start PostgreSQL or set',
      '!! CLIENTELE_TEST_PG_URL to an admin connection (default ' + DEFAULT_TEST_PG_URL + ') to run it.',
      '',
    ].join('\n'),
  );
  return { available: false, adminUrl, reason };
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: PostgresAvailability;
  }
}

/** A vitest global setup: decides once per run and hands the answer to every test file (`inject('postgres')`). */
export async function providePostgres(project: TestProject) {
  project.provide('postgres', await decidePostgres());
}

export interface ThrowawayDatabase {
  readonly name: string;
  /** The admin URL pointed at the new database. */
  readonly url: string;
  drop(): Promise<void>;
}

/** A new, empty database with a unique name, dropped (connections and all) by `drop`. */
export async function throwawayDatabase(adminUrl: string): Promise<ThrowawayDatabase> {
  const name = `clientele_test_${process.pid}_${randomBytes(6).toString('hex')}`;
  await withPostgres(adminUrl, (client) => client.query(`create database "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () =>
      withPostgres(adminUrl, (client) => client.query(`drop database if exists "${name}" with (force)`)).then(
        () => undefined,
      ),
  };
}

export interface OpenedStore {
  readonly store: Store;
  readonly url: string;
  dispose(): Promise<void>;
}

/** A storage driver a suite runs against: each `open` gives a fresh, empty store, migrated unless asked not to. */
export interface TestDriver {
  readonly name: 'sqlite' | 'postgres';
  /** False when the driver's database is not there; its variants are then skipped. */
  readonly available: boolean;
  open(options?: { migrate?: boolean }): Promise<OpenedStore>;
}

/** Small pools: parallel test files share one PostgreSQL with other users. */
const TEST_POOL_SIZE = 4;

export function testDrivers(postgres: PostgresAvailability): readonly TestDriver[] {
  const sqlite: TestDriver = {
    name: 'sqlite',
    available: true,
    async open({ migrate = true } = {}) {
      const dir = mkdtempSync(join(tmpdir(), 'clientele-test-'));
      const url = `sqlite://${join(dir, 'test.sqlite')}`;
      const store = await openStore(url);
      if (migrate) await store.migrate();
      return {
        store,
        url,
        async dispose() {
          await store.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  };
  const postgresDriver: TestDriver = {
    name: 'postgres',
    available: postgres.available,
    async open({ migrate = true } = {}) {
      const database = await throwawayDatabase(postgres.adminUrl);
      const store = await openStore(database.url, process.cwd(), { poolSize: TEST_POOL_SIZE });
      try {
        if (migrate) await store.migrate();
      } catch (error) {
        await store.close();
        await database.drop();
        throw error;
      }
      return {
        store,
        url: database.url,
        async dispose() {
          await store.close();
          await database.drop();
        },
      };
    },
  };
  return [sqlite, postgresDriver];
}

/**
 * A barrier a test controls, for interleavings forced rather than hoped for: the code under test
 * calls `hold()`, which resolves `reached` and waits until the test calls `release()`.
 */
export interface Gate {
  /** Resolves once the held code has got to the gate. */
  readonly reached: Promise<void>;
  /** Lets the held code go on. */
  release(): void;
  /** Called by the held code: waits at the gate until released. */
  hold(): Promise<void>;
}

export function gate(): Gate {
  let arrive!: () => void;
  let open!: () => void;
  const reached = new Promise<void>((resolve) => (arrive = resolve));
  const opened = new Promise<void>((resolve) => (open = resolve));
  return {
    reached,
    release: () => open(),
    hold: () => {
      arrive();
      return opened;
    },
  };
}

/** A statement the store's pg clients sent, and whether it began a round trip. */
export interface SentStatement {
  readonly text: string;
  /**
   * False when it was sent while an earlier statement on the same connection was still unanswered
   * (pipelined): it waits for no answer of its own, so it shares that round trip.
   */
  readonly roundTrip: boolean;
}

/**
 * Records every statement the store's pg clients send from now on, until `stop`: what a request
 * costs on PostgreSQL, in statements and in round trips, the same on any machine.
 */
export function recordStatements() {
  type Query = (this: object, ...args: unknown[]) => unknown;
  const client = pg.Client.prototype as unknown as { query: Query };
  const sent: SentStatement[] = [];
  /** Statements sent on each connection and not yet answered. */
  const unanswered = new WeakMap<object, number>();
  const original = client.query;
  client.query = function (this: object, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    const waiting = unanswered.get(this) ?? 0;
    sent.push({ text: typeof first === 'string' ? first : (first?.text ?? String(first)), roundTrip: waiting === 0 });
    unanswered.set(this, waiting + 1);
    const answered = () => void unanswered.set(this, unanswered.get(this)! - 1);
    const result = original.apply(this, args);
    if (result instanceof Promise) result.then(answered, answered);
    else answered();
    return result;
  };
  return {
    sent,
    roundTrips: () => sent.filter((statement) => statement.roundTrip).length,
    stop: () => void (client.query = original),
  };
}

/**
 * The store as `wrap` changes each document read of the collections it names (all without a set): every read a
 * handler makes (get, several, by unique value, both kinds of page) passes through it.
 */
export function rereading(store: Store, collections: ReadonlySet<string> | undefined, wrap: (doc: StoredDocument<unknown>) => StoredDocument<unknown>): Store {
  const each = <D extends StoredDocument<unknown> | undefined>(doc: D) => (doc === undefined ? doc : wrap(doc)) as D;
  const reading = (collection: Collection<unknown>): Collection<unknown> => ({
    ...collection,
    get: async (scope, id) => each(await collection.get(scope, id)),
    getMany: async (scope, ids) => (await collection.getMany(scope, ids)).map(each),
    findUnique: async (scope, name, value) => each(await collection.findUnique(scope, name, value)),
    page: async (scope, query) => {
      const page = await collection.page(scope, query);
      return { ...page, items: page.items.map(each) };
    },
    cursorPage: async (scope, query) => {
      const page = await collection.cursorPage(scope, query);
      return { ...page, items: page.items.map(each) };
    },
  });
  return new Proxy(store, {
    get(target, key) {
      if (key === 'collection') return (name: string) => (!collections || collections.has(name) ? reading(target.collection(name)) : target.collection(name));
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** A document without its kept text: what the server sent before documents kept one. */
export const withoutShown = ({ id, tenantId, createdUs, data }: StoredDocument<unknown>): StoredDocument<unknown> => ({ id, tenantId, createdUs, data });
