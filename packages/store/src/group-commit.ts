import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema.ts';

type Work<R> = (trx: Transaction<Database>) => Promise<R>;
type Run = (trx: Transaction<Database>, query: CompiledQuery) => Promise<unknown>;

interface Job {
  readonly work: Work<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

const SAVEPOINT = CompiledQuery.raw('savepoint job');
const RELEASE = CompiledQuery.raw('release job');
const ROLLBACK = CompiledQuery.raw('rollback to job');

/**
 * Group commit for a database with one writer (SQLite): write transactions that arrive in the same
 * turn of the event loop (or while a batch is committing) run together in one transaction, each inside its own savepoint so
 * a failure (a unique value taken) undoes only its own work. Every caller hears back only after the
 * commit that made its work durable. A commit costs far more than a small write, so under load
 * most of it is shared.
 */
export function groupCommit(db: Kysely<Database>, run: Run) {
  let waiting: Job[] = [];
  let running = false;
  let scheduled = false;

  async function drain() {
    while (waiting.length) {
      const batch = waiting;
      waiting = [];
      const outcomes: (() => void)[] = [];
      try {
        await db.transaction().execute(async (trx) => {
          for (const job of batch) {
            await run(trx, SAVEPOINT);
            try {
              const value = await job.work(trx);
              await run(trx, RELEASE);
              outcomes.push(() => job.resolve(value));
            } catch (error) {
              await run(trx, ROLLBACK);
              await run(trx, RELEASE);
              outcomes.push(() => job.reject(error));
            }
          }
        });
        for (const settle of outcomes) settle();
      } catch (error) {
        // The commit itself failed: nothing in the batch was written.
        for (const job of batch) job.reject(error);
      }
    }
  }

  /** Commits what is waiting now, unless a batch is already committing (it takes the rest). */
  function flush() {
    if (running || !waiting.length) return;
    running = true;
    void drain().finally(() => (running = false));
  }

  return {
    write: <R>(work: Work<R>): Promise<R> =>
      new Promise<R>((resolve, reject) => {
        waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
        if (scheduled) return;
        scheduled = true;
        // After this turn's I/O, so every request that arrived with this one joins the batch.
        setImmediate(() => {
          scheduled = false;
          flush();
        });
      }),
    /**
     * Reads flush waiting writes first: code that awaits reads in a loop until a write lands would
     * otherwise never reach the turn of the event loop that commits it.
     */
    flush,
  };
}
