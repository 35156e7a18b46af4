import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

const require = createRequire(import.meta.url);

/** The better-sqlite3 release that works on a Node.js major version. */
const betterSqlite3For = (major: number) => (major >= 22 ? 'better-sqlite3-napi' : 'better-sqlite3');

/**
 * better-sqlite3 for the Node.js running. From Node 22 on, release 13 (`better-sqlite3-napi`, built
 * on Node-API, prebuilt binaries in the package): release 12 aborts Node 24 when the garbage
 * collector finalizes a statement (`Assertion failed: (env) != nullptr`). On Node 20, release 12:
 * 13 requires Node 22 and crashes when loaded on 20. Both have the same API.
 */
const driver = betterSqlite3For(Number(process.versions.node.split('.')[0]));
export const SQLite: typeof BetterSqlite3 = require(driver);
/** Where it is, for a thread that opens a connection of its own (checkpoints.ts). */
export const betterSqlite3Path = require.resolve(driver);
export type SQLiteDatabase = BetterSqlite3.Database;
export type SQLiteStatement = BetterSqlite3.Statement;
