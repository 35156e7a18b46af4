import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Store } from '@clientele/store';
import { parse } from 'qs';
import type { ServerApi } from './handlers.ts';
import { requestId } from './ids.ts';
import { registerApi } from './register.ts';
import { registerDocs } from './docs.ts';

export interface AppOptions {
  readonly store: Store;
  readonly apis: readonly ServerApi[];
  /** `prefixed`: every API under `/<name>`. `root`: the single API at `/`, for clients that hard-code paths. */
  readonly mount?: 'prefixed' | 'root';
  readonly logger?: FastifyServerOptions['logger'];
  /** Log every request (costs about 30 % of throughput); errors are always logged. */
  readonly logRequests?: boolean;
  readonly bodyLimit?: number;
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { store, apis, mount = 'prefixed', bodyLimit = DEFAULT_BODY_LIMIT } = options;
  if (mount === 'root' && apis.length !== 1) throw new Error('serving at the root takes exactly one API');
  const app = Fastify({
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

  await registerDocs(app);

  for (const api of apis) {
    await registerApi(app, api, { prefix: mount === 'root' ? '' : `/${api.definition.name}`, store, bodyLimit });
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
