import type { FastifyRequest } from 'fastify';

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim();

/**
 * The absolute URL of an API root as the caller reached it: `X-Forwarded-Proto`/`-Host` when a
 * proxy set them, else the Host header, plus the mount prefix.
 */
export function apiRootOf(request: FastifyRequest, prefix: string): string {
  const proto = first(request.headers['x-forwarded-proto']) ?? request.protocol;
  const host = first(request.headers['x-forwarded-host']) ?? request.headers.host ?? 'localhost';
  return `${proto}://${host}${prefix}`;
}
