import { describe, expect, it } from 'vitest';
import { isAllowedUrl, unsafeLinks } from '../../../src/lib/markdown/link-safety.ts';
import { neutralizeUnsafeLinks } from '../../../src/lib/markdown/neutralize-links.ts';
import { renderDocumentHtml } from '../../../src/lib/markdown/render-document.ts';
import { safeLinkCases, unsafeLinkCases } from '../fixtures/unsafe-links.ts';

/** Every href and src of rendered HTML, entities decoded as a browser decodes attributes. */
function addresses(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) =>
    m[1]!.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d))).replace(/&amp;/g, '&'),
  );
}

describe('isAllowedUrl', () => {
  it.each([
    ['https://vbpl.vn/', true],
    ['HTTPS://VBPL.VN/', true],
    ['http://a.vn', true],
    ['mailto:a@b.vn', true],
    ['/van-ban/', true],
    ['#dieu-3', true],
    ['phu-luc.pdf', true],
    ['?q=x', true],
    ['', true],
    ['javascript:alert(1)', false],
    ['  JavaScript:alert(1)', false],
    ['\u0000javascript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['jav\r\nascript:alert(1)', false],
    ['data:text/html,x', false],
    ['DATA:image/png;base64,AAAA', false],
    ['vbscript:x', false],
    ['file:///etc/passwd', false],
    ['tel:123', false],
    ['//evil.example', false],
    ['\\\\evil.example', false],
    ['/\\evil.example', false],
    ['java\u0000script:alert(1)', false],
    ['ｊavascript:alert(1)', false],
  ])('%j → %s', (url, allowed) => {
    expect(isAllowedUrl(url)).toBe(allowed);
  });
});

describe('unsafeLinks: on the parsed Markdown, after entity decoding', () => {
  it.each(unsafeLinkCases)('%s', (_name, markdown, url, kind) => {
    const found = unsafeLinks(markdown);
    expect(found.map((f) => [f.url, f.kind])).toEqual([[url, kind]]);
  });

  it.each(safeLinkCases)('allows %s', (_name, markdown) => {
    expect(unsafeLinks(markdown)).toEqual([]);
  });

  it('locates each link by line and column (UTF-16 code units) and offset, in text order', () => {
    const markdown = 'Căn cứ Nghị định 𝐀 [Xem](javascript:a)\n\nĐoạn hai ![Ảnh](data:text/html,x)\n\n- mục <vbscript:b>\n\n[r]: &#106;avascript:c\n';
    expect(unsafeLinks(markdown)).toEqual([
      { line: 1, column: 21, offset: 20, url: 'javascript:a', kind: 'link', reason: 'the scheme "javascript:" is not allowed' },
      { line: 3, column: 10, offset: 50, url: 'data:text/html,x', kind: 'image', reason: 'the scheme "data:" is not allowed' },
      { line: 5, column: 7, offset: 82, url: 'vbscript:b', kind: 'autolink', reason: 'the scheme "vbscript:" is not allowed' },
      { line: 7, column: 1, offset: 96, url: 'javascript:c', kind: 'definition', reason: 'the scheme "javascript:" is not allowed' },
    ]);
    expect(markdown.slice(20, 25)).toBe('[Xem]');
  });

  it('does not report what is not a link: code, escaped brackets, plain text', () => {
    expect(unsafeLinks('`[x](javascript:a)`\n\n```\n[x](javascript:a)\n```\n\n\\[x](javascript:a) và javascript:alert(1) như chữ\n\n    <javascript:a>\n')).toEqual([]);
  });
});

describe('the renderer publishes no link of a refused kind, even from a text never validated', () => {
  it.each(unsafeLinkCases)('%s', (_name, markdown) => {
    const html = renderDocumentHtml(markdown);
    expect(addresses(html).filter((a) => !isAllowedUrl(a))).toEqual([]);
    expect(html).not.toMatch(/\s(?:href|src)=/);
  });

  it('keeps the text of an unlinked link and the alt text of a dropped image', () => {
    expect(renderDocumentHtml('Xem [Nghị định **56**](javascript:alert(1)) và ![Sơ đồ tổ chức](data:text/html,x).')).toBe(
      '<p>Xem Nghị định <strong>56</strong> và Sơ đồ tổ chức.</p>',
    );
  });

  it.each(safeLinkCases)('keeps %s live', (_name, markdown, href) => {
    expect(addresses(renderDocumentHtml(markdown))).toEqual([href]);
  });
});

describe('neutralizeUnsafeLinks: for the importer, every refused link turned into text', () => {
  it.each(unsafeLinkCases)('%s', (_name, markdown) => {
    const { markdown: safe, neutralized } = neutralizeUnsafeLinks(markdown);
    expect(neutralized).toEqual(unsafeLinks(markdown));
    expect(unsafeLinks(safe)).toEqual([]);
    expect(renderDocumentHtml(safe)).not.toMatch(/\s(?:href|src)=/);
  });

  it('keeps the link text and the alt text, removes the definition, escapes the autolink, leaves the rest byte for byte', () => {
    const markdown = 'Căn cứ [Nghị định **56**](javascript:a) và [tệp](https://vbpl.vn/).\n\n![Sơ đồ *1*](data:text/html,x)\n\n<vbscript:b>\n\n[Xem][r]\n\n[r]: &#106;avascript:c\nHết.\n';
    expect(neutralizeUnsafeLinks(markdown).markdown).toBe('Căn cứ Nghị định **56** và [tệp](https://vbpl.vn/).\n\nSơ đồ 1\n\n\\<vbscript:b>\n\n[Xem][r]\n\n\nHết.\n');
  });

  it.each(safeLinkCases)('leaves %s as it is', (_name, markdown) => {
    expect(neutralizeUnsafeLinks(markdown)).toEqual({ markdown, neutralized: [] });
  });
});
