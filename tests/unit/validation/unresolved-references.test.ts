import { describe, expect, it } from 'vitest';
import { formatProblem, parseDocumentFile, type CorpusDocument } from '../../../src/lib/content/corpus.ts';
import { unresolvedReferences } from '../../../src/lib/validation/checks/unresolved-references.ts';

function doc(id: string, frontmatter: string, body: string): CorpusDocument {
  const file = `content/van-ban/${id}.md`;
  const parsed = parseDocumentFile(file, `---\n${frontmatter}---\n${body}`, id);
  if (!parsed.document) throw new Error(parsed.problems.map(formatProblem).join('\n'));
  return parsed.document;
}

const district = `type: cong-van
numberSymbol: 146/UBND-LĐTBXH
year: 2019
title: Hướng dẫn triển khai công tác bình đẳng giới năm 2019
issuer: { name: Ủy ban nhân dân huyện Tân Yên, parent: null, level: huyen }
province: bac-giang
district: Tân Yên
place: Tân Yên
issued: "2019-02-19"
signer: null
addressees: []
recipients: []
fullText: true
source: null
quality: { level: clean, notes: null }
`;

describe('unresolved references (warning)', () => {
  it('reports a local plan number with neither date nor issuer, at its line, as a warning', () => {
    const body = 'Mở đầu.\n\nThực hiện Kế hoạch số 60/KH-UBND về bình đẳng giới.\n';
    const problems = unresolvedReferences.run([doc('2019/bac-giang-tan-yen-146-ubnd-ldtbxh', district, body)], { today: new Date('2026-01-01') });
    expect(problems.map(formatProblem)).toEqual([
      'content/van-ban/2019/bac-giang-tan-yen-146-ubnd-ldtbxh.md:20: warning: reference "Kế hoạch số 60/KH-UBND" could be several documents; it stays unlinked. If another source pins it down, add that document with fullText: false and an alias, or leave it (neither a date nor an issuer clause: every UBND body numbers its documents N/KH-UBND afresh each year)',
    ]);
  });

  it('does not report a reference pinned by its date, nor one to a document the archive does not hold', () => {
    const body = 'Căn cứ Kế hoạch số 32/KH-UBND ngày 19/5/2011 của UBND huyện; Nghị định số 56/2012/NĐ-CP ngày 16/7/2012 của Chính phủ.\n';
    expect(unresolvedReferences.run([doc('2019/bac-giang-tan-yen-146-ubnd-ldtbxh', district, body)], { today: new Date('2026-01-01') })).toEqual([]);
  });
});
