import { UniqueViolation } from '@clientele/store';
import type { Issue } from '@clientele/validators';

/**
 * What went wrong, independent of any API's wire format. Handlers and the platform throw these;
 * each API renders them in its own error envelope.
 */
export type Problem =
  | { readonly kind: 'validation'; readonly issues: readonly Issue[] }
  | { readonly kind: 'malformed'; readonly message: string }
  /** `credential` says what failed where a request carries more than a key: a request signature. */
  | { readonly kind: 'unauthorized'; readonly reason: 'missing' | 'invalid' | 'expired'; readonly credential?: 'signature' }
  | {
      readonly kind: 'forbidden';
      readonly message: string;
      readonly missingScopes?: readonly string[];
      /** Roles (entitlements) of which the caller's user holds none, in APIs with users. */
      readonly missingRoles?: readonly string[];
    }
  | { readonly kind: 'not_found'; readonly resource?: string; readonly id?: string }
  | { readonly kind: 'method_not_allowed'; readonly method: string; readonly allow: readonly string[] }
  | { readonly kind: 'duplicate'; readonly field: string; readonly value: string }
  | { readonly kind: 'payload_too_large'; readonly limit: number }
  | { readonly kind: 'unsupported_media_type'; readonly contentType: string; readonly supported: readonly string[] }
  | { readonly kind: 'not_acceptable'; readonly accept: string; readonly supported: readonly string[] }
  | { readonly kind: 'conflict'; readonly message: string }
  /** An idempotency key already used, within its lifetime, for a different request. */
  | { readonly kind: 'idempotency_mismatch'; readonly key: string }
  /** A request field names something that does not exist (a page cursor, a token): `field` says which. */
  | { readonly kind: 'invalid_reference'; readonly field: string; readonly id: string; readonly resource?: string }
  /** Too many requests (a fault the sandbox injects). `retryAfter` (seconds) is sent as `Retry-After`, here and on `unavailable`. */
  | { readonly kind: 'rate_limited'; readonly retryAfter?: number }
  | { readonly kind: 'unavailable'; readonly retryAfter?: number }
  | { readonly kind: 'internal' };

export type ProblemKind = Problem['kind'];

/** A table with an entry for every kind of problem, each entry typed by its kind: a message catalogue. */
export type ByKind<R, Extra extends unknown[] = []> = {
  readonly [K in ProblemKind]: (problem: Extract<Problem, { kind: K }>, ...extra: Extra) => R;
};

/** The entry of a `ByKind` table for this problem. */
export const byKind = <R, Extra extends unknown[]>(table: ByKind<R, Extra>, problem: Problem, ...extra: Extra): R =>
  (table[problem.kind] as (problem: Problem, ...extra: Extra) => R)(problem, ...extra);

/** The status each kind of problem answers with, unless an API's catalogue says its provider differs. */
export const DEFAULT_STATUS: Readonly<Record<ProblemKind, number>> = {
  validation: 400,
  malformed: 400,
  invalid_reference: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  not_acceptable: 406,
  conflict: 409,
  duplicate: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  idempotency_mismatch: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.kind);
  }
}

export const fail = (problem: Problem): never => {
  throw new ApiProblem(problem);
};

/**
 * A handler refusing one field of a valid request for a rule of its API (a used token, a wrong
 * code): a `validation` problem naming the field (dotted, `sms_code.code`) and the rule.
 */
export const refuse = (field: string, rule: string, message: string, part: Issue['part'] = 'body'): never =>
  fail({ kind: 'validation', issues: [{ part, pointer: `/${field.split('.').join('/')}`, field, code: 'invalid', message, rule }] });

/** Runs a store write; a unique value it finds taken becomes the `duplicate` problem, named as `field`. */
export async function failOnDuplicate<T>(field: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueViolation) return fail({ kind: 'duplicate', field, value: error.value });
    throw error;
  }
}

/** Everything an API's error renderer may use besides the problem itself. */
export interface ErrorContext {
  /** 32 lowercase hex characters, unique per request. */
  readonly requestId: string;
  /** The operation the request reached, when it reached one (not for unknown paths or verbs). */
  readonly operationId?: string;
  /** The request's `Accept-Language` header, for APIs whose messages follow it. */
  readonly acceptLanguage?: string;
}

export interface RenderedError {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * An API's errors: its envelope and its wording. The platform decides each problem's status from
 * `DEFAULT_STATUS`; `statuses` overrides it only where the provider truly answers otherwise.
 */
export interface ErrorCatalogue {
  readonly statuses?: Partial<Readonly<Record<ProblemKind, number>>>;
  render(problem: Problem, context: ErrorContext & { readonly status: number }): Omit<RenderedError, 'status'>;
}

/** A problem in an API's envelope, at the status its table gives. */
export function renderProblem(catalogue: ErrorCatalogue, problem: Problem, context: ErrorContext): RenderedError {
  return renderProblemAt(catalogue, problem, context, catalogue.statuses?.[problem.kind] ?? DEFAULT_STATUS[problem.kind]);
}

/**
 * A problem in an API's envelope at a status of HTTP's own that no problem kind has (408, 414,
 * 431: a request the server could not read), worded as `problem`.
 */
export function renderProblemAt(catalogue: ErrorCatalogue, problem: Problem, context: ErrorContext, status: number): RenderedError {
  const rendered = catalogue.render(problem, { ...context, status });
  // RFC 9110 §10.2.3: how long to wait, for every API alike (none of the providers documents its own).
  if ((problem.kind !== 'rate_limited' && problem.kind !== 'unavailable') || problem.retryAfter === undefined) return { status, ...rendered };
  return { status, ...rendered, headers: { ...rendered.headers, 'retry-after': String(problem.retryAfter) } };
}
