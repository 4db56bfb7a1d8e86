import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { loadCorpus } from '../../src/lib/content/corpus.ts';
import { seriousAxeViolations, sharedBrowser, siteUrl } from './browser.ts';
import { shardedSite } from './global-setup.ts';
import { resultIds, searchCount, searchPath, showAll, statusText, waitForSearch } from './search-support.ts';

/**
 * The search page on a search index of several shards: the archive's 49 documents built with shards
 * of about 8 documents (tests/browser/global-setup.ts), so nam-2025 (10 documents), nam-2019-2024
 * (8), nam-2018 (8), nam-2016-2017 (5), nam-2012-2015 (8), nam-2007-2011 (8), nam-2004-2006 (2). A search loads the shards it needs first,
 * says which years it searched, merges the others on request or when it found nothing.
 */

const corpus = loadCorpus(process.cwd()).documents;
const shardNames = ['nam-2025', 'nam-2019-2024', 'nam-2018', 'nam-2016-2017', 'nam-2012-2015', 'nam-2007-2011', 'nam-2004-2006'];

const chromium = sharedBrowser();

function shardedUrl(path: string): string {
  return new URL(path.replace(/^\//, ''), inject('shardedSiteUrl')).href;
}

interface Opened {
  page: Page;
  errors: string[];
}

/** Opens a search URL of the sharded build in a fresh tab and waits for its results. */
async function openSearch(path: string, ctx = chromium.context): Promise<Opened> {
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(shardedUrl(path), { waitUntil: 'load' });
  await waitForSearch(page);
  return { page, errors };
}

/**
 * What the page says about the years searched, and what the search loaded: `loaded` from the page's
 * metrics, `bundles` the shards whose index files were fetched (Resource Timing; the page preloads
 * the newest shard's pagefind.js and WebAssembly whatever the search).
 */
async function coverage(page: Page) {
  return (await page.evaluate(`({
    text: document.querySelector('[data-search-coverage-text]').textContent,
    button: !document.querySelector('[data-search-widen]').hidden,
    filtersNote: document.querySelector('[data-search-filters-note]').hidden ? null : document.querySelector('[data-search-filters-note]').textContent,
    loaded: window.__searchMetrics.shardsLoaded,
    bundles: [...new Set(performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => /\\/pagefind\\/nam-[^/]+\\/(index|filter|fragment|pagefind-entry)/.test(p)).map((p) => p.replace(/^.*\\/pagefind\\/(nam-[^/]+)\\/.*$/, '$1')))],
  })`)) as { text: string; button: boolean; filtersNote: string | null; loaded: string[]; bundles: string[] };
}

const sorted = (ids: string[]) => [...ids].sort();

describe('the sharded build', () => {
  it('has one Pagefind bundle per shard of the plan the search page carries, and the highlighter at /pagefind/', () => {
    const html = readFileSync(`${shardedSite.outDir}/tim-kiem/index.html`, 'utf8');
    const plan = JSON.parse(/data-search-shards="([^"]*)"/.exec(html)![1]!.replace(/&quot;/g, '"')) as Array<{ name: string; documents: number }>;
    expect(plan.map((s) => s.name)).toEqual(shardNames);
    expect(plan.reduce((n, s) => n + s.documents, 0)).toBe(corpus.length);
    for (const name of shardNames) expect(existsSync(`${shardedSite.outDir}/pagefind/${name}/pagefind.js`), name).toBe(true);
    expect(existsSync(`${shardedSite.outDir}/pagefind/pagefind-highlight.js`)).toBe(true);
  });
});

describe('searching the newest years first', () => {
  it('says which years were searched, and "Tìm trong tất cả các năm" finds the older documents', async () => {
    const { page, errors } = await openSearch(searchPath('"chiến lược quốc gia về bình đẳng giới"'));
    // The newest shard (2025) has no such phrase: the next one (2019–2024) was fetched and found it; older ones were not.
    expect(sorted(await resultIds(page))).toEqual(['2019/bac-giang-tan-yen-12-kh-ubnd', '2019/bac-giang-tan-yen-146-ubnd-ldtbxh']);
    expect(await statusText(page)).toBe('Tìm thấy 2 văn bản cho “chiến lược quốc gia về bình đẳng giới”.');
    expect(await coverage(page)).toEqual({
      text: 'Không có kết quả trong văn bản năm 2025 nên đã tìm thêm văn bản năm 2019–2024. Đã tìm trong 18 văn bản năm 2019–2025; kho có 49 văn bản.',
      button: true,
      filtersNote: 'Số đếm chỉ tính văn bản năm 2019–2025.',
      loaded: ['nam-2025', 'nam-2019-2024'],
      bundles: ['nam-2025', 'nam-2019-2024'],
    });
    await expect(page.locator('[data-search-widen]').innerText()).resolves.toBe('Tìm trong tất cả các năm');
    // The note is announced: it is a live region of its own, next to the status line.
    await expect(page.locator('[data-search-coverage-text]').getAttribute('aria-live')).resolves.toBe('polite');

    // With the keyboard: the button is next in the tab order before the results, Enter searches every year, focus moves to the first result.
    await page.focus('[data-search-results] a');
    await page.keyboard.press('Shift+Tab');
    await expect(page.evaluate(`document.activeElement.matches('[data-search-widen]')`)).resolves.toBe(true);
    const before = await searchCount(page);
    await page.keyboard.press('Enter');
    await waitForSearch(page, before);
    expect(sorted(await resultIds(page))).toEqual(['2011/bac-giang-tan-yen-32-kh-ubnd', '2019/bac-giang-tan-yen-12-kh-ubnd', '2019/bac-giang-tan-yen-146-ubnd-ldtbxh']);
    expect(await statusText(page)).toBe('Tìm thấy 3 văn bản cho “chiến lược quốc gia về bình đẳng giới”.');
    const after = await coverage(page);
    expect({ ...after, loaded: sorted(after.loaded), bundles: sorted(after.bundles) }).toEqual({ text: '', button: false, filtersNote: null, loaded: sorted(shardNames), bundles: sorted(shardNames) });
    await expect(page.evaluate(`document.activeElement.closest('[data-search-results] li h3') !== null`)).resolves.toBe(true);
    // The URL is the same search: every year is searched because every shard is loaded now.
    expect([...new URL(page.url()).searchParams]).toEqual([['q', '"chiến lược quốc gia về bình đẳng giới"']]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('searches the oldest years first when sorted oldest first', async () => {
    const { page } = await openSearch(searchPath('73/2006/QH11', '&sap-xep=cu-nhat'));
    expect(await resultIds(page)).toEqual(['2006/73-2006-qh11']);
    expect(await coverage(page)).toMatchObject({ text: 'Đã tìm trong 2 văn bản năm 2004–2006; kho có 49 văn bản.', button: true, loaded: ['nam-2004-2006'], bundles: ['nam-2004-2006'] });
    await page.close();
  });

  it('says a word was not found in the documents searched, not in the archive', async () => {
    const { page } = await openSearch(searchPath('bình đẳng xyzqw'));
    expect(await page.locator('[data-search-notices]').innerText()).toContain('Không tìm thấy từ: “xyzqw” trong các văn bản đã tìm. Kết quả dưới đây là cho các từ còn lại.');
    expect((await coverage(page)).text).toBe('Đã tìm trong 10 văn bản năm 2025; kho có 49 văn bản.');
    await page.close();
  });

  it('never gives the loaded shards as the archive total', async () => {
    const { page } = await openSearch('/tim-kiem/');
    expect(await statusText(page)).toBe(`Nhập từ khóa để tìm trong ${corpus.length} văn bản của kho, hoặc chọn bộ lọc.`);
    // Nothing was searched yet: no coverage note, but the filter counts are those of 2025 and say so.
    expect(await coverage(page)).toMatchObject({ text: '', button: false, filtersNote: 'Số đếm chỉ tính văn bản năm 2025.', loaded: ['nam-2025'] });
    await page.close();
  });
});

describe('a year filter', () => {
  it('on an old year loads exactly that shard, finds exactly that year\'s documents, and the search is complete', async () => {
    const { page, errors } = await openSearch(searchPath('phụ nữ', '&nam=2007'));
    expect(sorted(await resultIds(page))).toEqual(['2007/02-2007-qh12', '2007/11-nq-tw', '2007/kon-tum-35-ctr-tu']);
    expect(await statusText(page)).toBe('Tìm thấy 3 văn bản cho “phụ nữ”.');
    // No coverage note and no button; the year counts beside the filters are those of 2007–2011 and say so.
    expect(await coverage(page)).toEqual({ text: '', button: false, filtersNote: 'Số đếm chỉ tính văn bản năm 2007–2011.', loaded: ['nam-2007-2011'], bundles: ['nam-2007-2011'] });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('widening when the first shards find nothing', () => {
  it('merges the next shards, nearest first, until the old document is found', async () => {
    const { page, errors } = await openSearch(searchPath('"Ủy ban Quốc gia vì sự tiến bộ của phụ nữ Việt Nam"'));
    expect(await resultIds(page)).toEqual(['2004/156-hd-ubqg']);
    const found = await coverage(page);
    // 2025 (10 documents), then 2019–2024 (8), then the rest, nearest first; shards fetched in one
    // widening step (2018 with 2016–2017) arrive in any order.
    expect(found.loaded.slice(0, 2)).toEqual(['nam-2025', 'nam-2019-2024']);
    expect(sorted(found.loaded)).toEqual(sorted(shardNames));
    // Every shard is loaded: no coverage note, only what was done.
    expect(found).toMatchObject({ text: 'Không có kết quả trong văn bản năm 2025 nên đã tìm thêm văn bản năm 2004–2024.', button: false, filtersNote: null });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stops at the shard that finds something, says which years were searched, and the button finds the rest', async () => {
    // Only the 2018 documents hold the phrase (Chỉ thị 21-CT/TW and the two Lạng Sơn plans implementing it).
    const { page } = await openSearch(searchPath('"tiếp tục đẩy mạnh công tác phụ nữ"'));
    const found = ['2018/21-ct-tw', '2018/lang-son-61-kh-tu', '2018/lang-son-96-kh-ubnd'];
    expect(sorted(await resultIds(page))).toEqual(found);
    const widened = await coverage(page);
    // Nearest years first; shards fetched in the same step arrive in any order.
    expect(widened.loaded.slice(0, 2)).toEqual(['nam-2025', 'nam-2019-2024']);
    expect({ ...widened, loaded: sorted(widened.loaded), bundles: sorted(widened.bundles) }).toEqual({
      // Widening (one shard, one more, then two at once: 2018 with 2016–2017) stops at the step
      // that found something, before the older shards (2004–2015).
      text: 'Không có kết quả trong văn bản năm 2025 nên đã tìm thêm văn bản năm 2016–2024. Đã tìm trong 31 văn bản năm 2016–2025; kho có 49 văn bản.',
      button: true,
      filtersNote: 'Số đếm chỉ tính văn bản năm 2016–2025.',
      loaded: sorted(['nam-2025', 'nam-2019-2024', 'nam-2018', 'nam-2016-2017']),
      bundles: sorted(['nam-2025', 'nam-2019-2024', 'nam-2018', 'nam-2016-2017']),
    });
    const before = await searchCount(page);
    await page.click('[data-search-widen]');
    await waitForSearch(page, before);
    expect(sorted(await resultIds(page))).toEqual(found);
    expect(await coverage(page)).toMatchObject({ text: '', button: false, filtersNote: null });
    await page.close();
  });
});

describe('every shard loaded: the same search as one bundle', () => {
  // The default build (one bundle of every document) is the reference.
  async function single(path: string): Promise<string[]> {
    const page = await chromium.context.newPage();
    await page.goto(siteUrl(path));
    await waitForSearch(page);
    await showAll(page);
    const ids = await resultIds(page);
    await page.close();
    return ids;
  }

  it.each([
    ['newest first', searchPath('bình đẳng giới', '&sap-xep=moi-nhat')],
    ['oldest first', searchPath('bình đẳng giới', '&sap-xep=cu-nhat')],
    ['a filter alone, newest first', '/tim-kiem/?loai=K%E1%BA%BF+ho%E1%BA%A1ch'],
  ])('%s: the same documents in the same order', async (_name, path) => {
    const { page } = await openSearch(path);
    const before = await searchCount(page);
    await page.click('[data-search-widen]');
    await waitForSearch(page, before);
    await showAll(page);
    const ids = await resultIds(page);
    expect(ids.length).toBeGreaterThan(5);
    expect(ids).toEqual(await single(path));
    await page.close();
  });

  it('has no serious accessibility problem with the coverage note shown', async () => {
    const { page } = await openSearch(searchPath('bình đẳng giới'));
    expect((await coverage(page)).button).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('fits a phone screen with the coverage note shown', async () => {
    const phone = await chromium.browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
    const { page } = await openSearch(searchPath('"quản lý và sử dụng kinh phí"'), phone);
    await expect(page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).resolves.toBe(0);
    await phone.close();
  });
});
