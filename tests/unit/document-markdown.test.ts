import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { createRegistry } from '../../src/lib/citations/registry.ts';
import { remarkCitations } from '../../src/lib/citations/remark-citations.ts';
import { loadCorpus } from '../../src/lib/content/corpus.ts';
import { remarkEscapeHtml } from '../../src/lib/markdown/remark-escape-html.ts';
import { remarkSafeLinks } from '../../src/lib/markdown/remark-safe-links.ts';
import { renderDocumentHtml } from '../../src/lib/markdown/render-document.ts';
import { repoRoot } from './citations/helpers.ts';

// The renderer every document page uses.
async function render(markdown: string): Promise<string> {
  return renderDocumentHtml(markdown);
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

describe('headings get stable ids, as Astro gives them', () => {
  it.each([
    ['Vietnamese letters kept, punctuation dropped', '## 1. Sở Lao động - Thương binh và Xã hội', '<h2 id="1-sở-lao-động---thương-binh-và-xã-hội">'],
    ['a repeated heading is numbered', '### Nhiệm vụ\n\n### Nhiệm vụ', '<h3 id="nhiệm-vụ-1">'],
    ['a linked citation inside a heading counts as text', '## Thực hiện Nghị định số 56/2012/NĐ-CP', '<h2 id="thực-hiện-nghị-định-số-562012nđ-cp">'],
  ])('%s', (_name, markdown, expected) => {
    expect(renderDocumentHtml(markdown, { registry: createRegistry(loadCorpus(repoRoot).documents) })).toContain(expected);
  });
});

describe('Markdown features of the texts', () => {
  it('renders GFM tables (statistics in reports)', () => {
    expect(renderDocumentHtml('| Năm | Số |\n| --- | --- |\n| 2019 | 5 |')).toContain('<td>2019</td>');
  });

  it('leaves footnote syntax as written: an OCR "[^1]" is text, not an English "Footnotes" section', () => {
    const html = renderDocumentHtml('Theo báo cáo[^1].\n\n[^1]: Số liệu năm 2019.');
    expect(html).toContain('[^1]');
    expect(html).not.toContain('Footnotes');
  });
});

// The page renderer parses with Sätteri and the tests of the citation linker parse with remark: both
// must give the same page for every real document, links and escaping included.
describe('the Sätteri renderer gives the same HTML as the remark pipeline', () => {
  const { documents } = loadCorpus(repoRoot);
  const registry = createRegistry(documents);
  const withText = documents.filter((d) => d.data.fullText);

  it('covers every full-text document of the archive', () => {
    expect(withText.map((d) => d.id)).toHaveLength(14);
  });

  it.each(withText.map((d) => [d.id, d] as const))('%s', async (_id, doc) => {
    const remark = await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkSafeLinks)
      .use(remarkCitations, { registry, base: '/', context: doc.data, id: doc.id })
      .use(remarkEscapeHtml)
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(doc.body);
    const sätteri = renderDocumentHtml(doc.body, { registry, base: '/', context: doc.data, id: doc.id });
    expect(sätteri.replace(/ id="[^"]*"/g, '')).toBe(String(remark));
    // Every text links at least one reference: the laws one another and their own articles, the
    // Lâm Đồng 2025 texts the decrees they cite (known from citations) and one another.
    expect(sätteri).toMatch(/class="trich-dan( noi-bo)?"/);
  });
});
