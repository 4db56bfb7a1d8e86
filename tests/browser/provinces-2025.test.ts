import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/static-server.ts';
import { seriousAxeViolations, sharedBrowser } from './browser.ts';

/**
 * The two eras of the province model on a real build of the fixture corpus in
 * tests/fixtures/provinces-2025/ (the archive's own corpus has no document issued after 1 July 2025
 * yet): the new Lâm Đồng, its three former provinces, and a citation across the merger.
 */
const fixture = {
  content: 'tests/fixtures/provinces-2025/van-ban',
  outDir: process.env.ARCHIVE_PROVINCES_OUT_DIR ?? '.cache/dist-provinces-2025',
};

const newest = (dir: string): number =>
  Math.max(...readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => statSync(join(e.parentPath, e.name)).mtimeMs));

/** Builds the fixture site with `npm run build`'s steps, unless a build newer than the fixtures, the code and the main build exists. */
function buildFixtureSite(): void {
  const index = `${fixture.outDir}/index.html`;
  const mainBuild = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : Infinity;
  if (existsSync(index) && statSync(index).mtimeMs > Math.max(newest(fixture.content), newest('src'), mainBuild)) return;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ARCHIVE_CONTENT_DIR: fixture.content,
    ARCHIVE_OUT_DIR: fixture.outDir,
    ARCHIVE_CACHE_DIR: `${fixture.outDir}-cache/astro`,
    ARCHIVE_SEARCH_CACHE_DIR: `${fixture.outDir}-cache/search`,
  };
  const build = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit', env });
  if (build.status !== 0) throw new Error(`The build of ${fixture.content} into ${fixture.outDir}/ failed.`);
}

const chromium = sharedBrowser();
let server: Awaited<ReturnType<typeof startStaticServer>>;
beforeAll(async () => {
  buildFixtureSite();
  server = await startStaticServer({ root: fixture.outDir, port: 0, base: '/' });
}, 300_000);
afterAll(() => {
  // The browser may still hold keep-alive connections: close them, or close() waits for them.
  server?.server.closeAllConnections();
  return new Promise<void>((resolve) => (server ? server.server.close(() => resolve()) : resolve()));
});

