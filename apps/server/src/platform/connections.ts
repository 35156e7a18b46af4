import { STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * How the server treats its connections as a production HTTP server would: time limits for
 * clients that send slowly, answers to requests it cannot parse, bodies it will not read, and
 * a shutdown that finishes what it started.
 */
export interface ConnectionLimits {
  /** A client must send its complete request headers within this (slow headers: slowloris). */
  readonly headersTimeoutMs: number;
  /** …and its complete request, body included, within this (slow bodies). */
  readonly requestTimeoutMs: number;
  /** A handler still running after this (a database that hangs) is answered 503. */
  readonly handlerTimeoutMs: number;
  /** How often the server checks the limits above. */
  readonly checkEveryMs: number;
}

export const DEFAULT_LIMITS: ConnectionLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  handlerTimeoutMs: 45_000,
  checkEveryMs: 1_000,
};

/**
 * How much of a body the server reads and throws away to answer a request it refused before
 * reading (413, 415, 401…), so the client, still writing, reads the answer instead of a reset.
 * Beyond this the connection is closed.
 */
export const DRAIN_LIMIT = 16 * 1024 * 1024;

/**
 * Reads what is left of a request's body and discards it, up to `limit` bytes; true when the
 * whole body was read (the connection can be kept), false when it is larger (or broke off).
 */
export function drainBody(raw: IncomingMessage, limit = DRAIN_LIMIT): Promise<boolean> {
  if (raw.complete || raw.readableEnded) return Promise.resolve(true);
  if (raw.destroyed) return Promise.resolve(false);
  const declared = Number(raw.headers['content-length']);
  if (declared > limit) return Promise.resolve(false);
  return new Promise((resolve) => {
    let read = 0;
    const finish = (whole: boolean) => {
      raw.off('data', onData).off('end', onEnd).off('error', onFail).off('close', onFail);
      resolve(whole);
    };
    const onData = (chunk: Buffer) => {
      read += chunk.length;
      if (read > limit) finish(false);
    };
    const onEnd = () => finish(true);
    const onFail = () => finish(raw.complete);
    raw.on('data', onData).on('end', onEnd).on('error', onFail).on('close', onFail);
    raw.resume();
  });
}

/** A problem answered outside any request Fastify has parsed: its status, headers and body, ready to write. */
export interface RawAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** What a request the HTTP parser refused is answered, by the request target it got as far as (if any). */
export type ProtocolAnswerer = (target: string | undefined, status: number, message: string) => RawAnswer;

/** An error of Node's HTTP parser or of its request timers. */
type ParserError = Error & { readonly code?: string; readonly rawPacket?: unknown };

const packetOf = (error: ParserError) => (Buffer.isBuffer(error.rawPacket) ? error.rawPacket : undefined);

/** The request target of the first request line in `packet`, if it got that far. */
function targetOf(packet: Buffer | undefined): string | undefined {
  if (!packet) return undefined;
  const line = packet.subarray(0, Math.min(packet.length, 8192)).toString('latin1').split('\r\n', 1)[0]!;
  return line.split(' ')[1];
}

/**
 * Whether the request line alone takes most of the header size limit (16 KiB): the URL is what is
 * too long, not the headers.
 */
const longRequestLine = (packet: Buffer | undefined) => {
  if (!packet) return false;
  const end = packet.indexOf('\r\n');
  return end === -1 || end > 8 * 1024;
};

/** The status and wording of each error the HTTP parser (or its timers) reports. */
function protocolProblem(error: ParserError): { status: number; message: string } {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return { status: 408, message: 'The request was not received in time.' };
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return longRequestLine(packetOf(error))
      ? { status: 414, message: 'The URL is longer than the server accepts.' }
      : { status: 431, message: 'The request headers are larger than the server accepts.' };
  }
  return { status: 400, message: 'The request is not valid HTTP/1.1 (its request line or a header could not be parsed).' };
}

/**
 * Writes `answer` on a socket with `Connection: close`, then closes it gracefully: what the
 * client sent meanwhile is read and discarded (up to DRAIN_LIMIT) rather than left unread,
 * which would make the kernel reset the connection and lose the answer.
 */
export function answerAndClose(socket: Socket, answer: RawAnswer): void {
  const body = answer.body === undefined ? '' : JSON.stringify(answer.body);
  const headers = {
    ...answer.headers,
    'content-type': `${answer.contentType}; charset=utf-8`,
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  };
  const head = `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status] ?? 'Error'}\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}\r\n`;
  closeGracefully(socket, head + body);
}

function closeGracefully(socket: Socket, last?: string) {
  if (socket.destroyed) return;
  let discarded = 0;
  socket.removeAllListeners('data');
  socket.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DRAIN_LIMIT) socket.destroy();
  });
  socket.on('error', () => socket.destroy());
  // Once the client has closed its side too, or after a bounded wait, the socket goes.
  socket.once('end', () => socket.destroy());
  socket.setTimeout(5_000, () => socket.destroy());
  if (!socket.writable) socket.destroy();
  else if (last === undefined) socket.end();
  else socket.end(last);
  socket.resume();
}

/**
 * Fastify's `clientErrorHandler`: requests the HTTP parser refuses (a raw non-ASCII byte in the
 * URL, headers or a URL over the size limit) and clients too slow to send one are answered in the
 * envelope of the API the URL is under, with `Connection: close`, instead of the framework's
 * own JSON.
 */
export function protocolErrorHandler(answer: ProtocolAnswerer) {
  return (error: ParserError, socket: Socket) => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const { status, message } = protocolProblem(error);
    // A request already parsed (its body too slow) names its URL; a response already under way
    // cannot be answered again: the connection is closed.
    const underway = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
    if (underway?.headersSent) return void socket.destroy();
    answerAndClose(socket, answer(underway?.req?.url ?? targetOf(packetOf(error)), status, message));
  };
}

/**
 * Tracks the server's connections, so a shutdown can close at once those with no request in
 * progress (idle keep-alive connections, and connections that never sent one, which Node would
 * otherwise keep until their headers time out) while requests in progress finish, each answered
 * with `Connection: close`.
 */
export function connectionTracker(server: Server) {
  const inProgress = new Map<Socket, number>();
  let closing = false;
  const track = (socket: Socket) => {
    if (inProgress.has(socket) || socket.destroyed) return;
    inProgress.set(socket, 0);
    socket.once('close', () => inProgress.delete(socket));
  };
  server.on('connection', track);
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const { socket } = request;
    track(socket);
    const count = inProgress.get(socket);
    if (count === undefined) return;
    inProgress.set(socket, count + 1);
    response.once('close', () => {
      // A client that went away before its answer (the answer still waiting on the database) closes
      // the connection before the response: the connection is forgotten already, and set again here
      // it was kept for good, with the request and all it held (about 6 KB each).
      const count = inProgress.get(socket);
      if (count === undefined) return;
      const left = count - 1;
      inProgress.set(socket, left);
      if (closing && left === 0) closeGracefully(socket);
    });
  });
  return {
    get closing() {
      return closing;
    },
    /** Connections open now (tests). */
    get open() {
      return inProgress.size;
    },
    /** Stops keeping connections: those without a request in progress are closed now, the rest after their response. */
    closeIdle() {
      closing = true;
      for (const [socket, count] of inProgress) if (count === 0) closeGracefully(socket);
    },
  };
}
