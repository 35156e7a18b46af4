import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverApis } from '../src/apis/index.ts';
import { browserTestsRun, closeBrowser, openBrowser, type TestBrowser } from './support/browser.ts';
import { drivers } from './support/drivers.ts';
import { startServer, type TestServer } from './support/server.ts';

/**
 * A person's view of the reference: Debian's Chromium, headless, opens /docs/ and each API's page
 * and finds every operation of the route table listed. Every request the pages make is watched:
 * none may leave the server (no CDN script, font, logo or telemetry), so the reference works offline.
 */
const run = browserTestsRun('docs.browser.test');

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

describe.runIf(run)('the API reference in a browser', () => {
  let server: TestServer;
  let browser: TestBrowser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer(drivers[0]!);
    browser = await openBrowser(server);
  }, 120_000);

  afterAll(() => closeBrowser(browser, server));

  const open = async (url: string): Promise<Page> => {
    const page = await browser.context.newPage();
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
    expect(browser.escaped).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
