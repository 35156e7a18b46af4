import { request as httpRequest } from 'node:http';

/** A thin raw-HTTP helper for what the generated client cannot send (bad bodies, wrong verbs, odd headers). */
export interface RawResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly json: any;
}

export async function raw(url: string, init: RequestInit = {}): Promise<RawResponse> {
  const response = await fetch(url, init);
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/**
 * A request through node:http, for what fetch refuses to send: a GET with a body (as Octobat's
 * Node SDK sends a list's parameters), or a body in chunks without a Content-Length.
 */
export function rawHttp(url: string, init: { method: string; headers?: Record<string, string>; body?: string; chunked?: boolean }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const framing = init.body === undefined ? {} : init.chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(Buffer.byteLength(init.body)) };
    const headers = { ...init.headers, ...framing };
    const request = httpRequest(url, { method: init.method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(response.headers)) if (value !== undefined) responseHeaders.set(name, String(value));
        resolve({ status: response.statusCode!, headers: responseHeaders, text, json });
      });
    });
    request.on('error', reject);
    request.end(init.body);
  });
}

export const basic = (username: string, password = '') => `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
