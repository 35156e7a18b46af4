import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Received {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  /** The body exactly as it arrived. */
  readonly body: string;
}

/** How the receiver answers: a status, or never (it holds the request open). */
export type Answer = number | 'silent';

/** A webhook receiver on 127.0.0.1 (a port of the system's choosing): records every request, answers as told. */
export async function startReceiver(answer: Answer = 200) {
  const received: Received[] = [];
  const sockets = new Set<Socket>();
  const held: ServerResponse[] = [];
  let mode: Answer = answer;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ method: request.method!, path: request.url!, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      if (mode === 'silent') held.push(response);
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
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;
