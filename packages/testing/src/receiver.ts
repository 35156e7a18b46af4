import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { verifyDwollaWebhook } from '@clientele/client';

/** One request the receiver got, as it arrived. */
export interface WebhookDelivery {
  readonly method: string;
  /** The path and query the request was sent to. */
  readonly path: string;
  /** Its headers, names in lower case. */
  readonly headers: IncomingHttpHeaders;
  /** The body exactly as it arrived (what a signature is computed over). */
  readonly rawBody: string;
  /** The body parsed as JSON; `undefined` when it is not JSON. */
  readonly json: unknown;
  /** The event's name: Dwolla's `X-Dwolla-Topic` (`customer_created`), or Balanced's `type` (`customer.created`). */
  readonly topic: string | undefined;
  /**
   * Whether its `X-Request-Signature-SHA-256` is the HMAC of the raw body keyed with the receiver's
   * secret (`verifyDwollaWebhook`); `undefined` when it carries none, as Balanced's callbacks never do.
   */
  readonly verified: boolean | undefined;
  /** The status the receiver answered it with. */
  readonly answered: number;
  /** When it arrived, by this process's clock (the sandbox's movable clock dates the event itself). */
  readonly receivedAt: Date;
}

export interface ReceiverOptions {
  /** The secret Dwolla signs with (the subscription's); a random one by default. */
  readonly secret?: string;
  /** The status it answers every delivery with until `answer()` changes it; 200 by default. */
  readonly status?: number;
}

export interface WebhookReceiver {
  /** Where to send deliveries: `http://127.0.0.1:PORT/webhooks`. */
  readonly url: string;
  /** The secret its Dwolla signatures are checked with (give it to the subscription). */
  readonly secret: string;
  /** Every delivery so far, oldest first. */
  readonly deliveries: readonly WebhookDelivery[];
  /**
   * The first delivery that matches: one already recorded, or else the next to arrive that matches.
   * Rejects if the receiver is closed first.
   */
  waitFor(predicate?: (delivery: WebhookDelivery) => boolean): Promise<WebhookDelivery>;
  /** Answers the deliveries from now on with `status` (a 500 makes the sender retry). */
  answer(status: number): void;
  /** Stops it; pending `waitFor`s reject. */
  close(): Promise<void>;
}

const SIGNATURE = 'x-request-signature-sha-256';

const parsed = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

const topicOf = (headers: IncomingHttpHeaders, json: unknown): string | undefined => {
  const header = headers['x-dwolla-topic'];
  if (typeof header === 'string') return header;
  const type = (json as { type?: unknown } | undefined)?.type;
  return typeof type === 'string' ? type : undefined;
};

/**
 * A webhook receiver on 127.0.0.1, on a port of the system's choosing: records every request,
 * checks Dwolla's signatures with its secret, and answers with the status it is told.
 */
export async function startReceiver(options: ReceiverOptions = {}): Promise<WebhookReceiver> {
  const secret = options.secret ?? randomBytes(16).toString('hex');
  let status = options.status ?? 200;
  const deliveries: WebhookDelivery[] = [];
  const waiters = new Set<{ matches: (d: WebhookDelivery) => boolean; resolve: (d: WebhookDelivery) => void; reject: (e: Error) => void }>();
  const sockets = new Set<Socket>();
  let closed = false;

  async function record(method: string, path: string, headers: IncomingHttpHeaders, rawBody: string, answered: number) {
    const json = parsed(rawBody);
    const signature = headers[SIGNATURE];
    const verified = typeof signature === 'string' ? await verifyDwollaWebhook({ rawBody, signature, secret }) : undefined;
    const delivery: WebhookDelivery = { method, path, headers, rawBody, json, topic: topicOf(headers, json), verified, answered, receivedAt: new Date() };
    deliveries.push(delivery);
    for (const waiter of waiters) {
      if (!waiter.matches(delivery)) continue;
      waiters.delete(waiter);
      waiter.resolve(delivery);
    }
  }

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const answered = status;
      // Recorded (and its signature checked) before the answer, so a sender that saw the answer finds it here.
      record(request.method ?? 'GET', request.url ?? '/', request.headers, Buffer.concat(chunks).toString('utf8'), answered).then(
        () => response.writeHead(answered, { 'content-type': 'text/plain' }).end(answered < 300 ? 'ok' : 'receiver failing on purpose'),
        (error: unknown) => response.destroy(error as Error),
      );
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    secret,
    deliveries,
    waitFor(predicate = () => true) {
      const found = deliveries.find(predicate);
      if (found) return Promise.resolve(found);
      if (closed) return Promise.reject(new Error('the webhook receiver is closed'));
      return new Promise((resolve, reject) => waiters.add({ matches: predicate, resolve, reject }));
    },
    answer(next) {
      if (!Number.isInteger(next) || next < 100 || next > 599) throw new Error(`a status is an integer from 100 to 599, not ${JSON.stringify(next)}`);
      status = next;
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const waiter of waiters) waiter.reject(new Error('the webhook receiver closed before a matching delivery arrived'));
      waiters.clear();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
