import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parse } from 'qs';
import { fail } from './problems.ts';
import { textMemo } from './text-memo.ts';

export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';

/** The bare media type of a Content-Type header: lowercased, parameters dropped. */
export const mediaType = (header: string | undefined): string | undefined => header?.split(';')[0]?.trim().toLowerCase() || undefined;

/** Percent-decoding that refuses what is not UTF-8 percent-encoded (`%E0%A4%A`), as Rack does, instead of keeping it as text. */
function strictDecoder(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return fail({ kind: 'malformed', message: 'The form body is not valid percent-encoded UTF-8.' });
  }
}

/**
 * Bracket notation (`meta[key]=v`, `sms_code[id]=…`) becomes nested objects, as the providers' own
 * servers read it. More than 1000 parameters, or an array of more than 100, is refused rather
 * than cut short or turned into an object behind the client's back.
 */
export function parseForm(body: string): Record<string, unknown> {
  try {
    return parse(body, { depth: 3, parameterLimit: 1000, arrayLimit: 100, throwOnLimitExceeded: true, decoder: strictDecoder });
  } catch (error) {
    if (error instanceof RangeError) return fail({ kind: 'malformed', message: `The form body is refused: ${error.message}` });
    throw error;
  }
}

/**
 * Query strings already parsed: clients send the same few again and again (`limit=10`), and
 * qs takes microseconds for the shortest. Bounded, as anyone can send them.
 */
const parsedQuery = textMemo((query) => parse(query, { depth: 2, parameterLimit: Infinity, arrayLimit: 20 }), 1024, 256 * 1024);

const copied = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(copied);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const key in value) copy[key] = copied((value as Record<string, unknown>)[key]);
  return copy;
};

/**
 * The router's query string parser: bracket notation nested two deep, as the providers read it;
 * every parameter read (the header size limit bounds how many a URL carries, and validation
 * refuses what an operation does not take). Each request gets its own copy: validation coerces
 * the query in place.
 */
export function parseQuery(query: string): Record<string, unknown> {
  return copied(parsedQuery(query)) as Record<string, unknown>;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The body as it arrived, before parsing (what request signatures are computed over); undefined without one. */
    rawBody?: string;
  }
}

/**
 * Body parsers for one API's scope: form encoding, plus the API's own JSON media types (e.g.
 * `application/vnd.dwolla.v1.hal+json`) parsed exactly like `application/json`. Each keeps the
 * raw text on the request.
 */
export function registerBodyParsers(scope: FastifyInstance, jsonMediaTypes: readonly string[]): void {
  scope.decorateRequest('rawBody', undefined);
  scope.addContentTypeParser(FORM, { parseAs: 'string' }, (request, body, done) => {
    request.rawBody = body as string;
    try {
      done(null, parseForm(body as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  // An empty body under a JSON type is no body: fine where the operation takes none (a DELETE from
  // a client that always sends its Content-Type), and refused by the validation of those that do.
  const json = scope.getDefaultJsonParser('error', 'error');
  const tolerant: typeof json = (request, body, done) => {
    request.rawBody = body as string;
    return (body as string) === '' ? done(null, undefined) : json(request, body, done);
  };
  scope.removeContentTypeParser(JSON_TYPE);
  scope.addContentTypeParser([JSON_TYPE, ...jsonMediaTypes], { parseAs: 'string' }, tolerant);
}

/**
 * The parameters a GET (or HEAD) carries in its body, for operations whose route table allows it
 * (`queryInBody`): some SDKs send a list's parameters so. Fastify reads no body for these methods,
 * so it is read here, within the body limit; undefined when there is none. A body in another media
 * type is a 415, one too large a 413, one that does not parse a 400.
 */
export async function bodyOfGet(request: FastifyRequest, accepted: readonly string[], limit: number): Promise<Record<string, unknown> | undefined> {
  const { headers } = request.raw;
  const length = headers['content-length'];
  if (headers['transfer-encoding'] === undefined && (length === undefined || length === '0')) return undefined;
  const type = mediaType(headers['content-type']);
  if (!type || !accepted.includes(type)) return fail({ kind: 'unsupported_media_type', contentType: type ?? '', supported: accepted });
  if (Number(length) > limit) return fail({ kind: 'payload_too_large', limit });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request.raw as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return fail({ kind: 'payload_too_large', limit });
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) return undefined;
  if (type === FORM) return parseForm(text);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail({ kind: 'malformed', message: 'The body is not valid JSON.' });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return fail({ kind: 'malformed', message: 'The body must be a JSON object.' });
  return parsed as Record<string, unknown>;
}

interface MediaRange {
  readonly type: string;
  readonly q: number;
}

function parseAccept(accept: string): MediaRange[] {
  return accept
    .split(',')
    .map((part) => {
      const [type = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
      const q = params.find((p) => p.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { type, q: Number.isFinite(quality) ? quality : 0 };
    })
    .filter((range) => range.type.includes('/'));
}

/** How much an Accept header wants `type`: the q of the most specific range that matches it (0 for none). */
function quality(type: string, ranges: readonly MediaRange[]): number {
  const [main] = type.split('/');
  let specificity = -1;
  let q = 0;
  for (const range of ranges) {
    const rank = range.type === type ? 2 : range.type === `${main}/*` ? 1 : range.type === '*/*' ? 0 : -1;
    if (rank > specificity) [specificity, q] = [rank, range.q];
  }
  return q;
}

/**
 * Proactive negotiation (RFC 9110 §12.5.1): the offered media type the Accept header wants most,
 * the server's order breaking ties; an absent Accept takes the first. Undefined when none is
 * acceptable: a 406.
 */
export function negotiate(accept: string | undefined, offered: readonly string[]): string | undefined {
  if (!accept?.trim()) return offered[0];
  const ranges = parseAccept(accept);
  let best: string | undefined;
  let bestQ = 0;
  for (const type of offered) {
    const q = quality(type, ranges);
    if (q > bestQ) [best, bestQ] = [type, q];
  }
  return best;
}

/** The methods whose body Fastify never reads (its own `bodyless` set). */
const BODYLESS = new Set(['GET', 'HEAD', 'TRACE']);

/**
 * Whether the request brought a body for Fastify's parsers (a Content-Type, or a length or chunked
 * encoding without one) and none took it: every parser of a scope's keeps the raw text. A route
 * refuses such a body with a 415 before its handler; on the way to a not-found handler Fastify
 * lets it through unread.
 */
export function unparsedBody(request: FastifyRequest): boolean {
  if (BODYLESS.has(request.method) || request.rawBody !== undefined) return false;
  const { headers } = request;
  if (headers['content-type'] !== undefined) return true;
  const length = headers['content-length'];
  return headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
