import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, seriousAxeViolations, sharedBrowser, siteUrl } from './browser.ts';
import { resultIds, searchPath, statusText, waitForSearch } from './search-support.ts';

const chromium = sharedBrowser();
const law = '/van-ban/2006/73-2006-qh11/';

/** Whether the element is inside the window, and its background as the :target rule paints it. */
async function targetState(page: Page, id: string): Promise<{ inView: boolean; isTarget: boolean; background: string }> {
  return (await page.evaluate(
    `(() => { const el = document.getElementById(${JSON.stringify(id)}); const r = el.getBoundingClientRect(); return { inView: r.top >= 0 && r.top < window.innerHeight && r.bottom > 0, isTarget: el.matches(':target'), background: getComputedStyle(el).backgroundColor }; })()`,
  )) as { inView: boolean; isTarget: boolean; background: string };
}

describe('a law with its articles: /van-ban/2006/73-2006-qh11/', () => {
  it('the page once cited only now shows the whole law, with 44 article anchors and a table of contents', async () => {
    const { page, problems } = await openPage(chromium.context, law);
    await expect(page.locator('h1').innerText()).resolves.toBe('Bình đẳng giới');
    const anchors = await page.locator('.doc-text [id^="dieu-"]').evaluateAll((els) => els.map((e) => e.id).filter((id) => /^dieu-\d+$/.test(id)));
    expect(anchors).toEqual(Array.from({ length: 44 }, (_, i) => `dieu-${i + 1}`));
    await expect(page.locator('#dieu-12').innerText()).resolves.toBe('Điều 12. Bình đẳng giới trong lĩnh vực kinh tế');
    await expect(page.locator('#dieu-12-khoan-2').innerText()).resolves.toMatch(/^2\. /);
    // The table of contents: closed at first, opened from the keyboard, Chương → Điều.
    const toc = page.locator('details.toc');
    await expect(toc.locator('summary').innerText()).resolves.toBe('Mục lục (6 chương, 44 điều)');
    await toc.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(toc.getAttribute('open')).resolves.toBe('');
    const links = await toc.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.filter((h) => /^#dieu-\d+$/.test(h ?? ''))).toHaveLength(44);
    expect(links.filter((h) => /^#chuong-\d+$/.test(h ?? ''))).toHaveLength(6);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await toc.locator('a', { hasText: 'Điều 43. Hiệu lực thi hành' }).click();
    await page.waitForURL(siteUrl(`${law}#dieu-43`));
    expect((await targetState(page, 'dieu-43')).inView).toBe(true);
    // Incoming links from earlier pages still lead here (the name "Luật Bình đẳng giới" resolves).
    await page.goto(siteUrl('/van-ban/2015/thanh-hoa-2458-bvstbcpn-vx/'));
    await expect(page.locator('.doc-text a.trich-dan', { hasText: 'Luật Bình đẳng giới' }).first().getAttribute('href')).resolves.toBe(law);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('from a citing sentence to the cited article: the anchor is scrolled into view and highlighted', async () => {
    const { page } = await openPage(chromium.context, law);
    // Điều 19, điểm g: "… quy định tại khoản 5 Điều 11, khoản 2 Điều 12, … của Luật này."
    const link = page.locator('#dieu-19-khoan-1-diem-g a.trich-dan', { hasText: 'khoản 2 Điều 12' });
    await expect(link.getAttribute('href')).resolves.toBe('#dieu-12-khoan-2');
    await expect(link.getAttribute('title')).resolves.toBe('Trong văn bản này: khoản 2 Điều 12. Bình đẳng giới trong lĩnh vực kinh tế');
    expect((await targetState(page, 'dieu-12-khoan-2')).inView).toBe(false);
    await link.click();
    await page.waitForURL(siteUrl(`${law}#dieu-12-khoan-2`));
    expect(await targetState(page, 'dieu-12-khoan-2')).toEqual({ inView: true, isTarget: true, background: 'rgb(255, 244, 214)' });
    expect((await targetState(page, 'dieu-11')).isTarget).toBe(false);
    await page.close();
  });

  it('a link from another page to "#dieu-12-khoan-2" opens the law at that khoản, highlighted, also on a 360 px phone', async () => {
    const phone = await chromium.browser.newContext({ viewport: { width: 360, height: 740 } });
    const { page } = await openPage(phone, `${law}#dieu-12-khoan-2`);
    expect(await targetState(page, 'dieu-12-khoan-2')).toEqual({ inView: true, isTarget: true, background: 'rgb(255, 244, 214)' });
    // Nothing wider than the phone: long chapter titles and article names wrap.
    await page.locator('details.toc summary').click();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await phone.close();
  });
});

describe('validity: the replaced law', () => {
  it('Luật 02/2007/QH12 says it was replaced by 13/2022/QH15 from 01/7/2023, with a link to its successor', async () => {
    const { page } = await openPage(chromium.context, '/van-ban/2007/02-2007-qh12/');
    await expect(page.locator('header p.hieu-luc').innerText()).resolves.toBe('Tình trạng hiệu lực: Hết hiệu lực từ 01/7/2023 — thay thế bởi Luật số 13/2022/QH15');
    const panel = page.locator('.metadata');
    await expect(panel.locator('dt:text-is("Ngày có hiệu lực") + dd').innerText()).resolves.toBe('01/7/2008');
    await expect(panel.locator('dt:text-is("Tình trạng hiệu lực") + dd').innerText()).resolves.toBe('Hết hiệu lực từ 01/7/2023 — thay thế bởi Luật số 13/2022/QH15');
    await expect(page.locator('.related').innerText()).resolves.toMatch(/Được thay thế bởi \(1\)\s+Luật 13\/2022\/QH15/);
    await page.locator('header p.hieu-luc a', { hasText: 'Luật số 13/2022/QH15' }).click();
    await page.waitForURL(siteUrl('/van-ban/2022/13-2022-qh15/'));
    // The successor: in force since 2023 as far as the archive knows, which it does not claim.
    await expect(page.locator('.metadata dt:text-is("Tình trạng hiệu lực") + dd').innerText()).resolves.toBe(
      'Có hiệu lực từ 01/7/2023; tình trạng hiệu lực hiện nay: chưa rõ (kho chưa ghi nhận văn bản thay thế hay bãi bỏ văn bản này)',
    );
    await expect(page.locator('.related').innerText()).resolves.toMatch(/Thay thế \(1\)\s+Luật 02\/2007\/QH12/);
    await page.close();
  });

  it('a công văn whose validity nobody recorded says "Chưa rõ", never "Còn hiệu lực"', async () => {
    const { page } = await openPage(chromium.context, '/van-ban/2019/kien-giang-68-ubnd-vhxh/');
    await expect(page.locator('.metadata dt:text-is("Tình trạng hiệu lực") + dd').innerText()).resolves.toMatch(/chưa rõ/);
    await expect(page.locator('body').innerText()).resolves.not.toMatch(/còn hiệu lực/i);
    await page.close();
  });

  it('the search filters on validity', async () => {
    const { page } = await openPage(chromium.context, searchPath('bạo lực gia đình', `&hieu-luc=${encodeURIComponent('Hết hiệu lực')}`));
    await waitForSearch(page);
    expect(await resultIds(page)).toEqual(['2007/02-2007-qh12']);
    expect(await statusText(page)).toMatch(/1 văn bản/);
    await page.close();
  });

  it('the open data gives the validity, the structure and the graph edge of the replacement', async () => {
    const twin = await (await chromium.context.request.get(siteUrl('/du-lieu/van-ban/2007/02-2007-qh12.json'))).json();
    expect(twin.validityStatus).toMatchObject({ status: 'het-hieu-luc', effective: '2008-07-01', endedOn: '2023-07-01', endedBy: [{ id: '2022/13-2022-qh15', relation: 'thay-the' }] });
    expect(twin.structure.filter((u: any) => u.kind === 'article')).toHaveLength(46);
    const law73 = await (await chromium.context.request.get(siteUrl('/du-lieu/van-ban/2006/73-2006-qh11.json'))).json();
    expect(law73.structure.find((u: any) => u.anchor === 'dieu-12-khoan-2')).toEqual({ kind: 'clause', label: '2', anchor: 'dieu-12-khoan-2', title: '', article: 'dieu-12' });
    const graph = await (await chromium.context.request.get(siteUrl('/du-lieu/trich-dan.json'))).json();
    // The law's replacement, and the new Lâm Đồng decision replacing the three former provinces' decisions.
    expect(graph.edges.filter((e: any) => e.relation === 'thay-the').map((e: any) => [e.from, e.to])).toEqual([
      ['2022/13-2022-qh15', '2007/02-2007-qh12'],
      ['2025/lam-dong-quyet-dinh-ve-viec-thanh-lap-ban-vi-su-tien', '2023/binh-thuan-2007-qd-ubnd'],
      ['2025/lam-dong-quyet-dinh-ve-viec-thanh-lap-ban-vi-su-tien', '2025/lam-dong-505-qd-ubnd'],
      ['2025/lam-dong-quyet-dinh-ve-viec-thanh-lap-ban-vi-su-tien', '2025/dak-nong-654-qd-ubnd'],
    ]);
    const pinpointed = graph.edges.find((e: any) => e.from === '2022/13-2022-qh15' && e.pinpoint);
    expect(pinpointed).toMatchObject({ numberSymbol: '92/2015/QH13', status: 'unknown', pinpoint: { label: 'Điều 135', anchor: 'dieu-135' }, anchor: null });
  });
});
