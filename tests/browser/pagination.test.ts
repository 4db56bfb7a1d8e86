import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageSize } from '../../src/lib/archive/pagination.ts';
import { listPage, paths } from '../../src/lib/archive/paths.ts';
import { launchBrowser, openPage, siteUrl } from './browser.ts';

/**
 * The paginated lists as a reader gets them from the built site. What each list must hold is taken
 * from the open data (/du-lieu/van-ban.json), not from the pages: every document exactly once,
 * pages of 100, page N ≥ 2 at …/trang/N/, a pager only when there is more than one page. With the
 * seed corpus every list fits on one page; a build of a synthetic corpus (npm run corpus:synth)
 * exercises pages 2 and after with the same checks (docs/performance.md).
 */

let browser: Browser;
let context: BrowserContext;
let records: Array<{ id: string; type: string; typeName: string; fullText: boolean }>;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  const response = await context.request.get(siteUrl('/du-lieu/van-ban.json'));
  records = (await response.json()).documents;
});
afterAll(async () => {
  await browser?.close();
});

const siteName = 'Kho văn bản Bình đẳng giới';
const count = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

/** Ids of the documents listed on the page, in order. */
async function listedIds(page: Page): Promise<string[]> {
  const hrefs = await page.locator('main .doc-list a.doc-title').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return hrefs.map((href) => /\/van-ban\/(\d{4}\/[^/]+)\/$/.exec(href)?.[1] ?? `not a document: ${href}`);
}

/**
 * Opens page 1 of the list and goes from page to page with the keyboard ("Trang sau", Enter),
 * checking each page; returns every document listed, in order.
 */
async function readList(listPath: string, heading: string, total: number): Promise<string[]> {
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  const { page, problems } = await openPage(context, listPath);
  expect(problems.status).toBe(200);
  const ids: string[] = [];
  for (let number = 1; number <= totalPages; number++) {
    expect(new URL(page.url()).pathname).toBe(new URL(siteUrl(listPage(listPath, number))).pathname);
    await expect(page.title()).resolves.toBe(number === 1 ? `${heading} · ${siteName}` : `${heading} – trang ${number} · ${siteName}`);
    await expect(page.locator('h1').innerText()).resolves.toBe(heading);
    const listed = await listedIds(page);
    expect(listed).toHaveLength(Math.min(pageSize, total - (number - 1) * pageSize));
    ids.push(...listed);
    const pager = page.locator('nav[aria-label="Phân trang"]');
    if (totalPages === 1) {
      await expect(pager.count()).resolves.toBe(0);
      await expect(page.locator('.page-status').count()).resolves.toBe(0);
      break;
    }
    const first = (number - 1) * pageSize + 1;
    await expect(page.locator('.page-status').innerText()).resolves.toBe(`Trang ${number}/${totalPages} · văn bản ${count(first)}–${count(first + listed.length - 1)} trong ${count(total)}`);
    const current = pager.locator('a[aria-current="page"]');
    await expect(current.count()).resolves.toBe(1);
    await expect(current.innerText()).resolves.toBe(String(number));
    await expect(current.getAttribute('aria-label')).resolves.toBe(`Trang ${number}`);
    const numbers = (await pager.locator('a[aria-label^="Trang "]').allInnerTexts()).map(Number);
    expect(numbers[0]).toBe(1);
    expect(numbers.at(-1)).toBe(totalPages);
    const previous = pager.getByRole('link', { name: 'Trang trước', exact: true });
    const next = pager.getByRole('link', { name: 'Trang sau', exact: true });
    await expect(previous.count()).resolves.toBe(number > 1 ? 1 : 0);
    await expect(next.count()).resolves.toBe(number < totalPages ? 1 : 0);
    if (number > 1) await expect(previous.getAttribute('href')).resolves.toBe(new URL(siteUrl(listPage(listPath, number - 1))).pathname);
    if (number < totalPages) {
      await next.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(siteUrl(listPage(listPath, number + 1)));
    }
  }
  await page.close();
  // There is no page after the last one.
  const after = await context.request.get(siteUrl(listPage(listPath, totalPages + 1)));
  expect(after.status()).toBe(404);
  return ids;
}

describe('paginated document lists', () => {
  it('/van-ban/ lists every document once: those with their text first, then those only cited', async () => {
    const ids = await readList(paths.documents(), 'Tất cả văn bản', records.length);
    expect([...ids].sort()).toEqual(records.map((r) => r.id).sort());
    const fullText = new Map(records.map((r) => [r.id, r.fullText]));
    const firstCited = ids.findIndex((id) => !fullText.get(id));
    const held = records.filter((r) => r.fullText).length;
    expect(firstCited).toBe(held === records.length ? -1 : held);
    expect(ids.slice(firstCited < 0 ? ids.length : firstCited).every((id) => !fullText.get(id))).toBe(true);
  });

  it('each /loai/TYPE/ lists every document of that type once', async () => {
    const types = new Map<string, { name: string; ids: string[] }>();
    for (const r of records) {
      const type = types.get(r.type) ?? { name: r.typeName, ids: [] };
      type.ids.push(r.id);
      types.set(r.type, type);
    }
    expect(types.size).toBeGreaterThan(1);
    for (const [slug, { name, ids }] of types) {
      const listed = await readList(paths.type(slug), name, ids.length);
      expect([...listed].sort()).toEqual([...ids].sort());
    }
  });

  it('with the seed corpus, /van-ban/ shows both sections on one page and has no page 2', async () => {
    const { page } = await openPage(context, paths.documents());
    await expect(page.locator('main h2').allInnerTexts()).resolves.toEqual(['Văn bản có toàn văn', 'Văn bản được dẫn chiếu (chưa có toàn văn)']);
    await expect(page.locator('nav[aria-label="Phân trang"]').count()).resolves.toBe(0);
    await expect(page.locator('.lead').innerText()).resolves.toBe(
      `${records.length} văn bản: ${records.filter((r) => r.fullText).length} văn bản có toàn văn, xếp trước, rồi ${records.filter((r) => !r.fullText).length} văn bản được dẫn chiếu (chưa có toàn văn); trong mỗi nhóm, mới nhất trước.`,
    );
    await page.close();
    const second = await context.request.get(siteUrl(paths.documentsPage(2)));
    expect(second.status()).toBe(404);
  });
});
