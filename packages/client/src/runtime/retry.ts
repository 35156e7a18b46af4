/** When a request is tried again, and how long the client waits before it does. */
export interface RetryPolicy {
  /** Retries after a connection failure, a timeout, a 429 or a 503 (default 2; 0 never retries). */
  readonly maxRetries?: number;
  /** The first wait and the cap of the exponential backoff, in milliseconds (defaults 500 and 8000). */
  readonly retryDelay?: { readonly initial?: number; readonly max?: number };
  /**
   * Waits `ms` (or rejects when `signal` aborts); replaceable in tests so no test sleeps. Default:
   * a timer.
   */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_INITIAL_DELAY = 500;
const DEFAULT_MAX_DELAY = 8_000;
/** A `Retry-After` longer than this is not waited for: the answer is returned (or thrown) instead. */
export const MAX_RETRY_AFTER = 60_000;

/** Methods that may run twice without harm (RFC 9110 §9.2.2), so they are retried without a key. */
export const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** 429 and 503 say "not now"; a 409 answers a key whose first request is still running (only retried with that key). */
export const retryableStatus = (status: number, withKey: boolean) => status === 429 || status === 503 || (withKey && status === 409);

/** `Retry-After` in milliseconds: delay-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The wait before retry number `attempt + 1`: exponential from `initial`, capped at `max`, with
 * jitter (half to all of it) so clients that failed together do not come back together; never less
 * than what the server asked for.
 */
export function backoffMs(policy: RetryPolicy, attempt: number, retryAfter?: number, random = Math.random): number {
  const initial = policy.retryDelay?.initial ?? DEFAULT_INITIAL_DELAY;
  const max = policy.retryDelay?.max ?? DEFAULT_MAX_DELAY;
  const exponential = Math.min(max, initial * 2 ** attempt);
  return Math.max(retryAfter ?? 0, exponential * (0.5 + random() / 2));
}

export const timerSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', abort, { once: true });
  });
