import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, RequestPayload } from 'fastify';
import { IDEMPOTENCY_KEY_HEADER, toRouterPath, type Operation } from '@clientele/schemas';
import { StoreUnavailable, type Store, type StoredResponse } from '@clientele/store';
import { apiValidators, type Issue, type OperationValidators } from '@clientele/validators';
import { missingScopes, scopeOf, type Principal } from './auth.ts';
import type { Clock } from './clock.ts';
import { bodyOfGet, FORM, JSON_TYPE, mediaType, negotiate, registerBodyParsers } from './encodings.ts';
import type { HandlerContext, HandlerResult, ServerApi } from './handlers.ts';
import { atomic, idempotent, requestFingerprint } from './idempotency.ts';
import type { RawAnswer } from './connections.ts';
import { requestId } from './ids.ts';
import { ApiProblem, renderProblem, renderProblemAt, type Problem } from './problems.ts';
import { responseSchemas } from './serializers.ts';
import { apiRootOf } from './urls.ts';

const ALL_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

export interface RegisterOptions {
  readonly prefix: string;
  readonly store: Store;
  readonly clock: Clock;
  readonly bodyLimit: number;
  /** false: bodies are written with JSON.stringify instead of the compiled serializers (for comparing them in the benchmarks). */
  readonly compiledSerializers?: boolean;
  /**
   * Runs once the caller is authenticated (or the operation needs none), before validation: the
   * sandbox's faults and request log (see sandbox/). Answers false when it has taken the reply
   * over (a dropped connection); throws problems like a handler.
   */
  readonly onAuthenticated?: (request: FastifyRequest, reply: FastifyReply, call: AuthenticatedCall) => Promise<boolean>;
}

/** What the platform knows of a request once its caller is known. */
export interface AuthenticatedCall {
  readonly api: string;
  readonly operationId: string;
  /** The caller's tenant; undefined for operations without auth. */
  readonly tenantId: string | undefined;
}

/** What registering an API needs of it: its contract, handlers, authenticators and errors (not a provider's tenants). */
export type RoutedApi = Pick<ServerApi, 'definition' | 'handlers' | 'authenticators' | 'errors' | 'jsonMediaTypes' | 'responseMediaTypes' | 'closeConnectionsOf' | 'checks'> & {
  /**
   * Its handlers run their own transactions and cross-instance locks (the admin API: imports,
   * the clock), so its writes are not wrapped in one: a lock taken inside a transaction would wait
   * for that transaction's own write lock.
   */
  readonly ownTransactions?: boolean;
};

/** Fastify's own request errors, as problems. */
function problemOf(error: FastifyError & { statusCode?: number }, request: FastifyRequest, bodyLimit: number): Problem | undefined {
  if (error instanceof ApiProblem) return error.problem;
  if (error instanceof StoreUnavailable) return { kind: 'unavailable' };
  switch (error.code) {
    // A handler still running after the limit (a database that hangs): the API's own 503.
    case 'FST_ERR_HANDLER_TIMEOUT':
      return { kind: 'unavailable' };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { kind: 'payload_too_large', limit: bodyLimit };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { kind: 'unsupported_media_type', contentType: mediaType(request.headers['content-type']) ?? '', supported: [] };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { kind: 'malformed', message: 'The body is empty but its Content-Type says JSON.' };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { kind: 'malformed', message: 'Content-Length does not match the body.' };
  }
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return { kind: 'malformed', message: 'The body is not valid JSON.' };
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return { kind: 'malformed', message: error.message };
  return undefined;
}

/** The media types an operation answers in, preferred first: those its route table documents, else the API's. */
function offeredTypes(op: Operation, fallback: readonly string[]): readonly string[] {
  const documented = new Set(Object.values(op.responses).flatMap((response) => response.body?.contentTypes ?? []));
  return documented.size ? [...documented] : fallback;
}

