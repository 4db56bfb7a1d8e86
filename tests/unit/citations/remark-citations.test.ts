import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { remarkCitations, type RemarkCitationsOptions } from '../../../src/lib/citations/remark-citations.ts';
import { archiveRegistry, markdownFixture } from './helpers.ts';

const kienGiang = { numberSymbol: '68/UBND-VHXH', year: 2019, issuer: { level: 'tinh' }, province: 'kien-giang', district: null, title: 'Tiếp tục triển khai thực hiện Nghị định số 56/2012/NĐ-CP' };

async function render(markdown: string, options: Partial<RemarkCitationsOptions> = {}, data: Record<string, unknown> = {}): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkCitations, { registry: archiveRegistry(), ...options })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process({ value: markdown, data });
  return String(file);
}

/** The mdast after the plugin, for checks on node types. */
async function tree(markdown: string, options: Partial<RemarkCitationsOptions> = {}): Promise<Root> {
  const processor = unified().use(remarkParse).use(remarkCitations, { registry: archiveRegistry(), ...options });
  return (await processor.run(processor.parse(markdown))) as Root;
}

const citationLinks = (html: string) => [...html.matchAll(/<a href="([^"]*)" title="([^"]*)" class="trich-dan" data-relation="([^"]*)">([^<]*)<\/a>/g)].map((m) => ({ href: m[1], title: m[2], relation: m[3], text: m[4] }));

