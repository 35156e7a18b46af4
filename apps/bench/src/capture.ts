// What clientele answered to one request of a scenario: status, headers and body bytes, for the
// limit servers to repeat. Sent over node:http with exactly the scenario's headers (no
// accept-encoding added), as the load generator sends it.
import { request as httpRequest } from 'node:http';
import type { Captured } from './limit.ts';
import type { RequestShape } from './scenario.ts';

/** Headers each server writes for itself. */
const OWN = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

export function capture(origin: string, request: RequestShape, fill: (template: string) => string): Promise<Captured> {
  const url = new URL(origin);
  const body = request.body === undefined ? undefined : Buffer.from(fill(request.body));
  return new Promise((resolve, reject) => {
    const sent = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method: request.method,
        path: fill(request.path),
        headers: { ...request.headers, ...(body ? { 'content-length': String(body.length) } : {}) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const headers = Object.fromEntries(Object.entries(response.headers).filter(([name]) => !OWN.has(name))) as Captured['headers'];
          resolve({ status: response.statusCode!, headers, body: Buffer.concat(chunks).toString('base64') });
        });
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}
