import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverApis } from '../src/apis/index.ts';
import { drivers } from './support/drivers.ts';
import { raw } from './support/http.ts';
import { startServer, type TestServer } from './support/server.ts';

const require = createRequire(import.meta.url);
const emitted = (api: string, file: string) => readFileSync(require.resolve(`@clientele/specs/${api}/${file}`));
/** What the server serves of an emitted document: the same, with its URLs at the host and port it was reached on. */
const served = (api: string, file: string, origin: string) => Buffer.from(emitted(api, file).toString('utf8').replaceAll('http://localhost:4010', origin));
// Every API's document, and the admin API's.
const names = [...serverApis.map((api) => api.definition.name), 'admin'];

describe('the reference site and the raw specs, over HTTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(drivers[0]!);
  });
  afterAll(() => server.close());

  it.each(names.flatMap((api) => [[api, 'openapi.json'], [api, 'openapi.yaml']]))(
    '/specs/%s/%s is the emitted document, byte for byte but for its URLs (at the host and port serving it), fetchable cross-origin',
    async (api, file) => {
      const res = await fetch(`${server.origin}/specs/${api}/${file}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(file.endsWith('.json') ? /^application\/json/ : /^application\/yaml/);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(Buffer.from(await res.arrayBuffer()).equals(served(api, file, server.origin))).toBe(true);
      // The reference site carries the same bytes, so its relative links work when hosted statically too.
      const inSite = await fetch(`${server.origin}/docs/${api}/${file}`);
      expect(Buffer.from(await inSite.arrayBuffer()).equals(served(api, file, server.origin))).toBe(true);
    },
  );

  it('GET /specs lists every API with its stable URLs', async () => {
    const res = await raw(`${server.origin}/specs`);
    expect(res.status).toBe(200);
    expect(res.json.apis.map((a: { name: string }) => a.name).sort()).toEqual([...names].sort());
    for (const api of res.json.apis) {
      expect(api).toMatchObject({ json: `/specs/${api.name}/openapi.json`, yaml: `/specs/${api.name}/openapi.yaml`, reference: `/docs/${api.name}/` });
    }
  });

  it('/docs/ is the index, linking every API reference and both raw documents of each', async () => {
    const res = await raw(`${server.origin}/docs/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    for (const api of names) {
      expect(res.text).toContain(`href="${api}/"`);
      expect(res.text).toContain(`href="${api}/openapi.json"`);
      expect(res.text).toContain(`href="${api}/openapi.yaml"`);
    }
  });

  it.each(names)('/docs/%s/ is a self-contained Redoc page: no script, style or font from another host', async (api) => {
    const res = await raw(`${server.origin}/docs/${api}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.text).toContain('Content-Security-Policy');
    expect(res.text).not.toMatch(/<(script|link|img|iframe)\b[^>]*\b(src|href)=["']?(https?:)?\/\//i);
    expect(res.text).not.toMatch(/@import\s+url\(|fonts\.googleapis/i);
  });

  it('redirects folders to their trailing slash (pages link relatively) and 404s what is not there', async () => {
    const bare = await fetch(`${server.origin}/docs`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/docs/');
    const api = await fetch(`${server.origin}/docs/${names[0]}`, { redirect: 'manual' });
    expect(api.headers.get('location')).toBe(`/docs/${names[0]}/`);
    expect((await raw(`${server.origin}/docs/nope/`)).status).toBe(404);
    expect((await raw(`${server.origin}/docs/${names[0]}/secret.txt`)).status).toBe(404);
    expect((await raw(`${server.origin}/docs/../package.json`)).status).toBe(404);
    const missing = await raw(`${server.origin}/specs/nope/openapi.json`);
    expect(missing.status).toBe(404);
    expect(missing.json.message).toContain(`${names[0]}/openapi.json`);
  });

  it('HEAD on a raw spec answers its headers without the body', async () => {
    const res = await fetch(`${server.origin}/specs/${names[0]}/openapi.json`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(Number(res.headers.get('content-length'))).toBe(served(names[0]!, 'openapi.json', server.origin).length);
    expect(await res.text()).toBe('');
  });
});
