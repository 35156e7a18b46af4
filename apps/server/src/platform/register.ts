import type { FastifyError, FastifyInstance } from 'fastify';
import { toRouterPath, type Operation } from '@clientele/schemas';
import { apiValidators } from '@clientele/validators';
import { registerBodyParsers } from './encodings.ts';
import { operationRoute, type PipelineOptions, type RoutedApi } from './pipeline.ts';
import { problemOf, responder, type ProblemAnswers } from './respond.ts';
import { responseSchemas } from './serializers.ts';

const ALL_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

export interface RegisterOptions extends PipelineOptions {
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
      scope.setNotFoundHandler((request, reply) => answer.sendProblem(request, reply, { kind: 'not_found' }));

      const validators = apiValidators(api.definition, api.checks);
      const serializersOf = options.compiledSerializers === false ? () => undefined : responseSchemas(api.definition);
      for (const [path, methods] of operationsByPath(api)) {
        const url = toRouterPath(path);
        for (const [method, [operationId, op]] of methods) {
          const handlerId = op.headOf ?? operationId;
          const target = api.definition.routes[handlerId]!;
          const response = serializersOf(target);
          const routed = { handlerId, op, target, offered: offeredTypes(target, answer.apiTypes), validate: validators[handlerId]! };
          scope.route({ method, url, ...(response ? { schema: { response } } : {}), ...operationRoute(api, answer, options, routed) });
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
