import type * as Octobat from '@clientele/schemas/octobat';
import type { Issue } from '@clientele/validators';
import type { ErrorCatalogue, Problem, ProblemKind } from '../../platform/problems.ts';
import { DEFAULT_WORDING } from '../../platform/wording.ts';

const GLOBAL = 'global';

/** Rails' wording where Octobat's stack has one ("can't be blank"); otherwise what the check says. */
function detailsOf(issue: Issue): string {
  if (issue.code === 'required' || /^Expected string length greater or equal to 1$/.test(issue.message)) return "can't be blank";
  if (issue.code === 'unknown') return 'is not a known parameter';
  return `is invalid: ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`;
}

type Wording<K extends ProblemKind> = (problem: Extract<Problem, { kind: K }>) => Readonly<Record<string, readonly string[]>>;
const global = (details: string) => ({ [GLOBAL]: [details] });

/** Octobat's details for each kind of problem, by parameter (or `global`): the message catalogue. */
const CATALOGUE: { readonly [K in ProblemKind]: Wording<K> } = {
  validation: (p) => {
    // No prototype: a field named `constructor` or `__proto__` is a key like any other.
    const byField: Record<string, string[]> = Object.create(null);
    for (const issue of p.issues) (byField[issue.field || GLOBAL] ??= []).push(detailsOf(issue));
    return byField;
  },
  invalid_reference: (p) => ({ [p.field]: [`No such ${(p.resource ?? 'object').toLowerCase()}: ${p.id}`] }),
  duplicate: (p) => ({ [p.field]: ['has already been taken'] }),
  malformed: (p) => global(p.message),
  unauthorized: (p) =>
    global(p.reason === 'missing' ? 'No API key provided: send your secret key as the HTTP Basic username.' : 'Invalid API key'),
  forbidden: (p) => global(p.message),
  not_found: (p) => global(p.resource ? `${p.resource} not found` : 'Not found'),
  method_not_allowed: (p) => global(DEFAULT_WORDING.method_not_allowed(p)),
  // Octobat's own words for a 406.
  not_acceptable: () => global('Your request format was not supported. Use JSON.'),
  unsupported_media_type: (p) => global(DEFAULT_WORDING.unsupported_media_type(p, ['application/x-www-form-urlencoded', 'application/json'])),
  payload_too_large: (p) => global(DEFAULT_WORDING.payload_too_large(p)),
  conflict: (p) => global(p.message),
  idempotency_mismatch: (p) =>
    global(`Idempotency-Key ${p.key} was already used with different parameters: a key can only be reused with the same parameters.`),
  rate_limited: () => global('Too many requests hit the API too quickly: retry after a while.'),
  unavailable: () => global(DEFAULT_WORDING.unavailable()),
  internal: () => global('An error occurred on our side.'),
};

/**
 * Octobat's envelope, `{"errors": {"<parameter>" | "global": [{"details": "…"}]}}`: its SDKs know an
 * error only by the `errors` key. A missing or invalid parameter is a 422 ("often missing a required
 * parameter", its documentation says), an unknown cursor one too; a key reused for different
 * parameters is a 400, as Stripe (whose API Octobat's follows) answers it.
 */
export const errors: ErrorCatalogue = {
  statuses: { validation: 422, invalid_reference: 422, duplicate: 422, idempotency_mismatch: 400 },
  render(problem, { requestId }) {
    const byField = (CATALOGUE[problem.kind] as Wording<ProblemKind>)(problem as never);
    const body: Octobat.OctobatError = {
      errors: Object.fromEntries(Object.entries(byField).map(([field, details]) => [field, details.map((text) => ({ details: text }))])),
    };
    // Octobat's SDKs attach a `Request-Id` header to the errors they raise (`error.requestId`).
    const headers = { 'request-id': `req_${requestId}`, ...(problem.kind === 'unauthorized' ? { 'www-authenticate': 'Basic realm="Octobat"' } : {}) };
    return { body, headers };
  },
};
