/**
 * The request path of one operation, in the order a request meets it. Each step passes the request
 * on, or ends it with a problem (thrown; `respond.ts` renders it in the API's envelope, at the
 * status its error table gives):
 *
 *   1. negotiate     Accept against the media types the operation answers in        406
 *   2. authenticate  the credentials, by the operation's security scheme; scopes     401, 403
 *   3. gate          the gates composed at start-up (the sandbox's faults) may
 *                    answer instead, or drop the connection                         a fault's
 *   4. parse         query-in-body; every part validated and coerced                 400, 404, 413, 415
 *   5. execute       the handler, in one transaction; once per Idempotency-Key      the handler's, 409, 422
 *   6. respond       status, headers, negotiated media type, compiled serializer
 *
 * Before these, app.ts: the mount, the Host check (400), routing (404, 405) and body parsing (413,
 * 415, malformed bodies). After them: the onSend hooks (the request log) and the drain of an unread
 * body. docs/architecture.md draws the whole path.
 */
import type { FastifyReply, FastifyRequest, RequestPayload } from 'fastify';
import { IDEMPOTENCY_KEY_HEADER, type Operation } from '@clientele/schemas';
import { StoreUnavailable, type Store, type StoredResponse } from '@clientele/store';
import type { Issue, OperationValidators } from '@clientele/validators';
import { missingScopes, principalScope, type Principal } from './auth.ts';
import type { Clock } from './clock.ts';
import { bodyOfGet, FORM, mediaType, negotiate } from './encodings.ts';
import type { HandlerContext, HandlerResult, RuntimeApi } from './handlers.ts';
import { atomic, idempotent, requestFingerprint } from './idempotency.ts';
import { ApiProblem } from './problems.ts';
import type { Responder } from './respond.ts';
import { apiRootOf } from './urls.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The tenant the request's credentials named, once authenticated (hooks read it: the request log). */
    clienteleTenant: string | null;
  }
}

/** What the platform knows of a request once its caller is known: what a gate decides on. */
export interface AuthenticatedCall {
  readonly api: string;
  readonly operationId: string;
  /** The caller's tenant; undefined for operations without auth. */
  readonly tenantId: string | undefined;
}

/**
 * The gate step, composed at start-up (the sandbox's faults). Answers false when it has taken the
 * reply over (a dropped connection, an injected error already sent); throws problems like a handler.
 */
export type Gate = (request: FastifyRequest, reply: FastifyReply, call: AuthenticatedCall) => Promise<boolean>;

/** What an API's operations need of the server around them. */
export interface PipelineOptions {
  readonly prefix: string;
  readonly store: Store;
  readonly clock: Clock;
  readonly bodyLimit: number;
  readonly gate?: Gate;
}

/** What registering an API needs of it: its contract, handlers, authenticators and errors (not a provider's tenants). */
export type RoutedApi = Pick<RuntimeApi, 'definition' | 'handlers' | 'authenticators' | 'errors' | 'jsonMediaTypes' | 'responseMediaTypes' | 'closeConnectionsOf' | 'checks'> & {
  /**
   * Its handlers run their own transactions and cross-instance locks (the admin API: imports,
   * the clock), so its writes are not wrapped in one: a lock taken inside a transaction would wait
   * for that transaction's own write lock.
   */
  readonly ownTransactions?: boolean;
};

type Validators = OperationValidators & { formBody?: OperationValidators['body'] };

/** One operation as the router serves it: `handlerId` runs it (a HEAD operation runs its GET's handler, `target`). */
export interface RoutedOperation {
  readonly handlerId: string;
  readonly op: Operation;
  readonly target: Operation;
  readonly offered: readonly string[];
  readonly validate: Validators;
}

/** The request parts once parsed: validated and coerced. */
type Parts = Pick<HandlerContext, 'params' | 'query' | 'headers' | 'body'>;

