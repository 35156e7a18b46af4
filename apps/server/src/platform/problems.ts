import type { Issue } from '@clientele/validators';

/**
 * What went wrong, independent of any API's wire format. Handlers and the platform throw these;
 * each API renders them in its own error envelope.
 */
export type Problem =
  | { readonly kind: 'validation'; readonly issues: readonly Issue[] }
  | { readonly kind: 'malformed'; readonly message: string }
  | { readonly kind: 'unauthorized'; readonly reason: 'missing' | 'invalid' | 'expired' }
  | { readonly kind: 'forbidden'; readonly message: string }
  | { readonly kind: 'not_found'; readonly resource?: string; readonly id?: string }
  | { readonly kind: 'method_not_allowed'; readonly method: string; readonly allow: readonly string[] }
  | { readonly kind: 'duplicate'; readonly field: string; readonly value: string }
  | { readonly kind: 'payload_too_large'; readonly limit: number }
  | { readonly kind: 'unsupported_media_type'; readonly contentType: string; readonly supported: readonly string[] }
  | { readonly kind: 'not_acceptable'; readonly accept: string; readonly supported: readonly string[] }
  | { readonly kind: 'conflict'; readonly message: string }
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

/** Everything an API's error renderer may use besides the problem itself. */
export interface ErrorContext {
  /** 32 lowercase hex characters, unique per request. */
  readonly requestId: string;
}

export interface RenderedError {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export type ErrorRenderer = (problem: Problem, context: ErrorContext) => RenderedError;
