import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';

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

/** What a raw socket exchange saw: every byte the server sent, and how the connection ended. */
export interface SocketExchange {
  /** The server's bytes, as Latin-1 text. */
  readonly text: string;
  /** The server closed its side gracefully (FIN) before the connection ended. */
  readonly closedGracefully: boolean;
  /** A socket error (ECONNRESET: the server reset the connection), if any. */
  readonly error: string | undefined;
}

/**
 * Writes `data` on a fresh connection to `origin` and reads until the server closes it: for
 * what no HTTP client sends (bytes the parser refuses, pipelined requests, oversized headers).
 * The client never closes first: only the server ends the connection.
 */
export function socketExchange(origin: string, data: string | Buffer): Promise<SocketExchange> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    let closedGracefully = false;
    let error: string | undefined;
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => {
      closedGracefully = true;
      socket.end();
    });
    socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? e.message));
    socket.on('close', () => resolve({ text: Buffer.concat(chunks).toString('latin1'), closedGracefully, error }));
    socket.write(data);
  });
}

/** The status, headers and JSON body of the first response in raw HTTP/1.1 text. */
export function firstResponse(text: string): { status: number; headers: Record<string, string>; json: any } {
  const [head = '', ...rest] = text.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
  const length = Number(headers['content-length'] ?? 0);
  const body = Buffer.from(rest.join('\r\n\r\n'), 'latin1').subarray(0, length).toString('utf8');
  return { status: Number(statusLine.split(' ')[1]), headers, json: body ? JSON.parse(body) : undefined };
}
