import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, siteUrl } from './browser.ts';
import { resultIds, searchCount, waitForSearch } from './search-support.ts';

/**
 * The search-quality suite: every query of tests/fixtures/search-queries.json, run in Chromium on
 * the built site's search page, must have its expected documents among the first three results.
 */
interface SuiteRow {
  query: string;
  expectedTop3: string[];
  note: string;
}
const suite = JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf8')) as SuiteRow[];

let browser: Browser;
let context: BrowserContext;
let page: Page;
const misses: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  page = await context.newPage();
  await page.goto(siteUrl('/tim-kiem/'));
  await waitForSearch(page);
});
afterAll(async () => {
  if (misses.length) console.log(`Search quality: ${misses.length} of ${suite.length} queries missed:\n${misses.join('\n')}`);
  await browser?.close();
});

describe('search quality suite', () => {
  it('has at least 40 queries, each expecting one to three documents', () => {
    expect(suite.length).toBeGreaterThanOrEqual(40);
    for (const row of suite) expect(row.expectedTop3.length, row.query).toBeGreaterThanOrEqual(1);
    for (const row of suite) expect(row.expectedTop3.length, row.query).toBeLessThanOrEqual(3);
  });

  it.each(suite.map((row) => [row.query, row] as const))('%s', async (_query, row) => {
    // Typed into the search page's box and submitted, as a reader does (one page for the whole suite).
    const before = await searchCount(page);
    await page.fill('[data-search-input]', row.query);
    await page.press('[data-search-input]', 'Enter');
    await waitForSearch(page, before);
    expect(new URL(page.url()).searchParams.get('q')?.normalize('NFC')).toBe(row.query.normalize('NFC'));
    const top3 = (await resultIds(page)).slice(0, 3);
    const missing = row.expectedTop3.filter((id) => !top3.includes(id));
    if (missing.length) misses.push(`  ${JSON.stringify(row.query)} (${row.note}): missing ${missing.join(', ')}; top 3: ${top3.join(', ')}`);
    expect(top3, row.note).toEqual(expect.arrayContaining(row.expectedTop3));
  });
});
