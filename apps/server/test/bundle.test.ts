import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { raw } from './support/http.ts';
import { bundles, copyBundles, spawnServerWith } from './support/process.ts';

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

it('the bundled server exports what src/main.ts exports', async () => {
  const bundled = (await import(pathToFileURL(bundles.server).href)) as Record<string, unknown>;
  const source = (await import('../src/main.ts')) as Record<string, unknown>;
  expect(Object.keys(bundled).sort()).toEqual(Object.keys(source).sort());
});

// A copy of the bundles of its own: the servers other test files start write the cache in dist/.
const copied = copyBundles();
afterAll(() => rmSync(copied.dir, { recursive: true, force: true }));
const script = join(copied.dir, 'server.cjs');
const cacheFile = join(copied.dir, 'server.code-cache');
const start = (db: string) => spawnServerWith(['--db', `sqlite://${join(dir, db)}`, '--port', '0'], copied.server);

/** The key a code cache of this bundle must start with (src/bundle/main.mjs). */
const key = () => `${createHash('sha1').update(readFileSync(script)).digest('hex')} ${process.version} ${process.arch}\n`;

/** Waits until the server has written a code cache of this bundle other than `unlike` (a second after it is ready). */
async function cacheWritten(unlike?: Buffer): Promise<Buffer> {
  for (;;) {
    const file = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
    if (file && file.length > key().length && file.subarray(0, key().length).toString() === key() && !unlike?.equals(file)) return file;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function serves(server: { origin: string }) {
  const health = await raw(`${server.origin}/healthz`);
  expect([health.status, JSON.parse(health.text)]).toEqual([200, { status: 'ok', store: 'sqlite' }]);
}

it('the server writes a code cache of its bundle once ready, and starts from it', async () => {
  expect(existsSync(cacheFile)).toBe(false);
  const first = await start('cache.sqlite');
  try {
    await serves(first);
    await cacheWritten();
  } finally {
    await first.stop();
  }
  const written = statSync(cacheFile).mtimeMs;
  const second = await start('cache.sqlite');
  try {
    await serves(second);
  } finally {
    await second.stop();
  }
  expect(statSync(cacheFile).mtimeMs).toBe(written);
}, 60_000);

it('a code cache of another bundle, or one V8 refuses, is not used and is written again', async () => {
  const good = (await cacheWritten()).subarray(key().length);
  // Another bundle's key (with this bundle's code), then this bundle's key with code V8 must refuse.
  for (const stale of [Buffer.concat([Buffer.from(`${'0'.repeat(40)} ${process.version} ${process.arch}\n`), good]), Buffer.concat([Buffer.from(key()), Buffer.alloc(100_000, 7)])]) {
    writeFileSync(cacheFile, stale);
    const server = await start('stale.sqlite');
    try {
      await serves(server);
      await cacheWritten(stale);
    } finally {
      await server.stop();
    }
  }
}, 60_000);

it('the bundled server writes its request log in its own thread, from the bundle beside it (no TypeScript loader at hand)', async () => {
  const server = await start('log-thread.sqlite');
  try {
    const key = server.dev!.api_key_secret!;
    const adminToken = /admin token: (\S+)/.exec(server.output())![1]!;
    const res = await raw(`${server.origin}/balanced/v1/customers`, { headers: { authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` } });
    expect(res.status).toBe(200);
    const logged = await raw(`${server.origin}/_clientele/requests?api=balanced`, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(logged.json.items.map((entry: { operation: string; request: { headers: Record<string, string> } }) => [entry.operation, entry.request.headers.authorization])).toEqual([
      ['listCustomers', 'Basic [redacted]'],
    ]);
    // The thread failing (its script missing, the database refused) is said in the server's log.
    expect(server.output()).not.toMatch(/request log/);
  } finally {
    await server.stop();
  }
});
