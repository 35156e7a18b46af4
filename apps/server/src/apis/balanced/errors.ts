import type { Balanced } from '@clientele/schemas';
import type { ErrorRenderer, Problem } from '../../platform/problems.ts';

type Envelope = Omit<Balanced.BalancedError, 'description' | 'request_id' | 'additional'> & { message: string };

const envelope = (
  status_code: number,
  status: string,
  category_type: Balanced.BalancedError['category_type'],
  category_code: string,
  message: string,
  extras: Record<string, string> = {},
): Envelope => ({ status, status_code, category_type, category_code, message, extras });

function describe(problem: Problem): Envelope {
  switch (problem.kind) {
    case 'validation': {
      const extras = Object.fromEntries(problem.issues.map((i) => [i.field || 'body', i.message]));
      const message = problem.issues.map((i) => `Invalid field [${i.field || 'body'}] - ${i.message}.`).join(' ');
      return envelope(400, 'Bad Request', 'request', 'request', message, extras);
    }
    case 'malformed':
      return envelope(400, 'Bad Request', 'request', 'request', problem.message, { body: problem.message });
    case 'unauthorized':
      return envelope(
        401,
        'Unauthorized',
        'permission',
        'authentication-required',
        problem.reason === 'missing'
          ? 'Authentication is required: send your API key secret as the HTTP Basic username.'
          : 'The API key secret is not valid for any marketplace.',
      );
    case 'forbidden':
      return envelope(403, 'Forbidden', 'permission', 'forbidden', problem.message);
    case 'not_found':
      return problem.resource
        ? envelope(404, 'Not Found', 'request', 'not-found', `${problem.resource} ${problem.id} was not found on this marketplace.`)
        : envelope(404, 'Not Found', 'request', 'not-found', 'The requested URL was not found on the server.');
    case 'method_not_allowed':
      return envelope(405, 'Method Not Allowed', 'request', 'method-not-allowed', `The method ${problem.method} is not allowed here. Allowed: ${problem.allow.join(', ')}.`);
    case 'duplicate':
      return envelope(409, 'Conflict', 'logical', 'duplicate-email-address', `Customer with email address '${problem.value}' already exists.`, {
        [problem.field]: `Customer with email address '${problem.value}' already exists.`,
      });
    case 'conflict':
      return envelope(409, 'Conflict', 'logical', 'conflict', problem.message);
    case 'idempotency_mismatch':
      return envelope(422, 'Unprocessable Entity', 'request', 'idempotency-key-reused', `Idempotency key '${problem.key}' was already used for a different request.`);
    case 'payload_too_large':
      return envelope(413, 'Request Entity Too Large', 'request', 'request-entity-too-large', `The body is larger than ${problem.limit} bytes.`);
    case 'unsupported_media_type':
      return envelope(
        415,
        'Unsupported Media Type',
        'request',
        'unsupported-media-type',
        `Content-Type ${problem.contentType || '(none)'} is not supported: send application/json or application/x-www-form-urlencoded.`,
      );
    case 'not_acceptable':
      return envelope(406, 'Not Acceptable', 'request', 'not-acceptable', `Responses are application/json; cannot answer ${problem.accept}.`);
    case 'unavailable':
      return envelope(503, 'Service Unavailable', 'server', 'service-unavailable', 'The service is temporarily unavailable; try again shortly.');
    case 'internal':
      return envelope(500, 'Internal Server Error', 'server', 'internal-server-error', 'The server encountered an internal error.');
  }
}

/** Balanced v1's flat envelope; every description ends with the request-id sentence. */
export const renderError: ErrorRenderer = (problem, { requestId }) => {
  const { message, ...rest } = describe(problem);
  const request_id = `OHM${requestId}`;
  const body: Balanced.BalancedError = { ...rest, description: `${message} Your request id is ${request_id}.`, request_id, additional: null };
  return { status: rest.status_code, body };
};
