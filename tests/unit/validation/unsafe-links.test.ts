import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/corpus.ts';
import { unsafeLinks } from '../../../src/lib/validation/checks/unsafe-links.ts';
import { checkDocuments } from '../../../src/lib/validation/validate-corpus.ts';
import { corpusDocument, frontmatter, today } from '../fixtures/documents.ts';
import { safeLinkCases, unsafeLinkCases } from '../fixtures/unsafe-links.ts';

const file = 'content/van-ban/2019/kien-giang-68-ubnd-vhxh.md';
const run = (body: string) => unsafeLinks.run([corpusDocument(frontmatter(), body)], { today }).map(formatProblem);
// The body starts on line 36 of the generated file.
const line = (n: number) => `${file}:${35 + n}`;
const allowed = 'only http:, https: and mailto: addresses, links within the site and # anchors are allowed. Remove the link, keeping its text, or write the full https:// address';

describe('unsafe-links', () => {
  // The probe: entity-encoded schemes, definitions, images and data:text/html passed validation.
  it.each(unsafeLinkCases)('fails validation: %s', (_name, markdown) => {
    const body = `Căn cứ Nghị định số 56/2012/NĐ-CP,\n\n${markdown}\n`;
    const problems = run(body);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${file}:(3[89]|4[0-2]): error: (a link|an image|a link definition|an autolink) to `));
    expect(checkDocuments([corpusDocument(frontmatter(), body)], [], today).errors).toBeGreaterThanOrEqual(1);
  });

  it('names the file, the line, the column, the decoded address and the fix', () => {
    expect(run('Đoạn một\n\nXem [văn bản](&#106;avascript&colon;alert(1)) và ![ảnh](data:text/html,x)\n\n[r]: vbscript:x\n')).toEqual([
      `${line(3)}: error: a link to "javascript:alert(1)" (column 5): the scheme "javascript:" is not allowed; ${allowed}`,
      `${line(3)}: error: an image to "data:text/html,x" (column 50): the scheme "data:" is not allowed; ${allowed}`,
      `${line(5)}: error: a link definition to "vbscript:x" (column 1): the scheme "vbscript:" is not allowed; ${allowed}`,
    ]);
  });

  it.each(safeLinkCases)('accepts %s', (_name, markdown) => {
    expect(run(`${markdown}\n`)).toEqual([]);
  });
});
