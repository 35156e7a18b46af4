import { performance } from 'node:perf_hooks';
import type { Delivery, DeliveryState, Store } from '@clientele/store';
import type { Clock } from '../platform/clock.ts';
import type { EventsPolicy, Outgoing } from './policy.ts';
import { whenEndpointsAdded } from './endpoints.ts';
import { targetAllowed } from './targets.ts';

export interface WorkerOptions {
  readonly store: Store;
  readonly clock: Clock;
  /** The event policies of the APIs served, by API name. */
  readonly policies: ReadonlyMap<string, EventsPolicy>;
  /** Overrides every provider's timeout (tests of a receiver that never answers). */
  readonly timeoutMs?: number;
  /** How many attempts run at once (Dwolla sends up to 10 at a time). */
  readonly concurrency?: number;
  readonly fetch?: typeof fetch;
  readonly log?: { warn(object: unknown, message: string): void };
}

/** How much of an answer an attempt keeps. */
const EXCERPT = 500;
/** How long after a write the worker looks for what it made due (real time: deliveries go out at once, not on the movable clock). */
const KICK_DELAY_MS = 20;
/** Tenants whose endpoints the worker remembers, at most: past it, all are forgotten (memory stays bounded). */
const TENANTS_KNOWN = 10_000;
/** How long past its timeout an instance holds a claimed delivery before another may take it. */
const LEASE_GRACE_MS = 30_000;

/**
 * How long a claim holds a delivery (real time, not the movable clock): the longest timeout of the
 * policies, and a grace. An attempt cut off by a crash is made again only once it has lapsed.
 */
export const deliveryLeaseMs = (policies: Iterable<EventsPolicy>, timeoutMs?: number) =>
  Math.max(timeoutMs ?? 0, ...[...policies].map((p) => p.rules.timeoutMs)) + LEASE_GRACE_MS;

/**
 * The delivery worker: fans new events out to the endpoints registered, then makes every due
 * attempt, earliest first, until none is due on the clock. An attempt is timed at the moment it
 * was due, so moving the clock 72 hours plays every retry of those hours, in order, at the times
 * the schedule names. Each attempt is recorded once (the store refuses a second record of it).
 */
