import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type * as Admin from '@clientele/schemas/admin';
import type { Store, StoredFaultRule } from '@clientele/store';
import type { Clock } from '../platform/clock.ts';
import { hex } from '../platform/ids.ts';
import { ApiProblem, fail, type Problem } from '../platform/problems.ts';
import type { AuthenticatedCall } from '../platform/pipeline.ts';
import { bumpGeneration } from './settings.ts';

/** The header a request asks for its own fault with: `Clientele-Fault: status=429;retry-after=2`, `latency=250ms`, `drop`. */
export const FAULT_HEADER = 'clientele-fault';

/** What a fault does to a request, in order: wait, then drop the connection or answer a status in the API's envelope. */
export interface Fault {
  readonly status?: 429 | 500 | 503;
  readonly retryAfter?: number;
  readonly latencyMs?: number;
  /** With `latencyMs`: a random wait between the two. */
  readonly latencyMaxMs?: number;
  readonly drop?: boolean;
}

const STATUSES = [429, 500, 503] as const;
const MAX_LATENCY_MS = 60_000;

/** The problem each status is, rendered by the API's own catalogue. */
const problemOf = (fault: Fault): Problem | undefined => {
  switch (fault.status) {
    case 429:
      return { kind: 'rate_limited', ...(fault.retryAfter === undefined ? {} : { retryAfter: fault.retryAfter }) };
    case 503:
      return { kind: 'unavailable', ...(fault.retryAfter === undefined ? {} : { retryAfter: fault.retryAfter }) };
    case 500:
      return { kind: 'internal' };
    default:
      return undefined;
  }
};

/** What is wrong with a fault as a whole (the parts each being right), or undefined. */
function faultProblem(fault: Fault): string | undefined {
  if (fault.status === undefined && fault.latencyMs === undefined && !fault.drop) return 'names no fault: give a status, a latency or drop';
  if (fault.retryAfter !== undefined && fault.status !== 429 && fault.status !== 503) return 'retry-after goes with status 429 or 503';
  if (fault.latencyMaxMs !== undefined && (fault.latencyMs === undefined || fault.latencyMaxMs < fault.latencyMs)) return 'a latency range runs from its lower bound to a higher one';
  return undefined;
}

const headerIssue = (message: string): never =>
  fail({ kind: 'validation', issues: [{ part: 'headers', pointer: `/${FAULT_HEADER}`, field: FAULT_HEADER, code: 'invalid', message }] });

/** `250ms`, `2s`: milliseconds; NaN when it is neither. */
const latencyOf = (text: string) => {
  const match = /^(\d{1,6})(ms|s)$/.exec(text);
  return match ? Number(match[1]) * (match[2] === 's' ? 1000 : 1) : NaN;
};

/**
 * The fault a `Clientele-Fault` header asks for: `;`- or `,`-separated `status=429|500|503`,
 * `retry-after=SECONDS`, `latency=250ms` (or `2s`, or a range `100-300ms`) and `drop`, combined as
 * wanted. Anything else is a 400 naming the header.
 */
export function parseFaultHeader(value: string): Fault {
  const fault: { -readonly [K in keyof Fault]: Fault[K] } = {};
  for (const part of value.split(/[;,]/).map((p) => p.trim().toLowerCase()).filter(Boolean)) {
    const [name, text = ''] = part.split('=', 2).map((p) => p.trim()) as [string, string?];
    if (name === 'drop' && !part.includes('=')) fault.drop = true;
    else if (name === 'status') {
      const status = Number(text);
      if (!(STATUSES as readonly number[]).includes(status)) headerIssue(`status must be 429, 500 or 503, not "${text}"`);
      fault.status = status as Fault['status'];
    } else if (name === 'retry-after') {
      if (!/^\d{1,5}$/.test(text) || Number(text) > 86400) headerIssue(`retry-after must be whole seconds (0–86400), not "${text}"`);
      fault.retryAfter = Number(text);
    } else if (name === 'latency') {
      const range = /^(\d{1,6})-(\d{1,6})(ms|s)$/.exec(text);
      const [low, high] = range ? [latencyOf(`${range[1]}${range[3]}`), latencyOf(`${range[2]}${range[3]}`)] : [latencyOf(text), undefined];
      if (Number.isNaN(low) || (high ?? low) > MAX_LATENCY_MS) headerIssue(`latency must be like 250ms, 2s or 100-300ms (at most 60s), not "${text}"`);
      fault.latencyMs = low;
      if (high !== undefined) fault.latencyMaxMs = high;
    } else headerIssue(`"${part}" is not a fault: use status=…, retry-after=…, latency=… or drop`);
  }
  const problem = faultProblem(fault);
  if (problem) headerIssue(problem);
  return fault;
}

