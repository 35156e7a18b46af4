import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify';
import type { Store } from '@clientele/store';
import { parse } from 'qs';
import { ADMIN_PREFIX } from '@clientele/schemas/admin';
import { registerSandbox, type Sandbox, type SandboxOptions } from '../sandbox/index.ts';
import { movableClock, systemClock, type Clock } from './clock.ts';
import type { ServerApi } from './handlers.ts';
import { requestId } from './ids.ts';
import { registerDocs } from './docs.ts';
import type { Problem } from './problems.ts';
import { registerApi, type ProblemSender } from './register.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's sandbox controls (tests flush its request log). */
    clienteleSandbox: Sandbox;
  }
}

export interface AppOptions {
  readonly store: Store;
  readonly apis: readonly ServerApi[];
  /** `prefixed`: every API under `/<name>`. `root`: the single API at `/`, for clients that hard-code paths. */
  readonly mount?: 'prefixed' | 'root';
  readonly logger?: FastifyServerOptions['logger'];
  /** Log every request (costs about 30 % of throughput); errors are always logged. */
  readonly logRequests?: boolean;
  readonly bodyLimit?: number;
  /** Where the server reads the time (tests move a manual one). */
  readonly clock?: Clock;
  /** false: JSON.stringify instead of the compiled response serializers (benchmarks compare the two). */
  readonly compiledSerializers?: boolean;
  /** The sandbox controls: admin token, request log, faults, CORS (see sandbox/index.ts). */
  readonly sandbox?: SandboxOptions;
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { store, apis, mount = 'prefixed', bodyLimit = DEFAULT_BODY_LIMIT } = options;
  // The admin API moves it forward at run time; every instance on the database follows.
  const clock = movableClock(options.clock ?? systemClock);
  if (mount === 'root' && apis.length !== 1) throw new Error('serving at the root takes exactly one API');
  const senders: { prefix: string; send: ProblemSender }[] = [];
  const app = Fastify({
    // Errors the router raises before any route runs (bad percent-encoding, an over-long path
    // parameter) are answered in the envelope of the API whose mount the URL is under.
    frameworkErrors: (error, request, reply) => {
      const problem: Problem =
        error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? { kind: 'not_found' } : { kind: 'malformed', message: `The URL is not valid: ${error.message}` };
      const owner = senders.find(({ prefix }) => request.url === prefix || request.url.startsWith(`${prefix}/`));
      if (owner) return owner.send(request, reply as FastifyReply, problem);
      return (reply as FastifyReply).code(problem.kind === 'not_found' ? 404 : 400).send({ error: problem.kind, message: error.message });
    },
    logger: options.logger ?? false,
    logController: new LogController({ disableRequestLogging: !options.logRequests }),
    genReqId: requestId,
    bodyLimit,
    exposeHeadRoutes: false,
    routerOptions: {
      ignoreTrailingSlash: true,
      querystringParser: (query) => parse(query, { depth: 2, parameterLimit: 100, arrayLimit: 20 }),
    },
  });
  // Only the media types an operation declares are parsed; plain text is not one of them.
  app.removeContentTypeParser('text/plain');

  app.get('/healthz', async (_request, reply) => {
    try {
      await store.ping();
      return { status: 'ok', store: store.dialect };
    } catch {
      return reply.code(503).send({ status: 'unavailable', store: store.dialect });
    }
  });

  const prefixOf = (api: ServerApi) => (mount === 'root' ? '' : `/${api.definition.name}`);
  const { compiledSerializers } = options;
  // First: its hooks (request log, faults, CORS) must be in place before the APIs' routes.
  const sandbox = await registerSandbox(app, { store, clock, mounts: apis.map((api) => ({ api, prefix: prefixOf(api) })), bodyLimit, compiledSerializers }, options.sandbox);
  app.decorate('clienteleSandbox', sandbox);
  senders.push({ prefix: ADMIN_PREFIX, send: sandbox.adminSender });
  await registerDocs(app, apis.map((api) => ({ name: api.definition.name, prefix: prefixOf(api) })));

  for (const api of apis) {
    const prefix = prefixOf(api);
    senders.push({ prefix, send: await registerApi(app, api, { prefix, store, clock, bodyLimit, compiledSerializers, onAuthenticated: sandbox.onAuthenticated }) });
  }
  if (mount === 'prefixed') {
    app.setNotFoundHandler((request, reply) =>
      reply.code(404).send({
        error: 'not_found',
        message: `No API at ${request.url}. Mounted: ${apis.map((a) => `/${a.definition.name}`).join(', ')}`,
      }),
    );
  }
  return app;
}
