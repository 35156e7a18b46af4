// The load generator, run as its own process (pinned to its own core): autocannon with persistent
// connections for warm-up and measurement alike. Prints one JSON line of results.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type { RequestShape } from './scenario.ts';

export interface LoadJob {
  readonly url: string;
  readonly request: RequestShape;
  readonly idsFile?: string;
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
}

const random = (n: number) => Math.floor(Math.random() * n);

function filler(job: LoadJob) {
  const ids: string[] = job.idsFile ? JSON.parse(readFileSync(job.idsFile, 'utf8')) : [];
  // Unique across runs and processes, so created emails never collide with an earlier run's.
  const tag = `${process.pid.toString(36)}${Date.now().toString(36)}`;
  let n = 0;
  return (template: string) =>
    template.replace(/\{(id|offset|n|digits)\}/g, (_, token: string) => {
      if (token === 'id') return ids[random(ids.length)]!;
      if (token === 'offset') return String(random(job.count));
      if (token === 'n') return `${tag}x${n++}`;
      return String(random(10_000)).padStart(4, '0');
    });
}

async function run(job: LoadJob, seconds: number): Promise<LoadResult> {
  const fill = filler(job);
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
  };
}

const job = JSON.parse(process.argv[2]!) as LoadJob;
if (job.warmupSeconds > 0) await run(job, job.warmupSeconds);
console.log(JSON.stringify(await run(job, job.seconds)));
