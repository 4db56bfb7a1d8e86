import type { Page } from 'playwright-core';

/**
 * Helpers for the search browser tests. Page code is passed as strings: the page's
 * Content-Security-Policy forbids eval, so Playwright's waitForFunction cannot run there, and
 * Vitest rewrites import() inside functions.
 */

/** Searches completed on the page so far (window.__searchMetrics.searches). */
export async function searchCount(page: Page): Promise<number> {
  return (await page.evaluate('window.__searchMetrics ? window.__searchMetrics.searches : 0')) as number;
}

/** Waits until the page has completed more than `after` searches and is not loading. */
export async function waitForSearch(page: Page, after = 0, timeout = 20_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const state = (await page.evaluate(
      `(() => { const m = window.__searchMetrics; const f = document.querySelector('[data-search-form]'); return { n: m ? m.searches : 0, error: m ? m.error : null, state: f ? f.dataset.searchState : null }; })()`,
    )) as { n: number; error: string | null; state: string | null };
    if (state.error) throw new Error(`search failed: ${state.error}`);
    if (state.n > after && state.state === 'done') return;
    await page.waitForTimeout(25);
  }
  throw new Error('search did not finish in time');
}

/** Document ids of the results in order ("2018/lang-son-96-kh-ubnd"), from the result links. */
export async function resultIds(page: Page): Promise<string[]> {
  return (await page.evaluate(
    `[...document.querySelectorAll('[data-search-results] > li h3 a')].map((a) => new URL(a.href).pathname.replace(/^.*\\/van-ban\\//, '').replace(/\\/$/, ''))`,
  )) as string[];
}

export async function statusText(page: Page): Promise<string> {
  return (await page.evaluate(`document.querySelector('[data-search-status]').textContent`)) as string;
}

/** "/tim-kiem/?q=…" for a query. */
export function searchPath(query: string, extra = ''): string {
  return `/tim-kiem/?q=${encodeURIComponent(query)}${extra}`;
}

/** Clicks "Xem thêm kết quả" until every result is listed. */
export async function showAll(page: Page): Promise<void> {
  const more = page.locator('[data-search-more]');
  for (let i = 0; i < 50 && (await more.isVisible()); i++) {
    const n = await page.locator('[data-search-results] > li').count();
    await more.click();
    for (let j = 0; j < 100 && (await page.locator('[data-search-results] > li').count()) === n; j++) await page.waitForTimeout(20);
  }
}
