import { describe, expect, it } from 'vitest';
import { openPage, seriousAxeViolations, sharedBrowser, siteUrl } from './browser.ts';
import { templatePages } from './pages.ts';

const chromium = sharedBrowser();

describe('every page template', () => {
  it.each(templatePages)('%s (%s): no console error, no failed or third-party request, lang="vi"', async (_name, path, status) => {
    const { page, problems } = await openPage(chromium.context, path);
    expect(problems).toEqual({ status, consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] });
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('vi');
    await expect(page.locator('meta[http-equiv="content-security-policy"]').count()).resolves.toBe(1);
    await page.close();
  });

  it.each(templatePages)('%s (%s): axe finds no serious or critical violation', async (_name, path) => {
    const { page } = await openPage(chromium.context, path);
    const violations = await seriousAxeViolations(page);
    expect(violations).toEqual([]);
    await page.close();
  });

  it.each(templatePages)('%s (%s): readable on a phone without sideways scrolling', async (_name, path) => {
    const phone = await chromium.browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
    const { page } = await openPage(phone, path);
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBe(0);
    await phone.close();
  });
});

describe('keyboard', () => {
  it('reaches the skip link first, and it moves focus to the main content', async () => {
    const { page } = await openPage(chromium.context, '/');
    await page.keyboard.press('Tab');
    await expect(page.evaluate('document.activeElement.textContent')).resolves.toBe('Bỏ qua, đến nội dung chính');
    await page.keyboard.press('Enter');
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe('noi-dung');
    await page.close();
  });

  it('goes from the home page to a province page and a document with Tab and Enter only', async () => {
    const { page } = await openPage(chromium.context, '/');
    const focusLink = async (text: string) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        if ((await page.evaluate('document.activeElement.textContent.trim()')) === text) return;
      }
      throw new Error(`link "${text}" not reachable with Tab`);
    };
    await focusLink('Theo tỉnh');
    await page.keyboard.press('Enter');
    await page.waitForURL(siteUrl('/tinh/'));
    await focusLink('tỉnh Thanh Hóa');
    await page.keyboard.press('Enter');
    await page.waitForURL(siteUrl('/tinh/thanh-hoa/'));
    const focusedOutline = await page.evaluate(`(() => { const a = document.querySelector('.site-name'); a.focus(); return getComputedStyle(a).outlineStyle; })()`);
    expect(focusedOutline).not.toBe('none');
    await page.close();
  });
});
