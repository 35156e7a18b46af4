import type { BodySpec, Operation, ResponseSpec, RouteTable } from './route.ts';

/** What an operation takes, each of which the platform can refuse by itself; `every` is any operation. */
export type OperationTrait = 'every' | 'auth' | 'scopes' | 'query' | 'params' | 'body' | 'idempotency' | 'queryInBody';

/** The error statuses the platform answers for each trait, in every API. */
const PLATFORM_STATUSES: Readonly<Record<OperationTrait, readonly number[]>> = {
  every: [],
  auth: [401],
  scopes: [403],
  query: [400],
  params: [404],
  body: [400, 413, 415],
  idempotency: [409, 422],
  queryInBody: [413, 415],
};

/**
 * An API's standard error responses, declared once: the envelope they carry, what each status
 * means in its words, and the statuses it answers beyond the platform's for some trait (406 on
 * every operation of an API that negotiates, Octobat's 422 for invalid parameters). A route lists
 * only what is particular to it: its own wording of a status, or `errors` the platform cannot see
 * from its shape (a provider's 409 on a duplicate).
 */
export interface ErrorResponses<Name extends string = string> {
  readonly body: BodySpec<Name>;
  readonly descriptions: Readonly<Record<number, string>>;
  readonly also?: Readonly<Partial<Record<OperationTrait, readonly number[]>>>;
}

function traitsOf(op: Operation): OperationTrait[] {
  const traits: OperationTrait[] = ['every'];
  if (op.auth) traits.push('auth');
  if (op.auth?.scopes?.length) traits.push('scopes');
  if (op.request?.query) traits.push('query');
  if (op.request?.params) traits.push('params');
  if (op.request?.body) traits.push('body');
  if (op.idempotency) traits.push('idempotency');
  if (op.queryInBody) traits.push('queryInBody');
  return traits;
}

/** The error statuses an operation must document, by what it takes, in ascending order. */
export function requiredErrorStatuses(op: Operation, also: ErrorResponses['also'] = {}): number[] {
  const statuses = traitsOf(op).flatMap((trait) => [...PLATFORM_STATUSES[trait], ...(also[trait] ?? [])]);
  return [...new Set([...statuses, ...(op.errors ?? [])])].sort((a, b) => a - b);
}

/**
 * The route table with each operation's standard error responses filled in from the API's table;
 * responses a route lists itself stay as they are. A HEAD operation's carry no body.
 */
export function withErrorResponses<T extends RouteTable>(apiName: string, routes: T, errors: ErrorResponses): T {
  const filled: Record<string, Operation> = {};
  for (const [id, op] of Object.entries(routes)) {
    const responses: Record<number, ResponseSpec> = {};
    for (const status of requiredErrorStatuses(op, errors.also)) {
      if (op.responses[status]) continue;
      const description = errors.descriptions[status];
      if (description === undefined) throw new Error(`schemas/${apiName} routes.${id}: error response ${status} has no description in ${apiName}'s errorResponses`);
      responses[status] = op.method === 'HEAD' ? { description } : { description, body: errors.body };
    }
    filled[id] = { ...op, responses: { ...op.responses, ...responses } };
  }
  return filled as T;
}
