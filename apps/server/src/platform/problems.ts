import { UniqueViolation } from '@clientele/store';
import type { Issue } from '@clientele/validators';

/**
 * What went wrong, independent of any API's wire format. Handlers and the platform throw these;
 * each API renders them in its own error envelope.
 */
export type Problem =
  | { readonly kind: 'validation'; readonly issues: readonly Issue[] }
  | { readonly kind: 'malformed'; readonly message: string }
  | { readonly kind: 'unauthorized'; readonly reason: 'missing' | 'invalid' | 'expired' }
  | { readonly kind: 'forbidden'; readonly message: string; readonly missingScopes?: readonly string[] }
  | { readonly kind: 'not_found'; readonly resource?: string; readonly id?: string }
  | { readonly kind: 'method_not_allowed'; readonly method: string; readonly allow: readonly string[] }
  | { readonly kind: 'duplicate'; readonly field: string; readonly value: string }
  | { readonly kind: 'payload_too_large'; readonly limit: number }
  | { readonly kind: 'unsupported_media_type'; readonly contentType: string; readonly supported: readonly string[] }
  | { readonly kind: 'not_acceptable'; readonly accept: string; readonly supported: readonly string[] }
  | { readonly kind: 'conflict'; readonly message: string }
  /** An idempotency key already used, within its lifetime, for a different request. */
  | { readonly kind: 'idempotency_mismatch'; readonly key: string }
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'internal' };

export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.kind);
  }
}

export const fail = (problem: Problem): never => {
  throw new ApiProblem(problem);
};

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
}

export interface RenderedError {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export type ErrorRenderer = (problem: Problem, context: ErrorContext) => RenderedError;