describe('remark plugin on Markdown fixtures', () => {
  it('turns a resolved reference into a link with the right href, title and relation', async () => {
    const html = await render(markdownFixture('resolved.md'));
    expect(citationLinks(html)).toEqual([
      {
        href: '/van-ban/2012/56-2012-nd-cp/',
        title: 'Căn cứ: Quy định trách nhiệm của bộ, ngành, Ủy ban nhân dân các cấp trong việc bảo đảm cho các cấp Hội Liên hiệp Phụ nữ Việt Nam tham gia quản lý nhà nước',
        relation: 'can-cu',
        text: 'Nghị định số 56/2012/NĐ-CP',
      },
      {
        href: '/van-ban/2015/498-qd-ttg/',
        title: 'Thực hiện: Quyết định số 498/QĐ-TTg của Thủ tướng Chính phủ (chưa có trích yếu)',
        relation: 'thuc-hien',
        text: 'Quyết định số 498/QĐ-TTg',
      },
    ]);
    expect(html).toContain('<p>Căn cứ <a href="/van-ban/2012/56-2012-nd-cp/"');
    expect(html).toContain('</a> ngày 16/7/2012 của Chính phủ quy định');
    expect(html).toContain('<h2>Thực hiện <a href="/van-ban/2015/498-qd-ttg/"');
  });

  it('leaves a reference to a document not in the archive, and an ambiguous one, as plain text', async () => {
    const html = await render(markdownFixture('resolved.md'));
    expect(html).toContain('Theo Quyết định số 1/QĐ-TTg ngày 2/1/2020 và Kế hoạch số 60/KH-UBND.');
  });

  it('puts the base path in front of the document path', async () => {
    const html = await render(markdownFixture('resolved.md'), { base: '/luu-tru/' });
    expect(citationLinks(html)[0]!.href).toBe('/luu-tru/van-ban/2012/56-2012-nd-cp/');
    expect(citationLinks(await render(markdownFixture('resolved.md'), { base: '/luu-tru' }))[0]!.href).toBe('/luu-tru/van-ban/2012/56-2012-nd-cp/');
  });

  it('does not link a reference inside a link or a link reference', async () => {
    const html = await render(markdownFixture('in-link.md'));
    expect(citationLinks(html)).toEqual([]);
    expect(html).toContain('<a href="https://vbpl.vn/nd-56">Nghị định số 56/2012/NĐ-CP</a>');
    expect(html).toContain('<a href="https://example.org/21">Chỉ thị số 21-CT/TW</a>');
  });

  it('does not link a reference inside inline code, fenced code or indented code', async () => {
    const html = await render(markdownFixture('in-code.md'));
    expect(citationLinks(html)).toEqual([]);
    expect(html).toContain('<code>Nghị định số 56/2012/NĐ-CP</code>');
  });

  it('links only when the designation lies in one text node (bold around part of it)', async () => {
    const html = await render(markdownFixture('bold.md'));
    expect(html).toContain('<strong>Nghị định số 56</strong>/2012/NĐ-CP');
    expect(citationLinks(html).map((l) => l.text)).toEqual(['Nghị định số 56/2012/NĐ-CP', 'Chỉ thị số 21-CT/TW']);
    expect(html).toContain('</a> ngày <strong>16/7/2012</strong>');
    expect(html).toContain('<em><a href="/van-ban/2018/21-ct-tw/"');
  });

  it('reads the citing document from file.data.astro.frontmatter and resolves aliases and local references', async () => {
    const html = await render(markdownFixture('alias.md'), {}, { astro: { frontmatter: kienGiang } });
    const links = citationLinks(html);
    expect(links.map((l) => [l.text, l.href, l.relation])).toEqual([
      ['Công văn số 4993/BNV-TH', '/van-ban/2018/4993-bnv-th/', 'thuc-hien'],
      ['Nghị định số 56/2012/NĐ-CP', '/van-ban/2012/56-2012-nd-cp/', 'thuc-hien'],
      ['Nghị định 56', '/van-ban/2012/56-2012-nd-cp/', 'thuc-hien'],
      ['Nghị định 56', '/van-ban/2012/56-2012-nd-cp/', 'dan-chieu'],
      ['Kế hoạch số 08/KH-UBND', '/van-ban/2017/kien-giang-08-kh-ubnd/', 'dan-chieu'],
    ]);
  });

  it('leaves "của Ủy ban nhân dân tỉnh" unlinked without a citing document', async () => {
    const html = await render(markdownFixture('alias.md'));
    expect(citationLinks(html).map((l) => l.text)).not.toContain('Kế hoạch số 08/KH-UBND');
  });

  it('takes the context from options too', async () => {
    const html = await render(markdownFixture('alias.md'), { context: kienGiang });
    expect(citationLinks(html).map((l) => l.text)).toContain('Kế hoạch số 08/KH-UBND');
  });

  it('never links a document to itself', async () => {
    const self = { numberSymbol: '56/2012/NĐ-CP', year: 2012, issuer: { level: 'trung-uong' }, province: null, district: null, title: 'x' };
    const html = await render('Nghị định số 56/2012/NĐ-CP quy định…', { context: self, id: '2012/56-2012-nd-cp' });
    expect(citationLinks(html)).toEqual([]);
  });

  it('never emits raw HTML nodes, and skips the ones the source has', async () => {
    const markdown = markdownFixture('html.md');
    const count = (root: Root) => {
      let n = 0;
      visit(root, 'html', () => void n++);
      return n;
    };
    const before = unified().use(remarkParse).parse(markdown);
    const after = await tree(markdown);
    expect(count(after)).toBe(count(before));
    const links: string[] = [];
    visit(after, 'link', (node) => void links.push(node.url));
    // Not the one inside the HTML block; text between inline tags ("<b>…</b>") is document text.
    expect(links).toEqual(['/van-ban/2012/56-2012-nd-cp/', '/van-ban/2012/56-2012-nd-cp/']);
  });

  it('builds link nodes with the class and relation as hProperties', async () => {
    const root = await tree('Căn cứ Nghị định số 56/2012/NĐ-CP ngày 16/7/2012.');
    const found: unknown[] = [];
    visit(root, 'link', (node) => void found.push(node));
    expect(found).toEqual([
      {
        type: 'link',
        url: '/van-ban/2012/56-2012-nd-cp/',
        title: expect.stringMatching(/^Căn cứ: Quy định trách nhiệm/),
        data: { hProperties: { className: ['trich-dan'], 'data-relation': 'can-cu' } },
        children: [{ type: 'text', value: 'Nghị định số 56/2012/NĐ-CP' }],
      },
    ]);
  });

  it('links several references in one text node', async () => {
    const html = await render('Căn cứ Luật Bình đẳng giới, Nghị định số 56/2012/NĐ-CP và Chỉ thị số 21-CT/TW ngày 20/01/2018.');
    expect(citationLinks(html).map((l) => l.href)).toEqual(['/van-ban/2006/73-2006-qh11/', '/van-ban/2012/56-2012-nd-cp/', '/van-ban/2018/21-ct-tw/']);
  });

  it('lets a short form in the body refer back to the title', async () => {
    const context = { ...kienGiang, title: 'Triển khai Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư' };
    const html = await render('Các cấp thực hiện Chỉ thị số 21 nghiêm túc.', { context });
    expect(citationLinks(html)).toEqual([expect.objectContaining({ text: 'Chỉ thị số 21', href: '/van-ban/2018/21-ct-tw/' })]);
  });
});
