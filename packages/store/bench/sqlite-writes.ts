/**
 * What a write costs on SQLite through the store, in CPU time per work (this process's: the store
 * runs in it, so the machine's load moves the figure less than a rate): 50 callers at once (the
 * group commit shares commits as under a server's load), each work in `atomically` as a request's
 * handler runs it, over a collection preloaded with `--preload` documents of random ids. With
 * `--callers 1`, one work at a time as a test suite's requests come: each work's latency (p50, p99,
 * the longest) shows the commits that waited for a checkpoint.
 *
 *   pnpm --filter @clientele/store bench:sqlite-writes [--preload 20000] [--works 6000] [--rounds 2] [--callers 50]
 *
 * Works: a create with its outbox event (Balanced's shape: a unique email, kept text, ~1.2 KB of
 * data), and three writes (Ping++'s create with a token: the token used up, a card in a scope of
 * its own with a unique fingerprint, the customer).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openSqlite } from '../src/index.ts';

const { values } = parseArgs({
  options: {
    preload: { type: 'string', default: '20000' },
    works: { type: 'string', default: '6000' },
    rounds: { type: 'string', default: '2' },
    callers: { type: 'string', default: '50' },
  },
});
const preload = Number(values.preload);
const works = Number(values.works);
const callers = Number(values.callers);
const randomId = (prefix: string) => prefix + randomBytes(12).toString('base64url');

const dir = mkdtempSync(join(tmpdir(), 'clientele-writes-'));
const store = openSqlite(join(dir, 'writes.sqlite'));
const t1 = { tenantId: 't1' };
const filler = 'x'.repeat(1200);
const customer = (i: number) => ({ name: `Customer ${i}`, email: `c${i}-${randomId('')}@example.org`, filler });
interface Token {
  readonly used: boolean;
  readonly fingerprint: string;
}
const customers = store.collection<ReturnType<typeof customer>>('w.customers');
const tokens = store.collection<Token>('w.tokens');
const cards = store.collection<{ fingerprint: string }>('w.cards');
try {
  await store.migrate();
  await store.tenants.create({ id: 't1', api: 'w', name: 'one' });
  let us = Date.now() * 1000;
  const tokenIds: string[] = [];
  for (let from = 0; from < preload; from += 1000) {
    await customers.insertMany(
      t1,
      Array.from({ length: 1000 }, (_, k) => {
        const data = customer(from + k);
        return { id: randomId('CU'), createdUs: us++, data, unique: { email: data.email }, shown: JSON.stringify(data) };
      }),
    );
  }
  // A token for each three-writes work of every round.
  for (let from = 0; from < works * Number(values.rounds); from += 1000) {
    const batch = Array.from({ length: 1000 }, () => ({ id: randomId('tok_'), createdUs: us++, data: { used: false, fingerprint: randomId('fp') }, unique: { sms: randomId('sms_') } }));
    tokenIds.push(...batch.map((token) => token.id));
    await tokens.insertMany(t1, batch);
  }
  await store.analyze();

  let token = 0;
  const kinds: Record<string, (i: number) => Promise<unknown>> = {
    'create with its event': (i) =>
      store.atomically(async () => {
        const data = customer(i);
        const id = randomId('CU');
        await customers.insert(t1, { id, createdUs: Date.now() * 1000, data, unique: { email: data.email }, shown: JSON.stringify(data) });
        const body = { id, filler: filler.slice(0, 600) };
        await store.outbox.append([{ api: 'w', tenantId: 't1', id: randomId('EV'), topic: 'customer.created', resourceId: id, createdUs: Date.now() * 1000, body, endpoints: 'w.callbacks' }]);
      }),
    'three writes': (i) =>
      store.atomically(async () => {
        const used = await tokens.update(t1, tokenIds[token++]!, (current) => ({ data: { ...current, used: true } }));
        const id = randomId('cus_');
        const { fingerprint } = used!.data;
        const card = await cards.insert({ tenantId: 't1', parentId: id }, { id: randomId('card_'), createdUs: Date.now() * 1000, data: { fingerprint }, unique: { fingerprint } });
        const data = { ...customer(i), card: card.id };
        await customers.insert(t1, { id, createdUs: Date.now() * 1000, data, shown: JSON.stringify(data) });
      }),
  };
  console.log(`${works} works per round from ${callers} callers, ${preload} documents preloaded`);
  for (let round = 1; round <= Number(values.rounds); round++) {
    for (const [name, work] of Object.entries(kinds)) {
      let next = 0;
      const cpu = process.cpuUsage();
      const started = performance.now();
      const latencies: number[] = [];
      await Promise.all(
        Array.from({ length: callers }, async () => {
          while (next < works) {
            const begun = performance.now();
            await work(next++);
            latencies.push(performance.now() - begun);
          }
        }),
      );
      const { user, system } = process.cpuUsage(cpu);
      const wallUs = ((performance.now() - started) * 1000) / works;
      const sorted = latencies.sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.ceil(q * sorted.length) - 1]!.toFixed(2);
      const latency = `latency ms p50 ${at(0.5)} p99 ${at(0.99)} longest ${at(1)}, over 2 ms: ${sorted.filter((ms) => ms > 2).length}`;
      console.log(`round ${round}  ${name.padEnd(22)} CPU ${((user + system) / works).toFixed(1).padStart(6)} µs per work (system ${(system / works).toFixed(1)})   wall ${wallUs.toFixed(1)} µs   ${latency}`);
    }
  }
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
