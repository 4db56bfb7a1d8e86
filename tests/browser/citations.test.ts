import { describe, expect, it } from 'vitest';
import { openPage, sharedBrowser, siteUrl } from './browser.ts';

const chromium = sharedBrowser();

describe('following a citation and back', () => {
  it('from the Kiên Giang công văn, "Nghị định 56" leads to the decree, whose page lists Kiên Giang and Lạng Sơn', async () => {
    const { page } = await openPage(chromium.context, '/van-ban/2019/kien-giang-68-ubnd-vhxh/');
    const link = page.locator('.doc-text a.trich-dan', { hasText: /^Nghị định 56$/ }).first();
    await expect(link.getAttribute('title')).resolves.toMatch(/^(Thực hiện|Theo|Dẫn chiếu): Quy định trách nhiệm của bộ, ngành/);
    await link.click();
    await page.waitForURL(siteUrl('/van-ban/2012/56-2012-nd-cp/'));
    await expect(page.locator('h1').innerText()).resolves.toContain('Quy định trách nhiệm của bộ, ngành');
    // Without a text, what cites the decree is the main content, not a sidebar panel.
    await expect(page.locator('.doc-text .related').count()).resolves.toBe(1);
    const incoming = page.locator('#duoc-dan-chieu').locator('xpath=..');
    const linked = await incoming.locator('a').evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).pathname))].sort());
    // The two seeds, and the cited plans whose titles (as the seeds state them) implement the decree.
    expect(linked).toEqual([
      '/van-ban/2017/kien-giang-08-kh-ubnd/',
      '/van-ban/2018/4993-bnv-th/',
      '/van-ban/2018/lang-son-96-kh-ubnd/',
      '/van-ban/2019/kien-giang-68-ubnd-vhxh/',
    ]);
    await expect(page.locator('#duoc-dan-chieu').innerText()).resolves.toBe('Văn bản dẫn chiếu đến văn bản này (4 văn bản)');
    await expect(incoming.innerText()).resolves.toMatch(/Được căn cứ bởi \(1\)\s+Công văn 68\/UBND-VHXH/);
    await expect(incoming.innerText()).resolves.toMatch(/Được dẫn theo bởi \(2\)\s+Kế hoạch 96\/KH-UBND/);
    await page.close();
  });

  it('every spelling of Chỉ thị 21 in the Lạng Sơn plan links to one page, which shows the plan implementing it', async () => {
    const { page } = await openPage(chromium.context, '/van-ban/2018/lang-son-96-kh-ubnd/');
    const targets = await page
      .locator('.doc-text a.trich-dan')
      .evaluateAll((as) => as.filter((a) => /21\s*[-/]\s*CT/.test(a.textContent ?? '')).map((a) => (a as HTMLAnchorElement).pathname));
    expect(targets.length).toBeGreaterThanOrEqual(4);
    expect(new Set(targets)).toEqual(new Set(['/van-ban/2018/21-ct-tw/']));
    const related = await page.locator('.related').innerText();
    expect(related).toMatch(/Thực hiện \(\d+\)[\s\S]*Chỉ thị 21-CT\/TW/);
    await page.goto(siteUrl('/van-ban/2018/21-ct-tw/'));
    await expect(page.locator('.related').innerText()).resolves.toMatch(/Được thực hiện bởi \(2\)\s+Kế hoạch 61-KH\/TU[^]*Kế hoạch 96\/KH-UBND/);
    await page.close();
  });

  it('leaves an ambiguous reference (seed 003: "Kế hoạch số 60/KH-UBND", no date, no issuer) unlinked and says so', async () => {
    const { page } = await openPage(chromium.context, '/van-ban/2019/bac-giang-tan-yen-146-ubnd-ldtbxh/');
    await expect(page.locator('.doc-text a.trich-dan', { hasText: '60/KH-UBND' }).count()).resolves.toBe(0);
    await page.locator('.related summary').click();
    await expect(page.locator('.related details').innerText()).resolves.toContain('Kế hoạch số 60/KH-UBND');
    await page.close();
  });

  it('publishes the citation graph and a JSON twin per document', async () => {
    const graph = await (await chromium.context.request.get(siteUrl('/du-lieu/trich-dan.json'))).json();
    const edge = graph.edges.find((e: any) => e.from === '2019/kien-giang-68-ubnd-vhxh' && e.to === '2012/56-2012-nd-cp' && e.relation === 'can-cu');
    expect(edge.raw).toBe('Nghị định số 56/2012/NĐ-CP ngày 16/7/2012 của Chính phủ');
    expect(edge.end - edge.start).toBe(edge.raw.length);
    const twin = await (await chromium.context.request.get(siteUrl('/du-lieu/van-ban/2012/56-2012-nd-cp.json'))).json();
    expect(new Set(twin.citedBy.map((e: any) => e.from))).toEqual(
      new Set(['2019/kien-giang-68-ubnd-vhxh', '2018/lang-son-96-kh-ubnd', '2017/kien-giang-08-kh-ubnd', '2018/4993-bnv-th']),
    );
    expect(twin.numberSymbol).toBe('56/2012/NĐ-CP');
  });
});
