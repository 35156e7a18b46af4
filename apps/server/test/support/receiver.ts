import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Received {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  /** The body exactly as it arrived. */
  readonly body: string;
}

/** How the receiver answers: a status, never (`silent`), or when released (`hold`). */
export type Answer = number | 'silent' | 'hold';

/** A webhook receiver on 127.0.0.1 (a port of the system's choosing): records every request, answers as told. */
export async function startReceiver(answer: Answer = 200) {
  const received: Received[] = [];
  const sockets = new Set<Socket>();
  const held: ServerResponse[] = [];
  let mode: Answer = answer;
  const waiters: { count: number; resolve: () => void }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ method: request.method!, path: request.url!, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      for (const waiter of waiters.filter((w) => received.length >= w.count)) waiters.splice(waiters.indexOf(waiter), 1) && waiter.resolve();
      if (mode === 'silent' || mode === 'hold') held.push(response);
      else response.writeHead(mode, { 'content-type': 'text/plain' }).end(mode >= 400 ? 'receiver failing on purpose' : 'ok');
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    answer(next: Answer) {
      mode = next;
    },
    /** Resolves once `count` requests have arrived in all. */
    waitFor(count: number): Promise<void> {
      if (received.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    /** Answers every held request with `status`. */
    release(status: number) {
      for (const response of held.splice(0)) response.writeHead(status).end('released');
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;