/** The Fastify route options of one operation: its steps, in order. */
export function operationRoute(api: RoutedApi, answer: Responder, options: PipelineOptions, routed: RoutedOperation) {
  const { handlerId, op, target, offered } = routed;
  const authenticate = authenticator(api, op, options);
  const parse = parser(op, routed.validate, options.bodyLimit);
  const execute = executor(api, answer, routed, options);
  const { gate } = options;

  return {
    config: { operationId: handlerId, offered },
    ...(op.request?.body || op.queryInBody ? {} : { preParsing: ignoreBody }),
    // Callback form: it runs on every request and never waits (an async hook costs a promise and a microtask turn).
    onRequest: negotiator(api, op, target, offered),
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      const principal = await authenticate(request);
      if (gate && !(await gate(request, reply, { api: api.definition.name, operationId: handlerId, tenantId: principal?.tenant.id }))) return reply;
      const parts = await parse(request);
      const response = await execute(request, principal, parts);
      return answer.send(request, reply, response);
    },
  };
}

// ---- 1. negotiate ------------------------------------------------------------------------------

/**
 * Content negotiation, before the body is read, so every later error is rendered as negotiated.
 * Where the operation documents no 406, the Accept header is disregarded (RFC 9110 §12.5.1 allows
 * either) and the response goes in the first media type it documents.
 */
function negotiator(api: RoutedApi, op: Operation, target: Operation, offered: readonly string[]) {
  const refuses = Boolean(op.responses[406] || target.responses[406]);
  return (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
    if (api.closeConnectionsOf?.test(request.headers['user-agent'] ?? '')) reply.header('connection', 'close');
    const accept = request.headers.accept;
    const responseType = negotiate(accept, offered) ?? (refuses ? undefined : offered[0]);
    request.clienteleResponseType = responseType ?? null;
    done(responseType ? undefined : new ApiProblem({ kind: 'not_acceptable', accept: accept ?? '', supported: offered }));
  };
}

/**
 * An operation that takes no body ignores one sent anyway (a DELETE with JSON in it): it is not
 * parsed, so it brings no 400, 413 or 415 the operation does not document; what arrived is read
 * and discarded before the answer (app.ts).
 */
function ignoreBody(request: FastifyRequest, _reply: FastifyReply, payload: RequestPayload, done: (error: Error | null, payload: RequestPayload) => void) {
  for (const header of ['content-type', 'content-length', 'transfer-encoding']) delete request.headers[header];
  done(null, payload);
}

// ---- 2. authenticate ---------------------------------------------------------------------------

/** The authenticator of the operation's security scheme (401), then its scopes (403); nobody for operations without auth. */
function authenticator(api: RoutedApi, op: Operation, { store, clock }: PipelineOptions) {
  const authenticate = op.auth ? api.authenticators[op.auth.scheme] : undefined;
  if (op.auth && !authenticate) throw new Error(`${api.definition.name}: no authenticator for security scheme "${op.auth.scheme}"`);
  const required = op.auth?.scopes;
  return async (request: FastifyRequest): Promise<Principal | undefined> => {
    if (!authenticate) return undefined;
    const principal = await authenticate(request, { store, clock });
    const missing = missingScopes(principal, required);
    if (missing.length) {
      throw new ApiProblem({ kind: 'forbidden', message: `The credentials lack the scope(s): ${missing.join(', ')}.`, missingScopes: missing });
    }
    request.clienteleTenant = principal.tenant.id;
    return principal;
  };
}

// ---- 4. parse ----------------------------------------------------------------------------------

/**
 * Validates and coerces every request part; all issues at once, as one `validation` problem. The
 * query is the query string's, merged with a GET's body where the route table allows one (body
 * values win, as Rails, Octobat's stack, merges them).
 */
