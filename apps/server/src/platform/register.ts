import { errorCodes, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { toRouterPath, type Operation } from '@clientele/schemas';
import { apiValidators } from '@clientele/validators';
import { overlapping, type DocumentedPaths } from './documented-paths.ts';
import { registerBodyParsers, unparsedBody } from './encodings.ts';
import { operationRoute, type PipelineOptions, type RoutedApi } from './pipeline.ts';
import { problemOf, responder, type ProblemAnswers } from './respond.ts';
import { responseSchemas } from './serializers.ts';

const ALL_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

export interface RegisterOptions extends PipelineOptions {
  /** Every API's documented paths: this one's are added, and its not-found handler asks them for a 405. */
  readonly documented: DocumentedPaths;
  /** false: bodies are written with JSON.stringify instead of the compiled serializers (for comparing them in the benchmarks). */
  readonly compiledSerializers?: boolean;
}

/** The media types an operation answers in, preferred first: those its route table documents, else the API's. */
function offeredTypes(op: Operation, fallback: readonly string[]): readonly string[] {
  const documented = new Set(Object.values(op.responses).flatMap((response) => response.body?.contentTypes ?? []));
  return documented.size ? [...documented] : fallback;
}

/**
 * Registers one API from its route table under `prefix`: every operation's route (its steps:
 * pipeline.ts), 405 for the other verbs on a documented path, 404 for the rest, and every failure
 * in the API's own envelope and media type. Returns how the API answers problems.
 *
 * The 405s are answered by the not-found handler, which asks the documented paths which methods
 * the URL's path takes: a route per path and method not taken would put nearly every path in each
 * of the router's nine method trees (about a tenth of start-up). A path some URL could share with
 * another documented path keeps those routes, so that the router picks between them as before.
 */
export async function registerApi(app: FastifyInstance, api: RoutedApi, options: RegisterOptions): Promise<ProblemAnswers> {
  const answer = responder(api);
  await app.register(
    async (scope) => {
      registerBodyParsers(scope, api.jsonMediaTypes ?? []);
      scope.setErrorHandler((error: FastifyError, request, reply) => {
        const problem = problemOf(error, request, options.bodyLimit);
        if (!problem) request.log.error({ err: error }, 'unhandled error');
        else if (problem.kind === 'unavailable') request.log.warn({ err: error }, 'store unavailable');
        return answer.sendProblem(request, reply, problem ?? { kind: 'internal' });
      });
      const byPath = operationsByPath(api);
      const allowed = new Map([...byPath].map(([path, methods]) => [toRouterPath(path), ALL_METHODS.filter((m) => methods.has(m))]));
      const shared = overlapping([...allowed.keys()]);
      options.documented.add(new Map([...allowed].map(([url, allow]) => [`${options.prefix}${url}`, allow])));
      // Every other method the server knows (TRACE, QUERY… too) is a 405 on a documented path, not a 404.
      const notAllowed = (allow: readonly string[]) => async (request: FastifyRequest, reply: FastifyReply) =>
        answer.sendProblem(request, reply, { kind: 'method_not_allowed', method: request.method, allow });
      const supported = new Set(scope.supportedMethods);
      scope.setNotFoundHandler((request, reply) => {
        const match = options.documented.match(request.url);
        if (match.kind !== 'documented' || !supported.has(request.method)) return answer.sendProblem(request, reply, { kind: 'not_found' });
        // A route reads the body before its handler, and refuses one no parser takes; the way to a
        // not-found handler lets it through unread. A 405 used to be such a route: it still refuses it.
        if (unparsedBody(request)) throw new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE();
        return notAllowed(match.allow)(request, reply);
      });

      const validators = apiValidators(api.definition, api.checks);
      const serializersOf = options.compiledSerializers === false ? () => undefined : responseSchemas(api.definition);
      for (const [path, methods] of byPath) {
        const url = toRouterPath(path);
        for (const [method, [operationId, op]] of methods) {
          const handlerId = op.headOf ?? operationId;
          const target = api.definition.routes[handlerId]!;
          const response = serializersOf(target);
          const routed = { handlerId, op, target, offered: offeredTypes(target, answer.apiTypes), validate: validators[handlerId]! };
          scope.route({ method, url, ...(response ? { schema: { response } } : {}), ...operationRoute(api, answer, options, routed) });
        }
        const others = scope.supportedMethods.filter((m) => !methods.has(m));
        if (shared.has(url) && others.length) scope.route({ method: others, url, handler: notAllowed(allowed.get(url)!) });
      }
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