/** What the route a request reached knows about it, for errors raised before or after its handler. */
interface RouteState {
  readonly operationId: string;
  readonly offered: readonly string[];
  /** The negotiated response media type; undefined when the Accept header allows none (a 406). */
  readonly responseType: string | undefined;
}

declare module 'fastify' {
  interface FastifyRequest {
    clienteleRoute: RouteState | null;
  }
}

/** Answers a problem in an API's envelope and media type (for errors raised outside its routes too). */
export type ProblemSender = (request: FastifyRequest, reply: FastifyReply, problem: Problem) => FastifyReply;

/** How an API answers problems: to a request Fastify parsed, or raw, at a given status, to one it could not. */
export interface ProblemAnswers {
  readonly send: ProblemSender;
  readonly raw: (problem: Problem, status: number) => RawAnswer;
}

/** How one API answers: responses in the negotiated media type, problems in its envelope. */
function responder(api: RoutedApi) {
  const apiTypes = api.responseMediaTypes ?? [JSON_TYPE];

  /**
   * Sends a response with a body in the negotiated media type (or the route's, or the API's, first).
   * Bodies go to Fastify as values: a documented success status has a compiled serializer (see
   * serializers.ts); any other body is written with JSON.stringify.
   */
  const send = (request: FastifyRequest, reply: FastifyReply, response: StoredResponse) => {
    reply.code(response.status).headers(response.headers);
    if (response.body === undefined) return reply.send();
    const route = request.clienteleRoute;
    const type = route?.responseType ?? route?.offered[0] ?? apiTypes[0]!;
    return reply.type(`${type}; charset=utf-8`).send(response.body);
  };

  const rendered = (request: FastifyRequest, problem: Problem): StoredResponse => {
    const { status, body, headers } = renderProblem(api.errors, problem, {
      requestId: request.id,
      operationId: request.clienteleRoute?.operationId,
      acceptLanguage: request.headers['accept-language'],
    });
    return {
      status,
      body,
      headers: { ...headers, ...(problem.kind === 'method_not_allowed' ? { allow: problem.allow.join(', ') } : {}) },
    };
  };

  const sendProblem: ProblemSender = (request, reply, problem) => send(request, reply, rendered(request, problem));

  const raw = (problem: Problem, status: number): RawAnswer => {
    const { body, headers } = renderProblemAt(api.errors, problem, { requestId: requestId() }, status);
    return { status, contentType: apiTypes[0]!, headers: headers ?? {}, body };
  };
  return { apiTypes, send, rendered, sendProblem, raw };
}

type Responder = ReturnType<typeof responder>;

/**
 * Validates and coerces every request part; all issues at once, as one `validation` problem. The
 * query is the query string's, merged with a GET's body where the route table allows one.
 */
function validateRequest(
  op: Operation,
  validate: OperationValidators & { formBody?: OperationValidators['body'] },
  request: FastifyRequest,
  queryInput: unknown = request.query,
) {
  const issues: Issue[] = [];
  const take = (part: 'params' | 'query' | 'headers', input: unknown) => {
    const validator = validate[part];
    if (!validator) return {};
    const result = validator(input ?? {});
    if (!result.ok) issues.push(...result.issues);
    return result.ok ? result.value : undefined;
  };
  // An empty path segment (`/customers/`), a NUL in a path parameter (`%00`: no id holds one, and
  // PostgreSQL refuses it in text, which made it a 500 there) or a path parameter its schema refuses
  // (an over-long or malformed id) names nothing: a 404, as every operation with path parameters documents.
  if (Object.values(request.params ?? {}).some((value) => value === '' || (typeof value === 'string' && value.includes('\0')))) {
    throw new ApiProblem({ kind: 'not_found' });
  }
  const params = take('params', request.params);
  if (issues.length) throw new ApiProblem({ kind: 'not_found' });
  const query = take('query', queryInput);
  const headers = take('headers', request.headers);
  let body: unknown;
  const declared = op.request?.body;
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
    const absent = request.body === undefined && type !== FORM;
    if (absent && declared.required !== false) throw new ApiProblem({ kind: 'malformed', message: 'The request body is required.' });
    const validator = type === FORM ? validate.formBody! : validate.body!;
    const result = validator(request.body === undefined ? {} : request.body);
    if (result.ok) body = result.value;
    else issues.push(...result.issues);
  }
  if (issues.length) throw new ApiProblem({ kind: 'validation', issues });
  return { params, query, headers, body };
}

