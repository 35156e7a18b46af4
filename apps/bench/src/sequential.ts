// Latency one request at a time, as a test suite meets the server: one kept-alive connection, each
// request sent once the answer to the one before has arrived. Runs in the load process.
import { Agent, request as httpRequest } from 'node:http';
import type { LoadResult } from './load.ts';
import type { RequestShape } from './scenario.ts';

/** Requests sent before timing starts: the connection opened, the first answers' allocations made. */
const WARM_REQUESTS = 20;

function send(agent: Agent, url: URL, request: RequestShape, path: string, body: string | undefined): Promise<number> {
  const payload = body === undefined ? undefined : Buffer.from(body);
  return new Promise((resolve, reject) => {
    const sent = httpRequest(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: request.method,
        path,
        headers: { ...request.headers, ...(payload ? { 'content-length': String(payload.length) } : {}) },
      },
      (response) => {
        response.on('error', reject);
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.resume();
      },
    );
    sent.on('error', reject);
    sent.end(payload);
  });
}

/** The percentile `q` of sorted values (nearest rank). */
export const percentile = (sorted: readonly number[], q: number): number => (sorted.length ? sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]! : Number.NaN);

/** Sends the scenario's requests one after another for `seconds`; latencies in ms (µs precision). */
export async function sequential(origin: string, request: RequestShape, fill: (template: string) => string, seconds: number): Promise<Omit<LoadResult, 'bodiesUsed'>> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const url = new URL(origin);
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let sent = 0;
  let timedFrom = 0;
  let deadline = Number.POSITIVE_INFINITY;
  try {
    while (performance.now() < deadline) {
      if (sent === WARM_REQUESTS) deadline = (timedFrom = performance.now()) + seconds * 1000;
      const path = fill(request.path);
      const body = request.body === undefined ? undefined : fill(request.body);
      const started = process.hrtime.bigint();
      const status = await send(agent, url, request, path, body).catch(() => (errors++, 0));
      const ns = Number(process.hrtime.bigint() - started);
      if (status && (status < 200 || status >= 300)) non2xx++;
      if (sent++ >= WARM_REQUESTS) latencies.push(ns / 1e6);
    }
  } finally {
    agent.destroy();
  }
  const sorted = latencies.sort((a, b) => a - b);
  return { rps: latencies.length / ((performance.now() - timedFrom) / 1000), p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), errors, non2xx, requests: sent };
}
