import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, seriousAxeViolations, sharedBrowser, siteUrl } from './browser.ts';
import { resultIds, searchCount, waitForSearch } from './search-support.ts';

/**
 * Suggestions while typing (src/scripts/search-suggest.ts) in the header box and on the search
 * page: the right documents before Enter, the ARIA combobox pattern, touch, and the plain form
 * without JavaScript.
 */
const chromium = sharedBrowser();

/** Types into the box key by key, as a reader does, and waits until the suggestions for all of it are shown. */
async function typeAndWait(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).pressSequentially(text, { delay: 15 });
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const m = (await page.evaluate('window.__suggestMetrics ?? null')) as { query: string; error: string | null } | null;
    if (m?.error) throw new Error(`suggestions failed: ${m.error}`);
    if (m && m.query === text) return;
    await page.waitForTimeout(20);
  }
  throw new Error(`no suggestions shown for ${JSON.stringify(text)}`);
}

async function options(page: Page): Promise<Array<{ id: string; text: string; selected: string | null }>> {
  return (await page.evaluate(
    `[...document.querySelectorAll('[role=listbox]:not([hidden]) [role=option]')].map((o) => ({ id: new URL(o.dataset.href, location.href).pathname.replace(/^.*\\/van-ban\\//, '').replace(/\\/$/, ''), text: o.textContent, selected: o.getAttribute('aria-selected') }))`,
  )) as Array<{ id: string; text: string; selected: string | null }>;
}

const header = '#tim-nhanh';

describe('suggestions in the header search box', () => {
  it.each([
    ['56/20', '2012/56-2012-nd-cp'],
    ['96 kh', '2018/lang-son-96-kh-ubnd'],
    ['chi thi 21', '2018/21-ct-tw'],
    ['luat binh dang', '2006/73-2006-qh11'],
    ['Chỉ thị số 21-CT/TW', '2018/21-ct-tw'],
  ])('%j shows the right document before Enter', async (q, id) => {
    const { page, problems } = await openPage(chromium.context, '/gioi-thieu/');
    await typeAndWait(page, header, q);
    const shown = await options(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThanOrEqual(8);
    expect(shown.map((o) => o.id)).toContain(id);
    expect(shown[0]!.id).toBe(id);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows type, number, year, province and title, and announces how many', async () => {
    const { page } = await openPage(chromium.context, '/');
    await typeAndWait(page, header, '146/ubnd');
    const [first] = await options(page);
    expect(first!.text).toBe('Công văn 146/UBND-LĐTBXH · 2019 · Bắc GiangHướng dẫn triển khai công tác bình đẳng giới năm 2019');
    const live = page.locator('.site-search [aria-live=polite]');
    await expect(live.textContent()).resolves.toMatch(/^\d văn bản gợi ý\. Dùng phím mũi tên lên, xuống để chọn, Enter để mở\.$/);
    await page.close();
  });

  it('follows the combobox pattern: arrows choose, Enter opens the chosen document, Escape closes', async () => {
    const { page } = await openPage(chromium.context, '/');
    const box = page.locator(header);
    await expect(box.getAttribute('role')).resolves.toBe('combobox');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
    await typeAndWait(page, header, '96 kh');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
    const listId = await box.getAttribute('aria-controls');
    await expect(page.locator(`#${listId}`).getAttribute('role')).resolves.toBe('listbox');
    await page.keyboard.press('ArrowDown');
    expect((await options(page))[0]!.selected).toBe('true');
    await expect(box.getAttribute('aria-activedescendant')).resolves.toBe(`${listId}-0`);
    // Focus stays in the box.
    await expect(page.evaluate(`document.activeElement.id`)).resolves.toBe('tim-nhanh');
    const n = (await options(page)).length;
    await page.keyboard.press('ArrowUp');
    await expect(box.getAttribute('aria-activedescendant')).resolves.toBe(`${listId}-${n - 1}`);
    await page.keyboard.press('ArrowDown');
    // Escape closes the list and keeps the text.
    await page.keyboard.press('Escape');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(box.inputValue()).resolves.toBe('96 kh');
    // ↓ opens it again; Enter opens the chosen document.
    await page.keyboard.press('ArrowDown');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
    await Promise.all([page.waitForURL(/\/van-ban\/2018\/lang-son-96-kh-ubnd\/$/), page.keyboard.press('Enter')]);
    await page.close();
  });

  it('Enter without a chosen suggestion searches, as before', async () => {
    const { page } = await openPage(chromium.context, '/');
    await typeAndWait(page, header, 'luat binh dang');
    await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=luat\+binh\+dang$/), page.keyboard.press('Enter')]);
    await waitForSearch(page);
    expect((await resultIds(page))[0]).toBe('2006/73-2006-qh11');
    await page.close();
  });

  it('has no serious accessibility problem with the list open', async () => {
    const { page } = await openPage(chromium.context, '/');
    await typeAndWait(page, header, 'binh dang');
    await page.keyboard.press('ArrowDown');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('on a phone: a tap opens the document, and the list fits the screen', async () => {
    const phone = await chromium.browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
    const page = await phone.newPage();
    await page.goto(siteUrl('/'));
    await page.tap(header);
    await typeAndWait(page, header, 'chi thi 21');
    await expect(page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).resolves.toBe(0);
    const box = (await page.locator('.site-search [role=listbox]').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await Promise.all([page.waitForURL(/\/van-ban\/2018\/21-ct-tw\/$/), page.tap('.site-search [role=option] >> nth=0')]);
    await phone.close();
  });

  it('without JavaScript the box is the plain search form', async () => {
    const noJs = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(siteUrl('/'));
    await expect(page.locator(header).getAttribute('role')).resolves.toBeNull();
    await page.fill(header, '56/2012/NĐ-CP');
    await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=56%2F2012%2FN%C4%90-CP$/), page.press(header, 'Enter')]);
    await noJs.close();
  });
});

describe('suggestions on the search page', () => {
  it('suggest while typing; Enter without a choice runs the search on the page', async () => {
    const { page, problems } = await openPage(chromium.context, '/tim-kiem/');
    await waitForSearch(page);
    await typeAndWait(page, '#tu-khoa', '56/20');
    expect((await options(page))[0]!.id).toBe('2012/56-2012-nd-cp');
    const before = await searchCount(page);
    await page.keyboard.press('Enter');
    await waitForSearch(page, before);
    await expect(page.locator('#tu-khoa').getAttribute('aria-expanded')).resolves.toBe('false');
    expect(new URL(page.url()).searchParams.get('q')).toBe('56/20');
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('Enter right after typing: suggestions still on their way never open over the results', async () => {
    const { page } = await openPage(chromium.context, '/tim-kiem/');
    await waitForSearch(page);
    const before = await searchCount(page);
    await page.fill('#tu-khoa', 'binh dang gioi');
    await page.press('#tu-khoa', 'Enter');
    await waitForSearch(page, before);
    await page.waitForTimeout(400);
    await expect(page.locator('#tu-khoa').getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.locator('[role=listbox]').isHidden()).resolves.toBe(true);
    // The page keeps one role=status: its own status line.
    await expect(page.locator('[role=status]').count()).resolves.toBe(1);
    await page.close();
  });

  it('opens the chosen document with ↓ and Enter', async () => {
    const { page } = await openPage(chromium.context, '/tim-kiem/');
    await waitForSearch(page);
    await typeAndWait(page, '#tu-khoa', 'nghi dinh 56');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(/\/van-ban\/2012\/56-2012-nd-cp\/$/), page.keyboard.press('Enter')]);
    await page.close();
  });
});
