import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/corpus.ts';
import { rawHtml } from '../../../src/lib/validation/checks/raw-html.ts';
import { corpusDocument, frontmatter, today } from '../fixtures/documents.ts';

const file = 'content/van-ban/2019/kien-giang-68-ubnd-vhxh.md';
const run = (body: string) => rawHtml.run([corpusDocument(frontmatter(), body)], { today }).map(formatProblem);
// The body starts on line 36 of the generated file.
const line = (n: number) => `${file}:${35 + n}`;

describe('raw-html', () => {
  it('reports tags, scripts, javascript: links and comments, each at its line', () => {
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
      `${line(5)}: error: a "javascript:" link in the body; remove the link`,
      `${line(6)}: error: an HTML comment "<!--" in the body; remove it (comments are not shown and can hide text)`,
      `${line(7)}: error: raw HTML "</p>" in the body; write it as Markdown (a blank line between paragraphs, two trailing spaces for a line break) or escape the "<" as "\\<"`,
    ]);
  });

  it('accepts Markdown, escaped "<", comparisons and autolinks', () => {
    expect(run('**Đậm** và *nghiêng*\n\nTỷ lệ nữ < 30% và a<5\n\nViết \\<br> như chữ\n\n<https://vbpl.vn/>\n')).toEqual([]);
  });
});
