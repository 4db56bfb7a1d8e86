import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sharedBrowser, siteUrl } from './browser.ts';
import { resultIds, searchPath, waitForSearch } from './search-support.ts';

/**
 * Proximity ranking on the built site (src/lib/search/proximity.ts, engine.ts `rerank`): a sentence
 * fragment typed without quotes puts its document first and marks the phrase in the excerpt; full
 * texts come before cited-only entries that match no better, in the same order however typed.
 */
const chromium = sharedBrowser();

async function open(q: string): Promise<Page> {
  const page = await chromium.context.newPage();
  await page.goto(siteUrl(searchPath(q)));
  await waitForSearch(page);
  return page;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

describe('a sentence fragment typed without quotes', () => {
  it.each(['định kỳ hàng năm duy trì tổ chức họp', 'dinh ky hang nam duy tri to chuc hop', 'định kỳ hàng năm duy trì tổ chức họp'.normalize('NFD')])(
    '%j: the Kiên Giang letter first, the phrase marked as one in its excerpt',
    async (q) => {
      const page = await open(q);
      expect((await resultIds(page))[0]).toBe('2019/kien-giang-68-ubnd-vhxh');
      const marks = (await page.evaluate(`[...document.querySelectorAll('[data-search-results] > li:first-child .excerpt mark')].map((m) => m.textContent)`)) as string[];
      expect(marks.map(fold)).toContain('dinh ky hang nam duy tri to chuc hop');
      // The scattered words of another result are marked one by one.
      const second = (await page.evaluate(`[...document.querySelectorAll('[data-search-results] > li:nth-child(2) .excerpt mark')].map((m) => m.textContent)`)) as string[];
      expect(second.map(fold)).not.toContain('dinh ky hang nam duy tri to chuc hop');
      await page.close();
    },
  );
});

describe('full texts before cited-only entries at equal relevance', () => {
  it('"tân yên", "tan yen" and "TAN YEN" give the same order, the full letter 146/UBND-LĐTBXH above the cited-only Tân Yên plans', async () => {
    const orders: string[][] = [];
    for (const q of ['tân yên', 'tan yen', 'TAN YEN']) {
      const page = await open(q);
      orders.push(await resultIds(page));
      await page.close();
    }
    expect(orders[0]![0]).toBe('2019/bac-giang-tan-yen-146-ubnd-ldtbxh');
    const plans = ['2019/bac-giang-tan-yen-12-kh-ubnd', '2018/bac-giang-tan-yen-21-kh-ubnd', '2011/bac-giang-tan-yen-32-kh-ubnd'];
    for (const plan of plans) expect(orders[0]!.indexOf(plan)).toBeGreaterThan(0);
    expect(orders[1]).toEqual(orders[0]);
    expect(orders[2]).toEqual(orders[0]);
  });

  it('a cited-only entry still comes first for its own number or title', async () => {
    for (const [q, id] of [
      ['12/KH-UBND', '2019/bac-giang-tan-yen-12-kh-ubnd'],
      ['luật bình đẳng giới', '2006/73-2006-qh11'],
    ]) {
      const page = await open(q!);
      expect((await resultIds(page))[0], q).toBe(id);
      await page.close();
    }
  });
});
