import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import type { TestServer } from './server.ts';

/** Debian's Chromium, driven headless by playwright-core (no browser download). */
export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const inCi = process.env.CI === 'true';
const available = existsSync(CHROMIUM);

/**
 * Whether a file's browser tests run: where Chromium is, and always in CI (where a missing browser
 * fails them, through `openBrowser`, rather than skipping them). Says so when they are skipped.
 */
export function browserTestsRun(file: string): boolean {
  if (!available && !inCi) console.warn(`${file}: skipped, ${CHROMIUM} is missing (apt-get install -y chromium; CI installs it and never skips)`);
  return available || inCi;
}

export interface TestBrowser {
  readonly context: BrowserContext;
  /** Requests that would have reached another host than the server's; aborted so the tests stay offline. */
  readonly escaped: string[];
  /** Its profile folder, removed by `closeBrowser`. */
  readonly profile: string;
}

/** A fresh headless Chromium whose pages may reach `server` only (and data: and blob: URLs). */
export async function openBrowser(server: TestServer, options: { viewport?: { width: number; height: number } } = {}): Promise<TestBrowser> {
  if (!available) throw new Error(`${CHROMIUM} is missing: CI must install it (apt-get install -y chromium) before the tests`);
  const profile = mkdtempSync(join(tmpdir(), 'clientele-chromium-'));
  // A fresh profile per run; playwright takes it as launchPersistentContext's folder rather than --user-data-dir.
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, ...options });
  const escaped: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${server.origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    escaped.push(url);
    return route.abort('blockedbyclient');
  });
  return { context, escaped, profile };
}

/** The teardown: the browser, then the server, then the profile; whichever of them was opened. */
export async function closeBrowser(browser: TestBrowser | undefined, server: TestServer | undefined) {
  await browser?.context.close();
  // Chromium opens connections ahead of need; one that never sent a request counts as busy to
  // Node until its headers time out (60 s), so closing the server would wait that long for it.
  server?.http.closeAllConnections();
  await server?.close();
  if (browser) rmSync(browser.profile, { recursive: true, force: true });
}
