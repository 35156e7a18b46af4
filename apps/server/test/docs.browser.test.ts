import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverApis } from '../src/apis/index.ts';
import { drivers } from './support/drivers.ts';
import { startServer, type TestServer } from './support/server.ts';

/**
 * A person's view of the reference: Debian's Chromium, headless, opens /docs/ and each API's page
 * and finds every operation of the route table listed. Every request the pages make is watched:
 * none may leave the server (no CDN script, font, logo or telemetry), so the reference works offline.
 */
const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const inCi = process.env.CI === 'true';
const available = existsSync(CHROMIUM);
if (!available && !inCi) {
  console.warn(`docs.browser.test: skipped, ${CHROMIUM} is missing (install it with \`apt-get install -y chromium\`; CI installs it and never skips)`);
}

const apis = serverApis.map(({ definition }) => ({
  name: definition.name,
  title: definition.title,
  operations: Object.entries(definition.routes).map(([operationId, op]) => ({
    operationId,
    summary: op.summary,
    method: op.method.toLowerCase(),
    tag: op.tag,
  })),
}));

describe.runIf(available || inCi)('the API reference in a browser', () => {
  let server: TestServer;
  let context: BrowserContext;
  let profile: string;
  /** Requests that would have reached another host; aborted so the test itself stays offline. */
  const escaped: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // In CI a missing browser fails every test here rather than skipping them.
    if (!available) throw new Error(`${CHROMIUM} is missing: CI must install it (apt-get install -y chromium) before the tests`);
    server = await startServer(drivers[0]!);
    profile = mkdtempSync(join(tmpdir(), 'clientele-chromium-'));
    // A fresh profile per run; playwright takes it as launchPersistentContext's folder rather than --user-data-dir.
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${server.origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      escaped.push(url);
      return route.abort('blockedbyclient');
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    // Chromium opens connections ahead of need; one that never sent a request counts as busy to
    // Node until its headers time out (60 s), so closing the server would wait that long for it.
    server?.http.closeAllConnections();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const open = async (url: string): Promise<Page> => {
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${url}: ${error.message}`));
    await page.goto(url, { waitUntil: 'networkidle' });
    return page;
  };

  it('the index links every API reference and both raw documents of each', async () => {
    const page = await open(`${server.origin}/docs/`);
    expect(await page.title()).toBe('clientele API reference');
    for (const api of apis) {
      const item = page.locator(`li[data-api="${api.name}"]`);
      await expect(item.locator('a.reference').textContent()).resolves.toBe(api.title);
      await expect(item.locator('a.reference').getAttribute('href')).resolves.toBe(`${api.name}/`);
      const raws = await item.locator('a.raw').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      expect(raws).toEqual([`${server.origin}/docs/${api.name}/openapi.json`, `${server.origin}/docs/${api.name}/openapi.yaml`]);
      for (const href of raws) expect((await fetch(href)).status).toBe(200);
    }
    await page.close();
  }, 60_000);

  it.each(apis)('$name: following the index to its page lists every operation of the route table', async (api) => {
    const page = await open(`${server.origin}/docs/`);
    await Promise.all([page.waitForURL(`${server.origin}/docs/${api.name}/`), page.locator(`li[data-api="${api.name}"] a.reference`).click()]);
    await page.locator('[data-component-name="Menu/Menu"]').waitFor();
    expect(await page.locator('h1').first().textContent()).toContain(api.title);

    // Redoc lists a tag's operations in the sidebar once the tag is opened.
    const listed = new Set<string>();
    for (const tag of new Set(api.operations.map((op) => op.tag))) {
      await page.locator('[data-component-name="Menu/MenuItem"] > a', { hasText: new RegExp(`^${tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).first().click();
      await page.locator('[data-component-name="Menu/MenuItem"] a[href*="/"]', { hasText: api.operations.find((op) => op.tag === tag)!.summary }).first().waitFor();
      for (const text of await page.locator('[data-component-name="Menu/MenuItem"] a').allTextContents()) listed.add(text.trim());
    }
    const missing = api.operations.filter((op) => !listed.has(`${op.summary}${op.method}`));
    expect(missing.map((op) => `${op.operationId} (${op.method.toUpperCase()} "${op.summary}")`)).toEqual([]);

    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: `test-results/docs-${api.name}.png` });
    await page.close();
  }, 60_000);

  it('no page fetched anything from another host, and none threw', () => {
    expect(available, `${CHROMIUM} is missing`).toBe(true);
    expect(escaped).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
