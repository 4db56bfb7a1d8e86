import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, sharedBrowser, siteUrl } from './browser.ts';

const chromium = sharedBrowser();

/** The text of the metadata panel entry with this label, whitespace collapsed. */
async function metadata(page: Page, label: string): Promise<string> {
  const value = page.locator('.metadata dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  return (await value.innerText()).replace(/\s+/g, ' ').trim();
}

describe('a reader browses from the home page to a provincial plan', () => {
  it('goes home → Lạng Sơn → plan 96/KH-UBND and sees its metadata', async () => {
    const { page } = await openPage(chromium.context, '/');
    await expect(page.locator('h1').innerText()).resolves.toContain('bình đẳng giới');
    await page.getByRole('link', { name: 'Lạng Sơn', exact: true }).click();
    await page.waitForURL(siteUrl('/tinh/lang-son/'));
    await expect(page.locator('h1').innerText()).resolves.toBe('Văn bản của tỉnh Lạng Sơn');
    await page.getByRole('link', { name: /Kế hoạch số 96\/KH-UBND/ }).click();
    await page.waitForURL(siteUrl('/van-ban/2018/lang-son-96-kh-ubnd/'));
    expect(await metadata(page, 'Số ký hiệu')).toBe('96/KH-UBND');
    expect(await metadata(page, 'Loại văn bản')).toBe('Kế hoạch');
    expect(await metadata(page, 'Cơ quan ban hành')).toContain('Ủy ban nhân dân tỉnh Lạng Sơn');
    expect(await metadata(page, 'Địa danh và ngày ban hành')).toBe('Lạng Sơn, ngày 29 tháng 05 năm 2018');
    expect(await metadata(page, 'Người ký')).toBe('KT. Chủ tịch Phó Chủ tịch Hồ Tiến Thiệu');
    expect(await metadata(page, 'Nơi nhận')).toContain('Bộ Lao động - Thương binh và Xã hội');
    await page.close();
  });
});

describe('every seed has a page with its metadata', () => {
  it.each([
    ['/van-ban/2019/kien-giang-68-ubnd-vhxh/', '68/UBND-VHXH', 'Công văn', 'Ủy ban nhân dân tỉnh Kiên Giang', 'Kiên Giang, ngày 16 tháng 01 năm 2019', 'Đỗ Thanh Bình'],
    ['/van-ban/2018/lang-son-96-kh-ubnd/', '96/KH-UBND', 'Kế hoạch', 'Ủy ban nhân dân tỉnh Lạng Sơn', 'Lạng Sơn, ngày 29 tháng 05 năm 2018', 'Hồ Tiến Thiệu'],
    ['/van-ban/2018/kon-tum-thong-bao-ket-luan-binh-dang-gioi-2017/', 'Không có số', 'Thông báo', 'Văn phòng Ủy ban nhân dân tỉnh Kon Tum', 'Không rõ', 'Nguyễn Đình Cầu'],
    ['/van-ban/2019/bac-giang-tan-yen-146-ubnd-ldtbxh/', '146/UBND-LĐTBXH', 'Công văn', 'Ủy ban nhân dân huyện Tân Yên', 'Tân Yên, ngày 19 tháng 02 năm 2019', 'Không ghi người ký'],
    ['/van-ban/2015/thanh-hoa-2458-bvstbcpn-vx/', '2458/BVSTBCPN-VX', 'Công văn', 'Ban Vì sự tiến bộ của phụ nữ tỉnh Thanh Hóa', 'Thanh Hóa, ngày 23 tháng 03 năm 2015', 'Phạm Đăng Quyền'],
  ])('%s', async (path, number, type, issuer, placeAndDate, signer) => {
    const { page } = await openPage(chromium.context, path);
    expect(await metadata(page, 'Số ký hiệu')).toBe(number);
    expect(await metadata(page, 'Loại văn bản')).toBe(type);
    expect(await metadata(page, 'Cơ quan ban hành')).toContain(issuer);
    expect(await metadata(page, 'Địa danh và ngày ban hành')).toBe(placeAndDate);
    expect(await metadata(page, 'Người ký')).toContain(signer);
    await page.close();
  });

  it('shows the district and the post-2025 province of the Tân Yên công văn', async () => {
    const { page } = await openPage(chromium.context, '/van-ban/2019/bac-giang-tan-yen-146-ubnd-ldtbxh/');
    expect(await metadata(page, 'Tỉnh')).toBe('tỉnh Bắc Giang Huyện Tân Yên');
    await expect(page.locator('article header').innerText()).resolves.toContain('(nay thuộc tỉnh Bắc Ninh)');
    await page.close();
  });

  it('keeps the spaces between the "Xem thêm" links (compressHTML regression)', async () => {
    const { page } = await openPage(chromium.context, '/van-ban/2019/kien-giang-68-ubnd-vhxh/');
    await expect(page.locator('article header p', { hasText: 'Xem thêm' }).innerText()).resolves.toBe(
      'Xem thêm: văn bản của tỉnh Kiên Giang (nay thuộc tỉnh An Giang), văn bản năm 2019, các công văn.',
    );
    await page.close();
  });

  it('says "Không rõ", not "Không ghi", for what a document known only from citations may well have', async () => {
    const { page } = await openPage(chromium.context, '/van-ban/2012/56-2012-nd-cp/');
    expect(await metadata(page, 'Người ký')).toBe('Không rõ');
    expect(await metadata(page, 'Nơi nhận')).toBe('Không rõ');
    expect(await metadata(page, 'Địa danh và ngày ban hành')).toBe('ngày 16 tháng 07 năm 2012');
    await page.close();
  });

  it('says the Thanh Hóa text is OCR output with errors kept', async () => {
    const { page } = await openPage(chromium.context, '/van-ban/2015/thanh-hoa-2458-bvstbcpn-vx/');
    await expect(page.locator('.doc-text .note').innerText()).resolves.toContain('OCR');
    await expect(page.locator('.doc-text').innerText()).resolves.toContain('ý nghịa rát quan trọng');
    await page.close();
  });
});

describe('browse pages', () => {
  it('lists the five seed provinces with their merger, and Kon Tum says it is now part of Quảng Ngãi', async () => {
    const { page } = await openPage(chromium.context, '/tinh/');
    const text = await page.locator('main').innerText();
    for (const name of ['Bắc Giang', 'Kiên Giang', 'Kon Tum', 'Lạng Sơn', 'Thanh Hóa']) expect(text).toContain(`tỉnh ${name}`);
    await page.getByRole('link', { name: 'tỉnh Kon Tum' }).click();
    await expect(page.locator('.lead').innerText()).resolves.toContain('Từ ngày 01/7/2025, tỉnh Kon Tum hợp nhất vào tỉnh Quảng Ngãi.');
    await page.close();
  });

  it('groups the Bắc Giang page by district', async () => {
    const { page } = await openPage(chromium.context, '/tinh/bac-giang/');
    await expect(page.locator('main h2').allInnerTexts()).resolves.toContain('Huyện Tân Yên');
    await page.close();
  });

  it.each([
    [2015, ['2458/BVSTBCPN-VX']],
    [2018, ['96/KH-UBND', '(không số)']],
    [2019, ['146/UBND-LĐTBXH', '68/UBND-VHXH']],
  ])('year page %i lists its seeds, newest first', async (year, numbers) => {
    const { page } = await openPage(chromium.context, `/nam/${year}/`);
    const titles = await page.locator('.doc-list .doc-title').allInnerTexts();
    const seedTitles = titles.filter((t) => numbers.some((n) => t.includes(n)));
    expect(seedTitles.map((t) => numbers.find((n) => t.includes(n)))).toEqual(numbers);
    await page.close();
  });

  it('has a year bar chart on the home page whose bars link to year pages', async () => {
    const { page } = await openPage(chromium.context, '/');
    const bar = page.locator('.chart a[aria-label^="Năm 2019"]');
    await expect(bar.getAttribute('aria-label')).resolves.toMatch(/^Năm 2019: \d+ văn bản$/);
    await bar.click();
    await page.waitForURL(siteUrl('/nam/2019/'));
    await page.close();
  });

  it('answers an unknown address with the Vietnamese 404 page', async () => {
    const response = await (await chromium.context.newPage()).goto(siteUrl('/van-ban/khong-co/'));
    expect(response?.status()).toBe(404);
    await expect(response!.text()).resolves.toContain('Không tìm thấy trang');
  });
});
