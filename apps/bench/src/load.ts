// The load generator, run as its own process (pinned to its own core): autocannon with persistent
// connections for warm-up and measurement alike. Prints one JSON line of results.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
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
}

export interface LoadResult {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
  /** How many prepared bodies the run took. */
  readonly bodiesUsed: number;
}

const random = (n: number) => Math.floor(Math.random() * n);

function filler(job: LoadJob) {
  const ids: string[] = job.idsFile ? JSON.parse(readFileSync(job.idsFile, 'utf8')) : [];
  const bodies: unknown[] = job.bodies ? JSON.parse(readFileSync(job.bodies.file, 'utf8')) : [];
  // Unique across runs and processes, so created emails never collide with an earlier run's.
  const tag = `${process.pid.toString(36)}${Date.now().toString(36)}`;
  let n = 0;
  let next = job.bodies?.from ?? 0;
  const fill = (template: string) =>
    template.replace(/\{(id|offset|n|digits|body)\}/g, (_, token: string) => {
      if (token === 'id') return ids[random(ids.length)]!;
      if (token === 'offset') return String(random(job.count));
      if (token === 'n') return `${tag}x${n++}`;
      // Run out, the request is sent empty and refused: counted as an error, never a resend.
      if (token === 'body') return next < bodies.length ? JSON.stringify(bodies[next++]) : '{}';
      return String(random(10_000)).padStart(4, '0');
    });
  return { fill, bodiesUsed: () => next - (job.bodies?.from ?? 0) };
}

async function run(job: LoadJob, seconds: number): Promise<LoadResult> {
  const { fill, bodiesUsed } = filler(job);
  const { method, path, body, headers } = job.request;
  const result = await autocannon({
    url: job.url,
    connections: job.connections,
    duration: seconds,
    requests: [
      {
        method,
        headers: { ...headers },
        setupRequest: (request) => ({ ...request, path: fill(path), ...(body ? { body: fill(body) } : {}) }),
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bodiesUsed: bodiesUsed(),
  };
}

const job = JSON.parse(process.argv[2]!) as LoadJob;
let used = 0;
if (job.warmupSeconds > 0) used = (await run(job, job.warmupSeconds)).bodiesUsed;
const measured = await run(job.bodies ? { ...job, bodies: { ...job.bodies, from: job.bodies.from + used } } : job, job.seconds);
console.log(JSON.stringify({ ...measured, bodiesUsed: used + measured.bodiesUsed }));
