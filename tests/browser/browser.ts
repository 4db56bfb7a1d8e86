import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';

/** Debian's Chromium, launched as the benchmark launches it (scripts/chromium.ts). */
export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/**
 * One Chromium and one browser context shared by the tests of a file: launched before them, closed
 * after. Read `.browser` and `.context` inside the tests (they exist once beforeAll has run).
 */
export function sharedBrowser(): { browser: Browser; context: BrowserContext } {
  const shared = {} as { browser: Browser; context: BrowserContext };
  beforeAll(async () => {
    shared.browser = await launchBrowser();
    shared.context = await shared.browser.newContext();
  });
  afterAll(async () => {
    await shared.browser?.close();
  });
  return shared;
}

/** Absolute URL of a site path ("/tinh/" → "http://127.0.0.1:PORT/tinh/"), honouring the base path. */
export function siteUrl(path = '/'): string {
  return new URL(path.replace(/^\//, ''), inject('siteUrl')).href;
}

/** What went wrong on a page that a reader could notice or that the console reports. */
export interface PageProblems {
  /** HTTP status of the page itself (404 for the not-found page). */
  status: number | undefined;
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/** Opens a page in a fresh tab and records console errors, script errors and requests. */
export async function openPage(context: BrowserContext, path: string): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  const problems: PageProblems = { status: undefined, consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] };
  const origin = new URL(inject('siteUrl')).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) problems.foreignRequests.push(url);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.request().isNavigationRequest()) problems.failedRequests.push(`${response.status()} ${response.url()}`);
  });
  const response = await page.goto(siteUrl(path), { waitUntil: 'load' });
  problems.status = response?.status();
  // Chromium logs the page's own 404 status as a console error; that one is the page's answer, not a fault.
  if (problems.status === 404) {
    const own = problems.consoleErrors.indexOf('Failed to load resource: the server responded with a status of 404 (Not Found)');
    if (own >= 0) problems.consoleErrors.splice(own, 1);
  }
  return { page, problems };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is now, as "rule: selectors". */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Runs through the DevTools protocol, which the page's Content-Security-Policy does not govern.
  await page.evaluate(axeSource);
  return (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`,
  )) as string[];
}