/**
 * Registers one API from its route table under `prefix`: every operation's route, 405 for the
 * other verbs on a documented path, 404 for the rest, and every failure in the API's own envelope
 * and media type. Returns the API's problem sender.
 */
export async function registerApi(app: FastifyInstance, api: RoutedApi, options: RegisterOptions): Promise<ProblemAnswers> {
  const { definition } = api;
  for (const [operationId, op] of Object.entries(definition.routes)) {
    if (op.auth && !api.authenticators[op.auth.scheme]) {
      throw new Error(`${definition.name}: no authenticator for security scheme "${op.auth.scheme}" (routes.${operationId})`);
    }
  }
  const answer = responder(api);

  await app.register(
    async (scope) => {
      registerBodyParsers(scope, api.jsonMediaTypes ?? []);
      scope.decorateRequest('clienteleRoute', null);
      scope.setErrorHandler((error: FastifyError, request, reply) => {
        const problem = problemOf(error, request, options.bodyLimit);
        if (!problem) request.log.error({ err: error }, 'unhandled error');
        else if (problem.kind === 'unavailable') request.log.warn({ err: error }, 'store unavailable');
        return answer.sendProblem(request, reply, problem ?? { kind: 'internal' });
      });
      scope.setNotFoundHandler((request, reply) => answer.sendProblem(request, reply, { kind: 'not_found' }));
      registerRoutes(scope, api, answer, options);
    },
    { prefix: options.prefix },
  );
  return { send: answer.sendProblem, raw: answer.raw };
}

/**
 * The operations of each documented path, by method. HEAD is served only where the route table
 * documents it (`headOf`): every way of calling the server accepts is one its spec documents.
 */
function operationsByPath(api: RoutedApi): Map<string, Map<string, [string, Operation]>> {
  const byPath = new Map<string, Map<string, [string, Operation]>>();
  for (const [operationId, op] of Object.entries(api.definition.routes)) {
    const methods = byPath.get(op.path) ?? new Map<string, [string, Operation]>();
    methods.set(op.method, [operationId, op]);
    byPath.set(op.path, methods);
  }
  return byPath;
}

function registerRoutes(scope: FastifyInstance, api: RoutedApi, answer: Responder, options: RegisterOptions) {
  const validators = apiValidators(api.definition, api.checks);
  const serializersOf = options.compiledSerializers === false ? () => undefined : responseSchemas(api.definition);
  for (const [path, methods] of operationsByPath(api)) {
    const url = toRouterPath(path);
    for (const [method, [operationId, op]] of methods) {
      const handlerId = op.headOf ?? operationId;
      const target = api.definition.routes[handlerId]!;
      const response = serializersOf(target);
      scope.route({
        method,
        url,
        ...(response ? { schema: { response } } : {}),
        ...operationRoute(api, answer, options, { handlerId, op, target, validate: validators[handlerId]! }),
      });
    }
    const allow = ALL_METHODS.filter((m) => methods.has(m));
    // Every other method the server knows (TRACE, PROPFIND… too) is a 405 on a documented path, not a 404.
    const others = scope.supportedMethods.filter((m) => !methods.has(m));
    if (others.length) {
      scope.route({
        method: others,
        url,
        handler: async (request, reply) => answer.sendProblem(request, reply, { kind: 'method_not_allowed', method: request.method, allow }),
      });
    }
  }
}

