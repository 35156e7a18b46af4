// The outbox under crashes, for `pnpm crash`: a webhook receiver on 127.0.0.1 registered, through
// the API, with the owner of every API that has events; then, at every restart and at the end, what
// the writes acknowledged so far must have left: exactly one event per write in the provider's
// events list, every event delivered to the receiver, and no attempt made twice. An attempt a kill
// cut off (sent, its outcome never recorded) is made again, once its lease has lapsed: the receiver
// may see a delivery more than once only so.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { ADMIN_PREFIX } from '@clientele/schemas/admin';
import { itemsOf, operationPath, walkList, type SampleEvents } from '@clientele/server/platform';
import type { ApiWorld } from './world.ts';

/** One request the receiver got. */
interface Arrival {
  /** Its number, which the receiver's answer carries: the attempt recorded for it shows it in its excerpt. */
  readonly seq: number;
  readonly api: string;
  readonly eventId: string | undefined;
  /** performance.now() when it had arrived. */
  readonly at: number;
}

/** What the admin API shows of a delivery. */
interface Delivery {
  readonly id: string;
  readonly event_id: string;
  readonly url: string;
  readonly state: string;
  readonly next_attempt_at: string | null;
  readonly attempts: readonly { readonly n: number; readonly status: number | null; readonly excerpt: string; readonly ok: boolean }[];
}

/** A resource the crash run's writers made, as far as its events go. */
export interface Written {
  readonly id: string;
  /** Updates acknowledged, and updates sent that got no answer (each may have landed). */
  readonly updates: number;
  readonly updatesInDoubt: number;
}

/** One API's events, followed. */
interface Followed {
  readonly world: ApiWorld;
  readonly events: SampleEvents;
  readonly url: string;
  /** Events there before the receiver was registered: never delivered to it. */
  readonly before: Set<string>;
}

export interface OutboxFigures {
  events: number;
  deliveries: number;
  attempts: number;
  /** Attempts that got no answer (none within the timeout, or refused). */
  unanswered: number;
  arrivals: number;
  /** Arrivals whose attempt a kill cut off, made again once the lease lapsed. */
  resent: number;
  problems: string[];
}

const ANSWER = /^arrival (\d+)$/;
/** How long before an arrival the kill that cut its attempt off may have started (the request was on its way). */
const IN_TRANSIT_MS = 1_000;
/** How much of a lease the claim may have used before its request arrived. */
const CLAIM_TO_ARRIVAL_MS = 5_000;

