import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { IDEMPOTENCY_KEY_HEADER, toRouterPath, type Operation } from '@clientele/schemas';
import { StoreUnavailable, type Store, type StoredResponse } from '@clientele/store';
import { apiValidators, type Issue } from '@clientele/validators';
import { missingScopes, type Principal } from './auth.ts';
import { FORM, JSON_TYPE, mediaType, negotiate, registerBodyParsers } from './encodings.ts';
import type { HandlerContext, HandlerResult, ServerApi } from './handlers.ts';
import { idempotent, requestFingerprint } from './idempotency.ts';
import { ApiProblem, type Problem } from './problems.ts';
import { responseSchemas } from './serializers.ts';
import { apiRootOf } from './urls.ts';

const ALL_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** Fastify's own request errors, as problems. */
function problemOf(error: FastifyError & { statusCode?: number }, request: FastifyRequest, bodyLimit: number): Problem | undefined {
  if (error instanceof ApiProblem) return error.problem;
  if (error instanceof StoreUnavailable) return { kind: 'unavailable' };
  switch (error.code) {
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

/**
 * Registers one API from its route table under `prefix`: every operation's route, 405 for the
 * other verbs on a documented path, 404 for the rest, and every failure in the API's own envelope
 * and media type. Per operation, in order: content negotiation (406), the authenticator of its
 * security scheme (401) and its scopes (403), request validation (400/415), then the handler,
 * run at most once per `Idempotency-Key` when the operation is idempotent. Returns the API's
 * problem sender.
 */
export async function registerApi(
  app: FastifyInstance,
  api: ServerApi,
  options: { prefix: string; store: Store; bodyLimit: number },
): Promise<ProblemSender> {
  const { definition } = api;
  const validators = apiValidators(definition);
  const serializersOf = responseSchemas(definition);
  const handlers = api.handlers as unknown as Record<string, (context: HandlerContext) => Promise<HandlerResult>>;
  const { store, prefix } = options;
  const apiTypes = api.responseMediaTypes ?? [JSON_TYPE];

  for (const [operationId, op] of Object.entries(definition.routes)) {
    if (op.auth && !api.authenticators[op.auth.scheme]) {
      throw new Error(`${definition.name}: no authenticator for security scheme "${op.auth.scheme}" (routes.${operationId})`);
    }
  }

  /** Sends a response with a body in the negotiated media type (or the route's, or the API's, first). */
  const sendResponse = (request: FastifyRequest, reply: FastifyReply, response: StoredResponse) => {
    reply.code(response.status).headers(response.headers);
    if (response.body === undefined) return reply.send();
    const route = request.clienteleRoute;
    const type = route?.responseType ?? route?.offered[0] ?? apiTypes[0]!;
    return reply.type(`${type}; charset=utf-8`).send(JSON.stringify(response.body));
  };

  const rendered = (request: FastifyRequest, problem: Problem): StoredResponse => {
    const { status, body, headers } = api.renderError(problem, { requestId: request.id, operationId: request.clienteleRoute?.operationId });
    return {
      status,
      body,
      headers: { ...headers, ...(problem.kind === 'method_not_allowed' ? { allow: problem.allow.join(', ') } : {}) },
    };
  };

  const send: ProblemSender = (request, reply, problem) => sendResponse(request, reply, rendered(request, problem));

  await app.register(
    async (scope) => {
      registerBodyParsers(scope, api.jsonMediaTypes ?? []);
      scope.decorateRequest('clienteleRoute', null);

      scope.setErrorHandler((error: FastifyError, request, reply) => {
        const problem = problemOf(error, request, options.bodyLimit);
        if (!problem) request.log.error({ err: error }, 'unhandled error');
        else if (problem.kind === 'unavailable') request.log.warn({ err: error }, 'store unavailable');
        return send(request, reply, problem ?? { kind: 'internal' });
      });
      scope.setNotFoundHandler((request, reply) => send(request, reply, { kind: 'not_found' }));

      const byPath = new Map<string, Map<string, [string, Operation]>>();
      for (const [operationId, op] of Object.entries(definition.routes)) {
        const methods = byPath.get(op.path) ?? new Map();
        methods.set(op.method, [operationId, op]);
        byPath.set(op.path, methods);
      }

      for (const [path, methods] of byPath) {
        // HEAD answers as GET does, documented or not: general-purpose HTTP servers must support it.
        const get = methods.get('GET');
        if (get && !methods.has('HEAD')) methods.set('HEAD', get);
        const url = toRouterPath(path);
        for (const [method, [operationId, op]] of methods) {
          const handlerId = op.headOf ?? operationId;
          const handler = handlers[handlerId];
          if (!handler) throw new Error(`${definition.name}: no handler for ${handlerId}`);
          const validate = validators[handlerId]!;
          const target = definition.routes[handlerId]!;
          const body = op.request?.body;
          const offered = offeredTypes(target, apiTypes);
          const authenticate = op.auth ? api.authenticators[op.auth.scheme]! : undefined;

          // Problems are rendered into a response here (not thrown) so an idempotent run can keep them.
          const run = async (context: HandlerContext): Promise<StoredResponse> => {
            try {
              const result = await handler(context);
              return { status: result.status, headers: result.headers ?? {}, body: result.body };
            } catch (error) {
              if (error instanceof ApiProblem) return rendered(context.request, error.problem);
              if (error instanceof StoreUnavailable) return rendered(context.request, { kind: 'unavailable' });
              throw error;
            }
          };

          const response = serializersOf(target);
          scope.route({
            method,
            url,
            ...(response ? { schema: { response } } : {}),
            // Runs before the body is parsed, so every later error (413, 415, bad JSON) is rendered as negotiated.
            onRequest: async (request) => {
              const accept = request.headers.accept;
              const responseType = negotiate(accept, offered);
              request.clienteleRoute = { operationId: handlerId, offered, responseType };
              if (!responseType) throw new ApiProblem({ kind: 'not_acceptable', accept: accept ?? '', supported: offered });
            },
            handler: async (request, reply) => {
              let principal: Principal | undefined;
              if (op.auth && authenticate) {
                principal = await authenticate(request, store);
                const missing = missingScopes(principal, op.auth.scopes);
                if (missing.length) {
                  throw new ApiProblem({ kind: 'forbidden', message: `The credentials lack the scope(s): ${missing.join(', ')}.`, missingScopes: missing });
                }
              }

              const issues: Issue[] = [];
              const take = (part: 'params' | 'query' | 'headers', input: unknown) => {
                const validator = validate[part];
                if (!validator) return {};
                const result = validator(input ?? {});
                if (!result.ok) issues.push(...result.issues);
                return result.ok ? result.value : undefined;
              };
              const params = take('params', request.params);
              const query = take('query', request.query);
              const headers = take('headers', request.headers);
              let parsedBody: unknown;
              if (body) {
                const type = mediaType(request.headers['content-type']);
                if (type && !body.contentTypes.includes(type)) {
                  throw new ApiProblem({ kind: 'unsupported_media_type', contentType: type, supported: body.contentTypes });
                }
                const validator = type === FORM ? validate.formBody! : validate.body!;
                const result = validator(request.body ?? {});
                if (result.ok) parsedBody = result.value;
                else issues.push(...result.issues);
              }
              if (issues.length) throw new ApiProblem({ kind: 'validation', issues });

              const context = {
                tenant: principal?.tenant,
                scopes: principal?.scopes ?? [],
                params,
                query,
                headers,
                body: parsedBody,
                store,
                request,
                apiRoot: apiRootOf(request, prefix),
              } as HandlerContext;

              const key = op.idempotency ? (headers as Record<string, string | undefined>)[IDEMPOTENCY_KEY_HEADER] : undefined;
              if (key === undefined || !principal) return sendResponse(request, reply, await run(context));
              const fingerprint = requestFingerprint({ operationId: handlerId, params, body: parsedBody });
              const { response, replayed } = await idempotent(store, { tenantId: principal.tenant.id, key, fingerprint }, () => run(context), request.log);
              if (replayed) reply.header('idempotent-replayed', 'true');
              return sendResponse(request, reply, response);
            },
          });
        }
        const allow = ALL_METHODS.filter((m) => methods.has(m));
        const others = ALL_METHODS.filter((m) => !methods.has(m));
        if (others.length) {
          scope.route({
            method: others,
            url,
            handler: async (request, reply) => send(request, reply, { kind: 'method_not_allowed', method: request.method, allow }),
          });
        }
      }
    },
    { prefix },
  );
  return send;
}
