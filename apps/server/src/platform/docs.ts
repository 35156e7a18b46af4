import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { emittedSpecs, ensureSite, readSite } from '@clientele/docs';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  yaml: 'application/yaml; charset=utf-8',
};
const typeOf = (path: string) => TYPES[path.slice(path.lastIndexOf('.') + 1)] ?? 'application/octet-stream';

let site: Promise<Map<string, Buffer>> | undefined;

/**
 * The rendered reference, built from the emitted specs the first time it is asked for (or when
 * `pnpm run docs` left a stale copy), then kept in memory. The server calls it at start so the first
 * visitor does not wait; a failure is reported on /docs and retried on the next visit.
 */
export function referenceSite(): Promise<Map<string, Buffer>> {
  if (!site) {
    site = ensureSite().then(({ dir }) => readSite(dir));
    site.catch(() => (site = undefined));
  }
  return site;
}

/**
 * `/docs/…` serves the reference site (index, one Redoc page per API, raw documents) and
 * `/specs/<api>/openapi.{json,yaml}` each emitted document at a stable URL, for tools to fetch.
 */
export async function registerDocs(app: FastifyInstance): Promise<void> {
  const specs = emittedSpecs();
  const raw = new Map<string, Buffer>(specs.flatMap((spec) => [[`${spec.api}/openapi.json`, spec.json], [`${spec.api}/openapi.yaml`, spec.yaml]] as const));

  app.get('/specs', async () => ({
    apis: specs.map((spec) => ({
      name: spec.api,
      title: spec.title,
      version: spec.version,
      json: `/specs/${spec.api}/openapi.json`,
      yaml: `/specs/${spec.api}/openapi.yaml`,
      reference: `/docs/${spec.api}/`,
    })),
  }));

  app.route({
    method: ['GET', 'HEAD'],
    url: '/specs/:api/:file',
    handler: async (request: FastifyRequest<{ Params: { api: string; file: string } }>, reply) => {
      const key = `${request.params.api}/${request.params.file}`;
      const body = raw.get(key);
      if (!body) return reply.code(404).send({ error: 'not_found', message: `No spec at /specs/${key}. Known: ${[...raw.keys()].join(', ')}` });
      return reply.type(typeOf(key)).header('access-control-allow-origin', '*').header('cache-control', 'no-cache').send(body);
    },
  });

  const serve = async (request: FastifyRequest, reply: FastifyReply) => {
    let path: string;
    try {
      path = decodeURIComponent(request.url.split('?')[0]!).replace(/^\/docs/, '');
    } catch {
      return reply.code(404).send({ error: 'not_found', message: 'Malformed path. See /docs/.' });
    }
    // Pages link relatively (`balanced/`, `balanced/openapi.json`), so folders need their trailing slash.
    if (path === '' || (!path.endsWith('/') && !path.includes('.'))) return reply.redirect(`/docs${path}/`, 301);
    let files: Map<string, Buffer>;
    try {
      files = await referenceSite();
    } catch (error) {
      request.log.error({ err: error }, 'the API reference could not be built');
      return reply.code(503).type('text/plain; charset=utf-8').send(`The API reference could not be built: ${(error as Error).message}`);
    }
    const file = path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
    const body = files.get(file);
    if (!body) return reply.code(404).send({ error: 'not_found', message: `No page at /docs${path}. See /docs/.` });
    return reply.type(typeOf(file)).header('cache-control', 'no-cache').send(body);
  };
  app.route({ method: ['GET', 'HEAD'], url: '/docs', handler: serve });
  app.route({ method: ['GET', 'HEAD'], url: '/docs/*', handler: serve });
}
