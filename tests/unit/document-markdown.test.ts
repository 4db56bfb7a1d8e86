import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { documentMarkdownOptions, documentRemarkPlugins } from '../../src/lib/markdown/document-pipeline.ts';

// Astro's own unified renderer with the site's document plugins: what a document page shows.
async function render(markdown: string): Promise<string> {
  const processor = await createMarkdownProcessor({ ...documentMarkdownOptions, remarkPlugins: documentRemarkPlugins() });
  return (await processor.render(markdown)).code;
}

describe('document text is data: raw HTML never reaches the page unescaped', () => {
  it.each([
    ['a script block', '<script>alert(1)</script>', '&#x3C;script>alert(1)&#x3C;/script>'],
    ['an inline tag in a paragraph', 'Kính gửi <b onclick="x()">các sở</b>.', 'Kính gửi &#x3C;b onclick="x()">các sở&#x3C;/b>.'],
    ['an image with an event handler', '<img src=x onerror="alert(1)">', '&#x3C;img src=x onerror="alert(1)">'],
    ['an HTML comment', 'Văn bản <!-- ghi chú --> tiếp', 'Văn bản &#x3C;!-- ghi chú --> tiếp'],
  ])('%s', async (_name, markdown, expected) => {
    const html = await render(markdown);
    expect(html).toContain(expected);
    expect(html).not.toMatch(/<(script|img|b)\b/);
  });

  it('keeps quotes and dashes exactly as written (no smart punctuation)', async () => {
    expect(await render('Đề án "Hỗ trợ phụ nữ" -- giai đoạn 2017-2025...')).toContain('Đề án "Hỗ trợ phụ nữ" -- giai đoạn 2017-2025...');
  });

  it('keeps Markdown structure: headings, lists, bold', async () => {
    const html = await render('## I. MỤC ĐÍCH\n\n- Một\n- **Hai**\n');
    expect(html).toContain('<h2 id="i-mục-đích">I. MỤC ĐÍCH</h2>');
    expect(html).toContain('<li><strong>Hai</strong></li>');
  });
});
