import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/content/corpus.ts';
import { documentType } from '../../src/lib/identity/document-types.ts';
import { provinceAt } from '../../src/lib/places/province-era.ts';
import { openPage, seriousAxeViolations, sharedBrowser, siteUrl } from './browser.ts';
import { resultIds, searchCount, searchPath, showAll, statusText, waitForSearch } from './search-support.ts';

const corpus = loadCorpus(process.cwd()).documents;

const chromium = sharedBrowser();

/** Opens a search URL and waits for its results. */
async function openSearch(path: string, ctx = chromium.context) {
  const opened = await openPage(ctx, path);
  await waitForSearch(opened.page);
  return opened;
}

/** Filter checkboxes of one facet, all of them ("Hiện thêm … mục" pressed first): { "Lạng Sơn": { count: 3, checked: false }, … }. */
async function facet(page: Page, key: string): Promise<Record<string, { count: number; checked: boolean }>> {
  const toggle = page.locator(`fieldset[data-facet="${key}"] [data-facet-toggle]`);
  if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  return (await page.evaluate(
    `Object.fromEntries([...document.querySelectorAll('fieldset[data-facet="${key}"] li')].map((li) => [li.querySelector('label span').textContent, { count: Number(li.querySelector('.count').textContent.replace(/\\D/g, '')), checked: li.querySelector('input').checked }]))`,
  )) as Record<string, { count: number; checked: boolean }>;
}

