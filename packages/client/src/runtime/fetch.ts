import { stringify } from 'qs';
import { ConnectionError, genericError, TimeoutError, type ErrorFactory } from './errors';
import type { OperationMeta } from './operations';
import { backoffMs, DEFAULT_MAX_RETRIES, IDEMPOTENT_METHODS, MAX_RETRY_AFTER, retryableStatus, retryAfterMs, timerSleep, type RetryPolicy } from './retry';

/** How a client proves who it is: HTTP Basic, a bearer token, or a function that yields headers (token flows). */
export type Auth =
  | { readonly type: 'basic'; readonly username: string; readonly password?: string }
  | { readonly type: 'bearer'; readonly token: string }
  | { readonly type: 'headers'; readonly headers: () => Promise<Record<string, string>> | Record<string, string> };

/** Retries, timeouts and errors: set for a whole client, and per call where it makes sense. */
export interface RequestPolicy extends RetryPolicy {
  /** Milliseconds one attempt may take, answer included, before it is abandoned (default 60 000; 0 for none). */
  readonly timeout?: number;
  /**
   * Throw the API's error class (`BalancedError`, `DwollaError`, …) for a 4xx or 5xx answer
   * instead of resolving with it; calls then resolve with their success statuses only.
   */
  readonly throwOnError?: boolean;
}

export interface ClientConfig extends RequestPolicy {
  /** Where the API is mounted, e.g. `http://localhost:4010/balanced`. */
  readonly baseUrl: string;
  readonly auth?: Auth;
  /** Sent as `Accept` on every request unless the call sets its own. */
  readonly accept?: string;
  /**
   * Send bodies form-encoded (bracket notation; null as an empty value) rather than as JSON, as the
   * provider's own SDKs do (Octobat).
   */
  readonly formBodies?: boolean;
  readonly fetch?: typeof fetch;
  /** Makes the API's error class from an error answer (throwing mode, and `paginate`). */
  readonly errorOf?: ErrorFactory;
  /** What the spec says of the operation being called (set per call by the client). */
  readonly operation?: OperationMeta;
  /** The `Idempotency-Key` of this call (set per call by the client). */
  readonly idempotencyKey?: string;
}

export const DEFAULT_TIMEOUT = 60_000;
const FORM = 'application/x-www-form-urlencoded';

export type ClienteleRequestInit = RequestInit & { clientele?: ClientConfig };

/** What every call resolves with (orval's shape). */
export interface ClienteleResponse {
  readonly status: number;
  readonly data: unknown;
  readonly headers: Headers;
}

/** Base64 of the UTF-8 bytes (btoa alone refuses characters beyond Latin-1). */
const base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

async function authHeaders(auth: Auth | undefined): Promise<Record<string, string>> {
  if (!auth) return {};
  if (auth.type === 'basic') {
    return { authorization: `Basic ${base64(`${auth.username}:${auth.password ?? ''}`)}` };
  }
  if (auth.type === 'bearer') return { authorization: `Bearer ${auth.token}` };
  return auth.headers();
}

/** Serializes a body for its declared media type: form bodies use bracket notation (`meta[key]=v`). */
function encodeBody(body: RequestInit['body'], contentType: string | null): RequestInit['body'] {
  if (typeof body !== 'string' || !contentType?.startsWith(FORM)) return body;
  return stringify(JSON.parse(body));
}

function parseBody(text: string, response: Response): unknown {
  if (!text) return undefined;
  const type = response.headers.get('content-type') ?? '';
  return /json/.test(type) ? JSON.parse(text) : text;
}

/**
 * The URL a call goes to. A path is appended to the base URL; an absolute URL (a link the API
 * answered with, such as a HAL `next`) is followed only on the base URL's origin, so credentials are
 * never sent to another host.
 */
function targetOf(url: string, baseUrl: string): string {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) return `${baseUrl.replace(/\/$/, '')}${url}`;
  if (new URL(url).origin !== new URL(baseUrl).origin) throw new Error(`clientele: refusing to send credentials to ${url}, outside ${baseUrl}`);
  return url;
}

/** The caller's signal and the attempt's timeout as one signal. */
function attemptSignal(caller: AbortSignal | null | undefined, timeout: number): { signal?: AbortSignal; timer?: AbortSignal } {
  const timer = timeout > 0 ? AbortSignal.timeout(timeout) : undefined;
  const signals = [caller, timer].filter((s): s is AbortSignal => Boolean(s));
  return { signal: signals.length > 1 ? AbortSignal.any(signals) : signals[0], timer };
}

