import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import type { Store } from '@clientele/store';
import { movableClock, systemClock, type Clock, type MovableClock } from './clock.ts';
import type { RuntimeApi } from './handlers.ts';
import { registerDocs } from './docs.ts';
import { parseQuery } from './encodings.ts';
import { limitHandlerTime } from './handler-timeout.ts';
import { requestId } from './ids.ts';
import { requestLogger } from './request-logger.ts';
import type { Problem } from './problems.ts';
import { connectionTracker, DEFAULT_LIMITS, drainBody, protocolErrorHandler, type ConnectionLimits } from './connections.ts';
import { mountMatcher, type Mount } from './mounts.ts';
import type { Gate, RoutedApi } from './pipeline.ts';
import { PRUNE_EVERY_MS, schedulePruning } from './prune.ts';
import { registerApi } from './register.ts';
import { documentedPaths, ROUTE_MATCHING } from './documented-paths.ts';
import type { ProblemAnswers } from './respond.ts';
import { originProblem } from './urls.ts';
import { lazySerializerCompiler } from './serializers.ts';

/** What an extension is told of the app it plugs into. */
export interface ExtensionContext {
  readonly store: Store;
  /** The server's clock: an extension may move it (the sandbox's admin API). */
  readonly clock: MovableClock;
  /** The provider APIs served, and where. */
  readonly mounts: readonly { readonly api: RuntimeApi; readonly prefix: string }[];
  /** Serves an API of the extension's own (the admin API) under `prefix`, through the same request path. */
  registerApi(api: RoutedApi, prefix: string): Promise<void>;
}

/**
 * A cross-cutting part of the server (the sandbox) that the composition root plugs in at start-up;
 * the platform never imports one. It adds its hooks and routes before the APIs' routes, so its
 * hooks run for them, and may give the request path a gate step (pipeline.ts).
 */
export type Extension = (app: FastifyInstance, context: ExtensionContext) => Promise<{ readonly gate?: Gate }>;

export interface AppOptions {
  readonly store: Store;
  readonly apis: readonly RuntimeApi[];
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
  /** Cross-cutting parts plugged in at start-up, in order (the sandbox: see src/app.ts). */
  readonly extensions?: readonly Extension[];
  /**
   * The server sits behind a proxy: `X-Forwarded-Proto` and `-Host` say how clients reached it
   * (the URLs it emits follow them). Off, they are ignored: anyone could send them.
   */
  readonly trustProxy?: boolean;
  /** Time limits for clients and handlers (tests shorten them). */
  readonly limits?: Partial<ConnectionLimits>;
  /** How often expired tokens and idempotency keys are deleted (default every minute); false: never. */
  readonly pruneEveryMs?: number | false;
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** A mount, with how the API there answers problems. */
interface Owner extends Mount {
  readonly answers: ProblemAnswers;
}

/**
 * The HTTP server around the APIs: limits and connection handling, the Host check, the health
 * check, the reference, the extensions, then each API's routes (register.ts; each operation's
 * steps: pipeline.ts). Every refusal names the API the URL is under and answers in its envelope.
 */
export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const { store, apis, mount = 'prefixed', bodyLimit = DEFAULT_BODY_LIMIT } = options;
  // The admin API moves it forward at run time; every instance on the database follows.
  const clock = movableClock(options.clock ?? systemClock);
  if (mount === 'root' && apis.length !== 1) throw new Error('serving at the root takes exactly one API');
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  // Filled as APIs register: an extension's (the admin API) first, so it wins over an API at the root.
  const owners: Owner[] = [];
  const ownerOf = mountMatcher(owners);
  // Answers the router's refusals before any route runs: a URL it cannot read (bad percent-encoding,
  // an over-long path parameter) names nothing, so a 404, which every operation with path
  // parameters documents, in the envelope of the API whose mount the URL is under.
  const routerRefusal = (request: FastifyRequest, reply: FastifyReply, error: { code: string; message: string }) => {
    const problem: Problem =
      error.code === 'FST_ERR_MAX_PARAM_LENGTH' || error.code === 'FST_ERR_BAD_URL'
        ? { kind: 'not_found' }
        : { kind: 'malformed', message: `The URL is not valid: ${error.message}` };
    const owner = ownerOf(request.url);
    if (owner) return owner.answers.send(request, reply, problem);
    return reply.code(problem.kind === 'not_found' ? 404 : 400).send({ error: problem.kind, message: error.message });
  };
  const documented = documentedPaths();
  const app = Fastify({
    frameworkErrors: (error, request, reply) => routerRefusal(request as FastifyRequest, reply as FastifyReply, error),
    clientErrorHandler: protocolErrorHandler((target, status, message) => {
      const owner = target === undefined ? (mount === 'root' ? owners.find((o) => o.prefix === '') : undefined) : ownerOf(target);
      if (owner) return owner.answers.raw({ kind: 'malformed', message }, status);
      return { status, contentType: 'application/json', headers: {}, body: { error: 'bad_request', message } };
    }),
    trustProxy: options.trustProxy ?? false,
    requestTimeout: limits.requestTimeoutMs,
    // A request without Host is answered by the API (below), not by Node with an empty 400.
    http: { headersTimeout: limits.headersTimeoutMs, connectionsCheckingInterval: limits.checkEveryMs, requireHostHeader: false },
    logger: options.logger ?? false,
    logController: new LogController({ disableRequestLogging: !options.logRequests }),
    // Without a logger Fastify makes no request loggers at all: a factory would make it make them.
    ...(options.logger ? { childLoggerFactory: requestLogger } : {}),
    genReqId: requestId,
    bodyLimit,
    exposeHeadRoutes: false,
    routerOptions: {
      ...ROUTE_MATCHING,
      querystringParser: parseQuery,
    },
  });
  // Only the media types an operation declares are parsed; plain text is not one of them.
  app.removeContentTypeParser('text/plain');
  app.setSerializerCompiler(lazySerializerCompiler);
  app.decorateRequest('clienteleMount', null);
  app.decorateRequest('clienteleTenant', null);
  app.decorateRequest('clienteleResponseType', null);

