import { HAL_JSON as DWOLLA_MEDIA_TYPE } from '@clientele/schemas/dwolla';
import type * as Dwolla from '@clientele/schemas/dwolla';
import type { Issue } from '@clientele/validators';
import { byKind, type ByKind, type ErrorCatalogue, type Problem } from '../../platform/problems.ts';
import { DEFAULT_WORDING } from '../../platform/wording.ts';

const VALIDATION_MESSAGE = 'Validation error(s) present. See embedded errors list for more details.';

/** Dwolla names fields capitalised in messages: `/firstName` → `FirstName is required.` */
const labelOf = (pointer: string) => {
  const last = pointer.split('/').filter(Boolean).at(-1)?.replace(/~1/g, '/').replace(/~0/g, '~') ?? 'Body';
  return last.charAt(0).toUpperCase() + last.slice(1);
};

function embedded(issue: Issue): Dwolla.EmbeddedError {
  const label = labelOf(issue.pointer);
  switch (issue.code) {
    case 'required':
      return { code: 'Required', message: `${label} is required.`, path: issue.pointer };
    case 'unknown':
      return { code: 'NotAllowed', message: `${label} is not allowed.`, path: issue.pointer };
    case 'format':
      return { code: 'InvalidFormat', message: `${label} is in an invalid format.`, path: issue.pointer };
    case 'invalid':
      return { code: 'Invalid', message: `${label} is invalid: ${issue.message.replace(/\.$/, '')}.`, path: issue.pointer };
  }
}

/** Which operation was not authorized, in the seed's words where it has them. */
const FORBIDDEN: Readonly<Record<string, string>> = {
  createCustomer: 'Not authorized to create customers.',
  retrieveCustomer: 'Not authorized to get a customer by id.',
  listCustomers: 'Not authorized to list customers.',
  updateCustomer: 'Not authorized to update customers.',
};

const BEARER_CHALLENGE = { 'www-authenticate': 'Bearer realm="dwolla"' };

/** Dwolla's code and wording for each kind of problem: the message catalogue. */
const CATALOGUE: ByKind<readonly [code: string, message: string], [operationId: string | undefined, requestId: string]> = {
  validation: () => ['ValidationError', VALIDATION_MESSAGE],
  duplicate: () => ['ValidationError', VALIDATION_MESSAGE],
  invalid_reference: () => ['ValidationError', VALIDATION_MESSAGE],
  malformed: (p) => ['BadRequest', p.message],
  unauthorized: (p) =>
    p.reason === 'expired'
      ? ['ExpiredAccessToken', 'Expired access token.']
      : p.reason === 'invalid'
        ? ['InvalidAccessToken', 'Invalid access token.']
        : ['InvalidCredentials', 'Missing or invalid Authorization header.'],
  forbidden: (p, operationId) => ['Forbidden', `${FORBIDDEN[operationId ?? ''] ?? 'Not authorized.'} ${p.message}`],
  not_found: (p) => ['NotFound', p.resource ? `${p.resource} not found.` : 'The requested resource was not found.'],
  method_not_allowed: (p) => ['MethodNotAllowed', `Method ${p.method} not allowed. Allowed: ${p.allow.join(', ')}.`],
  not_acceptable: (p) => ['InvalidVersion', `Missing or invalid API version: Accept ${p.accept} cannot be served; send Accept: ${DWOLLA_MEDIA_TYPE}.`],
  conflict: (p) => ['Conflict', p.message],
  idempotency_mismatch: (p) => ['IdempotencyKeyReused', `Idempotency-Key ${p.key} was already used in the last 24 hours for a different request.`],
  payload_too_large: (p) => ['RequestTooLarge', DEFAULT_WORDING.payload_too_large(p)],
  unsupported_media_type: (p) => ['UnsupportedMediaType', DEFAULT_WORDING.unsupported_media_type(p, [DWOLLA_MEDIA_TYPE, 'application/json'])],
  rate_limited: () => ['TooManyRequests', 'Too many requests. Please wait and try again.'],
  unavailable: () => ['ServiceUnavailable', DEFAULT_WORDING.unavailable()],
  internal: (_p, _op, requestId) => ['ServerError', `A server error occurred. Error ID: ${requestId}.`],
};

