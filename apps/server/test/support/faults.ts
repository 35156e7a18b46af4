import { createServer, request as forward, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * What the fault proxy does to one request, in the words of the sandbox's `Clientele-Fault` header:
 * answer a status itself (with `Retry-After` if given), hold the request before passing it on,
 * drop the connection before the server sees the request, or pass the request on and drop the
 * connection before the answer comes back (the server did the work; the client never heard).
 */
export type Fault =
  | { readonly status: number; readonly retryAfter?: string }
  | { readonly latencyMs: number }
  | { readonly drop: 'before' | 'after' };

export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  /** The fault applied, if any. */
  readonly fault?: Fault;
}

export interface FaultProxy {
  /** `http://127.0.0.1:PORT`: the server's origin, through the proxy. */
  readonly origin: string;
  /** Faults for the next requests, one each, in order; requests after them pass untouched. */
  inject(...faults: Fault[]): void;
  /** Every request the proxy received, oldest first. */
  readonly seen: SeenRequest[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy in front of a real test server that injects transport and status faults, so the
 * clients' retries, idempotency keys and timeouts are tested against the real server behind it.
 * Faults are queued by the test rather than chosen per request by a header, because a retry
 * repeats its headers: "the first attempt fails, the second passes" needs the proxy to count.
 */
export async function faultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  const queue: Fault[] = [];
  const seen: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const fault = queue.shift();
    seen.push({ method: req.method!, url: req.url!, headers: req.headers, ...(fault ? { fault } : {}) });
    if (fault && 'status' in fault) {
      req.resume();
      res.writeHead(fault.status, { 'content-type': 'application/json', ...(fault.retryAfter ? { 'retry-after': fault.retryAfter } : {}) });
      res.end(JSON.stringify({ injected: fault.status }));
      return;
    }
    if (fault && 'drop' in fault && fault.drop === 'before') {
      req.socket.destroy();
      return;
    }
    const pass = () => {
      const out = forward(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } },
        (answer) => {
          if (fault && 'drop' in fault) {
            // The whole answer arrives here, then the client's connection is cut: the work is done, unheard.
            answer.resume();
            answer.once('end', () => req.socket.destroy());
            return;
          }
          res.writeHead(answer.statusCode!, answer.headers);
          answer.pipe(res);
        },
      );
      out.once('error', () => req.socket.destroy());
      req.pipe(out);
    };
    if (fault && 'latencyMs' in fault) {
      const timer = setTimeout(pass, fault.latencyMs);
      // A client that gives up meanwhile takes the request with it: nothing reaches the server.
      res.once('close', () => clearTimeout(timer));
    } else pass();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    inject: (...faults) => queue.push(...faults),
    seen,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
