import { STATUS_CODES } from 'node:http';
import type * as Balanced from '@clientele/schemas/balanced';
import { byKind, type ByKind, type ErrorCatalogue, type Problem } from '../../platform/problems.ts';
import { DEFAULT_WORDING } from '../../platform/wording.ts';

type Category = Balanced.BalancedError['category_type'];

/** Balanced's category and code for each kind of problem, and its wording: the message catalogue. */
const CATALOGUE: ByKind<readonly [Category, string, string]> = {
  validation: (p) => ['request', 'request', p.issues.map((i) => `Invalid field [${i.field || 'body'}] - ${i.message}.`).join(' ')],
  malformed: (p) => ['request', 'request', p.message],
  invalid_reference: (p) => ['request', 'request', `Invalid field [${p.field}] - ${p.resource ?? 'Object'} ${p.id} was not found.`],
  unauthorized: (p) => [
    'permission',
    'authentication-required',
    p.reason === 'missing'
      ? 'Authentication is required: send your API key secret as the HTTP Basic username.'
      : 'The API key secret is not valid for any marketplace.',
  ],
  forbidden: (p) => ['permission', 'forbidden', p.message],
  not_found: (p) => [
    'request',
    'not-found',
    p.resource ? `${p.resource} ${p.id} was not found on this marketplace.` : 'The requested URL was not found on the server.',
  ],
  method_not_allowed: (p) => ['request', 'method-not-allowed', `The method ${p.method} is not allowed here. Allowed: ${p.allow.join(', ')}.`],
  duplicate: (p) =>
    p.field === 'url'
      ? ['logical', 'duplicate-webhook-url', `A callback with url '${p.value}' already exists.`]
      : ['logical', 'duplicate-email-address', `Customer with email address '${p.value}' already exists.`],
  conflict: (p) => ['logical', 'conflict', p.message],
  idempotency_mismatch: (p) => ['request', 'idempotency-key-reused', `Idempotency key '${p.key}' was already used for a different request.`],
  payload_too_large: (p) => ['request', 'request-entity-too-large', DEFAULT_WORDING.payload_too_large(p)],
  unsupported_media_type: (p) => ['request', 'unsupported-media-type', DEFAULT_WORDING.unsupported_media_type(p, ['application/json', 'application/x-www-form-urlencoded'])],
  not_acceptable: (p) => ['request', 'not-acceptable', `Responses are application/json; cannot answer ${p.accept}.`],
  rate_limited: () => ['request', 'too-many-requests', 'Too many requests: slow down, and retry after a while.'],
  unavailable: () => ['server', 'service-unavailable', DEFAULT_WORDING.unavailable()],
  internal: () => ['server', 'internal-server-error', 'The server encountered an internal error.'],
};

/** Reason phrases as HTTP/1.1 had them in 2013 (RFC 2616), where today's differ. */
const REASON: Readonly<Record<number, string>> = { ...STATUS_CODES, 413: 'Request Entity Too Large' } as Record<number, string>;

/** `extras` names each bad field. */
function extrasOf(problem: Problem, message: string): Record<string, string> {
  switch (problem.kind) {
    case 'validation':
      return Object.fromEntries(problem.issues.map((i) => [i.field || 'body', i.message]));
    case 'malformed':
      return { body: message };
    case 'duplicate':
    case 'invalid_reference':
      return { [problem.field]: message };
    default:
      return {};
  }
}

/** Balanced v1's flat envelope; every description ends with the request-id sentence. */
export const errors: ErrorCatalogue = {
  render(problem, { status, requestId }) {
    const [category_type, category_code, message] = byKind(CATALOGUE, problem);
    const request_id = `OHM${requestId}`;
    const body: Balanced.BalancedError = {
      status: REASON[status] ?? 'Error',
      status_code: status,
      category_type,
      category_code,
      extras: extrasOf(problem, message),
      description: `${message} Your request id is ${request_id}.`,
      request_id,
      additional: null,
    };
    return { body };
  },
};
