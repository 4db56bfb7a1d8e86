import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/corpus.ts';
import { nfc, nfcFix } from '../../../src/lib/validation/checks/nfc.ts';
import { corpusDocument, frontmatter, today } from '../fixtures/documents.ts';

const file = 'content/van-ban/2019/kien-giang-68-ubnd-vhxh.md';
const advice = 'the letters look right but search and citations miss them; fix: npm run validate -- --fix';

describe('nfc', () => {
  // Regression: one error per line (a whole NFD file gave hundreds), with a command that failed.
  it('reports a file not in NFC once, at its first such line, frontmatter or body, with the count and the word', () => {
    const data = frontmatter((d) => (d.place = 'Kiên Giang'.normalize('NFD')));
    const doc = corpusDocument(data, `Căn cứ Nghị định,\n\nỦy ban nhân dân tỉnh ${'yêu cầu'.normalize('NFD')} như sau:\n`);
    expect(nfc.run([doc], { today }).map(formatProblem)).toEqual([`${file}:12: error: text not in Unicode NFC on 2 lines (first "Kiên"): ${advice}`]);
    const bodyOnly = corpusDocument(frontmatter(), `Căn cứ ${'Nghị định'.normalize('NFD')},\n`);
    expect(nfc.run([bodyOnly], { today }).map(formatProblem)).toEqual([`${file}:36: error: text not in Unicode NFC on 1 line (first "Nghị"): ${advice}`]);
  });

  it.each([
    ['NFC text', 'Ủy ban nhân dân', null],
    ['NFD text', 'Ủy ban\nnhân dân\nx'.normalize('NFD'), { text: 'Ủy ban\nnhân dân\nx', lines: 2 }],
    ['a lone combining mark after a space is kept, composed where it can be', 'a \u0301b', null],
  ])('nfcFix: %s', (_name, source, expected) => {
    expect(nfcFix(source)).toEqual(expected);
  });

  it('accepts NFC text', () => {
    expect(nfc.run([corpusDocument(frontmatter())], { today })).toEqual([]);
  });
});
