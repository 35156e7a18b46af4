import type { CompiledQuery } from 'kysely';

/** The first statement of a batch that failed (its place among the batch's, -1 for the commit), and why. */
export interface BatchFailure {
  readonly error: unknown;
  readonly index: number;
}

type Send = (queries: readonly CompiledQuery<unknown>[]) => Promise<BatchFailure | undefined>;

interface Waiting {
  readonly queries: readonly CompiledQuery<unknown>[];
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Shared commits for a database a round trip away (PostgreSQL): the held writes of every
 * `atomically` that ended while the previous group was committing go out together as one
 * transaction, so they share its commit (one WAL flush instead of one each), one group at a time.
 * In turn, the process's creates reach the database in the order they took their createdUs, so
 * none finds a newer one there before it. Each caller hears back only after the commit that made
 * its writes durable. When a caller's write fails, nothing of the group was written: that caller
 * hears the failure and the others go again without it. An `isUnavailable` error (the commit's
 * outcome unknown) reaches every caller of the group as it is.
 */
export function sharedCommits(send: Send, isUnavailable: (error: unknown) => boolean) {
  let waiting: Waiting[] = [];
  let committing = false;

  /**
   * Sends the group; a caller at fault hears its failure and the rest go again, together once,
   * then (a second caller at fault: several writes of one document, say) each alone, so a group
   * where many fail costs one round trip per caller, not one per caller for each caller.
   */
  async function commit(group: readonly Waiting[], together = 2): Promise<void> {
    if (!group.length) return;
    const failed = await send(group.flatMap((one) => one.queries));
    if (!failed) {
      for (const one of group) one.resolve();
      return;
    }
    const culprit = failed.index < 0 || isUnavailable(failed.error) ? -1 : callerOf(group, failed.index);
    if (culprit < 0) {
      for (const one of group) one.reject(failed.error);
      return;
    }
    group[culprit]!.reject(failed.error);
    const rest = group.filter((_, i) => i !== culprit);
    if (together > 1) return commit(rest, together - 1);
    for (const one of rest) await commit([one]);
  }

  async function drain() {
    committing = true;
    while (waiting.length) {
      const group = waiting;
      waiting = [];
      await commit(group).catch((error: unknown) => {
        for (const one of group) one.reject(error);
      });
    }
    committing = false;
  }

  return (queries: readonly CompiledQuery<unknown>[]) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ queries, resolve, reject });
      if (!committing) void drain();
    });
}

/** Which caller of the group the statement at `index` (of all its statements, in order) is one of. */
function callerOf(group: readonly Waiting[], index: number): number {
  let end = 0;
  return group.findIndex((one) => (end += one.queries.length) > index);
}
