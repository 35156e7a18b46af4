import type { FastifyRequest } from 'fastify';

/** Where an API is served: `/<name>`, or the root of the port (`''`) for an API served alone. */
export interface Mount {
  readonly name: string;
  readonly prefix: string;
}

/** Paths the server keeps for itself (the reference, the specs, the health check), even at the root of a port. */
const SERVER_PATHS = /^\/(docs|specs|healthz)(\/|\?|$)/;

const under = (url: string, prefix: string) => url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`);

/**
 * The one mount matcher: which mount a URL is under. Mounts are tried in order (the admin API's
 * before an API at the root); a root mount takes every URL but the server's own paths.
 */
export function mountMatcher<M extends Mount>(mounts: readonly M[]): (url: string) => M | undefined {
  return (url) => (SERVER_PATHS.test(url) ? undefined : mounts.find(({ prefix }) => prefix === '' || under(url, prefix)));
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The mount the request's URL is under, set before any other hook runs; null for the server's own paths. */
    clienteleMount: Mount | null;
  }
}

/** The name of the API a request is for, if any (hooks read it: the request log, faults). */
export const mountOf = (request: FastifyRequest): Mount | null => request.clienteleMount;
