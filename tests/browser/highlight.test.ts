import { describe, expect, it } from 'vitest';
import { openPage, sharedBrowser } from './browser.ts';

const chromium = sharedBrowser();

/** The marked words of a document page opened with these ?highlight= values (lower case). */
async function marksFor(values: string[]): Promise<{ marks: Set<string>; errors: string[] }> {
  const query = values.map((v) => `highlight=${encodeURIComponent(v)}`).join('&');
  const { page, problems } = await openPage(chromium.context, `/van-ban/2019/kien-giang-68-ubnd-vhxh/?${query}`);
  for (let i = 0; i < 100 && !(await page.evaluate('document.documentElement.dataset.highlighted')); i++) await page.waitForTimeout(30);
  const marks = new Set((await page.locator('mark.pagefind-highlight').allInnerTexts()).map((m) => m.toLowerCase()));
  await page.close();
  return { marks, errors: [...problems.consoleErrors, ...problems.pageErrors] };
}

// The probe: ?highlight= in NFD or with a zero-width character marked nothing.
describe('?highlight= is normalised like a query', () => {
  it.each([
    ['NFD', ['bi\u0300nh', 'đă\u0309ng', 'gio\u031Bi\u0301']],
    ['zero-width characters', ['bình\u200B', 'đẳ\u200Dng', '\uFEFFgiới']],
    ['capitals and extra spaces', ['  BÌNH ', 'Đẳng', 'GIỚI']],
  ])('%s: marks the same words as the plain spelling', async (_name, values) => {
    const { marks, errors } = await marksFor(values);
    expect([...marks]).toEqual(expect.arrayContaining(['bình', 'đẳng', 'giới']));
    expect(errors).toEqual([]);
  });
});
