import { DWOLLA_MEDIA_TYPE, type Dwolla } from '@clientele/schemas';
import type { Issue } from '@clientele/validators';
import type { ErrorRenderer, Problem, RenderedError } from '../../platform/problems.ts';

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

function dwollaError(problem: Problem, operationId: string | undefined, requestId: string): RenderedError {
  const error = (status: number, code: string, message: string, headers?: Record<string, string>, errors?: Dwolla.EmbeddedError[]): RenderedError => {
    const body: Dwolla.DwollaError = { code, message, description: message, ...(errors ? { _embedded: { errors } } : {}) };
    return { status, body, ...(headers ? { headers } : {}) };
  };
  switch (problem.kind) {
    case 'validation':
      return error(400, 'ValidationError', VALIDATION_MESSAGE, undefined, problem.issues.map(embedded));
    case 'duplicate':
      return error(400, 'ValidationError', VALIDATION_MESSAGE, undefined, [
        { code: 'Duplicate', message: `A customer with the specified ${problem.field} already exists.`, path: `/${problem.field}` },
      ]);
    case 'malformed':
      return error(400, 'BadRequest', problem.message);
    case 'unauthorized':
      if (problem.reason === 'expired') return error(401, 'ExpiredAccessToken', 'Expired access token.', BEARER_CHALLENGE);
      if (problem.reason === 'invalid') return error(401, 'InvalidAccessToken', 'Invalid access token.', BEARER_CHALLENGE);
      return error(401, 'InvalidCredentials', 'Missing or invalid Authorization header.', BEARER_CHALLENGE);
    case 'forbidden':
      return error(403, 'Forbidden', `${FORBIDDEN[operationId ?? ''] ?? 'Not authorized.'} ${problem.message}`);
    case 'not_found':
      return error(404, 'NotFound', problem.resource ? `${problem.resource} not found.` : 'The requested resource was not found.');
    case 'method_not_allowed':
      return error(405, 'MethodNotAllowed', `Method ${problem.method} not allowed. Allowed: ${problem.allow.join(', ')}.`);
    case 'not_acceptable':
      return error(406, 'InvalidVersion', `Missing or invalid API version: Accept ${problem.accept} cannot be served; send Accept: ${DWOLLA_MEDIA_TYPE}.`);
    case 'conflict':
      return error(409, 'Conflict', problem.message);
    case 'idempotency_mismatch':
      return error(422, 'IdempotencyKeyReused', `Idempotency-Key ${problem.key} was already used in the last 24 hours for a different request.`);
    case 'payload_too_large':
      return error(413, 'RequestTooLarge', `The request body is larger than ${problem.limit} bytes.`);
    case 'unsupported_media_type':
      return error(415, 'UnsupportedMediaType', `Content-Type ${problem.contentType || '(none)'} is not supported: send ${DWOLLA_MEDIA_TYPE} or application/json.`);
    case 'unavailable':
      return error(503, 'ServiceUnavailable', 'The service is temporarily unavailable; try again shortly.');
    case 'internal':
      return error(500, 'ServerError', `A server error occurred. Error ID: ${requestId}.`);
  }
}

/** The token endpoint speaks OAuth 2.0 (RFC 6749 §5.2): `error` and `error_description`, which Dwolla's SDKs read. */
function oauthError(problem: Problem, requestId: string): RenderedError {
  const error = (status: number, code: Dwolla.OAuthError['error'], description: string, headers?: Record<string, string>): RenderedError => ({
    status,
    body: { error: code, error_description: description } satisfies Dwolla.OAuthError,
    ...(headers ? { headers } : {}),
  });
  switch (problem.kind) {
    case 'validation': {
      const grant = problem.issues.find((issue) => issue.pointer === '/grant_type' && issue.code !== 'required');
      if (grant) return error(400, 'unsupported_grant_type', 'Only grant_type=client_credentials is supported.');
      return error(400, 'invalid_request', problem.issues.map((i) => `${i.field || 'body'} ${i.message}.`).join(' '));
    }
    case 'unauthorized':
      return error(
        401,
        'invalid_client',
        problem.reason === 'missing'
          ? 'Client authentication is required: send the application key and secret as HTTP Basic, or client_id and client_secret.'
          : 'Invalid client credentials.',
        { 'www-authenticate': 'Basic realm="dwolla"' },
      );
    case 'malformed':
      return error(400, 'invalid_request', problem.message);
    case 'payload_too_large':
      return error(413, 'invalid_request', `The request body is larger than ${problem.limit} bytes.`);
    case 'unsupported_media_type':
      return error(415, 'invalid_request', `Content-Type ${problem.contentType || '(none)'} is not supported: send application/x-www-form-urlencoded or application/json.`);
    case 'not_acceptable':
      return error(406, 'invalid_request', `Accept ${problem.accept} cannot be served: token responses are application/json (or ${DWOLLA_MEDIA_TYPE}).`);
    case 'unavailable':
      return error(503, 'temporarily_unavailable', 'The service is temporarily unavailable; try again shortly.');
    case 'internal':
      return error(500, 'server_error', `A server error occurred. Error ID: ${requestId}.`);
    default:
      return dwollaError(problem, 'requestToken', requestId);
  }
}

export const renderError: ErrorRenderer = (problem, { requestId, operationId }) =>
  operationId === 'requestToken' ? oauthError(problem, requestId) : dwollaError(problem, operationId, requestId);
