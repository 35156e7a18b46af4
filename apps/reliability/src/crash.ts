// pnpm crash: crash consistency under write load. Writers create and update resources of every
// registered API and record every write the server acknowledged; the server is killed (SIGKILL) at
// random moments and started again on the same database, cycle after cycle. Nothing acknowledged
// may be lost, no unique value held twice, an idempotent create retried across a crash must make
// exactly one resource, and the server must start cleanly every time. Every cycle must see writes
// acknowledged to every API (a server that refuses them all tests nothing), and every answer is
// judged: a write is acknowledged (a success its operation documents), or it is a create retried
// across a crash and refused because its first attempt landed (409 for a value held once; 400 where
// the create consumed a single-use token, Ping++'s); anything else (a 5xx, a 400), or no answer
// while the server was up, fails the run. The outbox too (outbox.ts): each acknowledged write that
// raises an event has exactly one, every event reaches a receiver registered through the API, and
// no attempt of a delivery is made twice; checked at every restart and, deliveries settled, at the end.
import { parseArgs } from 'node:util';
import { SQLite as Database } from '@clientele/store/sqlite';
import { serverApis } from '@clientele/server/apis';
import { itemsOf, systemClock, walkList } from '@clientele/server/platform';
import { deliveryLeaseMs } from '@clientele/server/webhooks';
import { addFaults, parseFaults, runAdminToken } from './admin.ts';
import { answerTally, documentedSuccess } from './answers.ts';
import { jsonOf } from './http.ts';
import { followOutbox, type OutboxFigures } from './outbox.ts';
import { seeded, type Random } from './random.ts';
import type { NamedOperation } from '@clientele/server/platform';
import { BROKEN_SERVER, buildServer, freshDatabase, startTarget, storeOf, type DriverName } from './target.ts';
import { buildWorld, type ApiWorld } from './world.ts';
import { writesOf, type Writes } from './writes.ts';

const { values } = parseArgs({
  options: {
    cycles: { type: 'string', default: '20' },
    db: { type: 'string', default: 'both' },
    writers: { type: 'string', default: '4' },
    seed: { type: 'string', default: '1' },
    /** Acknowledged writes each API must see in each cycle. */
    'min-writes': { type: 'string', default: '3' },
    /** How long a cycle may wait for them before it fails. */
    'cycle-limit': { type: 'string', default: '30' },
    /** A server broken on purpose (see admin.ts): `--fault create={"status":500}`. */
    fault: { type: 'string', multiple: true },
    /** Runs the server broken on purpose that loses every other write (apps/reliability/src/broken-server.ts). */
    'lose-writes': { type: 'boolean', default: false },
    /** The same server, keeping every write but not every other write's events (apps/reliability/src/broken-server.ts). */
    'lose-events': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
  },
});
const cycles = values.quick ? 3 : Number(values.cycles);
const writersPerApi = Number(values.writers);
const drivers: DriverName[] = values.db === 'both' ? ['sqlite', 'postgres'] : [values.db as DriverName];
const minWrites = Number(values['min-writes']);
const cycleLimitMs = Number(values['cycle-limit']) * 1000;
const faults = parseFaults(values.fault);
/** The refusals a create retried across a crash may get when its first attempt landed: a duplicate; a token already used. */
const DUPLICATE = 409;
const TOKEN_USED = 400;

/** A resource a writer made, and what it should read as. */
interface Made {
  readonly id: string;
  /** The writer that made it: only it updates it, one write at a time, so its last acknowledged write is the one to find. */
  readonly writer: number;
  /** The values of its last acknowledged write, where writes carry them: one of them at least shows. */
  latest?: readonly string[];
  /** Those of later writes sent but never answered (the server died): any of them may have landed. */
  inDoubt?: readonly string[];
  /** Made by a create that was retried across a crash: never updated, so it can be counted by its own value. */
  readonly retried: boolean;
  /** Updates acknowledged, and updates that got no answer (any may have landed): the events they raise. */
  updates: number;
  updatesInDoubt: number;
}

