import { errorCodes, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';

interface Running {
  readonly startedAt: number;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The request among those the handler time limit watches, until it is answered. */
    clienteleRunning: unknown;
  }
}

/**
 * The handler time limit (a database that hangs): a request still unanswered `limitMs` after it
 * arrived is answered with Fastify's handler-timeout error (each API renders it as its 503), as
 * Fastify's own `handlerTimeout` does, but watched by one timer every `checkEveryMs` for all
 * requests. Fastify's made an AbortController, a timer and three listeners for every request.
 */
export function limitHandlerTime(app: FastifyInstance, limitMs: number, checkEveryMs: number): void {
  // In arrival order: the oldest first, so a check stops at the first request still within time.
  const running = new Set<Running>();
  app.decorateRequest('clienteleRunning', null);
  app.addHook('onRequest', (request, reply, done) => {
    const entry: Running = { startedAt: performance.now(), request, reply };
    running.add(entry);
    request.clienteleRunning = entry;
    done();
  });
  app.addHook('onSend', (request, _reply, payload, done) => {
    running.delete(request.clienteleRunning as Running);
    done(null, payload);
  });
  const check = () => {
    const now = performance.now();
    for (const entry of running) {
      if (now - entry.startedAt < limitMs) return;
      running.delete(entry);
      const { request, reply } = entry;
      if (reply.sent || request.raw.destroyed) continue;
      const error = new errorCodes.FST_ERR_HANDLER_TIMEOUT(limitMs, request.routeOptions.url);
      // Headers already on their way: the answer cannot change, the connection is ended.
      if (reply.raw.headersSent) reply.raw.destroy(error);
      else reply.send(error);
    }
  };
  const timer = setInterval(check, Math.min(checkEveryMs, limitMs)).unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