/** The field errors a ValidationError embeds. */
function embeddedErrors(problem: Problem): Dwolla.EmbeddedError[] | undefined {
  switch (problem.kind) {
    case 'validation':
      return problem.issues.map(embedded);
    case 'duplicate':
      return [{ code: 'Duplicate', message: `A customer with the specified ${problem.field} already exists.`, path: `/${problem.field}` }];
    case 'invalid_reference':
      return [{ code: 'Invalid', message: `${labelOf(`/${problem.field}`)} is invalid: ${problem.id} was not found.`, path: `/${problem.field}` }];
    default:
      return undefined;
  }
}

/** A limit reached (an 11th webhook subscription) is Dwolla's `MaxNumberOfResources`, not a field's error. */
const limitReached = (problem: Problem) => (problem.kind === 'validation' && problem.issues.length === 1 && problem.issues[0]!.rule === 'max_resources' ? problem.issues[0]!.message : undefined);

function dwollaError(problem: Problem, operationId: string | undefined, requestId: string) {
  const limit = limitReached(problem);
  if (limit) return { body: { code: 'MaxNumberOfResources', message: limit, description: limit } satisfies Dwolla.DwollaError };
  const [code, message] = byKind(CATALOGUE, problem, operationId, requestId);
  const errors = embeddedErrors(problem);
  const body: Dwolla.DwollaError = { code, message, description: message, ...(errors ? { _embedded: { errors } } : {}) };
  return { body, ...(problem.kind === 'unauthorized' ? { headers: BEARER_CHALLENGE } : {}) };
}

type OAuthCode = Dwolla.OAuthError['error'];

/** The token endpoint speaks OAuth 2.0 (RFC 6749 §5.2): `error` and `error_description`, which Dwolla's SDKs read. */
function oauthError(problem: Problem, requestId: string) {
  const error = (code: OAuthCode, description: string, headers?: Record<string, string>) => ({
    body: { error: code, error_description: description } satisfies Dwolla.OAuthError,
    ...(headers ? { headers } : {}),
  });
  switch (problem.kind) {
    case 'validation': {
      const grant = problem.issues.find((issue) => issue.pointer === '/grant_type' && issue.code !== 'required');
      if (grant) return error('unsupported_grant_type', 'Only grant_type=client_credentials is supported.');
      return error('invalid_request', problem.issues.map((i) => `${i.field || 'body'} ${i.message}.`).join(' '));
    }
    case 'unauthorized':
      return error(
        'invalid_client',
        problem.reason === 'missing'
          ? 'Client authentication is required: send the application key and secret as HTTP Basic, or client_id and client_secret.'
          : 'Invalid client credentials.',
        { 'www-authenticate': 'Basic realm="dwolla"' },
      );
    case 'malformed':
      return error('invalid_request', problem.message);
    case 'payload_too_large':
      return error('invalid_request', DEFAULT_WORDING.payload_too_large(problem));
    case 'unsupported_media_type':
      return error('invalid_request', DEFAULT_WORDING.unsupported_media_type(problem, ['application/x-www-form-urlencoded', 'application/json']));
    case 'not_acceptable':
      return error('invalid_request', `Accept ${problem.accept} cannot be served: token responses are application/json (or ${DWOLLA_MEDIA_TYPE}).`);
    case 'unavailable':
      return error('temporarily_unavailable', DEFAULT_WORDING.unavailable());
    // OAuth 2.0 has no code of its own for this: a temporary overload is what `temporarily_unavailable` names (RFC 6749 §4.1.2.1).
    case 'rate_limited':
      return error('temporarily_unavailable', 'Too many requests. Please wait and try again.');
    case 'internal':
      return error('server_error', `A server error occurred. Error ID: ${requestId}.`);
    default:
      return dwollaError(problem, 'requestToken', requestId);
  }
}

/** Dwolla reports a duplicate email as a 400 ValidationError, not a 409. */
export const errors: ErrorCatalogue = {
  statuses: { duplicate: 400, invalid_reference: 400 },
  render: (problem, { requestId, operationId }) =>
    operationId === 'requestToken' ? oauthError(problem, requestId) : dwollaError(problem, operationId, requestId),
};
