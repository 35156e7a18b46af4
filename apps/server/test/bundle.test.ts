import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { raw } from './support/http.ts';
import { spawnServerWith } from './support/process.ts';

/**
 * The server bundle leaves out what it never calls (build.mjs: `glob`, which @fastify/static loads
 * but calls only with `wildcard: false`): the console's page and files are still served from it.
 */

const dir = mkdtempSync(join(tmpdir(), 'clientele-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('the bundled server serves the console page and the files it names', async () => {
  const server = await spawnServerWith(['--db', `sqlite://${join(dir, 'clientele.sqlite')}`, '--port', '0']);
  try {
    const page = await raw(`${server.origin}/_clientele/console/`);
    expect(page.status).toBe(200);
    const files = [...page.text.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const res = await raw(`${server.origin}/_clientele/console/${file}`);
      expect([file, res.status]).toEqual([file, 200]);
      expect(res.headers.get('cache-control')).toMatch(/immutable/);
    }
  } finally {
    await server.stop();
  }
});