function tally(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

const counts = (shown: Record<string, { count: number }>) => Object.fromEntries(Object.entries(shown).map(([k, v]) => [k, v.count]));

describe('search page', () => {
  it('shows each result with title, number, issuer, date and an excerpt with the words marked', async () => {
    const { page, problems } = await openSearch(searchPath('tảo hôn'));
    // The two seeds that mention it and the three laws (02/2007/QH12 lists "cưỡng ép tảo hôn" among the acts of violence).
    expect(await statusText(page)).toBe('Tìm thấy 5 văn bản cho “tảo hôn”.');
    const first = page.locator('[data-search-results] > li').first();
    await expect(first.locator('h3 a').innerText()).resolves.toBe('Phòng, chống bạo lực gia đình');
    await expect(first.locator('.doc-meta').innerText()).resolves.toBe('Luật số 02/2007/QH12 · Quốc hội · 21/11/2007');
    expect((await first.locator('.excerpt mark').allInnerTexts()).some((m) => m.includes('tảo hôn'))).toBe(true);
    await expect(first.locator('h3 a').getAttribute('href')).resolves.toBe('/van-ban/2007/02-2007-qh12/?highlight=t%E1%BA%A3o&highlight=h%C3%B4n'.replace(/^\//, new URL(siteUrl('/')).pathname));
    const second = page.locator('[data-search-results] > li').nth(1);
    await expect(second.locator('.doc-meta').innerText()).resolves.toBe('Kế hoạch số 96/KH-UBND · Ủy ban nhân dân tỉnh Lạng Sơn · 29/05/2018');
    expect(problems).toMatchObject({ consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });

  it('has no serious accessibility problem once results, filters and notices are shown', async () => {
    for (const path of [searchPath('bình đẳng giới', '&tinh=L%E1%BA%A1ng+S%C6%A1n'), searchPath('tảo hôn xyzqw'), searchPath('xyzqw'), '/tim-kiem/']) {
      const { page, problems } = await openSearch(path);
      const violations = await seriousAxeViolations(page);
      expect(violations, path).toEqual([]);
      expect(problems.consoleErrors, path).toEqual([]);
      expect(problems.pageErrors, path).toEqual([]);
      await page.close();
    }
  });

  it('fits a phone screen with results, filters and notices shown', async () => {
    const phone = await chromium.browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
    for (const path of [searchPath('bình đẳng giới'), searchPath('tảo hôn xyzqw'), searchPath('236/LĐTBXH-BVCSTE&BĐG')]) {
      const { page } = await openSearch(path, phone);
      await expect(page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'), path).resolves.toBe(0);
    }
    await phone.close();
  });

  it('says plainly when nothing is found, names the word, and offers ways on', async () => {
    const { page } = await openSearch(searchPath('xyzqw'));
    expect(await statusText(page)).toBe('Không tìm thấy văn bản nào cho “xyzqw”.');
    const notices = await page.locator('[data-search-notices]').innerText();
    expect(notices).toContain('Không tìm thấy từ: “xyzqw” trong văn bản nào.');
    await expect(page.locator('[data-search-notices] a', { hasText: 'tất cả văn bản' }).count()).resolves.toBe(1);
    expect(await resultIds(page)).toEqual([]);
    await page.close();
  });

  it('does not silently drop a word that matched nothing: it says so and offers the search without it', async () => {
    const { page } = await openSearch(searchPath('tảo hôn xyzqw'));
    expect(await page.locator('[data-search-notices]').innerText()).toContain('Không tìm thấy từ: “xyzqw” trong văn bản nào. Kết quả dưới đây là cho các từ còn lại.');
    expect((await resultIds(page))[0]).toBe('2007/02-2007-qh12');
    const suggestion = page.locator('[data-search-notices] a', { hasText: 'tảo hôn (5 văn bản)' });
    await expect(suggestion.count()).resolves.toBe(1);
    const before = await searchCount(page);
    await suggestion.click();
    await waitForSearch(page, before);
    expect(new URL(page.url()).searchParams.get('q')).toBe('tảo hôn');
    await page.close();
  });

  it('offers to drop the filters when they leave nothing', async () => {
    const { page } = await openSearch(searchPath('tảo hôn', '&tinh=Kon+Tum'));
    expect(await statusText(page)).toBe('Không tìm thấy văn bản nào cho “tảo hôn”.');
    await expect(page.locator('[data-search-notices] a', { hasText: 'Bỏ tất cả bộ lọc (5 văn bản)' }).count()).resolves.toBe(1);
    await page.close();
  });
});

describe('filters and sorting', () => {
  it('with no query, shows every filter value with its number of documents in the archive', async () => {
    const { page } = await openSearch('/tim-kiem/');
    expect(await statusText(page)).toBe(`Nhập từ khóa để tìm trong ${corpus.length} văn bản của kho, hoặc chọn bộ lọc.`);
    expect(counts(await facet(page, 'nam'))).toEqual(tally(corpus.map((d) => String(d.data.year))));
    expect(counts(await facet(page, 'loai'))).toEqual(tally(corpus.map((d) => documentType(d.data.type).name)));
    expect(counts(await facet(page, 'coquan'))).toEqual(tally(corpus.map((d) => d.data.issuer.name)));
    expect(counts(await facet(page, 'tinh'))).toEqual(tally(corpus.flatMap((d) => (d.data.province ? [provinceAt(d.data.province, d.data.issued, d.data.year)!.listName] : []))));
    await page.close();
  });

  it('shows the twelve largest values of a filter, and the others when asked', async () => {
    const { page } = await openSearch('/tim-kiem/');
    const years = new Set(corpus.map((d) => d.data.year)).size;
    expect(years).toBeGreaterThan(12);
    const items = page.locator('fieldset[data-facet="nam"] li');
    const toggle = page.locator('fieldset[data-facet="nam"] [data-facet-toggle]');
    expect(await items.count()).toBe(12);
    expect(await toggle.textContent()).toBe(`Hiện thêm ${years - 12} mục`);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await items.count()).toBe(years);
    expect(await toggle.textContent()).toBe('Thu gọn');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-facet-toggle'))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await items.count()).toBe(12);
    await page.close();
  });

  it('counts each value as the number of results ticking it would give, given the other filters', async () => {
    const { page } = await openSearch(searchPath('bình đẳng giới'));
    await showAll(page);
    const all = await resultIds(page);
    const provinces = await facet(page, 'tinh');
    const byProvince = tally(all.flatMap((id) => {
      const d = corpus.find((c) => c.id === id)!;
      return d.data.province ? [provinceAt(d.data.province, d.data.issued, d.data.year)!.listName] : [];
    }));
    expect(counts(provinces)).toEqual(byProvince);
    // Tick Lạng Sơn: the results are its documents, and the other provinces keep their counts.
    const before = await searchCount(page);
    await page.locator('fieldset[data-facet="tinh"] input[value="Lạng Sơn"]').check();
    await waitForSearch(page, before);
    await showAll(page);
    const lang = await resultIds(page);
    expect(lang).toHaveLength(byProvince['Lạng Sơn']!);
    expect(lang.every((id) => corpus.find((c) => c.id === id)!.data.province === 'lang-son')).toBe(true);
    expect(counts(await facet(page, 'tinh'))).toEqual(byProvince);
    expect((await facet(page, 'tinh'))['Lạng Sơn']!.checked).toBe(true);
    expect(await statusText(page)).toBe(`Tìm thấy ${byProvince['Lạng Sơn']} văn bản cho “bình đẳng giới”.`);
    // Years are counted within Lạng Sơn.
    expect(counts(await facet(page, 'nam'))).toEqual(tally(lang.map((id) => String(corpus.find((c) => c.id === id)!.data.year))));
    await page.close();
  });

  it('sorts by date of issue, newest or oldest first', async () => {
    const issued = (id: string) => {
      const d = corpus.find((c) => c.id === id)!.data;
      return d.issued ?? String(d.year);
    };
    for (const [sort, direction] of [['moi-nhat', -1], ['cu-nhat', 1]] as const) {
      const { page } = await openSearch(searchPath('bình đẳng giới', `&sap-xep=${sort}`));
      await showAll(page);
      const dates = (await resultIds(page)).map(issued);
      expect(dates.length).toBeGreaterThan(5);
      expect(dates).toEqual([...dates].sort((a, b) => direction * a.localeCompare(b)));
      await expect(page.locator('[data-search-sort]').inputValue()).resolves.toBe(sort);
      await page.close();
    }
  });
});

describe('the search lives in the URL', () => {
  it('reopening a search URL gives the same results, filters and order', async () => {
    const { page } = await openSearch('/tim-kiem/');
    let before = await searchCount(page);
    await page.fill('[data-search-input]', 'binh dang gioi');
    await page.press('[data-search-input]', 'Enter');
    await waitForSearch(page, before);
    before = await searchCount(page);
    await page.getByRole('checkbox', { name: /^2019/ }).check();
    await waitForSearch(page, before);
    before = await searchCount(page);
    await page.selectOption('[data-search-sort]', 'cu-nhat');
    await waitForSearch(page, before);
    const url = page.url();
    expect(new URL(url).search).toBe('?q=binh+dang+gioi&nam=2019&sap-xep=cu-nhat');
    const shown = await resultIds(page);
    expect(shown.length).toBeGreaterThan(0);
    const other = await chromium.browser.newContext();
    const reopened = await openSearch(new URL(url).pathname + new URL(url).search, other);
    expect(await resultIds(reopened.page)).toEqual(shown);
    expect(await facet(reopened.page, 'nam')).toEqual(await facet(page, 'nam'));
    await other.close();
    await page.close();
  });

  it('the back and forward buttons go through earlier searches', async () => {
    const { page } = await openSearch(searchPath('tảo hôn'));
    const first = await resultIds(page);
    let before = await searchCount(page);
    await page.fill('[data-search-input]', '96/KH-UBND');
    await page.press('[data-search-input]', 'Enter');
    await waitForSearch(page, before);
    const second = await resultIds(page);
    expect(second[0]).toBe('2018/lang-son-96-kh-ubnd');
    before = await searchCount(page);
    await page.goBack();
    await waitForSearch(page, before);
    expect(new URL(page.url()).searchParams.get('q')).toBe('tảo hôn');
    await expect(page.locator('[data-search-input]').inputValue()).resolves.toBe('tảo hôn');
    expect(await resultIds(page)).toEqual(first);
    before = await searchCount(page);
    await page.goForward();
    await waitForSearch(page, before);
    expect(await resultIds(page)).toEqual(second);
    await page.close();
  });

  it('the header search box on any page is a plain form to the search page', async () => {
    const { page } = await openPage(chromium.context, '/van-ban/2019/kien-giang-68-ubnd-vhxh/');
    await page.fill('#tim-nhanh', 'bức xúc');
    await page.press('#tim-nhanh', 'Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=/);
    await waitForSearch(page);
    // Both hold "bức xúc" as typed; at equal relevance the order is the engine's (proximity, then Pagefind's score).
    expect(await resultIds(page)).toEqual(['2019/kien-giang-68-ubnd-vhxh', '2007/02-2007-qh12']);
    await page.close();
  });
});

describe('keyboard and screen reader', () => {
  it('is usable with the keyboard alone: type, search, tick a filter, open a result', async () => {
    const { page } = await openSearch('/tim-kiem/');
    await page.focus('[data-search-input]');
    await page.keyboard.type('tao hon');
    let before = await searchCount(page);
    await page.keyboard.press('Enter');
    await waitForSearch(page, before);
    // Tab to the first filter checkbox, tick it with Space; focus stays on it after the update.
    for (let i = 0; i < 10 && !(await page.evaluate(`document.activeElement.matches('input[type=checkbox]')`)); i++) await page.keyboard.press('Tab');
    const box = (await page.evaluate(`document.activeElement.value`)) as string;
    before = await searchCount(page);
    await page.keyboard.press('Space');
    await waitForSearch(page, before);
    await expect(page.evaluate(`document.activeElement.matches('input[type=checkbox]:checked') && document.activeElement.value`)).resolves.toBe(box);
    // On to the first result link and open it.
    for (let i = 0; i < 60 && !(await page.evaluate(`!!document.activeElement.closest('[data-search-results]')`)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/van-ban\//);
    await page.close();
  });

  it('announces the outcome in a live region and labels every control in Vietnamese', async () => {
    const { page } = await openSearch(searchPath('bình đẳng giới'));
    const status = page.locator('[role=status]');
    await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
    await expect(status.innerText()).resolves.toMatch(/^Tìm thấy \d+ văn bản cho “bình đẳng giới”\.$/);
    await expect(page.locator('[role=search] label[for=tu-khoa]').innerText()).resolves.toBe('Từ khóa, số ký hiệu hoặc cụm từ');
    await expect(page.locator('fieldset legend').allInnerTexts()).resolves.toEqual(['Tỉnh, thành phố', 'Năm ban hành', 'Loại văn bản', 'Cơ quan ban hành', 'Tình trạng hiệu lực']);
    await expect(page.getByLabel('Sắp xếp').count()).resolves.toBe(1);
    await page.close();
  });

  it('says that JavaScript is needed when it is off', async () => {
    const noScript = await chromium.browser.newContext({ javaScriptEnabled: false });
    const { page } = await openPage(noScript, searchPath('tảo hôn'));
    await expect(page.locator('[data-search-js-note]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-search-js-note]').innerText()).resolves.toContain('cần JavaScript');
    await noScript.close();
  });
});

describe('highlighting on the document page', () => {
  it('marks the searched words after a result is opened, within the CSP', async () => {
    const { page, problems } = await openSearch(searchPath('tảo hôn'));
    await page.locator('[data-search-results] h3 a').first().click();
    await page.waitForURL(/\/van-ban\/2007\/02-2007-qh12\/\?highlight=/);
    for (let i = 0; i < 100 && !(await page.evaluate('document.documentElement.dataset.highlighted')); i++) await page.waitForTimeout(30);
    const marks = await page.locator('mark.pagefind-highlight').allInnerTexts();
    expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['tảo', 'hôn']));
    // Only in the document's title and text, never in the metadata panel.
    await expect(page.locator('.metadata mark').count()).resolves.toBe(0);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('marks words typed without diacritics and the number as printed', async () => {
    const { page, problems } = await openPage(chromium.context, '/van-ban/2019/kien-giang-68-ubnd-vhxh/?highlight=binh&highlight=dang&highlight=gioi&highlight=56%2F2012%2FN%C4%90-CP');
    for (let i = 0; i < 100 && !(await page.evaluate('document.documentElement.dataset.highlighted')); i++) await page.waitForTimeout(30);
    const marks = new Set((await page.locator('mark.pagefind-highlight').allInnerTexts()).map((m) => m.toLowerCase()));
    expect([...marks]).toEqual(expect.arrayContaining(['bình', 'đẳng', 'giới', '56/2012/nđ-cp']));
    expect(problems).toMatchObject({ consoleErrors: [], pageErrors: [], failedRequests: [] });
    await page.close();
  });
});

describe('what a search costs', () => {
  it('records the time to first results and the bytes fetched from /pagefind/ for a cold query', async () => {
    const cold = await chromium.browser.newContext();
    const { page } = await openSearch(searchPath('bình đẳng giới'), cold);
    const metrics = (await page.evaluate('window.__searchMetrics')) as Record<string, number | boolean>;
    const fromResourceTiming = (await page.evaluate(
      `performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.includes('/pagefind/')).reduce((n, e) => n + e.transferSize, 0)`,
    )) as number;
    const measure = (await page.evaluate(`performance.getEntriesByName('search:time-to-first-results').length`)) as number;
    expect(metrics.ready).toBe(true);
    expect(metrics.timeToFirstResultsMs).toBeGreaterThan(0);
    expect(metrics.pagefindRequests).toBeGreaterThan(3);
    expect(metrics.pagefindTransferBytes).toBe(fromResourceTiming);
    expect(fromResourceTiming).toBeGreaterThan(50_000);
    expect(measure).toBe(1);
    console.log(`Cold query "bình đẳng giới": ${Math.round(metrics.timeToFirstResultsMs as number)} ms to first results (${Math.round(metrics.sinceNavigationMs as number)} ms since navigation), ${metrics.pagefindTransferBytes} bytes in ${metrics.pagefindRequests} /pagefind/ requests.`);
    await cold.close();
  });

  it('shows the first results before it loads the filter index, then fills the filters', async () => {
    const cold = await chromium.browser.newContext();
    const { page } = await openSearch(searchPath('bình đẳng giới'), cold);
    const timing = (await page.evaluate(`({
      shown: performance.getEntriesByName('search:first-results')[0].startTime,
      filters: performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.pf_filter')).map((e) => e.startTime),
    })`)) as { shown: number; filters: number[] };
    expect(timing.filters.length).toBeGreaterThan(0);
    for (const start of timing.filters) expect(start).toBeGreaterThanOrEqual(timing.shown);
    // Once ready, the filters have their counts (the year facet sums to the results).
    const years = counts(await facet(page, 'nam'));
    expect(Object.values(years).reduce((a, b) => a + b, 0)).toBe(await page.evaluate('window.__searchMetrics.resultCount'));
    await cold.close();
  });
});

describe('on a phone', () => {
  it('puts the results first: the filters, before them, stay closed unless one is ticked', async () => {
    const phone = await chromium.browser.newContext({ viewport: { width: 360, height: 740 } });
    const { page } = await openSearch(searchPath('bình đẳng giới'), phone);
    const facets = page.locator('details[data-search-facets]');
    expect(await facets.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('summary', { hasText: 'Lọc kết quả' }).isVisible()).toBe(true);
    expect(await page.locator('fieldset[data-facet="nam"]').isVisible()).toBe(false);
    const firstResult = await page.locator('[data-search-results] > li').first().boundingBox();
    expect(firstResult!.y).toBeLessThan(740);
    // Opening them with the keyboard shows the filters with their counts.
    await page.locator('details[data-search-facets] > summary').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('fieldset[data-facet="nam"]').isVisible()).toBe(true);
    await page.close();
    const filtered = await openSearch(searchPath('bình đẳng giới', `&tinh=${encodeURIComponent('Lạng Sơn')}`), phone);
    expect(await filtered.page.locator('details[data-search-facets]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await phone.close();
  });
});