/**
 * One operation's hooks and handler. In order: content negotiation (406, before the body is read,
 * so every later error is rendered as negotiated), the authenticator of its security scheme (401)
 * and its scopes (403), request validation (400/415), then the handler, run at most once per
 * `Idempotency-Key` when the operation is idempotent.
 */
function operationRoute(
  api: RoutedApi,
  answer: Responder,
  { store, clock, prefix, bodyLimit, onAuthenticated }: RegisterOptions,
  { handlerId, op, target, validate }: { handlerId: string; op: Operation; target: Operation; validate: ReturnType<typeof apiValidators>[string] },
) {
  const handler = api.handlers[handlerId];
  if (!handler) throw new Error(`${api.definition.name}: no handler for ${handlerId}`);
  const offered = offeredTypes(target, answer.apiTypes);
  const authenticate = op.auth ? api.authenticators[op.auth.scheme]! : undefined;
  // A write operation runs as one transaction: acknowledged means committed, and a crash or a
  // failure in the middle leaves nothing half-written.
  const writes = !api.ownTransactions && op.method !== 'GET' && op.method !== 'HEAD';

  // Problems are rendered into a response here (not thrown) so an idempotent run can keep them.
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

  return {
    // An operation that takes no body ignores one sent anyway (a DELETE with JSON in it): it is not
    // parsed, so it can bring no 400, 413 or 415 the operation does not document; what arrived is
    // read and discarded before the answer (see app.ts).
    ...(op.request?.body || op.queryInBody
      ? {}
      : {
          preParsing: (request: FastifyRequest, _reply: FastifyReply, payload: RequestPayload, done: (error: Error | null, payload: RequestPayload) => void) => {
            for (const header of ['content-type', 'content-length', 'transfer-encoding']) delete request.headers[header];
            done(null, payload);
          },
        }),
    // Callback form: this runs on every request and never waits (see app.ts).
    onRequest: (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
      if (api.closeConnectionsOf?.test(request.headers['user-agent'] ?? '')) reply.header('connection', 'close');
      const accept = request.headers.accept;
      // Where the operation documents no 406, the Accept header is disregarded (RFC 9110 §12.5.1
      // allows either) and the response goes in the first media type it documents.
      const responseType = negotiate(accept, offered) ?? (op.responses[406] || target.responses[406] ? undefined : offered[0]);
      request.clienteleRoute = { operationId: handlerId, offered, responseType };
      done(responseType ? undefined : new ApiProblem({ kind: 'not_acceptable', accept: accept ?? '', supported: offered }));
    },
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      let principal: Principal | undefined;
      if (op.auth && authenticate) {
        principal = await authenticate(request, { store, clock });
        const missing = missingScopes(principal, op.auth.scopes);
        if (missing.length) {
          throw new ApiProblem({ kind: 'forbidden', message: `The credentials lack the scope(s): ${missing.join(', ')}.`, missingScopes: missing });
        }
      }
      const call = { api: api.definition.name, operationId: handlerId, tenantId: principal?.tenant.id };
      if (onAuthenticated && !(await onAuthenticated(request, reply, call))) return reply;
      // Body values win over the query string's, as Rails (Octobat's stack) merges them.
      const queryInBody = op.queryInBody && (await bodyOfGet(request, op.queryInBody, bodyLimit));
      const parts = validateRequest(op, validate, request, queryInBody ? { ...(request.query as object), ...queryInBody } : request.query);
      const context = {
        tenant: principal?.tenant,
        scope: principal && scopeOf(principal),
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
      if (key === undefined || !principal) return answer.send(request, reply, await (writes ? atomic(store, () => run(context)) : run(context)));
      const fingerprint = requestFingerprint({ operationId: handlerId, params: parts.params, body: parts.body });
      const idempotency = { scope: scopeOf(principal), key, fingerprint };
      const { response, replayed } = await idempotent(store, clock, idempotency, () => run(context));
      if (replayed) reply.header('idempotent-replayed', 'true');
      return answer.send(request, reply, response);
    },
  };
}