function parser(op: Operation, validate: Validators, bodyLimit: number) {
  const declared = op.request?.body;
  return async (request: FastifyRequest): Promise<Parts> => {
    const inBody = op.queryInBody && (await bodyOfGet(request, op.queryInBody, bodyLimit));
    const issues: Issue[] = [];
    const take = (part: 'params' | 'query' | 'headers', input: unknown) => {
      const validator = validate[part];
      if (!validator) return {};
      const result = validator(input ?? {});
      if (!result.ok) issues.push(...result.issues);
      return result.ok ? result.value : undefined;
    };
    // An empty path segment (`/customers/`), a NUL in a path parameter (`%00`: no id holds one, and
    // PostgreSQL refuses it in text) or a path parameter its schema refuses (an over-long or
    // malformed id) names nothing: a 404, as every operation with path parameters documents.
    if (Object.values(request.params ?? {}).some((value) => value === '' || (typeof value === 'string' && value.includes('\0')))) {
      throw new ApiProblem({ kind: 'not_found' });
    }
    const params = take('params', request.params);
    if (issues.length) throw new ApiProblem({ kind: 'not_found' });
    const query = take('query', inBody ? { ...(request.query as object), ...inBody } : request.query);
    const headers = take('headers', request.headers);
    let body: unknown;
    if (declared) {
      const type = mediaType(request.headers['content-type']);
      if (type && !declared.contentTypes.includes(type)) {
        throw new ApiProblem({ kind: 'unsupported_media_type', contentType: type, supported: declared.contentTypes });
      }
      if (request.body === undefined && type && type !== FORM) {
        throw new ApiProblem({ kind: 'malformed', message: 'The body is empty but its Content-Type says JSON.' });
      }
      // The route table marks bodies required unless it says otherwise: none at all is refused. One
      // that is there goes to validation as it is: JSON `null` or a bare scalar is no object.
      if (request.body === undefined && type !== FORM && declared.required !== false) {
        throw new ApiProblem({ kind: 'malformed', message: 'The request body is required.' });
      }
      const result = (type === FORM ? validate.formBody! : validate.body!)(request.body === undefined ? {} : request.body);
      if (result.ok) body = result.value;
      else issues.push(...result.issues);
    }
    if (issues.length) throw new ApiProblem({ kind: 'validation', issues });
    return { params, query, headers, body } as Parts;
  };
}

// ---- 5. execute --------------------------------------------------------------------------------

/**
 * The handler. A write runs as one transaction (acknowledged means committed; a crash or failure in
 * the middle leaves nothing half-written); with an `Idempotency-Key`, where the operation takes
 * one, at most once per key, a repeat replaying the first answer.
 */
function executor(api: RoutedApi, answer: Responder, { handlerId, op, target }: RoutedOperation, { store, clock, prefix }: PipelineOptions) {
  const handler = api.handlers[handlerId];
  if (!handler) throw new Error(`${api.definition.name}: no handler for ${handlerId}`);
  const writes = !api.ownTransactions && op.method !== 'GET' && op.method !== 'HEAD';

  // Problems are rendered into a response here (not thrown), so an idempotent run can keep them.
  const run = async (context: HandlerContext): Promise<StoredResponse> => {
    try {
      const result: HandlerResult = await handler(context);
      return { status: result.status, headers: result.headers ?? {}, body: result.body };
    } catch (error) {
      if (error instanceof ApiProblem) return answer.rendered(context.request, error.problem);
      if (error instanceof StoreUnavailable) return answer.rendered(context.request, { kind: 'unavailable' });
      throw error;
    }
  };

  return async (request: FastifyRequest, principal: Principal | undefined, parts: Parts): Promise<StoredResponse> => {
    const context = {
      tenant: principal?.tenant,
      scope: principal && principalScope(principal),
      scopes: principal?.scopes ?? [],
      subject: principal?.subject ?? undefined,
      ...parts,
      operation: target,
      store,
      clock,
      request,
      apiRoot: apiRootOf(request, prefix),
    } as HandlerContext;
    const key = op.idempotency ? (parts.headers as Record<string, string | undefined>)[IDEMPOTENCY_KEY_HEADER] : undefined;
    if (key === undefined || !principal) return writes ? atomic(store, () => run(context)) : run(context);
    const fingerprint = requestFingerprint({ operationId: handlerId, params: parts.params, body: parts.body });
    const { response, replayed } = await idempotent(store, clock, { scope: principalScope(principal), key, fingerprint }, () => run(context));
    return replayed ? { ...response, headers: { ...response.headers, 'idempotent-replayed': 'true' } } : response;
  };
}