/** One API's writers and what they saw. */
interface Ledger {
  readonly world: ApiWorld;
  readonly writes: Writes;
  readonly made: Made[];
  /** Create values whose create was retried across a crash (with its key, where the API takes one). */
  readonly retriedCreates: { markers?: readonly string[]; idempotent: boolean; refused: boolean }[];
  /** What a create retried across a crash may be refused with, its first attempt having landed. */
  readonly retryRefusals: readonly number[];
  acknowledged: number;
  /** Acknowledged since the last restart. */
  cycleAcknowledged: number;
}

interface Figures {
  driver: DriverName;
  cycles: number;
  acknowledged: number;
  lost: string[];
  duplicates: string[];
  retried: number;
  retriedWrong: string[];
  restarts: number;
  failedRestarts: string[];
  integrity: string;
  /** Cycles in which an API saw fewer than the minimum of acknowledged writes. */
  thinCycles: string[];
  /** Requests that got no answer while the server was not being killed. */
  unanswered: string[];
  answers: ReturnType<typeof answerTally>;
  /** The outbox at the end, and what any check (at a restart or at the end) found wrong, each once. */
  outbox?: OutboxFigures;
  outboxProblems: string[];
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

console.log(`clientele crash: ${cycles} kill -9 cycles per database (${drivers.join(', ')}), ${writersPerApi} writers per API`);
buildServer();
const figures: Figures[] = [];
for (const driver of drivers) figures.push(await crashRun(driver));
report();

async function crashRun(driver: DriverName): Promise<Figures> {
  const database = await freshDatabase(driver);
  const token = runAdminToken();
  const broken = values['lose-writes'] || values['lose-events'];
  const target = await startTarget(database.url, ['--admin-token', token, ...(values['lose-events'] ? ['--lose-events'] : [])], broken ? BROKEN_SERVER : undefined);
  const store = await storeOf(database.url);
  const random = seeded(Number(values.seed));
  const result: Figures = { driver, cycles: 0, acknowledged: 0, lost: [], duplicates: [], retried: 0, retriedWrong: [], restarts: 0, failedRestarts: [], integrity: 'not checked', thinCycles: [], unanswered: [], answers: answerTally(), outboxProblems: [] };
  const ledgers: Ledger[] = [];
  for (const api of serverApis) {
    const world = await buildWorld(api, store, target.origin, { samples: 2 });
    const prepared = api.samples.prepareCreates ? await api.samples.prepareCreates(store, world.owner.tenant, 5_000, systemClock) : [];
    const writes = writesOf(world, prepared);
    if (!writes) continue;
    const retryRefusals = api.samples.prepareCreates ? [DUPLICATE, TOKEN_USED] : [DUPLICATE];
    ledgers.push({ world, writes, made: [], retriedCreates: [], retryRefusals, acknowledged: 0, cycleAcknowledged: 0 });
    await addFaults(target.origin, token, api.definition.name, writes, faults);
  }
  // A receiver registered before any write, with every API that has events.
  const leaseMs = deliveryLeaseMs(serverApis.flatMap((api) => (api.events ? [api.events] : [])));
  const outbox = await followOutbox(
    ledgers.map((l) => l.world),
    () => target.origin,
    token,
    leaseMs,
  );
  const followed = await outbox.subscribe();
  const writtenOf = (world: ApiWorld) => ledgers.find((l) => l.world === world)!.made;
  /** Runs an outbox check, keeping each problem it finds once (with the cycle that first found it). */
  const checkOutbox = async (when: string, since: number, settled = false) => {
    const figures = await outbox.check(writtenOf, since, settled);
    const known = new Set(result.outboxProblems.map((p) => p.slice(p.indexOf(': ') + 2)));
    for (const problem of figures.problems) if (!known.has(problem)) result.outboxProblems.push(`${when}: ${problem}`);
    return figures;
  };

  // The server's availability: writers wait here while it is down. Each kill starts a new epoch: a
  // request that gets no answer within the epoch it was sent in was not cut off by a kill.
  let up: Promise<void> = Promise.resolve();
  let epoch = 0;
  let stopping = false;
  const writers = ledgers.flatMap((ledger, a) => Array.from({ length: writersPerApi }, (_, w) => writer(ledger, a * 100 + w, random.fork())));

  /** One request with the owner's credentials; undefined when no answer came (the server died with it). */
  async function send(ledger: Ledger, op: NamedOperation, path: string, body: unknown, key?: string) {
    // Read before waiting: a writer that passed a wait just before a kill resumes after it, in the new epoch.
    const sentIn = epoch;
    await up;
    try {
      const headers: Record<string, string> = { ...ledger.world.owner.headers, 'content-type': ledger.writes.contentType(op) };
      if (key) headers['idempotency-key'] = key;
      const response = await fetch(`${target.origin}${path}`, { method: op.op.method, headers, body: JSON.stringify(body), signal: AbortSignal.timeout(15_000) });
      const text = await response.text();
      return { status: response.status, headers: response.headers, json: jsonOf(text), text };
    } catch (error) {
      if (sentIn === epoch) result.unanswered.push(`no answer while the server was up: ${ledger.world.name} ${op.id}: ${(error as Error).message} (${String((error as Error).cause ?? '')})`);
      return undefined;
    }
  }

  /** Counts an answer to a write, judged: a success `op` documents, or a refusal a retried create may get; true when acknowledged. */
  function judge(ledger: Ledger, op: NamedOperation, what: string, status: number, retried = false) {
    const acknowledged = documentedSuccess(op.op).includes(status);
    result.answers.record(`${ledger.world.name} ${what}`, status, acknowledged || (retried && ledger.retryRefusals.includes(status)));
    return acknowledged;
  }

  async function writer(ledger: Ledger, number: number, random: Random) {
    const { writes } = ledger;
    let n = 1_000_000 + number * 100_000;
    while (!stopping) {
      const mine = ledger.made.filter((m) => m.writer === number && !m.retried);
      const creating = !writes.update || mine.length < 2 || random.chance(0.5);
      const { body, markers } = creating ? writes.createBody(++n, random) : { body: undefined, markers: undefined };
      // With no create body left (prepared ones used up), only updates; with neither, this writer is done.
      if (creating && body === undefined && (!writes.update || !mine.length)) break;
      if (body !== undefined) {
        const key = writes.idempotent ? `crash-${number}-${n}` : undefined;
        let answer = await send(ledger, writes.create, writes.pathOf(writes.create, ''), body, key);
        if (answer === undefined) {
          // In doubt: retry once the server is back, with the same key where the API takes one.
          answer = await retry(() => send(ledger, writes.create, writes.pathOf(writes.create, ''), body, key));
          const created = judge(ledger, writes.create, 'create retried across a crash', answer.status, true);
          // Any other refusal is already a failure; what it left is not judged again.
          if (created || ledger.retryRefusals.includes(answer.status)) ledger.retriedCreates.push({ ...(markers ? { markers } : {}), idempotent: Boolean(key), refused: !created });
          if (created) record(ledger, number, writes.idOf(answer), markers, true);
          continue;
        }
        if (judge(ledger, writes.create, 'create', answer.status)) record(ledger, number, writes.idOf(answer), markers, false);
      } else {
        const resource = mine[random.int(mine.length)]!;
        const update = writes.updateBody(++n, random);
        const answer = await send(ledger, writes.update!, writes.pathOf(writes.update!, resource.id), update.body);
        // Two unanswered updates in a row (two kills): either may be the one that landed.
        if (answer === undefined) {
          resource.inDoubt = update.markers && [...(resource.inDoubt ?? []), ...update.markers];
          resource.updatesInDoubt++;
        } else if (judge(ledger, writes.update!, 'update', answer.status)) {
          resource.updates++;
          resource.latest = update.markers;
          delete resource.inDoubt;
          acknowledge(ledger);
        }
      }
    }
  }

  async function retry<T>(attempt: () => Promise<T | undefined>): Promise<T> {
    for (;;) {
      const answer = await attempt();
      if (answer !== undefined) return answer;
    }
  }

  function record(ledger: Ledger, writer: number, id: string | undefined, markers: readonly string[] | undefined, retried: boolean) {
    if (!id) throw new Error(`${ledger.world.name}: a create was acknowledged without an id`);
    ledger.made.push({ id, writer, ...(markers ? { latest: markers } : {}), retried, updates: 0, updatesInDoubt: 0 });
    acknowledge(ledger);
  }

  function acknowledge(ledger: Ledger) {
    ledger.acknowledged++;
    ledger.cycleAcknowledged++;
  }

  /** Waits until every API has its minimum of acknowledged writes this cycle; past the limit, the cycle fails. */
  async function enoughWrites(cycle: number) {
    const deadline = performance.now() + cycleLimitMs;
    const short = () => ledgers.filter((l) => l.cycleAcknowledged < minWrites);
    while (short().length && performance.now() < deadline) await pause(50);
    for (const l of short()) result.thinCycles.push(`cycle ${cycle}: ${l.world.name} had ${l.cycleAcknowledged} acknowledged writes within ${cycleLimitMs / 1000} s (at least ${minWrites} wanted)`);
    for (const l of ledgers) l.cycleAcknowledged = 0;
  }

  // The cycles: write load for a random moment, then SIGKILL, then a restart on the same database.
  for (let cycle = 1; cycle <= cycles; cycle++) {
    await pause(500 + random.int(1500));
    await enoughWrites(cycle);
    let restarted!: () => void;
    up = new Promise((resolve) => (restarted = resolve));
    epoch++;
    const killed = outbox.killing();
    await target.kill();
    result.cycles++;
    for (;;) {
      try {
        await target.restart();
        result.restarts++;
        break;
      } catch (error) {
        result.failedRestarts.push(`cycle ${cycle}: ${(error as Error).message.slice(0, 500)}`);
        if (result.failedRestarts.length > 3) throw error;
      }
    }
    // The writers wait for `up`: what they had acknowledged stands still while the outbox is judged.
    await checkOutbox(`after restart ${cycle}`, killed);
    restarted();
  }
  stopping = true;
  await Promise.all(writers);

  // Every acknowledged write reads back; no unique value is held twice; a create retried across a
  // crash made exactly one resource where the API takes an Idempotency-Key (or a unique value).
  for (const ledger of ledgers) {
    const { world, writes } = ledger;
    await world.reauthorize(target.origin);
    result.acknowledged += ledger.acknowledged;
    for (const made of ledger.made) {
      const response = await fetch(`${target.origin}${writes.pathOf(writes.get, made.id)}`, { headers: world.owner.headers });
      const text = await response.text();
      const holds = (markers: readonly string[] | undefined) => markers === undefined || markers.some((value) => text.includes(JSON.stringify(value)));
      if (response.status !== 200) result.lost.push(`${world.name} ${made.id}: ${response.status} ${text.slice(0, 200)}`);
      else if (!holds(made.latest) && !(made.inDoubt !== undefined && holds(made.inDoubt))) {
        result.lost.push(`${world.name} ${made.id}: its last acknowledged write (${made.latest}) is not there: ${text.slice(0, 300)}`);
      }
    }
    if (!writes.list) continue;
    const pages = await walkList(target.origin, world.api, writes.list.op, world.api.samples.params('', world.owner.tenant), world.owner.headers);
    const items = pages.flatMap((page) => itemsOf(page)) as Record<string, unknown>[];
    for (const field of world.api.samples.unique ?? []) {
      const seen = new Map<string, string>();
      for (const item of items) {
        const value = field.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], item);
        if (typeof value !== 'string' || !value) continue;
        const key = value.toLowerCase();
        if (seen.has(key)) result.duplicates.push(`${world.name}: ${field} ${value} held by ${seen.get(key)} and ${item.id}`);
        seen.set(key, String(item.id));
      }
    }
    const texts = items.map((item) => JSON.stringify(item));
    for (const retried of ledger.retriedCreates) {
      result.retried++;
      if (!retried.markers) continue;
      const holders = texts.filter((text) => retried.markers!.some((value) => text.includes(JSON.stringify(value)))).length;
      const what = retried.markers.join(', ');
      // With a key, or where the value is unique (the retry was refused), exactly one; without either, a repeat may make a second.
      if ((retried.idempotent || retried.refused) && holders !== 1) result.retriedWrong.push(`${world.name}: ${holders} resources hold ${what} after a create retried across a crash`);
      else if (holders < 1 || holders > 2) result.retriedWrong.push(`${world.name}: ${holders} resources hold ${what}`);
    }
  }

  // Every delivery to the receiver done (a lease a kill left must lapse first), then judged once more.
  const open = await outbox.settle(leaseMs + 60_000);
  result.outbox = await checkOutbox(`at the end (${open} deliveries still open)`, Infinity, true);
  await outbox.close();

  await target.terminate();
  await store.close();
  if (database.sqlitePath) {
    const sqlite = new Database(database.sqlitePath, { readonly: true });
    result.integrity = String(sqlite.pragma('integrity_check', { simple: true }));
    sqlite.close();
  }
  await database.drop();
  const per = ledgers.map((l) => `${l.world.name} ${l.acknowledged}`).join(', ');
  console.log(`${driver}: ${result.cycles} cycles, ${result.acknowledged} acknowledged writes (${per}), ${result.retried} creates retried across a crash; events followed: ${followed.join(', ')}`);
  return result;
}

