import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { isPostgresUrl, openStore, sqlitePath, StoreUnavailable, UnsupportedDatabaseUrl, type PostgresOptions, type Store } from '@clientele/store';

/** A data folder where the command was typed (the repository root for `pnpm start`). */
export const DEFAULT_DB = 'sqlite://data/clientele.sqlite';
export const DEFAULT_PORT = 4010;

/** What a command reads and where it writes: the process's own, or a test's when run in-process. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
}

export const processIo: Io = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  env: process.env,
};

/** Relative `--db` paths are relative to where the command was typed (pnpm runs scripts elsewhere). */
export const invocationDir = (env: NodeJS.ProcessEnv = process.env) => env.INIT_CWD ?? process.cwd();

/** The command was typed wrong: one line, then the usage; exit code 2. */
export class UsageError extends Error {}

/** The command was right but the machine is not ready for it (a port taken, a database out of reach): one line; exit code 1. */
export class StartupError extends Error {}

type Options = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;
export type Values = Record<string, string | boolean | string[] | undefined>;

/** parseArgs' mistakes in a few words: its own messages advise `--` and span lines. */
function usageProblem(error: Error & { code?: string }): UsageError {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  const option = quoted.split(' ')[0];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`unknown option ${quoted}`);
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return new UsageError(`unexpected argument "${quoted}"`);
  if (/does not take an argument/.test(error.message)) return new UsageError(`${option} takes no value`);
  if (/ambiguous/.test(error.message)) return new UsageError(`${option} needs a value (one starting with "-" is written ${option}=-…)`);
  if (/argument missing/.test(error.message)) return new UsageError(`${option} needs a value`);
  return new UsageError(error.message.split('\n')[0]!);
}

/**
 * Strict parsing: an unknown option or a stray argument is a UsageError, never ignored. A leading
 * `--` is dropped: `pnpm start -- --port 4011` passes it through to the command. `--help` is
 * always known. Positionals are refused unless `positionals` is set.
 */
export function parseCommandLine(argv: readonly string[], options: Options, { positionals = false } = {}): { values: Values; positionals: string[] } {
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  try {
    const parsed = parseArgs({ args, allowPositionals: positionals, strict: true, options: { help: { type: 'boolean', short: 'h' }, ...options } });
    return { values: parsed.values as Values, positionals: parsed.positionals };
  } catch (error) {
    if (String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS_')) throw usageProblem(error as Error);
    throw error;
  }
}

/** An option's value with where it came from, for messages: the flag, else the environment variable, else the default. */
export function setting(values: Values, flag: string, env: NodeJS.ProcessEnv, variable: string, fallback: string) {
  const given = values[flag];
  if (typeof given === 'string') return { value: given, source: `--${flag}` };
  const fromEnv = env[variable];
  if (fromEnv !== undefined && fromEnv !== '') return { value: fromEnv, source: variable };
  return { value: fallback, source: `--${flag}` };
}

export function parsePort({ value, source }: { value: string; source: string }): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port <= 65535)) throw new UsageError(`${source} must be a port number from 0 to 65535, not "${value}"`);
  return port;
}

/** Where a `--db` value points; refused (UsageError) unless it is SQLite's or PostgreSQL's. */
export type Database = { readonly url: string; readonly source: string } & ({ readonly dialect: 'postgres' } | { readonly dialect: 'sqlite'; readonly path: string });

export function parseDatabase({ value, source }: { value: string; source: string }, baseDir: string): Database {
  if (isPostgresUrl(value)) {
    if (!URL.canParse(value)) throw new UsageError(`${source} is not a valid PostgreSQL URL (postgres://USER@HOST:PORT/DATABASE)`);
    return { url: value, source, dialect: 'postgres' };
  }
  try {
    return { url: value, source, dialect: 'sqlite', path: sqlitePath(value, baseDir) };
  } catch (error) {
    if (error instanceof UnsupportedDatabaseUrl) throw new UsageError(`${source}: ${error.message}`);
    throw error;
  }
}

/** `--db`, else DATABASE_URL, else the default data file; relative paths from where the command was typed. */
export const databaseOption = (values: Values, env: NodeJS.ProcessEnv) => parseDatabase(setting(values, 'db', env, 'DATABASE_URL', DEFAULT_DB), invocationDir(env));

const codeOf = (error: unknown) => String((error as { code?: unknown })?.code ?? '');
const firstLine = (error: unknown) => String((error as Error)?.message ?? error).split('\n')[0]!;

/** Where PostgreSQL was looked for, without credentials. */
function postgresPlace(url: string) {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}

