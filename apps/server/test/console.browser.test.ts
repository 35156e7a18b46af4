import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminClient } from '@clientele/client';
import { firstAdminToken } from '../src/sandbox/admin-auth.ts';
import { browserTestsRun, closeBrowser, openBrowser, type TestBrowser } from './support/browser.ts';
import { drivers } from './support/drivers.ts';
import { startReceiver, type Receiver } from './support/receiver.ts';
import { ADMIN_TOKEN } from './support/sandbox.ts';
import { startServer, type TestServer } from './support/server.ts';

/**
 * The sandbox console as a person uses it: Debian's Chromium, headless, against a real server on a
 * real store. The test creates a tenant in the page, calls the API with its key itself, watches the
 * request arrive in the live log, arms a fault and sees it strike, moves the clock and resets the
 * data, and follows a webhook delivery to a failing receiver through its retry to a replay that
 * succeeds. Every view is checked with axe-core and walked with the Tab key, at 1280×800 and at 390 px
 * wide, and screenshotted (test-results/console/). No request may leave the server.
 */
const run = browserTestsRun('console.browser.test');

const SHOTS = 'test-results/console';
const VIEWS = ['overview', 'tenants', 'data', 'requests', 'deliveries', 'faults', 'clock'] as const;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.runIf(run)('the sandbox console in a browser', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let context: BrowserContext;
  let page: Page;
  let consoleUrl: string;
  let admin: ReturnType<typeof createAdminClient<{ baseUrl: string; token: string; throwOnError: true }>>;
  let tenant: { id: string; key: string };
  let customerId: string;
  let receiver: Receiver | undefined;
  const pageErrors: string[] = [];
  /** The page's requests not yet answered in full. */
  const inFlight = new Set<Request>();

  beforeAll(async () => {
    // No --admin-token: the page, opened from this machine, needs none.
    server = await startServer(drivers[0]!, { sandbox: { requestLogLimit: 1000, sharedStateTtlMs: 0, tailPollMs: 100 } });
    admin = createAdminClient({ baseUrl: `${server.origin}/_clientele`, token: (await firstAdminToken(server.store))!, throwOnError: true });
    consoleUrl = `${server.origin}/_clientele/console/`;
    mkdirSync(SHOTS, { recursive: true });
    browser = await openBrowser(server, { viewport: { width: 1280, height: 800 } });
    context = browser.context;
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('request', (request) => inFlight.add(request));
    page.on('requestfinished', (request) => inFlight.delete(request));
    page.on('requestfailed', (request) => inFlight.delete(request));
  }, 120_000);

  afterAll(async () => {
    await receiver?.close();
    await closeBrowser(browser, server);
  });

  const show = async (view: (typeof VIEWS)[number]) => {
    await page.locator('nav a', { hasText: new RegExp(`^${view}$`, 'i') }).click();
    await page.locator('main h1', { hasText: new RegExp(`^${view}$`, 'i') }).waitFor();
  };
  /**
   * Until the view has what it asked for drawn: no request of the page is under way (but the
   * request log's stream, which never ends) when a frame has been painted since the last answer.
   */
  const settled = async () => {
    for (;;) {
      await page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
      const pending = [...inFlight].filter((request) => !request.url().includes('/requests/tail'));
      if (!pending.length) return;
      await Promise.race(pending.map((request) => request.response().then((response) => response?.finished())));
    }
  };
  const shot = (name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  const row = (text: string | RegExp) => page.locator('table[data-testid="requests"] tbody tr', { hasText: text });
  /** No serious or critical axe-core violation, and nothing wider than the screen but the tables, which scroll inside their own box. */
  const expectFitAndAccessible = async (what: string) => {
    await settled();
    // Injected through the debugging protocol: the page's own policy allows no inline script.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run();
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
    });
    expect(violations, what).toEqual([]);
    const overflowing = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('main *'))
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.scroll'))
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
    );
    expect(overflowing, `${what}: wider than the screen`).toEqual([]);
  };
  const balanced = (path: string, init: RequestInit = {}) =>
    fetch(`${server.origin}/balanced${path}`, { ...init, headers: { authorization: `Basic ${Buffer.from(`${tenant.key}:`).toString('base64')}`, ...init.headers } });

  it('opens on the overview, with no token asked of a caller on this machine', async () => {
    await page.goto(consoleUrl);
    await page.locator('main h1', { hasText: 'Overview' }).waitFor();
    await expect(page.getByTestId('health').textContent()).resolves.not.toBe('…');
    await page.getByTestId('health').filter({ hasText: 'ok' }).waitFor();
    const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
    console.log(`console: first contentful paint ${paint?.toFixed(0)} ms after navigation (loopback)`);
    expect(paint).toBeGreaterThan(0);
    expect(await page.locator('main').textContent()).toContain('Balanced');
    await shot('overview');
  });

  it('creates a tenant and reveals its key once, with a curl line', async () => {
    await show('tenants');
    await page.getByLabel('API').selectOption('balanced');
    await page.getByLabel('Name (optional)').fill('Console test');
    await page.getByRole('button', { name: 'Create tenant' }).click();
    const secret = page.getByTestId('secret-api_key_secret');
    await secret.waitFor();
    const heading = (await page.locator('#reveal-title').textContent())!;
    tenant = { id: /Tenant (\S+)/.exec(heading)![1]!, key: (await secret.textContent())! };
    expect(await page.getByTestId('example').textContent()).toContain(`curl -u ${tenant.key}:`);
    await shot('tenants');
    await page.getByRole('button', { name: 'I have copied them' }).click();
    await expect(secret.count()).resolves.toBe(0);
    // The server has it, as the page said.
    expect((await admin.getTenant(tenant.id)).data.name).toBe('Console test');
  });

  it('shows a call made with that key in the live log, with its headers and bodies', async () => {
    await show('requests');
    await page.getByTestId('live').filter({ hasText: 'Live' }).waitFor();
    const created = await balanced('/v1/customers', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'name=Ada+Lovelace&email_address=ada%40example.com' });
    const body = await created.text();
    expect(created.status, body).toBe(201);
    customerId = /"(CU[0-9A-Za-z]+)"/.exec(body)![1]!;
    const sent = Date.now();
    const entry = row('POST /balanced/v1/customers');
    await entry.waitFor({ timeout: 10_000 });
    console.log(`console: the request showed in the live log ${Date.now() - sent} ms after its answer`);
    expect(await entry.locator('td.status').textContent()).toBe('201');
    await entry.getByRole('button').click();
    const detail = page.locator('section', { has: page.getByRole('heading', { name: 'POST /balanced/v1/customers' }) });
    await expect(detail.getByLabel('Request body').textContent()).resolves.toContain('Ada Lovelace');
    await expect(detail.getByLabel('Response body').textContent()).resolves.toContain('ada@example.com');
    // The key is redacted as the log stores it: never shown.
    expect(await detail.textContent()).not.toContain(tenant.key);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await detail.getByRole('button', { name: 'Copy as curl' }).click();
    await detail.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    const curl = await page.evaluate(() => navigator.clipboard.readText());
    expect(curl).toMatch(new RegExp(`^curl -X POST '${server.origin}/balanced/v1/customers' `));
    expect(curl).toContain("-H 'authorization: Basic [redacted]'");
    expect(curl).toContain("--data-raw 'name=Ada+Lovelace&email_address=ada%40example.com'");
    await shot('requests');
    await page.screenshot({ path: `${SHOTS}/requests-view.png` });
  });

  it('filters the log by status class', async () => {
    await page.getByLabel('Status').selectOption('4xx');
    await page.getByRole('button', { name: 'Apply' }).click();
    // The filtered list replaces the whole one: wait for the 2xx rows to go (they may still show for a moment after the click).
    await row('POST /balanced/v1/customers').first().waitFor({ state: 'detached' });
    await page.getByTestId('live').filter({ hasText: 'Live' }).waitFor();
    expect((await balanced('/v1/customers/CU-none')).status).toBe(404);
    await row('GET /balanced/v1/customers/CU-none').waitFor({ timeout: 10_000 });
    await page.getByLabel('Status').selectOption('');
    await page.getByRole('button', { name: 'Apply' }).click();
    await row('POST /balanced/v1/customers').waitFor();
  });

  it('arms a fault: the next call fails with it, and the log shows the fault', async () => {
    await show('faults');
    const form = page.locator('form.grid');
    await form.getByLabel('API').selectOption('balanced');
    await form.getByLabel('Status').selectOption('503');
    await form.getByLabel('Only the next (count)').fill('1');
    await form.getByRole('button', { name: 'Add the rule' }).click();
    await page.getByTestId('faults').locator('tbody tr', { hasText: 'status=503' }).waitFor();
    await shot('faults');
    const failed = await balanced('/v1/customers?limit=1');
    expect(failed.status).toBe(503);
    expect((await balanced('/v1/customers?limit=1')).status).toBe(200);
    await show('requests');
    const struck = page.locator('table[data-testid="requests"] tbody tr[data-status="503"]', { hasText: 'status=503' });
    await struck.waitFor({ timeout: 10_000 });
    expect(await struck.textContent()).toContain('GET /balanced/v1/customers?limit=1');
  });

  it('advances the clock, and names the field when the input is wrong', async () => {
    const before = (await admin.getClock()).data.offset_ms;
    await show('clock');
    await page.getByLabel(/Advance by/).fill('banana');
    await page.getByRole('button', { name: 'Advance the clock' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/^advance: /);
    await page.getByLabel(/Advance by/).fill('2h');
    await page.getByRole('button', { name: 'Advance the clock' }).click();
    await page.getByTestId('clock-offset').filter({ hasText: `${before + 7_200_000} ms` }).waitFor();
    expect((await admin.getClock()).data.offset_ms).toBe(before + 7_200_000);
    await shot('clock');
  });

  it('shows the tenant’s data, and after a reset the data view is empty', async () => {
    await show('data');
    await page.locator('select[name="tenant"]').selectOption(tenant.id);
    await page.getByTestId('documents').locator('li', { hasText: 'CU' }).first().waitFor();
    await page.getByLabel('Find by id or field value').fill('ada@example.com');
    await expect(page.getByTestId('documents').locator('li').count()).resolves.toBe(1);
    await page.getByTestId('documents').locator('summary').first().click();
    await expect(page.getByTestId('documents').locator('pre').textContent()).resolves.toContain('Ada Lovelace');
    await shot('data');
    await page.getByRole('button', { name: 'Reset tenant' }).click();
    await page.getByTestId('no-documents').filter({ hasText: 'holds no documents' }).waitFor();
    const { documents } = (await admin.getTenant(tenant.id)).data;
    expect(Object.values(documents).filter((count) => count > 0)).toEqual([]);
    expect((await balanced(`/v1/customers/${customerId}`)).status).toBe(404);
  });

  it('shows a failing delivery with each attempt, names the field of a wrong id, and replays it: the new attempt succeeds', async () => {
    receiver = await startReceiver(500);
    const json = { 'content-type': 'application/json' };
    expect((await balanced('/v1/callbacks', { method: 'POST', headers: json, body: JSON.stringify({ url: receiver.url }) })).status).toBe(201);
    expect((await balanced('/v1/customers', { method: 'POST', headers: json, body: JSON.stringify({ name: 'Grace Hopper' }) })).status).toBe(201);
    await receiver.waitFor(1);
    // Balanced retries a minute after a failed attempt: two minutes on, the retry has been made when the clock answers (and the next is 5 minutes further).
    await admin.advanceClock({ advance: '2m' });
    expect(receiver.received).toHaveLength(2);
    const [stored] = (await admin.listDeliveries(tenant.id)).data.items;
    expect(stored!.attempts.map((a) => a.status)).toEqual([500, 500]);

    await show('deliveries');
    await page.getByLabel('API').selectOption('balanced');
    await page.locator('select[name="tenant"]').selectOption(tenant.id);
    const listed = page.getByTestId('deliveries').locator('tbody tr', { hasText: stored!.id });
    await listed.waitFor();
    expect(await listed.locator('td').allTextContents()).toEqual([stored!.id, 'pending', '2', '500', expect.any(String), receiver.url]);
    await page.getByTestId('targets').filter({ hasText: 'Deliveries may go to any URL a tenant registers.' }).waitFor();
    // The state narrows the page shown.
    await page.getByLabel('State (of those shown)').selectOption('failed');
    await listed.waitFor({ state: 'detached' });
    await page.locator('.pager', { hasText: '1–1 of 1, newest first; 0 of them failed' }).waitFor();
    await page.getByLabel('State (of those shown)').selectOption('pending');
    await listed.waitFor();
    await page.getByLabel('State (of those shown)').selectOption('');
    await listed.getByRole('button', { name: stored!.id }).click();
    const attempts = page.getByTestId('attempts').locator('tbody tr');
    await attempts.nth(1).waitFor();
    const cells = () => attempts.evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('td'), (td) => td.textContent)));
    // #, time, status, duration, received, the answer's start, URL: as the admin API has them.
    expect(await cells()).toEqual(stored!.attempts.map((a) => [String(a.n), expect.any(String), '500', String(a.duration_ms), 'no', 'receiver failing on purpose', receiver!.url]));

    // An id of no delivery, and one longer than any (which the server refuses as a path it does not know).
    for (const id of ['WHnone', 'W'.repeat(201)]) {
      await page.getByLabel('Delivery id').fill(id);
      await page.getByRole('button', { name: 'Open' }).click();
      await expect(page.getByRole('alert').textContent()).resolves.toBe(`Delivery id: tenant ${tenant.id} has no delivery ${id}.`);
    }
    await page.getByLabel('Delivery id').fill('');
    await listed.getByRole('button', { name: stored!.id }).click();
    await attempts.nth(1).waitFor();

    receiver.answer(200);
    await page.getByRole('button', { name: 'Replay now' }).click();
    await page.getByTestId('replay-result').filter({ hasText: 'Attempt 3: 200' }).waitFor();
    expect(await page.getByTestId('replay-result').textContent()).toMatch(/^Replayed\. Attempt 3: 200 in \d+ ms, received\.$/);
    await attempts.nth(2).waitFor();
    const replayed = (await admin.getDelivery(tenant.id, stored!.id)).data;
    expect(replayed.state).toBe('succeeded');
    expect((await cells())[2]).toEqual(['3', expect.any(String), '200', String(replayed.attempts[2]!.duration_ms), 'yes', 'ok', receiver.url]);
    await page.getByTestId('delivery-state').filter({ hasText: 'succeeded' }).waitFor();
    await listed.filter({ hasText: 'succeeded' }).waitFor();
    expect(receiver.received).toHaveLength(3);
    await shot('deliveries');
    // The delivery open, with its attempts, at both widths.
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
      await expectFitAndAccessible(`a delivery's attempts at ${width} px`);
      if (width === 390) await shot('deliveries-detail-390');
    }
  });

  it.each(VIEWS)('%s: no serious or critical accessibility violation (axe-core), at 1280 and at 390 px', async (view) => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
      await show(view);
      await expectFitAndAccessible(`${view} at ${width} px`);
      if (width === 390) await shot(`${view}-390`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it.each(VIEWS)('%s: every control is reached with the Tab key', async (view) => {
    await show(view);
    // Controls a view draws once its data comes (a document's summary) are counted too.
    await settled();
    const controls = await page.evaluate(() => {
      const all = Array.from(document.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input, select, textarea, summary, [tabindex="0"]'));
      // Not getClientRects: the inside of a closed <details> (skipped, as content-visibility: hidden) has boxes, but no Tab stop.
      const visible = all.filter((e) => e.checkVisibility());
      visible.forEach((e, i) => (e.dataset.control = String(i)));
      return visible.length;
    });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // Until focus comes round to the first control again (scrolling boxes take a Tab stop of their own too).
    const reached = new Set<string>();
    for (let presses = 0; presses < 4 * controls + 10; presses++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.control);
      if (id !== undefined && reached.has(id)) break;
      if (id !== undefined) reached.add(id);
    }
    const missed = await page.evaluate(
      (ids) => Array.from(document.querySelectorAll<HTMLElement>('[data-control]')).filter((e) => !ids.includes(e.dataset.control!)).map((e) => `${e.tagName.toLowerCase()} "${e.textContent?.trim().slice(0, 40)}"${e.isConnected ? '' : ' (gone)'}`),
      [...reached],
    );
    expect(reached.size, `${view}: ${reached.size} of ${controls} controls reached by Tab; missed: ${missed.join(', ')}`).toBe(controls);
  });

  it('asks a caller elsewhere for the admin token, and keeps it for the tab only', async () => {
    // As a proxy on this host would relay a remote visitor; the server has --admin-token, so the token opens the console.
    const configured = await startServer(drivers[0]!, { sandbox: { adminToken: ADMIN_TOKEN, sharedStateTtlMs: 0 } });
    const remoteUrl = `${configured.origin}/_clientele/console/`;
    await context.route(`${configured.origin}/**`, (route) => route.continue());
    try {
      const tab = await context.newPage();
      await tab.setExtraHTTPHeaders({ 'x-forwarded-for': '203.0.113.9' });
      await tab.goto(remoteUrl);
      expect(await tab.evaluate(() => document.getElementById('clientele-config')?.textContent)).not.toContain('clientele_console_');
      await tab.getByLabel('Admin token').fill('not-the-token');
      await tab.getByRole('button', { name: 'Open the console' }).click();
      await tab.getByRole('alert').filter({ hasText: 'refused that token' }).waitFor();
      await tab.screenshot({ path: `${SHOTS}/token-prompt.png` });
      await tab.getByLabel('Admin token').fill(ADMIN_TOKEN);
      await tab.getByRole('button', { name: 'Open the console' }).click();
      await tab.getByTestId('health').filter({ hasText: 'ok' }).waitFor();
      await tab.locator('dd', { hasText: / ms ahead\)$/ }).waitFor();
      expect(await tab.evaluate(() => [sessionStorage.getItem('clientele.adminToken'), localStorage.length])).toEqual([ADMIN_TOKEN, 0]);
      // The same tab, reloaded, keeps it; another tab asks again.
      await tab.reload();
      await tab.getByTestId('health').filter({ hasText: 'ok' }).waitFor();
      const other = await context.newPage();
      await other.setExtraHTTPHeaders({ 'x-forwarded-for': '203.0.113.9' });
      await other.goto(remoteUrl);
      await other.getByLabel('Admin token').waitFor();
      await Promise.all([tab.close(), other.close()]);
    } finally {
      await context.unroute(`${configured.origin}/**`);
      configured.http.closeAllConnections();
      await configured.close();
    }
  });

  it('fetched nothing from another host, and no page threw', () => {
    expect(browser.escaped).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
