import { afterAll, beforeAll, expect, it } from 'vitest';
import { admin, ADMIN_PREFIX } from '@clientele/schemas/admin';
import { serverApis } from '../src/apis/index.ts';
import { overlapping } from '../src/platform/documented-paths.ts';
import { describeEachDriver } from './support/drivers.ts';
import { rawHttp } from './support/http.ts';
import { notesApi } from './support/notes/api.ts';
import { startServer, type TestServer } from './support/server.ts';

/** Every method Fastify routes; the rest (PROPFIND…) are 404s everywhere. */
const ROUTED = ['GET', 'HEAD', 'TRACE', 'DELETE', 'OPTIONS', 'PATCH', 'PUT', 'POST', 'QUERY'];
const ALLOW_ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const LONG_ID = 'x'.repeat(101);
const JSON_BODY = { headers: { 'content-type': 'application/json' }, body: '{}' };

/** The documented paths of a route table with their methods, in `Allow` order. */
function methodsByPath(routes: Record<string, { path: string; method: string }>): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (const { path, method } of Object.values(routes)) byPath.set(path, [...(byPath.get(path) ?? []), method]);
  for (const methods of byPath.values()) methods.sort((a, b) => ALLOW_ORDER.indexOf(a) - ALLOW_ORDER.indexOf(b));
  return byPath;
}

const fill = (path: string, id: string) => path.replace(/\{[^}]+\}/g, id);

/**
 * 405 and 404 without a route per path and method not taken (register.ts): a documented path
 * called with any other method Fastify routes is the API's 405 with Allow; what names no
 * documented path, or cannot be read (an over-long id, bad percent-encoding), is its 404.
 */
describeEachDriver('methods a documented path does not take', (driver) => {
  let server: TestServer;
  const mounts = [
    ...serverApis.map((api) => ({ prefix: `/${api.definition.name}`, routes: api.definition.routes })),
    { prefix: ADMIN_PREFIX, routes: admin.routes },
  ];
  const send = (method: string, url: string, init: { headers?: Record<string, string>; body?: string } = {}) =>
    rawHttp(`${server.origin}${url}`, { method, ...(method === 'QUERY' ? JSON_BODY : {}), ...init });

  beforeAll(async () => {
    server = await startServer(driver);
  });
  afterAll(() => server.close());

  it('every documented path of every API answers each other method with 405 and its Allow', async () => {
    for (const { prefix, routes } of mounts) {
      for (const [path, methods] of methodsByPath(routes)) {
        for (const method of ROUTED.filter((m) => !methods.includes(m))) {
          const res = await send(method, `${prefix}${fill(path, 'abc123')}`);
          expect([res.status, res.headers.get('allow')], `${method} ${prefix}${path}: ${res.text}`).toEqual([405, methods.join(', ')]);
        }
        const propfind = await send('PROPFIND', `${prefix}${fill(path, 'abc123')}`);
        expect(propfind.status, `PROPFIND ${prefix}${path}`).toBe(404);
      }
    }
  });

  it('over-long ids, bad percent-encoding and unknown paths are 404s with every method, a body or not', async () => {
    for (const { prefix, routes } of mounts) {
      const withId = [...methodsByPath(routes).keys()].filter((path) => path.includes('{'));
      for (const path of withId) {
        for (const method of ROUTED) {
          for (const id of [LONG_ID, '%ZZ']) {
            const res = await send(method, `${prefix}${fill(path, id)}`);
            expect(res.status, `${method} ${prefix}${fill(path, id)}`).toBe(404);
          }
        }
        // The router refuses the URL before anything reads the body: not a 400 for the JSON.
        const refused = await send('OPTIONS', `${prefix}${fill(path, LONG_ID)}`, { headers: { 'content-type': 'application/json' }, body: '{"a":' });
        expect(refused.status, `OPTIONS ${prefix}${path} with a broken body`).toBe(404);
      }
      for (const method of ROUTED) expect((await send(method, `${prefix}/nope/nowhere`)).status, `${method} ${prefix}/nope/nowhere`).toBe(404);
    }
  });

  it('a body no parser takes is a 415 before the 405, as on a route', async () => {
    // Octobat's customer takes GET and PATCH, not PUT.
    const res = await send('PUT', '/octobat/customers/oc_cu_1', { headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect(res.status, res.text).toBe(415);
    const json = await send('PUT', '/octobat/customers/oc_cu_1', JSON_BODY);
    expect([json.status, json.headers.get('allow')]).toEqual([405, 'GET, PATCH']);
  });
});

describeEachDriver('a static path beside a parameter (a test-only API)', (driver) => {
  let server: TestServer;
  // `/notes/latest` (GET) beside `/notes/{note_id}` (GET, PATCH, DELETE): the router must not take
  // `DELETE /notes/latest` for deleting the note `latest`.
  const routes = { ...notesApi.definition.routes, latestNotes: { ...notesApi.definition.routes.listNotes, path: '/notes/latest' } };
  const api = {
    ...notesApi,
    definition: { ...notesApi.definition, routes },
    handlers: { ...notesApi.handlers, latestNotes: notesApi.handlers.listNotes },
    checks: { ...notesApi.checks, latestNotes: notesApi.checks!.listNotes! },
  };

  beforeAll(async () => {
    server = await startServer(driver, { apis: [api as typeof notesApi] });
  });
  afterAll(() => server.close());

  it('a method the static path does not take is its 405, not the parameter route', async () => {
    for (const method of ['DELETE', 'PATCH']) {
      const res = await rawHttp(`${server.origin}/notes/notes/latest`, { method });
      expect([res.status, res.headers.get('allow')], res.text).toEqual([405, 'GET']);
    }
    const other = await rawHttp(`${server.origin}/notes/notes/other`, { method: 'PUT' });
    expect([other.status, other.headers.get('allow')]).toEqual([405, 'GET, PATCH, DELETE']);
  });
});

it('paths overlap when one URL could name both', () => {
  const paths = ['/notes/:note_id', '/notes/latest', '/notes/:note_id/comments', '/a/:x/b', '/a/:y/b', '/files/:name.json', '/files/readme', '/customers/:id', '/webhooks/:id'];
  expect([...overlapping(paths)].sort()).toEqual(['/a/:x/b', '/a/:y/b', '/files/:name.json', '/files/readme', '/notes/:note_id', '/notes/latest']);
});
