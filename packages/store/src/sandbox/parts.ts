import type { Compilable, CompiledQuery, Transaction } from 'kysely';
import type { Context } from '../context.ts';
import type { Database } from '../schema.ts';
import type { CredentialCache } from '../tenants.ts';
import type { NewDocument, Scope } from '../types.ts';

export type Trx = Transaction<Database>;
export type InsertAll = (trx: Trx, collection: string, scope: Scope, docs: readonly NewDocument<unknown>[]) => Promise<void>;

/** Tables that hold a tenant's data (not its credentials): what a reset or an import replaces. */
const DATA_TABLES = ['documents', 'unique_values', 'counters', 'idempotency_keys', 'events', 'deliveries', 'delivery_attempts'] as const;

/**
 * What the sandbox's parts share: the database, how they read and write, and the rules every part
 * that touches a tenant's rows keeps. These are rare administrative operations (the request log
 * excepted, which writes in batches), so their queries are built when called rather than prepared.
 */
export function sandboxParts(ctx: Context, credentialCache: CredentialCache, insertAll: InsertAll) {
  const { db, guard } = ctx;
  // Built when called, or prepared (compiled once: the request log's appends).
  const compiled = <R>(query: Compilable<R> | CompiledQuery<R>) => ('compile' in query ? query.compile() : query);
  const all = <R>(query: Compilable<R> | CompiledQuery<R>) => ctx.read(compiled(query));
  const write = <R>(query: Compilable<R> | CompiledQuery<R>) => ctx.writeOne(compiled(query));
  // A transaction of its own, or, inside `atomically` (a write operation's handler), a savepoint of its transaction.
  const inTransaction = <R>(work: (trx: Trx) => Promise<R>) => guard(() => ctx.bulk(work));
  const run = <R>(trx: Trx, query: Compilable<R> | CompiledQuery<R>) => ctx.run(trx, compiled(query));
  /** Writes of the request log's own file, in a transaction apart from the data's (see `Driver.apart`); undefined where there is none. */
  const { apart: driverApart } = ctx.driver;
  const apart = driverApart && ((queries: readonly (Compilable<unknown> | CompiledQuery<unknown>)[]) => guard(() => driverApart(queries.map(compiled))));

  /**
   * Replacing or removing a tenant's data takes turns on its row: two resets of one tenant on
   * PostgreSQL would otherwise each delete what the other had not yet written and then insert the
   * same ids (a duplicate key, or a deadlock on the counters). False when the tenant is gone.
   */
  const takeTurn = async (trx: Trx, tenantId: string) =>
    (await run(trx, ctx.driver.sql.forNoKeyUpdate(db.selectFrom('tenants').select('id').where('id', '=', tenantId)))).length > 0;

  /**
   * Empties a table every instance writes: on PostgreSQL with the table locked against writers
   * first, so two clears (or a clear and the request log's pruning) never delete rows in crossing
   * orders (a deadlock, answered 503).
   */
  const emptyTable = (table: 'request_log' | 'fault_rules') =>
    inTransaction(async (trx) => {
      await ctx.driver.sql.lockTable?.(table).execute(trx);
      await run(trx, db.deleteFrom(table));
    });

  const clearData = async (trx: Trx, tenantId: string) => {
    for (const table of DATA_TABLES) await run(trx, db.deleteFrom(table).where('tenant_id', '=', tenantId));
  };

  return { db, dialect: ctx.driver.dialect, guard, all, write, inTransaction, run, apart, takeTurn, emptyTable, clearData, credentialCache, insertAll };
}

export type SandboxParts = ReturnType<typeof sandboxParts>;