/**
 * What went wrong opening or preparing the database, as one line saying what to do; undefined for
 * an error that is not about the database's surroundings (a bug, to be reported as it is).
 */
export function databaseProblem(error: unknown, db: Database): StartupError | undefined {
  if (error instanceof StartupError) return error;
  const code = codeOf(error);
  const message = firstLine(error);
  const other = `or pass another ${db.source}`;
  if (db.dialect === 'sqlite') {
    const { path } = db;
    const folder = dirname(path);
    if (code === 'EACCES' || code === 'EPERM') return new StartupError(`cannot create the data folder ${folder}: permission denied; make its parent writable ${other}`);
    if (code === 'EROFS') return new StartupError(`cannot create the data folder ${folder}: the file system is read-only; pass another ${db.source}`);
    if (code === 'ENOTDIR' || code === 'EEXIST') return new StartupError(`cannot create the data folder ${folder}: a file is in the way; pass another ${db.source}`);
    if (code.startsWith('SQLITE_READONLY') || /readonly database/i.test(message)) return readOnly(db);
    if (code.startsWith('SQLITE_CANTOPEN') || /unable to open database/i.test(message)) {
      return new StartupError(`cannot open the database file ${path}: check that it and its folder are writable ${other}`);
    }
    if (code === 'SQLITE_NOTADB' || /not a database/i.test(message)) return new StartupError(`${path} is not a SQLite database: pass another ${db.source}`);
    if (code.startsWith('SQLITE_')) return new StartupError(`cannot use the database file ${path} (${message}): check it ${other}`);
    return undefined;
  }
  const place = postgresPlace(db.url);
  if (code === '3D000') {
    const { hostname, port, username, pathname } = new URL(db.url);
    const createdb = `createdb -h ${hostname} -p ${port || 5432}${username ? ` -U ${decodeURIComponent(username)}` : ''} ${decodeURIComponent(pathname.slice(1))}`;
    return new StartupError(`PostgreSQL at ${place} has no such database: create it (${createdb}) ${other}`);
  }
  if (code === '28P01' || code === '28000') return new StartupError(`PostgreSQL at ${place} refused the credentials (${message}): fix the user or password in ${db.source}`);
  if (error instanceof StoreUnavailable || /^(E[A-Z]+|08...|57P0.)$/.test(code)) {
    return new StartupError(`cannot reach PostgreSQL at ${place} (${message || code}): start it ${other}`);
  }
  if (/^[0-9A-Z]{5}$/.test(code)) return new StartupError(`PostgreSQL at ${place} refused to prepare the database (${message}): check ${db.source}`);
  return undefined;
}

/**
 * SQLite opens a file it may not write read-only and says so only at the first write, and WAL
 * writes beside the file: both are refused up front instead. (A folder still to be made is made by
 * the driver, whose error says what is wrong.)
 */
function assertWritable(db: Database) {
  if (db.dialect !== 'sqlite' || db.path === ':memory:') return;
  const folder = dirname(db.path);
  const writable = (path: string) => {
    try {
      accessSync(path, constants.W_OK);
      return true;
    } catch (error) {
      // Only a refusal counts here; a path that is missing or runs through a file is the driver's to report.
      return !['EACCES', 'EPERM', 'EROFS'].includes((error as { code?: string }).code ?? '');
    }
  };
  if (!writable(db.path)) throw readOnly(db);
  if (!writable(folder)) throw new StartupError(`the data folder ${folder} is not writable: make it writable or pass another ${db.source}`);
}

const readOnly = (db: Database & { dialect: 'sqlite' }) => new StartupError(`the database file ${db.path} is read-only: make it writable or pass another ${db.source}`);

/** Opens and migrates the store `db` names; StartupError, saying what to do, when its surroundings are not right. */
export async function openDatabase(db: Database, options: PostgresOptions = {}): Promise<Store> {
  let store: Store | undefined;
  try {
    assertWritable(db);
    store = await openStore(db.dialect === 'sqlite' ? db.path : db.url, undefined, options);
    await store.migrate();
    return store;
  } catch (error) {
    await store?.close().catch(() => {});
    throw databaseProblem(error, db) ?? error;
  }
}

/**
 * Runs a command: its exit code, with each mistake reported as one line (usage mistakes followed by
 * the usage). Anything else is a bug and is thrown as it is.
 */
export async function runCommand(io: Io, usage: string, work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${usage}`);
      return 2;
    }
    if (error instanceof StartupError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}

export { isEntry } from './entry.ts';
