import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { toRouterPath, type Operation } from '@clientele/schemas';
import { StoreUnavailable, type Store } from '@clientele/store';
import { apiValidators, type Issue } from '@clientele/validators';
import { FORM, mediaType, registerBodyParsers } from './encodings.ts';
import type { HandlerContext, HandlerResult, ServerApi } from './handlers.ts';
import { ApiProblem, type Problem } from './problems.ts';
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

/**
 * Registers one API from its route table under `prefix`: every operation's route, 405 for the
 * other verbs on a documented path, 404 for the rest, and every failure in the API's own envelope.
 */
export async function registerApi(app: FastifyInstance, api: ServerApi, options: { prefix: string; store: Store; bodyLimit: number }) {
  const { definition } = api;
  const validators = apiValidators(definition);
  const handlers = api.handlers as unknown as Record<string, (context: HandlerContext) => Promise<HandlerResult>>;
  const { store, prefix } = options;

  await app.register(
    async (scope) => {
      registerBodyParsers(scope, api.jsonMediaTypes ?? []);

      const send = (request: FastifyRequest, reply: FastifyReply, problem: Problem) => {
        const rendered = api.renderError(problem, { requestId: request.id });
        if (problem.kind === 'method_not_allowed') reply.header('allow', problem.allow.join(', '));
        return reply
          .code(rendered.status)
          .headers(rendered.headers ?? {})
          .send(rendered.body);
      };

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
          const body = op.request?.body;

          scope.route({
            method,
            url,
            handler: async (request, reply) => {
              const tenant = await api.authenticate(request, store);
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
              const result = await handler({
                tenant,
                params,
                query,
                headers,
                body: parsedBody,
                store,
                request,
                apiRoot: apiRootOf(request, prefix),
              } as HandlerContext);
              reply.code(result.status);
              if (result.headers) reply.headers(result.headers);
              return result.body === undefined ? reply.send() : reply.send(result.body);
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
}