  const connections = connectionTracker(app.server);
  // SIGTERM (app.close): connections without a request in progress close now; the rest after their response.
  app.addHook('preClose', async () => connections.closeIdle());
  // The hooks on every request take Fastify's callback form: an async hook costs a promise and a
  // turn of the microtask queue each, for work that is synchronous but in rare cases.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (connections.closing) reply.header('connection', 'close');
    if (request.raw.complete) return done(null, payload);
    // Answered before its body was read (a 413, a 415, a 401, a GET that ignores a body): the rest
    // is read first, within a bound, so a client still writing reads the answer, not a reset.
    drainBody(request.raw).then((drained) => {
      if (!drained) reply.header('connection', 'close');
      done(null, payload);
    }, done);
  });
  // First on every request: the mount it is under (hooks read it), then the Host. Every URL the
  // server emits is built from the Host (or, behind a trusted proxy, the forwarded host and
  // protocol): one that is not a valid authority is refused (RFC 9112 §3.2) before it reaches an
  // operation, in the envelope of the route it was meant for.
  const supportedMethods = new Set(app.supportedMethods);
  app.addHook('onRequest', (request, reply, done) => {
    // The router refuses a URL it cannot read when the method's routes reach it; with no route for
    // the method there, the URL comes here on its way to a not-found handler: refused alike, first.
    if (request.is404 && supportedMethods.has(request.method) && documented.match(request.url).kind === 'unreadable') {
      return void routerRefusal(request, reply, { code: 'FST_ERR_BAD_URL', message: `'${request.url}' is not a valid url component` });
    }
    const owner = ownerOf(request.url);
    request.clienteleMount = owner ?? null;
    const problem = originProblem(request);
    if (!problem) return done();
    // Answered here: Fastify goes on from the reply, not from `done`.
    reply.header('connection', 'close');
    if (owner) void owner.answers.send(request, reply, { kind: 'malformed', message: problem });
    else reply.code(400).send({ error: 'bad_request', message: problem });
  });

  limitHandlerTime(app, limits.handlerTimeoutMs, limits.checkEveryMs);

  app.get('/healthz', async (_request, reply) => {
    try {
      await store.ping();
      return { status: 'ok', store: store.dialect };
    } catch {
      return reply.code(503).send({ status: 'unavailable', store: store.dialect });
    }
  });

  const prefixOf = (api: RuntimeApi) => (mount === 'root' ? '' : `/${api.definition.name}`);
  const { compiledSerializers } = options;
  const register = async (api: RoutedApi, prefix: string, gate?: Gate) => {
    owners.push({ name: api.definition.name, prefix, answers: await registerApi(app, api, { prefix, store, clock, bodyLimit, compiledSerializers, gate, documented }) });
  };
  const mounts = apis.map((api) => ({ api, prefix: prefixOf(api) }));
  const gates: Gate[] = [];
  for (const extension of options.extensions ?? []) {
    const { gate } = await extension(app, { store, clock, mounts, registerApi: (api, prefix) => register(api, prefix) });
    if (gate) gates.push(gate);
  }
  await registerDocs(app, mounts.map(({ api, prefix }) => ({ name: api.definition.name, prefix })));
  if (options.pruneEveryMs !== false) schedulePruning(app, store, clock, options.pruneEveryMs ?? PRUNE_EVERY_MS);

  const gate = composeGates(gates);
  for (const { api, prefix } of mounts) await register(api, prefix, gate);
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

/** The gates in order: the first that takes the reply over ends the step. */
function composeGates(gates: readonly Gate[]): Gate | undefined {
  if (gates.length <= 1) return gates[0];
  return async (request, reply, call) => {
    for (const gate of gates) if (!(await gate(request, reply, call))) return false;
    return true;
  };
}