async function open(path: string): Promise<Page> {
  const page = await chromium.context.newPage();
  const response = await page.goto(new URL(path.slice(1), server.url).href);
  expect(response?.status()).toBe(200);
  return page;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const titles = (page: Page, section: string) => page.locator(`section[aria-labelledby="${section}"] .doc-title`).allInnerTexts();

describe('the new Lâm Đồng (since 1 July 2025) and the provinces it was formed from', () => {
  it('shows its documents since 1/7/2025, its three former provinces, and the old Lâm Đồng documents apart', async () => {
    const page = await open('/tinh/lam-dong/');
    expect(await page.locator('h1').innerText()).toBe('Văn bản của tỉnh Lâm Đồng');
    expect(squash(await page.locator('.lead').innerText())).toBe(
      '4 văn bản, mới nhất trước. Từ ngày 01/7/2025, tỉnh Lâm Đồng được thành lập trên cơ sở hợp nhất tỉnh Lâm Đồng, tỉnh Bình Thuận và tỉnh Đắk Nông; văn bản ban hành trước ngày đó được xếp theo tỉnh cũ.',
    );
    expect(await page.locator('#tu-1-7-2025').innerText()).toBe('Lâm Đồng (từ 1/7/2025)');
    expect(await titles(page, 'tu-1-7-2025')).toEqual(['Công văn số 901/UBND-VX: Triển khai công tác bình đẳng giới sau khi hợp nhất tỉnh']);
    expect(await page.locator('#tinh-cu').innerText()).toBe('Các tỉnh hợp nhất thành tỉnh Lâm Đồng');
    expect((await page.locator('.former-provinces > li').allInnerTexts()).map(squash)).toEqual([
      'tỉnh Lâm Đồng 1 văn bản trước 1/7/2025',
      'tỉnh Bình Thuận 1 văn bản trước 1/7/2025',
      'tỉnh Đắk Nông 1 văn bản trước 1/7/2025',
    ]);
    expect(await page.locator('main h2').allInnerTexts()).toEqual([
      'Các tỉnh hợp nhất thành tỉnh Lâm Đồng',
      'Lâm Đồng (từ 1/7/2025)',
      'Lâm Đồng (trước 1/7/2025)',
      'Bình Thuận (trước 1/7/2025)',
      'Đắk Nông (trước 1/7/2025)',
    ]);
    expect(await titles(page, 'lam-dong-truoc-1-7-2025')).toEqual(['Kế hoạch số 77/KH-UBND: Hoạt động vì sự tiến bộ của phụ nữ năm 2022']);
    expect(await titles(page, 'dak-nong-truoc-1-7-2025')).toEqual(['Công văn số 217b/UBND-KGVX: Tổ chức Tháng hành động vì bình đẳng giới năm 2024']);
    await page.locator('.former-provinces').getByRole('link', { name: 'tỉnh Đắk Nông' }).click();
    await page.waitForURL(new URL('tinh/dak-nong/', server.url).href);
    await page.close();
  });

  it('a former province links to the province it is part of now', async () => {
    const page = await open('/tinh/dak-nong/');
    expect(await page.locator('h1').innerText()).toBe('Văn bản của tỉnh Đắk Nông');
    expect(squash(await page.locator('.lead').innerText())).toBe('1 văn bản do các cơ quan của tỉnh Đắk Nông ban hành, mới nhất trước. Từ ngày 01/7/2025, tỉnh Đắk Nông hợp nhất vào tỉnh Lâm Đồng.');
    await page.locator('.lead').getByRole('link', { name: 'tỉnh Lâm Đồng' }).click();
    await page.waitForURL(new URL('tinh/lam-dong/', server.url).href);
    await page.close();
  });

  it('the list of provinces puts the former provinces under the new one', async () => {
    const page = await open('/tinh/');
    expect((await page.locator('.province-index > li').allInnerTexts()).map(squash)).toEqual([
      'tỉnh Lâm Đồng (4 văn bản) tỉnh Lâm Đồng trước 1/7/2025, 1 văn bản tỉnh Bình Thuận trước 1/7/2025, 1 văn bản tỉnh Đắk Nông trước 1/7/2025, 1 văn bản',
    ]);
    await page.close();
  });

  it('a document of the new Lâm Đồng: its province in its era, and citations across the merger', async () => {
    const page = await open('/van-ban/2025/lam-dong-901-ubnd-vx/');
    const province = page.locator('.metadata dt', { hasText: 'Tỉnh' }).locator('xpath=following-sibling::dd[1]');
    expect(squash(await province.innerText())).toBe('tỉnh Lâm Đồng từ ngày 01/7/2025');
    const text = page.locator('.doc-text');
    // The công văn numbered with a letter suffix, of the former Đắk Nông.
    await expect(text.locator('a', { hasText: '217b/UBND-KGVX' }).getAttribute('href')).resolves.toBe('/van-ban/2024/dak-nong-217b-ubnd-kgvx/');
    // The programme named after the decision that approves it.
    await expect(text.locator('a', { hasText: /^Chương trình 1790$/ }).getAttribute('href')).resolves.toBe('/van-ban/2020/1790-qd-ttg/');
    await page.close();
  });

  it('a document of the former Đắk Nông says where it belongs now', async () => {
    const page = await open('/van-ban/2024/dak-nong-217b-ubnd-kgvx/');
    expect(squash(await page.locator('article header p', { hasText: 'Xem thêm' }).innerText())).toBe(
      'Xem thêm: văn bản của tỉnh Đắk Nông (nay thuộc tỉnh Lâm Đồng), văn bản năm 2024, các công văn.',
    );
    await page.close();
  });
});

describe('the province pages of both eras are accessible and fit a phone', () => {
  it.each(['/tinh/', '/tinh/lam-dong/', '/tinh/dak-nong/', '/van-ban/2025/lam-dong-901-ubnd-vx/'])('%s', async (path) => {
    const page = await open(path);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBe(0);
    await page.close();
  });
});
