import { readFile } from 'node:fs/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { emittedSpecs, ensureSite, siteFiles, type EmittedSpec } from '@clientele/docs';
import { ADMIN_PREFIX } from '@clientele/schemas/admin';
import type { Mount } from './mounts.ts';
import { apiRootOf } from './urls.ts';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  yaml: 'application/yaml; charset=utf-8',
};
const typeOf = (path: string) => TYPES[path.slice(path.lastIndexOf('.') + 1)] ?? 'application/octet-stream';

let site: Promise<Map<string, string>> | undefined;

/**
 * The rendered reference's files (URL path to file on disk), built from the emitted specs the
 * first time it is asked for (or when `pnpm run docs` left a stale copy). The server calls it at
 * start so the first visitor does not wait; a failure is reported on /docs and retried on the next
 * visit. Only the list is kept: a page is read at each visit (from the system's file cache, most
 * likely), where the whole site in memory held about 16 MB of the server's resident memory for good.
 */
export function referenceSite(): Promise<Map<string, string>> {
  if (!site) {
    site = ensureSite().then(({ dir }) => siteFiles(dir));
    site.catch(() => (site = undefined));
  }
  return site;
}

/**
 * `/docs/…` serves the reference site (index, one Redoc page per API, raw documents) and
 * `/specs/<api>/openapi.{json,yaml}` each emitted document at a stable URL, for tools to fetch.
 */
/** Where the emitted documents say each API is (`servers`, token URLs): the default port, every API under its name. */
const DOCUMENTED_ORIGIN = 'http://localhost:4010';

/**
 * A document or reference page as this server serves it: the URLs of the APIs it serves (and of
 * the admin API) at the host and port the caller reached, and at their actual mounts (the root of
 * the port for an API served alone).
 */
function localized(body: Buffer, request: FastifyRequest, mounts: readonly Mount[]): Buffer {
  const origin = apiRootOf(request, '');
  let text = body.toString('utf8');
  for (const { name, prefix } of [...mounts, { name: ADMIN_PREFIX.slice(1), prefix: ADMIN_PREFIX }]) {
    text = text.replaceAll(`${DOCUMENTED_ORIGIN}/${name}`, `${origin}${prefix}`);
  }
  return Buffer.from(text, 'utf8');
}

export async function registerDocs(app: FastifyInstance, mounts: readonly Mount[] = []): Promise<void> {
  // Read at the first request for them, not at start: the server answers sooner.
  let read: { specs: EmittedSpec[]; raw: Map<string, Buffer> } | undefined;
  const documents = () => {
    if (read) return read;
    const specs = emittedSpecs();
    const raw = new Map<string, Buffer>(
      specs.flatMap((spec) => [
        [`${spec.api}/openapi.json`, spec.json] as const,
        [`${spec.api}/openapi.yaml`, spec.yaml] as const,
        ...Object.entries(spec.schemas).map(([file, body]) => [`${spec.api}/${file}`, body] as const),
      ]),
    );
    return (read = { specs, raw });
  };

  app.get('/specs', async () => ({
    apis: documents().specs.map((spec) => ({
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
      const { raw } = documents();
      const body = raw.get(key);
      if (!body) return reply.code(404).send({ error: 'not_found', message: `No spec at /specs/${key}. Known: ${[...raw.keys()].join(', ')}` });
      return reply.type(typeOf(key)).header('access-control-allow-origin', '*').header('cache-control', 'no-cache').send(localized(body, request, mounts));
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
    let files: Map<string, string>;
    try {
      files = await referenceSite();
    } catch (error) {
      request.log.error({ err: error }, 'the API reference could not be built');
      return reply.code(503).type('text/plain; charset=utf-8').send(`The API reference could not be built: ${(error as Error).message}`);
    }
    const file = path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
    const onDisk = files.get(file);
    if (!onDisk) return reply.code(404).send({ error: 'not_found', message: `No page at /docs${path}. See /docs/.` });
    let body: Buffer;
    try {
      body = await readFile(onDisk);
    } catch (error) {
      // Another server swapped in a site rendered anew (ensureSite): listed again at the next visit.
      site = undefined;
      request.log.warn({ err: error }, 'a page of the API reference could not be read');
      return reply.code(503).type('text/plain; charset=utf-8').send('The API reference is being rendered again: try again in a moment.');
    }
    return reply.type(typeOf(file)).header('cache-control', 'no-cache').send(file.endsWith('.html') || file.includes('openapi.') ? localized(body, request, mounts) : body);
  };
  app.route({ method: ['GET', 'HEAD'], url: '/docs', handler: serve });
  app.route({ method: ['GET', 'HEAD'], url: '/docs/*', handler: serve });
}
