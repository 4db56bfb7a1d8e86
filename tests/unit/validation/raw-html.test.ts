import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/corpus.ts';
import { rawHtml } from '../../../src/lib/validation/checks/raw-html.ts';
import { unsafeLinks } from '../../../src/lib/validation/checks/unsafe-links.ts';
import { corpusDocument, frontmatter, today } from '../fixtures/documents.ts';

const file = 'content/van-ban/2019/kien-giang-68-ubnd-vhxh.md';
// Both checks that read the parsed body: a javascript: link is the unsafe-links check's.
const run = (body: string) => {
  const documents = [corpusDocument(frontmatter(), body)];
  return [...rawHtml.run(documents, { today }), ...unsafeLinks.run(documents, { today })].sort((a, b) => a.line - b.line).map(formatProblem);
};
// The body starts on line 36 of the generated file.
const line = (n: number) => `${file}:${35 + n}`;

describe('raw-html', () => {
  it('reports tags, scripts and comments, each at its line, inside one HTML block too', () => {
    // Lines 3 to 7 are one HTML block (it runs to the next blank line): rendered as text, so the
    // "link" on line 5 is not a link; every tag in the block is reported at its own line.
    const body = [
      'Căn cứ Nghị định,<br>',
      '',
      '<div class="x">Kế hoạch</div>',
      '<script>alert(1)</script>',
      '[Xem](javascript:alert(1))',
      '<!-- ghi chú -->',
      '</p>',
    ].join('\n');
    expect(run(body)).toEqual([
      `${line(1)}: error: raw HTML "<br>" in the body; write it as Markdown (a blank line between paragraphs, two trailing spaces for a line break) or escape the "<" as "\\<"`,
      `${line(3)}: error: raw HTML "<div class="x">" in the body; write it as Markdown (a blank line between paragraphs, two trailing spaces for a line break) or escape the "<" as "\\<"`,
      `${line(4)}: error: a <script> element in the body; remove it`,
      `${line(6)}: error: an HTML comment "<!--" in the body; remove it (comments are not shown and can hide text)`,
      `${line(7)}: error: raw HTML "</p>" in the body; write it as Markdown (a blank line between paragraphs, two trailing spaces for a line break) or escape the "<" as "\\<"`,
    ]);
  });

  it('leaves a javascript: link in a paragraph to the unsafe-links check', () => {
    expect(run('Đoạn một\n\n[Xem](javascript:alert(1))\n')).toEqual([
      `${line(3)}: error: a link to "javascript:alert(1)" (column 1): the scheme "javascript:" is not allowed; only http:, https: and mailto: addresses, links within the site and # anchors are allowed. Remove the link, keeping its text, or write the full https:// address`,
    ]);
  });

  it('accepts Markdown, escaped "<", comparisons and autolinks', () => {
    expect(run('**Đậm** và *nghiêng*\n\nTỷ lệ nữ < 30% và a<5\n\nViết \\<br> như chữ\n\n<https://vbpl.vn/>\n')).toEqual([]);
  });

  // The probe: the check read one line at a time, so what the parser joins across lines, and the
  // kinds of raw HTML other than tags, passed.
  it.each([
    ['a tag split over two lines', 'Văn bản\n\n<img\nsrc=x onerror=alert(1)>\n', [[3, 'raw HTML "<img …" in the body;']]],
    ['a tag split inside a paragraph', 'Kính gửi <b\nonclick="x()">các sở</b>.', [[1, 'raw HTML "<b …" in the body;'], [2, 'raw HTML "</b>" in the body;']]],
    ['an attribute value over three lines', '<a href="x"\ntitle="a\nb">Xem</a>', [[1, 'raw HTML "<a href="x" …" in the body;'], [3, 'raw HTML "</a>" in the body;']]],
    ['a script opened over two lines', '<script\n>alert(1)</script>', [[1, 'a <script> element in the body;'], [2, 'raw HTML "</script>" in the body;']]],
    ['a processing instruction', 'Đoạn\n\n<?php echo 1; ?>\n', [[3, 'a processing instruction "<?php echo 1; ?>" in the body;']]],
    ['an inline processing instruction', 'Đoạn <?xml version="1.0"?> tiếp', [[1, 'a processing instruction "<?xml version="1.0"?>" in the body;']]],
    ['CDATA', 'Đoạn\n\n<![CDATA[ x < y ]]>\n', [[3, 'a CDATA section "<![CDATA[ x < y ]]>" in the body;']]],
    ['CDATA over lines', 'Đoạn <![CDATA[\nx\n]]> tiếp', [[1, 'a CDATA section "<![CDATA[ …" in the body;']]],
    ['a doctype', '<!DOCTYPE html>\n\nVăn bản', [[1, 'an HTML declaration "<!DOCTYPE html>" in the body;']]],
    ['a lower-case doctype inline', 'Văn bản <!doctype html> tiếp', [[1, 'an HTML declaration "<!doctype html>" in the body;']]],
    ['a comment over lines', 'Văn bản <!--\nẩn\n--> tiếp', [[1, 'an HTML comment "<!--" in the body;']]],
    ['a closing tag on its own line', 'Văn bản\n\n</div>\n', [[3, 'raw HTML "</div>" in the body;']]],
  ] as const)('reports %s as the parser sees it', (_name, body, expected) => {
    const problems = rawHtml.run([corpusDocument(frontmatter(), body)], { today }).map(formatProblem);
    expect(problems.map((p) => p.slice(0, p.indexOf(' in the body;') + 13))).toEqual(expected.map(([at, message]) => `${line(at)}: error: ${message}`));
  });

  it('does not report "<" inside code, nor a "<" that does not open HTML', () => {
    expect(run('`<b>` và\n\n```\n<script>x</script>\n```\n\n    <div>\n\nx <5 và a < b và <3\n')).toEqual([]);
  });
});
