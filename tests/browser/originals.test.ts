import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage, sharedBrowser, siteUrl } from './browser.ts';

const chromium = sharedBrowser();
const corpus = join(import.meta.dirname, '../../../shared/corpus/originals');

// Issue 12, point 3: the original file is kept beside its document and offered for download.
describe('downloading the original of an imported document', () => {
  it.each([
    ['/van-ban/2025/lam-dong-303-ttr-snv/', 'Tải bản gốc (PDF, 542 KB)', '/ban-goc/2025/lam-dong-303-ttr-snv.pdf', '04_lam-dong_to-trinh-303-snv.pdf'],
    ['/van-ban/2025/lam-dong-82-ttr-snv/', 'Tải bản gốc (PDF, 1,0 MB)', '/ban-goc/2025/lam-dong-82-ttr-snv.pdf', '06_lam-dong_to-trinh-82-snv.pdf'],
  ])('%s offers "%s", which serves the original byte for byte', async (path, label, download, original) => {
    const { page } = await openPage(chromium.context, path);
    const link = page.getByRole('link', { name: label });
    await expect(link.getAttribute('href')).resolves.toBe(download);
    await expect(link.getAttribute('download')).resolves.toBe('');
    const response = await page.request.get(siteUrl(download));
    expect(response.status()).toBe(200);
    const served = await response.body();
    expect(createHash('sha256').update(served).digest('hex')).toBe(createHash('sha256').update(readFileSync(join(corpus, original))).digest('hex'));
    await page.close();
  });
});
