import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, seriousAxeViolations, sharedBrowser, siteUrl } from './browser.ts';

const chromium = sharedBrowser();
const tracker21 = '/thuc-hien/2018/21-ct-tw/';
const tracker56 = '/thuc-hien/2012/56-2012-nd-cp/';
const plan96 = '/van-ban/2018/lang-son-96-kh-ubnd/';

/** Text of an element with whitespace collapsed. */
const text = (page: Page, selector: string) => page.locator(selector).first().evaluate((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());

/** Each item of a province's row: "link text | days". */
const rowEntries = (page: Page, slug: string) =>
  page.locator(`#tinh-${slug} ol.entries > li`).evaluateAll((items) => items.map((li) => `${li.querySelector('a')!.textContent!.trim()} | ${li.querySelector('.days')!.textContent!.trim()}`));

/** Opens `href` (site-relative or absolute) and returns the document page's heading line ("Kế hoạch số 96/KH-UBND · …"). */
async function headingAt(page: Page, href: string): Promise<string> {
  const target = await page.context().newPage();
  await target.goto(new URL(href, page.url()).href);
  const heading = await text(target, '.doc-meta');
  await target.close();
  return heading;
}

describe('the list of trackers (/thuc-hien/)', () => {
  it('lists the national documents that archive documents implement, each linking to its tracker', async () => {
    const { page } = await openPage(chromium.context, '/thuc-hien/');
    const rows = await page.locator('.tracker-index tbody tr').evaluateAll((trs) => trs.map((tr) => `${tr.querySelector('a')!.textContent!.trim()} → ${tr.querySelector('a')!.getAttribute('href')} · ${tr.querySelector('td')!.firstChild!.textContent!.trim()}`));
    expect(rows).toEqual(expect.arrayContaining([`Chỉ thị 21-CT/TW → ${tracker21} · 1/63`, `Nghị định 56/2012/NĐ-CP → ${tracker56} · 1/63`]));
    // Local plans are not trackers: their implementers are on their own pages.
    expect(rows.some((r) => r.includes('61-KH/TU'))).toBe(false);
    await page.locator(`a[href="${tracker21}"]`).click();
    await page.waitForURL(siteUrl(tracker21));
    await expect(text(page, 'h1')).resolves.toBe('Thực hiện Chỉ thị số 21-CT/TW');
    await page.close();
  });
});

describe('a tracker page', () => {
  it('Chỉ thị 21-CT/TW: Lạng Sơn with 61-KH/TU after 83 days and 96/KH-UBND after 129, each linking to its page', async () => {
    const { page, problems } = await openPage(chromium.context, tracker21);
    expect(problems.foreignRequests).toEqual([]);
    await expect(rowEntries(page, 'lang-son')).resolves.toEqual(['Kế hoạch 61-KH/TU | 83 ngày', 'Kế hoạch 96/KH-UBND | 129 ngày']);
    const links = await page.locator('#tinh-lang-son ol.entries > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links).toEqual(['/van-ban/2018/lang-son-61-kh-tu/', '/van-ban/2018/lang-son-96-kh-ubnd/']);
    await expect(headingAt(page, links[0]!)).resolves.toMatch(/^Kế hoạch số 61-KH\/TU · Tỉnh ủy Lạng Sơn/);
    await expect(headingAt(page, links[1]!)).resolves.toMatch(/^Kế hoạch số 96\/KH-UBND · Ủy ban nhân dân tỉnh Lạng Sơn/);
    await expect(text(page, '.summary')).resolves.toContain('1 trên 63');
    await expect(text(page, '.summary')).resolves.toContain('nhanh nhất 83 ngày, trung vị 83 ngày, chậm nhất 83 ngày');
    // A province with none says so; the caveat is there.
    const caoBang = await page.locator('#tinh-cao-bang > *').evaluateAll((cells) => cells.map((c) => c.textContent!.trim()));
    expect(caoBang).toEqual(['Cao Bằng', '—', 'Kho chưa có văn bản thực hiện']);
    await expect(text(page, '[role="note"]')).resolves.toContain('Kho chỉ biết những văn bản nó lưu giữ');
    // The document's own page leads here, and the tracker back to it.
    await expect(page.locator('.lead a').getAttribute('href')).resolves.toBe('/van-ban/2018/21-ct-tw/');
    await page.close();
  });

  it('Nghị định 56/2012/NĐ-CP: Kiên Giang, under the An Giang of today, with its two documents and their days', async () => {
    const { page } = await openPage(chromium.context, tracker56);
    await expect(rowEntries(page, 'kien-giang')).resolves.toEqual(['Kế hoạch 08/KH-UBND | 1.642 ngày', 'Công văn 68/UBND-VHXH | 2.375 ngày']);
    const group = await page.locator('#tinh-kien-giang').evaluate((tr) => tr.parentElement!.querySelector('tr.group')!.textContent!.trim());
    expect(group).toBe('Nay thuộc An Giang');
    await expect(text(page, '#trung-uong + ol')).resolves.toContain('Công văn 4993/BNV-TH');
    await page.close();
  });

  it('the map colours Lạng Sơn by its first response and links its square to the table row; it is hidden from assistive technology', async () => {
    const { page } = await openPage(chromium.context, tracker21);
    const map = page.locator('.tile-map > svg');
    await expect(map.getAttribute('aria-hidden')).resolves.toBe('true');
    const square = map.locator('a[href="#tinh-lang-son"]');
    await expect(square.locator('rect').getAttribute('fill')).resolves.toBe('#7a1f3d'); // 31–90 ngày
    await expect(square.locator('text').textContent()).resolves.toBe('LS');
    await expect(square.getAttribute('tabindex')).resolves.toBe('-1');
    await expect(map.locator('a[href="#tinh-cao-bang"] rect').getAttribute('fill')).resolves.toBe('#e8e6eb');
    await expect(map.locator('rect').count()).resolves.toBe(63);
    await expect(page.locator('#tinh-lang-son').count()).resolves.toBe(1);
    await page.close();
  });

  it('publishes the same tracker as JSON and CSV, linked from the page and from /du-lieu/', async () => {
    const { page } = await openPage(chromium.context, tracker21);
    const json = await page.locator('a', { hasText: /^JSON$/ }).getAttribute('href');
    const csv = await page.locator('a', { hasText: /^CSV$/ }).getAttribute('href');
    expect([json, csv]).toEqual(['/du-lieu/thuc-hien/2018/21-ct-tw.json', '/du-lieu/thuc-hien/2018/21-ct-tw.csv']);
    const record = (await (await fetch(siteUrl(json!))).json()) as { provinces: Array<{ slug: string; documents: Array<{ numberSymbol: string; daysAfterIssued: number }> }> };
    expect(record.provinces.find((p) => p.slug === 'lang-son')!.documents.map((d) => [d.numberSymbol, d.daysAfterIssued])).toEqual([
      ['61-KH/TU', 83],
      ['96/KH-UBND', 129],
    ]);
    const lines = (await (await fetch(siteUrl(csv!))).text()).split('\r\n').filter((l) => l.includes('"lang-son"'));
    expect(lines.map((l) => l.split('","').slice(6, 9).join(' '))).toEqual(['61-KH/TU 2018-04-13 83', '96/KH-UBND 2018-05-29 129']);
    const data = await openPage(chromium.context, '/du-lieu/');
    await expect(data.page.locator('a[href="/du-lieu/thuc-hien.json"]').count()).resolves.toBe(1);
    await data.page.close();
    await page.close();
  });

  it('runs no script of its own: the only scripts are the site header search box and its suggestions', async () => {
    const { page } = await openPage(chromium.context, tracker21);
    const scripts = await page.locator('script').evaluateAll((s) => s.map((x) => x.getAttribute('src') ?? 'inline'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((src) => !/SearchBox|SearchSuggest/u.test(src))).toEqual([]);
    await page.close();
  });

  it('on a phone: no sideways scrolling with every list opened, and axe finds nothing serious', async () => {
    const phone = await chromium.browser.newContext({ viewport: { width: 360, height: 740 } });
    for (const path of [tracker21, tracker56]) {
      const { page } = await openPage(phone, path);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await expect(page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).resolves.toBe(0);
      await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    }
    await phone.close();
  });
});

describe('the relation diagram of a document page', () => {
  /** Hrefs of the diagram variant shown, and of the "Văn bản liên quan" lists. */
  const hrefs = async (page: Page) => ({
    diagram: await page.locator('.relation-diagram svg:visible a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)),
    lists: await page.locator('#van-ban-lien-quan ~ section li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)),
  });

  it('on a wide screen: groups side by side, every box linking to a document the lists name, "và N văn bản khác" to the list', async () => {
    const { page } = await openPage(chromium.context, plan96);
    await page.locator('.relation-diagram summary').click();
    await expect(page.locator('.diagram-wide').isVisible()).resolves.toBe(true);
    await expect(page.locator('.diagram-narrow').isVisible()).resolves.toBe(false);
    const { diagram, lists } = await hrefs(page);
    const boxes = diagram.filter((h) => !h.startsWith('#'));
    expect(boxes.length).toBeGreaterThan(5);
    expect(boxes.every((h) => lists.includes(h))).toBe(true);
    expect(diagram).toContain('#dan-chieu-di');
    // The box of Chỉ thị 21-CT/TW sits above the centre and opens that document.
    const box = page.locator('.diagram-wide a[href="/van-ban/2018/21-ct-tw/"]').first();
    await expect(box.locator('tspan').first().textContent()).resolves.toBe('Chỉ thị 21-CT/TW');
    const centreY = await page.locator('.diagram-wide .box-center').evaluate((r) => r.getBoundingClientRect().y);
    expect(await box.evaluate((a) => a.getBoundingClientRect().y)).toBeLessThan(centreY);
    await box.click();
    await page.waitForURL(siteUrl('/van-ban/2018/21-ct-tw/'));
    await expect(text(page, '.doc-meta')).resolves.toMatch(/^Chỉ thị số 21-CT\/TW/);
    await page.close();
  });

  it('is hidden from assistive technology, which reads the lists; its links are out of the Tab order', async () => {
    const { page } = await openPage(chromium.context, plan96);
    const svgs = await page.locator('.relation-diagram svg').evaluateAll((s) => s.map((x) => x.getAttribute('aria-hidden')));
    expect(svgs).toEqual(['true', 'true']);
    const tabbable = await page.locator('.relation-diagram svg a').evaluateAll((as) => as.filter((a) => a.getAttribute('tabindex') !== '-1').length);
    expect(tabbable).toBe(0);
    await page.close();
  });

  it('on a phone: one column, what it relies on above, what implements it below; no overflow; axe clean', async () => {
    const phone = await chromium.browser.newContext({ viewport: { width: 360, height: 740 } });
    // Nghị định 56 has no text: its diagram is open from the start.
    const { page } = await openPage(phone, '/van-ban/2012/56-2012-nd-cp/');
    await expect(page.locator('.diagram-narrow').isVisible()).resolves.toBe(true);
    await expect(page.locator('.diagram-wide').isVisible()).resolves.toBe(false);
    const svgWidth = await page.locator('.diagram-narrow').evaluate((s) => s.getBoundingClientRect().right);
    expect(svgWidth).toBeLessThanOrEqual(360);
    const centreY = await page.locator('.diagram-narrow .box-center').evaluate((r) => r.getBoundingClientRect().y);
    const kienGiang = page.locator('.diagram-narrow a[href="/van-ban/2017/kien-giang-08-kh-ubnd/"]');
    expect(await kienGiang.evaluate((a) => a.getBoundingClientRect().y)).toBeGreaterThan(centreY);
    const { diagram, lists } = await hrefs(page);
    expect(diagram.filter((h) => !h.startsWith('#')).every((h) => lists.includes(h))).toBe(true);
    await expect(page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).resolves.toBe(0);
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    // Its tracker is one link away.
    await expect(page.locator('.tracker-link a').getAttribute('href')).resolves.toBe(tracker56);
    await phone.close();
  });

  it('a local plan has no tracker link; a document without relations has no diagram', async () => {
    const { page } = await openPage(chromium.context, plan96);
    await expect(page.locator('.tracker-link').count()).resolves.toBe(0);
    await page.close();
    const bare = await openPage(chromium.context, '/van-ban/2019/bac-giang-tan-yen-12-kh-ubnd/');
    const related = await bare.page.locator('#van-ban-lien-quan ~ section').count();
    await expect(bare.page.locator('.relation-diagram').count()).resolves.toBe(related > 0 ? 1 : 0);
    await bare.page.close();
  });
});