/** A fault in the header's words, for the request log. */
export function describeFault(fault: Fault): string {
  return [
    fault.latencyMs === undefined ? undefined : `latency=${fault.latencyMs}${fault.latencyMaxMs === undefined ? '' : `-${fault.latencyMaxMs}`}ms`,
    fault.status === undefined ? undefined : `status=${fault.status}`,
    fault.retryAfter === undefined ? undefined : `retry-after=${fault.retryAfter}`,
    fault.drop ? 'drop' : undefined,
  ]
    .filter(Boolean)
    .join(';');
}

/** A fault rule as stored: what the admin API was given, with defaults made explicit. */
type Rule = Omit<Admin.FaultRule, 'id' | 'remaining' | 'created_at'>;

const faultOfRule = (rule: Rule): Fault => ({
  ...(rule.status === null ? {} : { status: rule.status as Fault['status'] }),
  ...(rule.retry_after === null ? {} : { retryAfter: rule.retry_after }),
  ...(rule.latency_ms === null ? {} : { latencyMs: rule.latency_ms }),
  ...(rule.latency_max_ms === null ? {} : { latencyMaxMs: rule.latency_max_ms }),
  ...(rule.drop ? { drop: true } : {}),
});

export const presentRule = (stored: StoredFaultRule): Admin.FaultRule => ({
  id: stored.id,
  ...(stored.rule as Rule),
  remaining: stored.remaining,
  created_at: new Date(Math.floor(stored.createdUs / 1000)).toISOString(),
});

/** Adds a rule (shared by every instance on the database); its fault must name something to do. */
export async function addRule(store: Store, clock: Clock, body: Admin.FaultRuleCreate): Promise<Admin.FaultRule> {
  const rule: Rule = {
    match: body.match ?? {},
    status: body.status ?? null,
    retry_after: body.retry_after ?? null,
    latency_ms: body.latency_ms ?? null,
    latency_max_ms: body.latency_max_ms ?? null,
    drop: body.drop ?? false,
    probability: body.probability ?? null,
    count: body.count ?? null,
  };
  const problem = faultProblem(faultOfRule(rule));
  if (problem) fail({ kind: 'validation', issues: [{ part: 'body', pointer: '', field: '', code: 'invalid', message: `The rule ${problem}.` }] });
  const stored: StoredFaultRule = { id: `fault_${hex(8)}`, createdUs: clock.nowUs(), rule, remaining: rule.count };
  await store.sandbox.faults.add(stored);
  await bumpGeneration(store, 'faults');
  return presentRule(stored);
}

export async function removeRule(store: Store, id: string): Promise<void> {
  if (!(await store.sandbox.faults.remove(id))) fail({ kind: 'not_found', resource: 'FaultRule', id });
  await bumpGeneration(store, 'faults');
}

export async function clearRules(store: Store): Promise<void> {
  await store.sandbox.faults.clear();
  await bumpGeneration(store, 'faults');
}

const matches = (match: Admin.FaultMatch, call: AuthenticatedCall, method: string) =>
  (match.api === undefined || match.api === call.api) &&
  (match.operation === undefined || match.operation === call.operationId) &&
  (match.tenant === undefined || match.tenant === call.tenantId) &&
  (match.method === undefined || match.method === method);

/**
 * This instance's copy of the fault rules (reloaded when another instance changes them) and the
 * choice, per request, of the fault it gets: the first matching rule that fires, in the order
 * they were added. A rule with a count fires only while the database says it has some left.
 */
export function faultRules(store: Store, random: () => number) {
  let rules: StoredFaultRule[] = [];
  return {
    async reload() {
      rules = await store.sandbox.faults.list();
    },
    async choose(call: AuthenticatedCall, method: string): Promise<Fault | undefined> {
      for (const stored of rules) {
        const rule = stored.rule as Rule;
        if (!matches(rule.match, call, method)) continue;
        if (rule.probability !== null && random() >= rule.probability) continue;
        if (stored.remaining !== null && !(await store.sandbox.faults.take(stored.id))) continue;
        return faultOfRule(rule);
      }
      return undefined;
    },
  };
}

export type FaultRules = ReturnType<typeof faultRules>;

/**
 * Does what the fault says: waits, then drops the connection (answering false: the reply is taken
 * over; `beforeDrop` logs it) or throws the status's problem, which the API renders in its
 * envelope. True to go on.
 */
export async function inflict(fault: Fault, request: FastifyRequest, reply: FastifyReply, random: () => number, beforeDrop: () => void): Promise<boolean> {
  if (fault.latencyMs !== undefined) {
    const spread = fault.latencyMaxMs === undefined ? 0 : Math.round(random() * (fault.latencyMaxMs - fault.latencyMs));
    await sleep(fault.latencyMs + spread);
  }
  if (fault.drop) {
    beforeDrop();
    reply.hijack();
    // A TCP reset, as a load balancer or a crashed process leaves a client with.
    request.raw.socket.resetAndDestroy();
    return false;
  }
  const problem = problemOf(fault);
  if (problem) throw new ApiProblem(problem);
  return true;
}
