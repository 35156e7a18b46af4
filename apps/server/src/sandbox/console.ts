import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { BUILD_HINT, consoleDist } from '@clientele/console';
import { ADMIN_PREFIX } from '@clientele/schemas/admin';
import { isLocalCaller, type ConsoleToken } from './admin-auth.ts';
import type { ExtensionContext } from '../platform/app.ts';

/** Where the console is served, on every port. */
export const CONSOLE_PATH = `${ADMIN_PREFIX}/console/`;

/** What the page may load: its own files, and requests to its own origin; nothing from elsewhere. */
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/** What the page is told of the server it came from. */
export interface ConsoleFacts {
  readonly mounts: ExtensionContext['mounts'];
  readonly storage: string;
  readonly instance: string;
}

/**
 * The sandbox console (packages/console, built): its page at `/_clientele/console/` and its files.
 * The page is the built `index.html` with the server's facts filled in, and, for a caller on this
 * machine (see `isLocalCaller`), the token the admin API takes from such callers: they need none of
 * their own. Anyone else gets the page with a prompt for the admin token.
 */
export async function registerConsole(app: FastifyInstance, token: ConsoleToken, facts: ConsoleFacts): Promise<void> {
  const dir = consoleDist();
  const indexFile = join(dir, 'index.html');
  app.get(CONSOLE_PATH.slice(0, -1), (_request, reply) => reply.redirect(CONSOLE_PATH, 301));
  if (!existsSync(indexFile)) {
    app.get(`${CONSOLE_PATH}*`, (_request, reply) => reply.code(503).type('text/plain; charset=utf-8').send(`The console is not built: ${BUILD_HINT}.`));
    return;
  }
  const page = readFileSync(indexFile, 'utf8');
  const apis = facts.mounts.map(({ api, prefix }) => ({ name: api.definition.name, title: api.definition.title, root: prefix, reference: `/docs/${api.definition.name}/` }));
  const pageFor = (request: FastifyRequest) => {
    const config = { apis, storage: facts.storage, instance: facts.instance, adminRoot: ADMIN_PREFIX, ...(isLocalCaller(request) ? { token: token.value } : {}) };
    // `<` escaped: the JSON sits inside an HTML element.
    const block = `<script type="application/json" id="clientele-config">${JSON.stringify(config).replaceAll('<', '\\u003c')}</script>`;
    return page.replace('<!--clientele-console-config-->', block);
  };
  app.get(CONSOLE_PATH, (request, reply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').header('content-security-policy', POLICY).header('referrer-policy', 'no-referrer').send(pageFor(request)),
  );
  await app.register(fastifyStatic, {
    root: dir,
    prefix: CONSOLE_PATH,
    index: false,
    decorateReply: false,
    // The page itself only as filled in above; its other files are named by their content.
    allowedPath: (path) => path.startsWith('/assets/'),
    maxAge: '1y',
    immutable: true,
    setHeaders: (reply) => reply.header('content-security-policy', POLICY),
  });
}
