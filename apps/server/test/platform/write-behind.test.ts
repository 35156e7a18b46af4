import { describe, expect, it, vi } from 'vitest';
import { writeBehind } from '../../src/platform/write-behind.ts';

/** A write the test holds until it says so, recording each batch it was given. */
function heldWrites() {
  const batches: number[][] = [];
  const releases: (() => void)[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const write = async (batch: number[]) => {
    batches.push(batch);
    inFlight++;
    mostInFlight = Math.max(mostInFlight, inFlight);
    await new Promise<void>((resolve) => releases.push(resolve));
    inFlight--;
  };
  const releaseAll = async () => {
    // Each release lets the next write start; keep releasing until none is waiting.
    while (releases.length) {
      releases.shift()!();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { write, batches, releaseAll, mostInFlight: () => mostInFlight, waiting: () => releases.length };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('the write-behind queue', () => {
  it('writes what was pushed in one turn as one write, after the turn, in order', async () => {
    const held = heldWrites();
    const queue = writeBehind(held.write, { maxPending: 100, batchSize: 10, onError: () => {} });
    for (let i = 0; i < 5; i++) queue.push(i);
    expect(held.batches).toEqual([]);
    await turn();
    expect(held.batches).toEqual([[0, 1, 2, 3, 4]]);
    const flushed = queue.flush();
    await held.releaseAll();
    await flushed;
    expect(queue.pending).toBe(0);
  });

  it('writes one batch a turn: other work runs between batches, and what waits stays in the bounded list', async () => {
    const order: string[] = [];
    const queue = writeBehind(async (batch: number[]) => void order.push(`write ${batch.join(',')}`), { maxPending: 100, batchSize: 2, onError: () => {} });
    for (let i = 0; i < 5; i++) queue.push(i);
    setImmediate(() => order.push(`other work, ${queue.pending} waiting`));
    await queue.flush();
    expect(order).toEqual(['write 0,1', 'other work, 3 waiting', 'write 2,3', 'write 4']);
  });

  it('with a delay, items wait that long for others (the test moves the timer), and a full batch goes at once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const batches: number[][] = [];
      const queue = writeBehind(async (batch: number[]) => void batches.push(batch), { maxPending: 100, batchSize: 3, delayMs: 50, onError: () => {} });
      queue.push(0);
      await turn();
      queue.push(1);
      vi.advanceTimersByTime(49);
      await turn();
      expect(batches).toEqual([]);
      vi.advanceTimersByTime(1);
      await turn();
      expect(batches).toEqual([[0, 1]]);
      for (let i = 2; i < 5; i++) queue.push(i);
      await turn();
      expect(batches).toEqual([[0, 1], [2, 3, 4]]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('splits what is waiting into batches of batchSize', async () => {
    const batches: number[][] = [];
    const queue = writeBehind(async (batch: number[]) => void batches.push(batch), { maxPending: 100, batchSize: 2, onError: () => {} });
    for (let i = 0; i < 5; i++) queue.push(i);
    await queue.flush();
    expect(batches).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('runs one write at a time; what arrives meanwhile waits in one bounded list, the oldest dropped (and counted)', async () => {
    const held = heldWrites();
    const queue = writeBehind(held.write, { maxPending: 3, batchSize: 100, onError: () => {} });
    queue.push(0);
    await turn();
    expect(held.batches).toEqual([[0]]);
    // The first write is held: everything after it waits, bounded.
    for (let i = 1; i <= 10; i++) {
      queue.push(i);
      await turn();
    }
    expect(held.batches).toHaveLength(1);
    expect([queue.pending, queue.dropped]).toEqual([3, 7]);
    const flushed = queue.flush();
    await held.releaseAll();
    await flushed;
    expect(held.batches).toEqual([[0], [8, 9, 10]]);
    expect(held.mostInFlight()).toBe(1);
  });

  it('behind a backlog (more than batchSize waiting), a write takes up to backlogBatchSize; nothing that fit in maxPending is dropped', async () => {
    const held = heldWrites();
    const queue = writeBehind(held.write, { maxPending: 200, batchSize: 10, backlogBatchSize: 64, onError: () => {} });
    queue.push(0);
    await turn();
    expect(held.batches).toEqual([[0]]);
    // The first write is held: 150 wait behind it.
    for (let i = 1; i <= 150; i++) queue.push(i);
    let flushed = false;
    void queue.flush().then(() => (flushed = true));
    while (!flushed) {
      await held.releaseAll();
      await turn();
    }
    expect(held.batches.map((batch) => batch.length)).toEqual([1, 64, 64, 22]);
    expect(held.batches.flat()).toEqual(Array.from({ length: 151 }, (_, i) => i));
    expect(queue.dropped).toBe(0);
    // No backlog: a batch at a time again.
    for (let i = 0; i < 10; i++) queue.push(i);
    await turn();
    expect(held.batches.at(-1)).toHaveLength(10);
  });

  it('a failed write is reported and the queue goes on', async () => {
    const errors: unknown[] = [];
    const written: number[][] = [];
    let calls = 0;
    const queue = writeBehind(
      async (batch: number[]) => {
        if (calls++ === 0) throw new Error('store away');
        written.push(batch);
      },
      { maxPending: 100, batchSize: 100, onError: (error) => errors.push(error) },
    );
    queue.push(1);
    await queue.flush();
    queue.push(2);
    await queue.flush();
    expect(errors).toHaveLength(1);
    expect(written).toEqual([[2]]);
  });

  it('flush waits for a write under way and for what was pending when it was called', async () => {
    const held = heldWrites();
    const queue = writeBehind(held.write, { maxPending: 100, batchSize: 100, onError: () => {} });
    queue.push(1);
    await turn();
    queue.push(2);
    let done = false;
    const flushed = queue.flush().then(() => (done = true));
    await turn();
    expect(done).toBe(false);
    await held.releaseAll();
    await flushed;
    expect(held.batches).toEqual([[1], [2]]);
  });
});
