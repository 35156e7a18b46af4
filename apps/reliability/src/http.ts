import { Agent, request as httpRequest } from 'node:http';
import { connect } from 'node:net';

/** What came back: the status, headers and body text, or the network error instead. */
export interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
  /** A network error (a reset, a timeout): no answer at all. */
  readonly error?: string;
  /** For raw exchanges: the server closed the connection gracefully after answering. */
  readonly closedGracefully?: boolean;
  readonly ms: number;
}

export interface Outgoing {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: Buffer;
  /** Sent in chunks without a Content-Length. */
  readonly chunked?: boolean;
}

/** A request Node's HTTP client refuses to send (an invalid header value): not the server's doing. */
export class Unsendable extends Error {}

const flatten = (headers: Record<string, string | string[] | undefined>) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : String(value ?? '')]));

/** An HTTP client over kept-alive connections, with a time limit per request. */
export function httpClient(origin: string, options: { connections: number; timeoutMs: number }) {
  const { hostname, port } = new URL(origin);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  return {
    send(outgoing: Outgoing): Promise<Answer> {
      const started = performance.now();
      return new Promise((resolve, reject) => {
        const headers: Record<string, string> = { ...outgoing.headers, host: `${hostname}:${port}` };
        if (outgoing.body !== undefined && !outgoing.chunked) headers['content-length'] = String(outgoing.body.length);
        let req: ReturnType<typeof httpRequest>;
        try {
          req = httpRequest({ host: hostname, port: Number(port), method: outgoing.method, path: outgoing.path, headers, agent });
        } catch (error) {
          return reject(new Unsendable((error as Error).message));
        }
        const done = (answer: Omit<Answer, 'ms'>) => resolve({ ...answer, ms: performance.now() - started });
        req.setTimeout(options.timeoutMs, () => req.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
        req.on('error', (error: NodeJS.ErrnoException) => done({ status: 0, headers: {}, text: '', error: error.code ?? error.message }));
        req.on('response', (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', (error: NodeJS.ErrnoException) => done({ status: 0, headers: {}, text: '', error: error.code ?? error.message }));
          response.on('end', () => done({ status: response.statusCode!, headers: flatten(response.headers), text: Buffer.concat(chunks).toString('utf8') }));
        });
        if (outgoing.body !== undefined && outgoing.chunked) {
          const half = Math.floor(outgoing.body.length / 2);
          req.write(outgoing.body.subarray(0, half));
          req.end(outgoing.body.subarray(half));
        } else req.end(outgoing.body);
      });
    },
    close: () => agent.destroy(),
  };
}

/** Writes `bytes` on a connection of its own and reads until the server closes it; the first response in it, parsed. */
export function rawExchange(origin: string, bytes: Buffer, timeoutMs: number): Promise<Answer> {
  const { hostname, port } = new URL(origin);
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    let error: string | undefined;
    let graceful = false;
    socket.setTimeout(timeoutMs, () => {
      error = `no answer within ${timeoutMs} ms`;
      socket.destroy();
    });
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => {
      graceful = true;
      socket.end();
    });
    socket.on('error', (e: NodeJS.ErrnoException) => (error ??= e.code ?? e.message));
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).trim().toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      const length = Number(headers['content-length'] ?? 0);
      const body = Buffer.from(rest.join('\r\n\r\n'), 'latin1').subarray(0, length).toString('utf8');
      const status = Number(statusLine.split(' ')[1] ?? 0);
      resolve({ status, headers, text: body, closedGracefully: graceful, ms: performance.now() - started, ...(status ? {} : { error: error ?? 'no response' }) });
    });
    socket.write(bytes);
  });
}

/** The JSON value of a body, or undefined when it is none (empty, or not JSON). */
export function jsonOf(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
