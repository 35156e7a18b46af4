import type * as Bank from '@clientele/schemas/bank';
import type { Issue } from '@clientele/validators';
import type { ErrorCatalogue, Problem, ProblemKind } from '../../platform/problems.ts';
import { DEFAULT_WORDING } from '../../platform/wording.ts';

/** gRPC status codes (google.rpc.Code). */
const GRPC = {
  InvalidArgument: 3,
  NotFound: 5,
  AlreadyExists: 6,
  PermissionDenied: 7,
  ResourceExhausted: 8,
  Aborted: 10,
  Unimplemented: 12,
  Internal: 13,
  Unavailable: 14,
  Unauthenticated: 16,
} as const;

/**
 * The gRPC code of each problem. grpc-gateway derives the HTTP status from it (NotFound 404,
 * InvalidArgument 400, AlreadyExists 409, …); the platform's statuses already agree, and the
 * HTTP-only failures (405, 406, 413, 415) keep their HTTP statuses with the nearest code.
 */
const CODES: Readonly<Record<ProblemKind, number>> = {
  validation: GRPC.InvalidArgument,
  malformed: GRPC.InvalidArgument,
  invalid_reference: GRPC.InvalidArgument,
  unauthorized: GRPC.Unauthenticated,
  forbidden: GRPC.PermissionDenied,
  not_found: GRPC.NotFound,
  // grpc-gateway's own routing answers an unknown verb with Unimplemented.
  method_not_allowed: GRPC.Unimplemented,
  not_acceptable: GRPC.InvalidArgument,
  conflict: GRPC.Aborted,
  duplicate: GRPC.AlreadyExists,
  payload_too_large: GRPC.ResourceExhausted,
  unsupported_media_type: GRPC.InvalidArgument,
  idempotency_mismatch: GRPC.InvalidArgument,
  // grpc-gateway answers ResourceExhausted with 429.
  rate_limited: GRPC.ResourceExhausted,
  internal: GRPC.Internal,
  unavailable: GRPC.Unavailable,
};

/** grpc-gateway's messages are Go errors: no capital to open a sentence, no final period. */
const goError = (sentence: string) => sentence.replace(/^The /, 'the ').replace(/\.$/, '');

const issueText = (issue: Issue) => `${issue.field || 'body'}: ${issue.message.replace(/\.$/, '')}`;

/** The seed's resources as messages name them (`customer 9a… not found`, as openbank's `account %s not found`). */
const noun = (resource: string | undefined) => resource?.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() ?? 'resource';

function messageOf(problem: Problem, requestId: string): string {
  switch (problem.kind) {
    case 'validation':
      return `invalid request: ${problem.issues.map(issueText).join('; ')}`;
    case 'malformed':
      return problem.message;
    case 'invalid_reference':
      return `invalid ${problem.field}: no such ${problem.resource ? noun(problem.resource) : 'thing'}${problem.id ? ` (${problem.id})` : ''}`;
    case 'unauthorized':
      return problem.reason === 'missing'
        ? 'authentication is required: send Authorization: Bearer <access token>'
        : problem.reason === 'expired'
          ? 'the access token has expired: get another at POST /v1/token with the refresh token'
          : 'the credentials are not valid';
    case 'forbidden':
      if (problem.missingRoles) return `OBP-20006: User is missing one or more roles: ${problem.missingRoles.join(' or ')}`;
      if (problem.missingScopes) return `the access token lacks the scope ${problem.missingScopes.join(' and ')}`;
      return problem.message;
    case 'not_found':
      return problem.resource ? `${noun(problem.resource)} ${problem.id ?? ''} not found`.replace('  ', ' ') : 'Not Found';
    case 'method_not_allowed':
      return `Method Not Allowed: ${problem.method}; allowed: ${problem.allow.join(', ')}`;
    case 'not_acceptable':
      return `Accept ${problem.accept} cannot be served: responses are application/json`;
    case 'conflict':
      return problem.message;
    case 'duplicate':
      // One link per user and customer is a uniqueness of customer_id among the user's links.
      return problem.field === 'customer_id'
        ? `the user is already linked to customer ${problem.value}`
        : `${problem.field} ${problem.value} already exists`;
    case 'payload_too_large':
      return goError(DEFAULT_WORDING.payload_too_large(problem));
    case 'unsupported_media_type':
      return goError(DEFAULT_WORDING.unsupported_media_type(problem, problem.supported.length ? problem.supported : ['application/json']));
    case 'idempotency_mismatch':
      return `Idempotency-Key ${problem.key} was used for another request`;
    case 'rate_limited':
      return 'too many requests: retry after a while';
    case 'unavailable':
      return goError(DEFAULT_WORDING.unavailable());
    case 'internal':
      return `internal error (request ${requestId})`;
  }
}

/** grpc-gateway v2's error body: `{code, message, details}`, details always an (empty) list of Any. */
export const errors: ErrorCatalogue = {
  render(problem, { requestId, operationId }) {
    const body: Bank.Status = { code: CODES[problem.kind], message: messageOf(problem, requestId), details: [] };
    if (problem.kind !== 'unauthorized') return { body };
    // The authorization endpoint signs the user in with HTTP Basic; everything else takes bearer tokens.
    const challenge = operationId === 'authorize' ? 'Basic realm="bank"' : 'Bearer realm="bank"';
    return { body, headers: { 'www-authenticate': challenge } };
  },
};
