import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, siteUrl } from './browser.ts';
import { resultIds, searchCount, waitForSearch } from './search-support.ts';

/**
 * The search-quality suite: every query of tests/fixtures/search-queries.json, run in Chromium on
 * the built site's search page, must have its expected documents among the first three results
 * (the first result, for a row marked `first`), on the default build and with every shard loaded.
 */
interface SuiteRow {
  query: string;
  expectedTop3: string[];
  /** The (single) expected document must be the first result, not just among the first three. */
  first?: boolean;
  note: string;
}
const suite = JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf8')) as SuiteRow[];

let browser: Browser;
let context: BrowserContext;
const misses: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
});
afterAll(async () => {
  if (misses.length) console.log(`Search quality: ${misses.length} of ${suite.length * 2} queries missed:\n${misses.join('\n')}`);
  await browser?.close();
});

it('has at least 40 queries, each expecting one to three documents, one when it must come first', () => {
  expect(suite.length).toBeGreaterThanOrEqual(40);
  for (const row of suite) expect(row.expectedTop3.length, row.query).toBeGreaterThanOrEqual(1);
  for (const row of suite) expect(row.expectedTop3.length, row.query).toBeLessThanOrEqual(3);
  for (const row of suite.filter((r) => r.first)) expect(row.expectedTop3.length, row.query).toBe(1);
  expect(suite.filter((r) => r.first).length).toBeGreaterThanOrEqual(10);
});

/**
 * The suite on one search page: `open` returns it ready, with the index loaded as the case needs.
 * The default build has one bundle; the sharded build (tests/browser/global-setup.ts, 5 shards) is
 * searched with every shard loaded, where Pagefind's per-bundle prefix fallback used to bring
 * near-misses of a word from the shards that lack it (5 queries missed their top 3).
 */
function qualitySuite(name: string, open: () => Promise<Page>) {
  describe(name, () => {
    let page: Page;
    beforeAll(async () => {
      page = await open();
    });
    afterAll(async () => {
      await page?.close();
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
      if (row.first && top3[0] !== row.expectedTop3[0]) missing.push(`${row.expectedTop3[0]} (first)`);
      if (missing.length) misses.push(`  [${name}] ${JSON.stringify(row.query)} (${row.note}): missing ${missing.join(', ')}; top 3: ${top3.join(', ')}`);
      expect(top3, row.note).toEqual(expect.arrayContaining(row.expectedTop3));
      if (row.first) expect(top3[0], row.note).toBe(row.expectedTop3[0]);
    });
  });
}

qualitySuite('search quality suite', async () => {
  const page = await context.newPage();
  await page.goto(siteUrl('/tim-kiem/'));
  await waitForSearch(page);
  return page;
});

qualitySuite('search quality suite, every shard loaded', async () => {
  const page = await context.newPage();
  await page.goto(new URL('tim-kiem/?q=b%C3%ACnh+%C4%91%E1%BA%B3ng+gi%E1%BB%9Bi', inject('shardedSiteUrl')).href);
  await waitForSearch(page);
  const before = await searchCount(page);
  await page.click('[data-search-widen]');
  await waitForSearch(page, before);
  expect(((await page.evaluate('window.__searchMetrics.shardsLoaded')) as string[]).length).toBe(7);
  return page;
});
