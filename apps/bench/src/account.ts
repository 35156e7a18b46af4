// A cost account of one scenario (`pnpm bench --profile`): the server thread's CPU time per request,
// split by part of the request path. Each profile sample goes to the part of the innermost frame on
// its stack that belongs to one (native code and Node's generic internals, such as streams, sockets
// and timers, belong to none: they count for the code that called them); the request log takes
// everything it calls, its store writes included. Every sample lands in exactly one part, so the
// parts add up to the total. The profiler samples by the clock, so on a busy machine a thread waiting
// for a CPU looks like a thread running: each profile's parts are scaled to the time the thread
// really spent on a CPU in that window (Linux's scheduler statistics, less what the profiler's own
// samples cost it while it waited for work), its shares kept.
import { IDLE, moduleOf, sampleDurations, type CallFrame, type CpuProfile, type ProfileNode } from './cpuprofile.ts';

export const PARTS = ['http', 'routing', 'auth', 'validation', 'store', 'handlers', 'presentation', 'serialization', 'requestLog', 'sandbox', 'fastify', 'gc', 'rest'] as const;
export type Part = (typeof PARTS)[number];

/** Column titles, short enough for a terminal table. */
export const PART_TITLES: Record<Part, string> = {
  http: 'HTTP',
  routing: 'routing',
  auth: 'auth',
  validation: 'valid.',
  store: 'store',
  handlers: 'handler',
  presentation: 'present.',
  serialization: 'serial.',
  requestLog: 'req log',
  sandbox: 'sandbox',
  fastify: 'Fastify',
  gc: 'GC',
  rest: 'rest',
};

const server = (paths: string) => new RegExp(`/apps/server/src/(${paths})\\.ts$`);
const packages = (names: string) => new RegExp(`/node_modules/(${names})/`);

