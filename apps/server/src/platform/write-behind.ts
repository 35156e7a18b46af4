/**
 * A write-behind queue: what the request path records is written later, in batches, one write at a
 * time, off the request's path. When the store writes slower than items arrive (PostgreSQL under a
 * flood), items wait in one bounded list (the oldest dropped past `maxPending`) rather than in a
 * chain of batches that grows without bound.
 */
export interface WriteBehindOptions {
  /** Items waiting, at most: past it the oldest are dropped (the store is slow or unreachable). */
  readonly maxPending: number;
  /** Items per write. */
  readonly batchSize: number;
  /**
   * Items per write while more than `batchSize` wait (a backlog), at most: a write that costs round
   * trips to a store costs as many for more items, so a backlog is written in fewer, larger writes.
   * Default `batchSize`.
   */
  readonly backlogBatchSize?: number;
  /** How long the first item waits for others before a write starts (a full batch starts at once); 0: the end of the current turn of the event loop. */
  readonly delayMs?: number;
  /** A write that failed: its items are gone; the queue goes on with the next. */
  readonly onError: (error: unknown) => void;
}

export function writeBehind<T>(write: (batch: T[]) => Promise<void>, { maxPending, batchSize, backlogBatchSize = batchSize, delayMs = 0, onError }: WriteBehindOptions) {
  let pending: T[] = [];
  let dropped = 0;
  /** The newest write, under way or waiting for the one before it. */
  let flushing: Promise<void> = Promise.resolve();
  /** Whether `flushing` has yet to take its items: it will take whatever is pending by then. */
  let waiting = false;
  let scheduled = false;
  /** The delay's timer, while the items wait for others. */
  let timer: NodeJS.Timeout | undefined;

  /** Writes what is waiting (and waits for writes under way); later items go with the next flush. */
  function flush(): Promise<void> {
    scheduled = false;
    clearTimeout(timer);
    timer = undefined;
    if (waiting) return flushing;
    waiting = true;
    flushing = flushing.then(async () => {
      waiting = false;
      // Taken a batch at a time, so what waits stays in the one bounded list; requests go on
      // between batches (a write runs in one turn of the event loop: a long one held every request).
      // Behind a backlog, larger batches: the writer spreads their making over turns itself.
      for (let left = pending.length; left > 0 && pending.length > 0; ) {
        const batch = pending.splice(0, Math.min(pending.length > batchSize ? backlogBatchSize : batchSize, left));
        left -= batch.length;
        await write(batch).catch(onError);
        if (left > 0) await new Promise((resolve) => setImmediate(resolve));
      }
    });
    return flushing;
  }

  return {
    /** Queues an item; the write starts after `delayMs`, or once the current turn of the event loop is done. */
    push(item: T): void {
      pending.push(item);
      if (pending.length > maxPending) dropped += pending.splice(0, pending.length - maxPending).length;
      const full = pending.length >= batchSize;
      if (scheduled && !(timer && full)) return;
      clearTimeout(timer);
      timer = undefined;
      scheduled = true;
      if (delayMs > 0 && !full) timer = setTimeout(flush, delayMs).unref();
      else setImmediate(flush);
    },
    flush,
    /** Items waiting to be written. */
    get pending(): number {
      return pending.length;
    },
    /** Items dropped so far, the oldest waiting past `maxPending`. */
    get dropped(): number {
      return dropped;
    },
  };
}
