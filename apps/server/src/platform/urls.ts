import type { FastifyRequest } from 'fastify';

/**
 * A host as URLs carry it: a DNS name (letters, digits, `-`, `_`, dots), an IPv4 address or a
 * bracketed IPv6 literal, with an optional port. Anything else (`a b`, `evil.com/x`, a userinfo
 * `@`) would make the URLs built from it invalid or point them elsewhere.
 */
const AUTHORITY = /^(?:[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,252})|\[[0-9A-Fa-f:.]{2,45}\])(?::[0-9]{1,5})?$/;

/** Where the request says it was sent: the Host header, or the address it reached when a client (HTTP/1.0) sent none. */
const hostOf = (request: FastifyRequest): string => request.host || `${request.socket.localAddress}:${request.socket.localPort}`;

/** How many Host lines a request's headers hold (its `headers` keep the first only); counted without building `headersDistinct`, for every request. */
function hostLines(rawHeaders: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < rawHeaders.length; i += 2) if (rawHeaders[i]!.length === 4 && rawHeaders[i]!.toLowerCase() === 'host') count++;
  return count;
}

/**
 * Why the origin a request names cannot be used to build URLs: a Host (or, behind a trusted
 * proxy, an `X-Forwarded-Host`) that is not a valid authority, or a forwarded protocol other than
 * http and https. Undefined when it can.
 */
export function originProblem(request: FastifyRequest): string | undefined {
  // RFC 9112 §3.2: an HTTP/1.1 request carries exactly one Host (HTTP/1.0 may carry none).
  const sent = hostLines(request.raw.rawHeaders);
  if (sent > 1) return 'The request carries more than one Host header.';
  if (!sent && request.raw.httpVersion !== '1.0') return 'The request carries no Host header.';
  const host = hostOf(request);
  if (!AUTHORITY.test(host) || Number(/:(\d+)$/.exec(host)?.[1] ?? 0) > 65535) return `The Host header is not a valid host[:port]: ${JSON.stringify(host.slice(0, 100))}.`;
  if (request.protocol !== 'http' && request.protocol !== 'https') return `X-Forwarded-Proto must be http or https, not ${JSON.stringify(String(request.protocol).slice(0, 20))}.`;
  return undefined;
}

/**
 * The absolute URL of an API root as the caller reached it, plus the mount prefix: the Host
 * header, or `X-Forwarded-Proto`/`-Host` when the server is told it sits behind a proxy
 * (`--trust-proxy`); checked by `originProblem` before any operation runs.
 */
export function apiRootOf(request: FastifyRequest, prefix: string): string {
  return `${request.protocol}://${hostOf(request)}${prefix}`;
}
