import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/corpus.ts';
import { nfc } from '../../../src/lib/validation/checks/nfc.ts';
import { corpusDocument, frontmatter, today } from '../fixtures/documents.ts';

const file = 'content/van-ban/2019/kien-giang-68-ubnd-vhxh.md';
const advice = `re-save the file normalised to NFC, e.g. node -e "fs.writeFileSync(f, fs.readFileSync(f, 'utf8').normalize('NFC'))"`;

describe('nfc', () => {
  it('reports every line not in NFC, frontmatter and body, with the word', () => {
    const data = frontmatter((d) => (d.place = 'Kiên Giang'.normalize('NFD')));
    const doc = corpusDocument(data, `Căn cứ Nghị định,\n\nỦy ban nhân dân tỉnh ${'yêu cầu'.normalize('NFD')} như sau:\n`);
    expect(nfc.run([doc], { today }).map(formatProblem)).toEqual([
      `${file}:12: error: text not in Unicode NFC (decomposed letters in "Kiên"); ${advice}`,
      `${file}:38: error: text not in Unicode NFC (decomposed letters in "yêu"); ${advice}`,
    ]);
  });

  it('accepts NFC text', () => {
    expect(nfc.run([corpusDocument(frontmatter())], { today })).toEqual([]);
  });
});