export async function followOutbox(worlds: readonly ApiWorld[], origin: () => string, adminToken: string, leaseMs: number) {
  const arrivals: Arrival[] = [];
  const kills: number[] = [];
  const followed: Followed[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const api = request.url!.split('/').at(-1)!;
      const events = followed.find((f) => f.world.name === api)?.events;
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = undefined;
      }
      const arrival: Arrival = { seq: arrivals.length + 1, api, eventId: events?.read(body)?.id, at: performance.now() };
      arrivals.push(arrival);
      response.writeHead(200, { 'content-type': 'text/plain' }).end(`arrival ${arrival.seq}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const receiverRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;

  const admin = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${origin()}${ADMIN_PREFIX}${path}`, { ...init, headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' } });
    if (!response.ok) throw new Error(`admin ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };

  async function listEvents(f: Followed) {
    const op = f.world.api.definition.routes[f.events.list]!;
    const pages = await walkList(origin(), f.world.api, op, {}, f.world.owner.headers);
    return pages.flatMap((page) => itemsOf(page)).map((item) => f.events.read(item));
  }

  async function deliveriesTo(f: Followed): Promise<Delivery[]> {
    const found = new Map<string, Delivery>();
    for (let offset = 0; ; offset += 500) {
      const page = (await admin(`/tenants/${f.world.owner.tenant.tenant.id}/deliveries?limit=500&offset=${offset}`)) as { items: Delivery[]; total: number };
      // Newest first: one added while paging shows an older one twice, never hides one.
      for (const d of page.items) if (d.url === f.url) found.set(d.id, d);
      if (offset + 500 >= page.total) return [...found.values()];
    }
  }

  /** Judges one API's events and deliveries; `settled`: the run is over and every delivery should have arrived. */
  async function judge(f: Followed, written: readonly Written[], settled: boolean, since: number, figures: OutboxFigures) {
    const name = f.world.name;
    const problems = figures.problems;
    const events = await listEvents(f);
    const unreadable = events.filter((e) => !e).length;
    if (unreadable) problems.push(`${name}: ${unreadable} events in the events list name no id, topic or resource`);
    const listed = events.filter((e) => e !== undefined);
    const byId = new Map<string, (typeof listed)[number]>();
    for (const e of listed) {
      if (byId.has(e.id)) problems.push(`${name}: event ${e.id} is twice in the events list`);
      byId.set(e.id, e);
    }
    const count = (resourceId: string, topic: string | undefined) => listed.filter((e) => e.resourceId === resourceId && e.topic === topic).length;
    const created = new Map<string, number>();
    for (const e of listed) if (e.topic === f.events.created) created.set(e.resourceId, (created.get(e.resourceId) ?? 0) + 1);
    for (const [resource, n] of created) if (n > 1) problems.push(`${name}: doubled event: ${n} ${f.events.created} events for ${resource}`);
    for (const w of written) {
      if (!created.has(w.id)) problems.push(`${name}: lost event: no ${f.events.created} event for ${w.id}, whose create was acknowledged`);
      if (!f.events.updated) continue;
      const updated = count(w.id, f.events.updated);
      if (updated < w.updates) problems.push(`${name}: lost event: ${updated} ${f.events.updated} events for ${w.id}, ${w.updates} updates acknowledged`);
      if (updated > w.updates + w.updatesInDoubt) problems.push(`${name}: doubled event: ${updated} ${f.events.updated} events for ${w.id}, ${w.updates} updates acknowledged and ${w.updatesInDoubt} unanswered`);
    }

    const deliveries = await deliveriesTo(f);
    const mine = arrivals.filter((a) => a.api === name);
    const bySeq = new Map(mine.map((a) => [a.seq, a]));
    const perEvent = new Map<string, Delivery[]>();
    for (const d of deliveries) perEvent.set(d.event_id, [...(perEvent.get(d.event_id) ?? []), d]);
    for (const [event, list] of perEvent) if (list.length > 1) problems.push(`${name}: doubled delivery: event ${event} has ${list.length} deliveries to the receiver`);
    for (const a of mine) if (!a.eventId || !byId.has(a.eventId)) problems.push(`${name}: arrival ${a.seq} carries event ${a.eventId ?? '(none)'}, which the events list does not hold`);

    const cited = new Set<number>();
    for (const d of deliveries) {
      const numbers = d.attempts.map((a) => a.n);
      if (numbers.some((n, i) => n !== i + 1)) problems.push(`${name}: delivery ${d.id}: attempts numbered ${numbers.join(', ')}: one recorded twice or missing`);
      const arrived = mine.filter((a) => a.eventId === d.event_id);
      let unanswered = 0;
      for (const attempt of d.attempts) {
        const seq = Number(ANSWER.exec(attempt.excerpt)?.[1]);
        if (attempt.status === null) {
          unanswered++;
          figures.unanswered++;
          continue;
        }
        const arrival = bySeq.get(seq);
        if (!seq) problems.push(`${name}: delivery ${d.id}: attempt ${attempt.n} was answered ${attempt.status}, not by the receiver (${attempt.excerpt.slice(0, 100)})`);
        else if (!arrival || arrival.eventId !== d.event_id) problems.push(`${name}: delivery ${d.id}: attempt ${attempt.n} records arrival ${seq}, which was not this event's`);
        else if (cited.has(seq)) problems.push(`${name}: delivery ${d.id}: attempt ${attempt.n} records arrival ${seq}, which another attempt recorded too`);
        cited.add(seq);
      }
      // Every arrival not recorded was cut off by a kill (or got no answer, where an attempt says so),
      // and made again only after the kill and once its lease had lapsed.
      const success = d.attempts.find((a) => a.ok);
      const successSeq = success ? Number(ANSWER.exec(success.excerpt)?.[1]) : undefined;
      for (const [i, a] of arrived.entries()) {
        if (successSeq !== undefined && a.seq > successSeq) problems.push(`${name}: delivery ${d.id}: arrival ${a.seq} came after the attempt that succeeded (arrival ${successSeq}): an attempt made twice`);
        if (cited.has(a.seq)) continue;
        const next = arrived[i + 1];
        // Still in flight at this check (sent by the new process): judged by a later one.
        if (!next && !settled && a.at >= since) continue;
        if (unanswered > 0) {
          unanswered--;
          continue;
        }
        const cutOff = kills.some((k) => k > a.at - IN_TRANSIT_MS && (!next || k < next.at));
        if (!cutOff) problems.push(`${name}: delivery ${d.id}: arrival ${a.seq} of event ${d.event_id} was never recorded and no kill cut it off: an attempt made twice`);
        else if (next && next.at - a.at < leaseMs - CLAIM_TO_ARRIVAL_MS) {
          problems.push(`${name}: delivery ${d.id}: made again ${Math.round(next.at - a.at)} ms after an attempt a kill cut off, before its lease (${leaseMs} ms) lapsed`);
        } else if (next) figures.resent++;
      }
      figures.attempts += d.attempts.length;
    }
    figures.deliveries += deliveries.length;
    figures.arrivals += mine.length;

    const fresh = listed.filter((e) => !f.before.has(e.id));
    figures.events += fresh.length;
    if (!settled) return;
    for (const e of fresh) {
      const d = perEvent.get(e.id)?.[0];
      const arrived = mine.some((a) => a.eventId === e.id);
      if (!d || d.state !== 'succeeded' || !arrived) problems.push(`${name}: event ${e.id} (${e.topic} of ${e.resourceId}) never reached the receiver: delivery ${d ? `${d.id} ${d.state}, ${d.attempts.length} attempts` : 'none'}, ${arrived ? 'arrived' : 'nothing arrived'}`);
    }
  }

  /** Deliveries to the receiver not yet done: pending ones (due now, or leased by an attempt a kill cut off) and the earliest retry due. */
  async function unsettled() {
    let open = 0;
    let earliest: number | undefined;
    for (const f of followed) {
      const deliveries = await deliveriesTo(f);
      const done = new Set(deliveries.filter((d) => d.state === 'succeeded').map((d) => d.event_id));
      open += (await listEvents(f)).filter((e) => e && !f.before.has(e.id) && !done.has(e.id)).length;
      for (const d of deliveries) if (d.state === 'pending' && d.next_attempt_at) earliest = Math.min(earliest ?? Infinity, Date.parse(d.next_attempt_at));
    }
    return { open, earliest };
  }

  return {
    /** Registers the receiver with each API's owner that has events, through the API. */
    async subscribe() {
      for (const world of worlds) {
        const events = world.api.samples.events;
        if (!events) continue;
        const url = `${receiverRoot}/${world.name}`;
        const op = world.api.definition.routes[events.subscribe.operation]!;
        const type = op.request?.body?.contentTypes.find((t) => t.includes('json')) ?? 'application/json';
        const headers = { ...world.owner.headers, 'content-type': type };
        const response = await fetch(`${origin()}${operationPath(world.api, op, {})}`, { method: op.method, headers, body: JSON.stringify(events.subscribe.body(url)) });
        if (!response.ok) throw new Error(`${world.name}: registering the receiver answered ${response.status}: ${await response.text()}`);
        const f: Followed = { world, events, url, before: new Set() };
        for (const e of await listEvents(f)) if (e) f.before.add(e.id);
        followed.push(f);
      }
      return followed.map((f) => f.world.name);
    },
    /** A kill starts now: answers when, for the check after the restart. */
    killing() {
      kills.push(performance.now());
      return kills.at(-1)!;
    },
    /**
     * Judges every API followed: `written` gives what was acknowledged to it; `since`: when the kill
     * the check follows started (arrivals after it may still be in flight, from the new process).
     */
    async check(written: (world: ApiWorld) => readonly Written[], since: number, settled = false): Promise<OutboxFigures> {
      const figures: OutboxFigures = { events: 0, deliveries: 0, attempts: 0, unanswered: 0, arrivals: 0, resent: 0, problems: [] };
      for (const f of followed) await judge(f, written(f.world), settled, since, figures);
      return figures;
    },
    /**
     * Lets every delivery to the receiver finish: asks for due attempts (moving the clock to a retry
     * when one is due later), until none is open or `limitMs` (real time: a lease must lapse) passed.
     */
    async settle(limitMs: number) {
      const deadline = performance.now() + limitMs;
      for (;;) {
        const clock = (await admin('/clock')) as { now: string };
        const { open, earliest } = await unsettled();
        if (!open || performance.now() > deadline) return open;
        const ahead = earliest === undefined ? 0 : Math.max(0, earliest - Date.parse(clock.now));
        await admin('/clock', { method: 'POST', body: JSON.stringify({ advance: Math.ceil(ahead) }) });
        if (!ahead) await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
