import type * as Admin from '@clientele/schemas/admin';
import { byKind, type ByKind, type ErrorCatalogue } from '../platform/problems.ts';

/** Each kind of problem in words: a title, and what went wrong. */
const CATALOGUE: ByKind<readonly [title: string, detail: string]> = {
  validation: (p) => ['Invalid request', p.issues.map((i) => `${i.field || i.part}: ${i.message}`).join('; ')],
  malformed: (p) => ['Malformed request', p.message],
  invalid_reference: (p) => ['Invalid reference', `${p.field}: no ${p.resource ?? 'such thing'} ${p.id}`],
  unauthorized: (p) => [
    'Unauthorized',
    p.reason === 'missing'
      ? 'Send the admin token: Authorization: Bearer <admin token> (printed at the first start, or --admin-token).'
      : 'The admin token is not this server’s.',
  ],
  forbidden: (p) => ['Forbidden', p.message],
  not_found: (p) => ['Not found', p.resource ? `No ${p.resource} ${p.id}.` : 'No admin operation at this path. See /docs/admin/.'],
  method_not_allowed: (p) => ['Method not allowed', `${p.method} is not allowed here. Allowed: ${p.allow.join(', ')}.`],
  duplicate: (p) => ['Duplicate', `${p.field} ${p.value} is taken.`],
  payload_too_large: (p) => ['Payload too large', `The body is larger than ${p.limit} bytes.`],
  unsupported_media_type: (p) => ['Unsupported media type', `Content-Type ${p.contentType || '(none)'} is not supported: send application/json.`],
  not_acceptable: (p) => ['Not acceptable', `Accept ${p.accept} cannot be served: ${p.supported.join(', ')}.`],
  conflict: (p) => ['Conflict', p.message],
  idempotency_mismatch: (p) => ['Idempotency key reused', `Idempotency-Key ${p.key} was used for another request.`],
  rate_limited: () => ['Too many requests', 'Too many requests.'],
  unavailable: () => ['Service unavailable', 'The database is unreachable; try again shortly.'],
  internal: (_p) => ['Internal server error', 'The server failed; its log says why.'],
};

/** The admin API's errors: RFC 9457 problems, naming each field at fault. */
export const adminErrors: ErrorCatalogue = {
  render(problem, { status }) {
    const [title, detail] = byKind(CATALOGUE, problem);
    const body: Admin.AdminError = {
      type: `urn:clientele:problem:${problem.kind}`,
      title,
      status,
      detail,
      ...(problem.kind === 'validation' ? { errors: problem.issues.map((i) => ({ field: i.field || i.part, message: i.message })) } : {}),
    };
    return { body, ...(problem.kind === 'unauthorized' ? { headers: { 'www-authenticate': 'Bearer realm="clientele admin"' } } : {}) };
  },
};
