import type { FastifyReply, FastifyRequest } from 'fastify';

/** `http(s)://localhost`, `127.x.x.x` or `[::1]`, any port: front ends under development. */
const LOOPBACK_ORIGIN = /^https?:\/\/(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d{1,5})?$/i;

/** Headers a browser script may read from an answer: where a created thing is, when to retry, whether it was a replay. */
const EXPOSED = 'location, retry-after, idempotent-replayed, request-id, www-authenticate, link';
const METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE';

/**
 * Cross-origin requests from browsers: allowed for the origins configured (`*` for any), by default
 * for loopback origins only (a front end on `http://localhost:3000`). Preflights are answered here,
 * before routing; other requests get the headers and go on. Answers true when it answered.
 */
export function cors(origins: readonly string[] | undefined) {
  const any = origins?.includes('*') ?? false;
  const allowed = (origin: string) => (origins === undefined ? LOOPBACK_ORIGIN.test(origin) : any || origins.includes(origin));
  return (request: FastifyRequest, reply: FastifyReply): boolean => {
    const origin = request.headers.origin;
    if (!origin || !allowed(origin)) return false;
    reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
    const preflight = request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined;
    if (!preflight) {
      reply.header('access-control-expose-headers', EXPOSED);
      return false;
    }
    reply
      .header('access-control-allow-methods', METHODS)
      .header('access-control-allow-headers', request.headers['access-control-request-headers'] ?? 'authorization, content-type')
      .header('access-control-max-age', '600')
      .code(204)
      .send();
    return true;
  };
}
