import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, seriousAxeViolations, sharedBrowser, siteUrl } from './browser.ts';

/**
 * The Lâm Đồng 2025 case, followed page to page as a reader would (issue 13): the Đắk Nông fund
 * council's Nghị quyết → the Sở Nội vụ's Tờ trình (a relation the archivist recorded: the Tờ trình
 * does not cite the resolution's number) → the Chủ tịch's Quyết định (its text cites the Tờ trình)
 * → the Điều lệ issued with it; and the decision on the Ban replacing the three former provinces'.
 */
const chromium = sharedBrowser();
const resolution = '/van-ban/2025/dak-nong-01-nq-hdql/';
const submission = '/van-ban/2025/lam-dong-82-ttr-snv/';
const decision = '/van-ban/2025/lam-dong-quyet-dinh-ve-viec-cho-phep-doi-ten-quy-co/';
const charter = '/van-ban/2025/lam-dong-dieu-le-sua-doi-bo-sung-quy-ho-tro-phu/';

/** The items of one relation group of "Văn bản liên quan", as "link text → href". */
async function group(page: Page, label: RegExp): Promise<string[]> {
  const heading = page.locator('.related h4', { hasText: label });
  return heading.locator('xpath=following-sibling::ul[1]/li/a').evaluateAll((as) => as.map((a) => `${a.textContent!.trim()} → ${a.getAttribute('href')}`));
}

async function follow(page: Page, label: RegExp, text: string, to: string): Promise<void> {
  await page.locator('.related h4', { hasText: label }).locator('xpath=following-sibling::ul[1]').getByRole('link', { name: text, exact: true }).click();
  await page.waitForURL(siteUrl(to));
}

describe('the Lâm Đồng chain, page to page', () => {
  it('Nghị quyết → Tờ trình → Quyết định → Điều lệ, and back', async () => {
    const { page, problems } = await openPage(chromium.context, resolution);
    expect(await group(page, /^Được dẫn theo bởi/)).toEqual([`Tờ trình 82/TTr-SNV → ${submission}`]);
    // The recorded relation says so, with where it is known from.
    await expect(page.locator('.related .declared').innerText()).resolves.toMatch(/^Quan hệ do kho ghi nhận: .*Nghị quyết số 01\/NQ-HĐQL ngày 10\/6\/2025\. Tờ trình không dẫn số Nghị quyết/);
    await follow(page, /^Được dẫn theo bởi/, 'Tờ trình 82/TTr-SNV', submission);

    expect(await group(page, /^Theo/)).toContain(`Nghị quyết 01/NQ-HĐQL → ${resolution}`);
    expect(await group(page, /^Được dẫn theo bởi/)).toEqual([`Quyết định (không số) → ${decision}`]);
    await follow(page, /^Được dẫn theo bởi/, 'Quyết định (không số)', decision);

    // In the decision's text, the Tờ trình named with its issuer before "tại" is a link.
    const cited = page.locator('.doc-text a.trich-dan', { hasText: 'Tờ trình số 82/TTr-SNV' });
    await expect(cited.getAttribute('href')).resolves.toBe(submission);
    expect(await group(page, /^Văn bản kèm theo/)).toEqual([`Điều lệ (không số) → ${charter}`]);
    await follow(page, /^Văn bản kèm theo/, 'Điều lệ (không số)', charter);

    // Regression: an unnumbered document was named "Quyết định " in this list, "(không số)" in the other.
    expect(await group(page, /^Ban hành kèm theo/)).toEqual([`Quyết định (không số) → ${decision}`]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('the decision on the Ban replaces the three former provinces\' decisions, each page saying so', async () => {
    const qd = '/van-ban/2025/lam-dong-quyet-dinh-ve-viec-thanh-lap-ban-vi-su-tien/';
    const { page } = await openPage(chromium.context, qd);
    expect(await group(page, /^Thay thế/)).toEqual([
      'Quyết định 2007/QĐ-UBND → /van-ban/2023/binh-thuan-2007-qd-ubnd/',
      'Quyết định 505/QĐ-UBND → /van-ban/2025/lam-dong-505-qd-ubnd/',
      'Quyết định 654/QĐ-UBND → /van-ban/2025/dak-nong-654-qd-ubnd/',
    ]);
    await follow(page, /^Thay thế/, 'Quyết định 654/QĐ-UBND', '/van-ban/2025/dak-nong-654-qd-ubnd/');
    expect(await group(page, /^Được thay thế bởi/)).toEqual([`Quyết định (không số) → ${qd}`]);
    await page.close();
  });
});