export function deliveryWorker(options: WorkerOptions) {
  const { store, clock, policies } = options;
  const send = options.fetch ?? fetch;
  const concurrency = options.concurrency ?? 10;
  let running: Promise<number> | undefined;
  let again = false;
  // Stopping (the app closes) abandons attempts under way, unrecorded: their leases lapse and any instance makes them again.
  const stopping = new AbortController();
  // Whether a tenant (`api` NUL `tenant`) was found with an endpoint. One with none has its events
  // written fanned out, so its writes need no look. Forgotten whenever a tenant may have gained
  // one (see endpoints.ts); a write seen meanwhile leaves its events to the timer's look, none is lost.
  const hasEndpoints = new Map<string, boolean>();
  /** Tenants whose writes asked for a look and that were not looked up yet: the next look finds out. */
  const unsure = new Map<string, { readonly api: string; readonly tenantId: string }>();
  /** Counts the forgettings, so a finding read before one is not kept after it. */
  let forgotten = 0;
  const unregister = whenEndpointsAdded(() => {
    hasEndpoints.clear();
    forgotten++;
  });

  /** Finds whether the tenants that asked for a look have endpoints. */
  async function lookUpTenants(): Promise<void> {
    const asked = [...unsure];
    unsure.clear();
    const at = forgotten;
    await Promise.all(
      asked.map(async ([key, { api, tenantId }]) => {
        const found = (await policies.get(api)!.endpoints(store, tenantId)).length > 0;
        if (at !== forgotten) return;
        if (hasEndpoints.size >= TENANTS_KNOWN) hasEndpoints.clear();
        hasEndpoints.set(key, found);
      }),
    );
  }

  /** Makes the deliveries of every event not yet fanned out, to the endpoints registered now, in one transaction. */
  async function fanOut(): Promise<number> {
    const events = await store.outbox.unfanned(100);
    if (!events.length) return 0;
    // Most events of one pass belong to a few tenants: their endpoints are read once each.
    const endpointsOf = new Map<string, ReturnType<EventsPolicy['endpoints']>>();
    const fans = await Promise.all(
      events.map(async (event) => {
        const policy = policies.get(event.api);
        const tenant = `${event.api}\u0000${event.tenantId}`;
        if (policy && !endpointsOf.has(tenant)) endpointsOf.set(tenant, policy.endpoints(store, event.tenantId));
        const endpoints = policy ? await endpointsOf.get(tenant)! : [];
        const deliveries = endpoints.map((endpoint) => ({
          id: policy!.deliveryId(),
          api: event.api,
          tenantId: event.tenantId,
          eventId: event.id,
          endpointId: endpoint.id,
          url: endpoint.url,
          state: endpoint.paused ? ('held' as const) : ('pending' as const),
          dueUs: event.createdUs,
          createdUs: event.createdUs,
        }));
        return { eventSeq: event.seq, deliveries };
      }),
    );
    await store.outbox.fanOut(fans);
    return events.length;
  }

  async function post(url: string, outgoing: Outgoing, timeoutMs: number) {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
      const signal = AbortSignal.any([AbortSignal.timeout(timeoutMs), stopping.signal]);
      const response = await send(url, { method: outgoing.method, headers: outgoing.headers, body: outgoing.body, redirect: 'manual', signal });
      const text = await response.text();
      return { status: response.status, excerpt: text.slice(0, EXCERPT), durationMs: elapsed() };
    } catch (error) {
      const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : `${(error as Error).message}${(error as { cause?: Error }).cause ? `: ${(error as { cause: Error }).cause.message}` : ''}`;
      return { status: null, excerpt: reason.slice(0, EXCERPT), durationMs: elapsed() };
    }
  }

  async function attempt(delivery: Delivery): Promise<void> {
    const policy = policies.get(delivery.api);
    const event = await store.outbox.event(delivery.api, delivery.tenantId, delivery.eventId);
    const outgoing = policy && event ? await policy.request(store, delivery, event) : undefined;
    const n = delivery.attempts + 1;
    const atUs = delivery.dueUs ?? clock.nowUs();
    if (!policy || !outgoing) {
      // The endpoint was removed since: nothing to send to.
      await store.outbox.recordAttempt({ deliveryId: delivery.id, tenantId: delivery.tenantId, n, atUs, url: delivery.url, status: null, durationMs: 0, excerpt: 'the endpoint no longer exists', ok: false }, { state: 'cancelled', dueUs: null });
      return;
    }
    const { rules } = policy;
    const allowed = await targetAllowed(store, delivery.url);
    const answer = allowed ? await post(delivery.url, outgoing, options.timeoutMs ?? rules.timeoutMs) : { status: null, excerpt: 'the URL is not among the targets the sandbox allows', durationMs: 0 };
    if (stopping.signal.aborted) return;
    const ok = answer.status !== null && rules.succeeded(answer.status);
    const delay = rules.retryDelaysMs[n - 1];
    const next: { state: DeliveryState; dueUs: number | null } = ok
      ? { state: 'succeeded', dueUs: null }
      : delay === undefined
        ? { state: 'failed', dueUs: null }
        : { state: 'pending', dueUs: atUs + delay * 1000 };
    const recorded = await store.outbox.recordAttempt({ deliveryId: delivery.id, tenantId: delivery.tenantId, n, atUs, url: delivery.url, ...answer, ok }, next);
    if (recorded) await policy.afterAttempt?.(store, delivery, { ok, atUs }, clock);
  }

  async function drain(): Promise<number> {
    let made = 0;
    while (!stopping.signal.aborted) {
      const fanned = await fanOut();
      const leaseMs = deliveryLeaseMs(policies.values(), options.timeoutMs);
      const due = await store.outbox.claimDue(clock.nowUs(), Date.now(), Date.now() + leaseMs, concurrency);
      // One attempt per delivery at a time, several deliveries at once: each delivery's retries stay in order.
      await Promise.all(due.map((delivery) => attempt(delivery)));
      made += due.length;
      if (!due.length && !fanned) return made;
    }
    return made;
  }

  /** Runs until nothing is due; a call while it runs makes it look once more, and waits for that. */
  function runDue(): Promise<number> {
    if (stopping.signal.aborted) return Promise.resolve(0);
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let made = 0;
      do {
        again = false;
        await lookUpTenants();
        made += await drain();
      } while (again);
      return made;
    })().finally(() => (running = undefined));
    return running;
  }

  let timer: NodeJS.Timeout | undefined;
  let kicked: NodeJS.Timeout | undefined;
  /** The look a kick asked for, until it has run. */
  let asked: Promise<unknown> | undefined;
  let ran: (() => void) | undefined;
  const tick = () => runDue().catch((error: unknown) => options.log?.warn({ err: error }, 'delivering events failed; trying again at the next tick'));
  return {
    runDue,
    /**
     * Starts soon, without waiting: after a write that may have appended events. Writes within
     * `KICK_DELAY_MS` of each other share one look (its fan-out is a write transaction of its own:
     * one per API write would cost more than the write itself). A write of a tenant found with no
     * endpoint asks for none.
     */
    kick(api?: string, tenantId?: string) {
      if (api !== undefined && tenantId !== undefined) {
        const key = `${api}\u0000${tenantId}`;
        const known = hasEndpoints.get(key);
        if (known === false) return;
        if (known === undefined) unsure.set(key, { api, tenantId });
      }
      if (kicked) return;
      asked = new Promise<void>((resolve) => (ran = resolve));
      kicked = setTimeout(() => {
        kicked = undefined;
        void tick().finally(ran);
      }, KICK_DELAY_MS);
    },
    /** Waits for the look a write asked for and the one under way, if any (tests count what a write costs the worker). */
    async settled() {
      await asked;
      await running?.catch(() => {});
    },
    /** Runs on a timer too, for real time passing. */
    start(everyMs: number) {
      timer ??= setInterval(tick, everyMs);
      timer.unref();
    },
    async stop() {
      stopping.abort();
      unregister();
      if (timer) clearInterval(timer);
      if (kicked) clearTimeout(kicked);
      ran?.();
      timer = undefined;
      await running?.catch(() => {});
    },
  };
}

export type DeliveryWorker = ReturnType<typeof deliveryWorker>;