/**
 * The one hand-written place every generated call goes through: base URL, auth, media types, body
 * encodings, and the request policy. A call that may safely run twice (GET, HEAD, PUT, DELETE, or
 * one sent with an `Idempotency-Key`, which is generated for operations that take one) is tried
 * again after a connection failure, a timeout, a 429 or a 503, with exponential backoff and jitter,
 * waiting at least what `Retry-After` asks. It resolves with orval's `{ data, status, headers }` for
 * every status, unless the client throws on errors; transport failures are `ConnectionError`s.
 */
export async function clienteleFetch<T>(url: string, init: ClienteleRequestInit = {}): Promise<T> {
  const { clientele: config, ...request } = init;
  if (!config) throw new Error('clientele: call generated operations through a client created with create…Client()');
  const target = targetOf(url, config.baseUrl);
  const method = (request.method ?? 'GET').toUpperCase();
  const headers = new Headers(request.headers);
  if (config.accept && !headers.has('accept')) headers.set('accept', config.accept);
  if (config.formBodies && typeof request.body === 'string' && /json/.test(headers.get('content-type') ?? '')) headers.set('content-type', FORM);
  const maxRetries = config.maxRetries ?? DEFAULT_MAX_RETRIES;
  // A key makes the server run a repeated request once: sent whenever retries may repeat it.
  const key = config.operation?.idempotencyKey ? (config.idempotencyKey ?? headers.get('idempotency-key') ?? (maxRetries > 0 ? crypto.randomUUID() : undefined)) : undefined;
  if (key) headers.set('idempotency-key', key);
  const retries = key || IDEMPOTENT_METHODS.has(method) ? maxRetries : 0;
  const body = encodeBody(request.body, headers.get('content-type'));
  const timeout = config.timeout ?? DEFAULT_TIMEOUT;
  const sleep = config.sleep ?? timerSleep;
  const send = config.fetch ?? fetch;

  for (let attempt = 0; ; attempt++) {
    // Again at every attempt: a token may have been renewed meanwhile.
    for (const [name, value] of Object.entries(await authHeaders(config.auth))) headers.set(name, value);
    const { signal, timer } = attemptSignal(request.signal, timeout);
    let response: Response;
    let text: string;
    try {
      response = await send(target, { ...request, headers, body, signal });
      if (attempt < retries && retryableStatus(response.status, Boolean(key))) {
        const asked = retryAfterMs(response.headers.get('retry-after'));
        if (asked === undefined || asked <= MAX_RETRY_AFTER) {
          await response.body?.cancel().catch(() => undefined);
          await sleep(backoffMs(config, attempt, asked), request.signal ?? undefined);
          continue;
        }
      }
      text = await response.text();
    } catch (error) {
      // The caller's own cancellation ends the call as they asked: with their reason, never retried.
      if (request.signal?.aborted) throw request.signal.reason;
      const failure = timer?.aborted
        ? new TimeoutError(method, target, timeout)
        : new ConnectionError(`clientele: ${method} ${target} failed: ${causeText(error)}`, method, target, { cause: error });
      if (attempt >= retries) throw failure;
      await sleep(backoffMs(config, attempt), request.signal ?? undefined);
      continue;
    }
    const result: ClienteleResponse = { data: parseBody(text, response), status: response.status, headers: response.headers };
    if (config.throwOnError && response.status >= 400) throw (config.errorOf ?? genericError)(result);
    return result as T;
  }
}

/** What went wrong underneath fetch's own `TypeError: fetch failed`: `connect ECONNREFUSED 127.0.0.1:4010`, `other side closed`. */
function causeText(error: unknown): string {
  const cause = (error as { cause?: { message?: string; code?: string } }).cause;
  return cause?.message || cause?.code || (error as Error).message || String(error);
}

/**
 * Nested query parameters (`created: {gt: 1}`) as bracket-notation keys (`created[gt]`), as the
 * servers parse them; orval's URL builders would otherwise write an object as `[object Object]`.
 */
export function bracketQuery<T extends object>(params: T | undefined): T | undefined {
  if (!params) return params;
  const flat: Record<string, unknown> = {};
  const add = (prefix: string, value: unknown) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) add(`${prefix}[${key}]`, inner);
    } else flat[prefix] = value;
  };
  for (const [key, value] of Object.entries(params)) add(key, value);
  return flat as T;
}

/** The id at the end of a created resource's `Location` (Dwolla answers a create with 201, `Location` and no body). */
export function createdId(response: { readonly headers: Headers }): string | undefined {
  const location = response.headers.get('location');
  if (!location) return undefined;
  const last = new URL(location, 'http://base.invalid').pathname.split('/').filter(Boolean).at(-1);
  return last === undefined ? undefined : decodeURIComponent(last);
}