/** Which code makes up each part, by module path (bundled modules are mapped back to their source). First match wins. */
const RULES: readonly (readonly [Part, readonly RegExp[]])[] = [
  ['requestLog', [server('sandbox/(request-log|log-entries|log-thread|redaction)|platform/write-behind')]],
  ['sandbox', [/\/apps\/server\/src\/(sandbox|webhooks)\//]],
  ['store', [/\/packages\/store\//, packages('kysely|better-sqlite3|pg|pg-[^/]+|postgres-[^/]+|pgpass|split2|packet-reader|buffer-writer')]],
  ['validation', [/\/packages\/validators\//, packages('@sinclair/typebox|ajv|ajv-formats|@fastify/ajv-compiler')]],
  ['auth', [server('platform/(auth|oauth|authorization-code|users)|apis/[^/]+/token')]],
  ['presentation', [server('apis/[^/]+/(present|errors)|platform/(respond|problems)')]],
  ['serialization', [server('platform/serializers'), packages('fast-json-stringify|@fastify/fast-json-stringify-compiler')]],
  ['routing', [server('platform/mounts'), packages('find-my-way|fast-decode-uri-component')]],
  // Reading and writing the bytes: Node's HTTP modules (llhttp is native: it counts for them), the
  // query string and body parsers, the server's own encodings and connection handling.
  ['http', [/^node:(_http_|http$|internal\/http)/, packages('qs|fast-querystring|secure-json-parse'), /\/node_modules\/fastify\/lib\/content-type-parser\.js$/, server('platform/(encodings|connections|urls)')]],
  ['handlers', [/\/apps\/server\/src\/apis\//, server('platform/(resources|handlers|pagination|idempotency|values)')]],
  ['fastify', [packages('fastify|avvio|fastq|reusify|toad-cache|@fastify/[^/]+|abstract-logging|pino|process-warning|rfdc')]],
];
/** Small utilities every part calls (time formatting, ids): they count for their caller, like native code. */
const UTILITIES = server('platform/(clock|ids)');
/** Parts that take everything their code calls (none of it runs a request onward: it only records). */
const OWNS: ReadonlySet<Part> = new Set(['requestLog']);

/**
 * The part a frame's code belongs to; undefined for frames that count for their caller: native
 * code (no URL: llhttp, JSON, better-sqlite3's C++, code compiled at run time such as the
 * serializers), Node's internals other than HTTP (streams, sockets, events, timers) and those utilities.
 */
export function partOfFrame(frame: CallFrame, module = moduleOf(frame)): Part | undefined {
  if (frame.functionName === '(garbage collector)') return 'gc';
  if (!module) return frame.functionName === '(program)' ? 'rest' : undefined;
  if (UTILITIES.test(module)) return undefined;
  for (const [part, patterns] of RULES) if (patterns.some((pattern) => pattern.test(module))) return part;
  return module.startsWith('node:') ? undefined : 'rest';
}

/** What profiles of one scenario's requests add up to: sums, before division by the requests. */
export interface Tally {
  /** µs of the server thread, by part. */
  readonly us: Record<Part, number>;
  /** µs of the server thread on a CPU in all, summed apart from the parts. */
  total: number;
  /** µs the profiles counted in all (idle left out): more than `total` when the thread waited for a CPU. */
  sampled: number;
  samples: number;
  /** Responses the server finished while recorded. */
  responses: number;
  /** pg statements sent while recorded (0 on SQLite). */
  statements: number;
  /** The process's CPU time while recorded (all threads), µs. */
  cpuUs: number;
}

export const emptyTally = (): Tally => ({ us: Object.fromEntries(PARTS.map((p) => [p, 0])) as Record<Part, number>, total: 0, sampled: 0, samples: 0, responses: 0, statements: 0, cpuUs: 0 });

/** What is known of the thread a profile was taken on, besides the profile. */
export interface ThreadTime {
  /** Its CPU time in the profile's window, µs (null where the system does not tell it). */
  readonly threadUs: number | null;
  /** The CPU time each sample costs it while it waits for work (the agent's calibration), µs. */
  readonly idleSampleUs: number;
}

/**
 * Adds one profile's samples to a tally, each to the part its stack gives it, scaled so they add up
 * to the thread's CPU time spent on work in the profile's window, where it is known.
 */
export function addProfile(tally: Tally, profile: CpuProfile, thread?: ThreadTime, resolveModule: (frame: CallFrame) => string = moduleOf): void {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const partOfNode = new Map<number, Part>();
  const classify = (leaf: ProfileNode): Part => {
    let innermost: Part | undefined;
    let owner: Part | undefined;
    for (let node: ProfileNode | undefined = leaf; node; node = parent.get(node.id)) {
      const part = partOfFrame(node.callFrame, resolveModule(node.callFrame));
      innermost ??= part;
      if (part && OWNS.has(part)) owner = part;
    }
    return owner ?? innermost ?? 'rest';
  };
  const durations = sampleDurations(profile);
  const sampled = emptyTally().us;
  let total = 0;
  let idle = 0;
  profile.samples.forEach((id, i) => {
    const node = nodes.get(id)!;
    if (node.callFrame.functionName === IDLE) return void idle++;
    const us = durations[i]!;
    if (!partOfNode.has(id)) partOfNode.set(id, classify(node));
    sampled[partOfNode.get(id)!] += us;
    total += us;
    tally.samples++;
  });
  const busyUs = thread?.threadUs == null ? 0 : thread.threadUs - idle * thread.idleSampleUs;
  const scale = busyUs > 0 && total > 0 ? busyUs / total : 1;
  for (const part of PARTS) tally.us[part] += sampled[part] * scale;
  tally.total += total * scale;
  tally.sampled += total;
}

/** One scenario's account, per request. */
export interface Account {
  readonly requests: number;
  /** Server-thread CPU µs per request. */
  readonly totalUs: number;
  readonly parts: Record<Part, number>;
  /** The process's CPU µs per request, every thread (GC threads, the profiler's own sampling). */
  readonly processUs: number;
  /** pg statements (round trips) per request; absent on SQLite. */
  readonly statements?: number;
  readonly samples: number;
  /** The profiles' non-idle time ÷ the thread's CPU time: how much the thread waited for a CPU (1 on a quiet machine). */
  readonly sampledPerCpu: number;
}

export function accountOf(tally: Tally, postgres: boolean): Account {
  const per = (us: number) => (tally.responses ? us / tally.responses : 0);
  return {
    requests: tally.responses,
    totalUs: per(tally.total),
    parts: Object.fromEntries(PARTS.map((p) => [p, per(tally.us[p])])) as Record<Part, number>,
    processUs: per(tally.cpuUs),
    ...(postgres ? { statements: per(tally.statements) } : {}),
    samples: tally.samples,
    sampledPerCpu: tally.total ? tally.sampled / tally.total : 1,
  };
}

/** The account's figures as shown (0.1 µs): why the parts do not add up to the total, if they do not. */
export function sumProblem(account: Account): string | undefined {
  const shown = (us: number) => Math.round(us * 10) / 10;
  const sum = PARTS.reduce((total, part) => total + shown(account.parts[part]), 0);
  // Each shown figure is off by at most half its last digit.
  const tolerance = 0.05 * (PARTS.length + 1) + 1e-9;
  if (Math.abs(sum - shown(account.totalUs)) > tolerance) return `its parts add up to ${sum.toFixed(1)} µs, not the ${shown(account.totalUs).toFixed(1)} µs measured`;
  return undefined;
}
