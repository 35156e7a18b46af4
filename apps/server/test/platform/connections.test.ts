import { createServer, request as httpRequest, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { connectionTracker } from '../../src/platform/connections.ts';

const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A server whose requests wait until the test answers them, with the tracker on it. */
async function heldServer() {
  const waiting: ServerResponse[] = [];
  let arrived: () => void = () => {};
  const server = createServer((_request, response) => {
    waiting.push(response);
    arrived();
  });
  servers.push(server);
  const tracker = connectionTracker(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const nextRequest = () => new Promise<void>((resolve) => (arrived = resolve));
  return { server, tracker, port, waiting, nextRequest };
}

/** Waits until `done` holds (what the sockets' events lead to), for up to 20 s on a busy machine. */
const until = async (done: () => boolean) => {
  for (let i = 0; i < 4000 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('the connection tracker', () => {
  it('forgets a connection whose client went away before its answer', async () => {
    const { tracker, port, waiting, nextRequest } = await heldServer();
    const arrived = nextRequest();
    const client = httpRequest({ port, host: '127.0.0.1', path: '/slow' });
    client.on('error', () => {});
    client.end();
    await arrived;
    expect(tracker.open).toBe(1);
    // The client leaves while its answer still waits (as one on the database does).
    client.destroy();
    await until(() => waiting[0]!.destroyed);
    // The answer comes too late, onto a closed connection.
    waiting[0]!.end('late');
    await until(() => tracker.open === 0);
    expect(tracker.open).toBe(0);
  });

  it('forgets a connection closed after its answers, and closes idle ones when asked', async () => {
    const { tracker, port, waiting, nextRequest } = await heldServer();
    const arrived = nextRequest();
    const answer = new Promise<string>((resolve, reject) => {
      const client = httpRequest({ port, host: '127.0.0.1', path: '/', headers: { connection: 'keep-alive' } }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk));
        response.on('end', () => resolve(body));
      });
      client.on('error', reject);
      client.end();
    });
    await arrived;
    waiting[0]!.end('ok');
    expect(await answer).toBe('ok');
    expect(tracker.open).toBe(1);
    tracker.closeIdle();
    await until(() => tracker.open === 0);
    expect(tracker.open).toBe(0);
  });
});
