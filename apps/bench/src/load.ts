// The load generator, run as its own long-lived process (pinned to its own core): reads one job a
// line on stdin, drives it with autocannon (persistent connections for warm-up and measurement
// alike; or, for a sequential job, one request at a time) and answers one JSON line of results on stdout.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { filler } from './fill.ts';
import { sequential } from './sequential.ts';
import type { RequestShape } from './scenario.ts';

export interface LoadJob {
  readonly url: string;
  readonly request: RequestShape;
  readonly idsFile?: string;
  /** Prepared bodies (a JSON array), each sent once, from index `from` on (earlier runs sent those before). */
  readonly bodies?: { readonly file: string; readonly from: number };
  readonly count: number;
  readonly warmupSeconds: number;
  readonly seconds: number;
  readonly connections: number;
  /** One request at a time on one connection (what a test suite feels), instead of autocannon's `connections`. */
  readonly sequential?: boolean;
}

export interface LoadResult {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
  /** How many prepared bodies the run took. */
  readonly bodiesUsed: number;
  /** Responses in all, warm-up included. */
  readonly requests: number;
}

const files = new Map<string, unknown[]>();
const json = (file: string | undefined): unknown[] => {
  if (!file) return [];
  if (!files.has(file)) files.set(file, JSON.parse(readFileSync(file, 'utf8')) as unknown[]);
  return files.get(file)!;
};

async function run(job: LoadJob, seconds: number, from: number): Promise<LoadResult> {
  const { fill, bodiesUsed } = filler({ ids: json(job.idsFile) as string[], count: job.count, bodies: json(job.bodies?.file), from });
  if (job.sequential) return { ...(await sequential(job.url, job.request, fill, seconds)), bodiesUsed: bodiesUsed() };
  const { method, path, body, headers } = job.request;
  const result = await autocannon({
    url: job.url,
    connections: job.connections,
    duration: seconds,
    // autocannon stops at its next sample tick (1 s by default), so a 0.4 s run would last 1 s.
    sampleInt: 100,
    requests: [
      {
        method,
        headers: { ...headers },
        setupRequest: (request) => ({ ...request, path: fill(path), ...(body ? { body: fill(body) } : {}) }),
      },
    ],
  });
  return {
    // Responses over elapsed time: per-second samples would leave a sub-second window empty.
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bodiesUsed: bodiesUsed(),
    requests: result.requests.total,
  };
}

for await (const line of createInterface({ input: process.stdin })) {
  const job = JSON.parse(line) as LoadJob;
  const from = job.bodies?.from ?? 0;
  const warm = job.warmupSeconds > 0 ? await run(job, job.warmupSeconds, from) : undefined;
  const measured = await run(job, job.seconds, from + (warm?.bodiesUsed ?? 0));
  const all = { bodiesUsed: (warm?.bodiesUsed ?? 0) + measured.bodiesUsed, requests: (warm?.requests ?? 0) + measured.requests };
  process.stdout.write(`${JSON.stringify({ ...measured, ...all })}\n`);
}
// Standard input closed: the bench that drives this process is gone (ended, or killed), so go too.
process.exit(0);