function report() {
  console.log('\n== crash results');
  let failed = false;
  for (const f of figures) {
    const unexpected = f.answers.unexpectedCount();
    const ok =
      !f.lost.length &&
      !f.duplicates.length &&
      !f.retriedWrong.length &&
      !f.failedRestarts.length &&
      !f.thinCycles.length &&
      !f.unanswered.length &&
      !unexpected &&
      !f.outboxProblems.length &&
      f.cycles === cycles &&
      (f.integrity === 'ok' || f.driver !== 'sqlite');
    failed ||= !ok;
    console.log(
      `${f.driver}: ${f.cycles}/${cycles} kill -9 cycles survived, ${f.restarts} clean restarts; ${f.acknowledged} acknowledged writes, ${f.lost.length} lost; ` +
        `${f.duplicates.length} duplicated unique values; ${f.retried} creates retried across a crash, ${f.retriedWrong.length} wrong` +
        (f.driver === 'sqlite' ? `; integrity_check: ${f.integrity}` : ''),
    );
    console.log(
      `${f.driver}: answers to writes ${f.answers.statuses()}; ${unexpected} unexpected (a write is acknowledged; a create retried across a crash may be refused, its first attempt having landed: ${DUPLICATE} duplicate, or ${TOKEN_USED} token used where the create consumes one); ` +
        `${f.unanswered.length} unanswered while the server was up; ${f.thinCycles.length} cycles with fewer than ${minWrites} acknowledged writes to an API`,
    );
    const o = f.outbox;
    console.log(
      `${f.driver}: outbox: ${o?.events ?? 0} events, ${o?.deliveries ?? 0} deliveries to the receiver, ${o?.attempts ?? 0} attempts recorded (${o?.unanswered ?? 0} without an answer), ` +
        `${o?.arrivals ?? 0} arrivals (${o?.resent ?? 0} made again after a kill cut them off); ${f.outboxProblems.length} lost or doubled`,
    );
    const unexpectedLines = f.answers.unexpected().map((line) => `unexpected answer to a write: ${line}`);
    for (const line of [...unexpectedLines, ...f.thinCycles, ...f.unanswered, ...f.lost, ...f.duplicates, ...f.retriedWrong, ...f.failedRestarts, ...f.outboxProblems].slice(0, 30)) console.log(`  ✗ ${line}`);
  }
  console.log(`crash: ${failed ? 'FAILED' : 'ok'}`);
  process.exitCode = failed ? 1 : 0;
}

