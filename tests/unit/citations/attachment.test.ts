import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/corpus.ts';
import { buildCitationGraph, type GraphDocument } from '../../../src/lib/citations/graph.ts';
import { parseStructure } from '../../../src/lib/structure/parse.ts';
import { attachment } from '../../../src/lib/validation/checks/attachment.ts';
import { corpusDocument, frontmatter, today } from '../fixtures/documents.ts';
import { cite } from './helpers.ts';

/**
 * An Điều lệ "ban hành kèm theo Quyết định": the Lâm Đồng case (corpus files 07 and 08), as fixtures
 * until the integrator imports the Word files. The copies are unsigned: the decision's number is
 * blank, so the text cannot name it and the archivist states the link (`attachedTo`).
 */
const lamDong = { issuer: { name: 'Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng', parent: null, level: 'tinh' }, province: null, district: null, aliases: [], fullText: true } as const;
const decision: GraphDocument = {
  id: '2025/lam-dong-qd-doi-ten-quy',
  body: '**Điều 1.** Cho phép đổi tên Quỹ.\n\n**Điều 2.** Công nhận Điều lệ (sửa đổi, bổ sung) Quỹ hỗ trợ phụ nữ phát triển tỉnh Lâm Đồng ban hành kèm theo Quyết định này.\n\n**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký.\n',
  data: { ...lamDong, type: 'quyet-dinh', numberSymbol: null, year: 2025, title: 'Về việc cho phép đổi tên Quỹ cơ hội cho phụ nữ làm kinh tế tỉnh Đắk Nông' } as never,
};
const charter: GraphDocument = {
  id: '2025/lam-dong-dieu-le-quy',
  body: '(Kèm theo Quyết định số /QĐ-UBND ngày … tháng 8 năm 2025 của Chủ tịch UBND tỉnh Lâm Đồng)\n\n## Chương I. QUY ĐỊNH CHUNG\n\n### Điều 1. Tên gọi\n\n1\\. Tên tiếng Việt: Quỹ hỗ trợ phụ nữ phát triển tỉnh Lâm Đồng.\n',
  data: { ...lamDong, type: 'dieu-le', numberSymbol: null, year: 2025, title: 'Điều lệ (sửa đổi, bổ sung) Quỹ hỗ trợ phụ nữ phát triển tỉnh Lâm Đồng', attachedTo: '2025/lam-dong-qd-doi-ten-quy' } as never,
};

describe('attachments: "Ban hành kèm theo" / "Văn bản kèm theo" on both pages', () => {
  const graph = buildCitationGraph([decision, charter]);

  it('the charter lists the decision it is issued with', () => {
    expect(graph.outgoing(charter.id)).toEqual([
      { relation: 'kem-theo', label: 'Ban hành kèm theo', count: 1, items: [{ id: decision.id, key: null, title: decision.data.title, numberSymbol: null, url: '/van-ban/2025/lam-dong-qd-doi-ten-quy/', mentions: 1, declaredNote: null }] },
    ]);
  });

  it('the decision lists its charter', () => {
    expect(graph.incoming(decision.id).map((g) => [g.label, g.items.map((i) => i.id)])).toEqual([['Văn bản kèm theo', [charter.id]]]);
  });

  it('the edge says it was stated by the archivist, not read in the text', () => {
    expect(graph.edgesFrom(charter.id).filter((e) => e.relation === 'kem-theo')).toEqual([
      { from: charter.id, to: decision.id, key: null, numberSymbol: null, relation: 'kem-theo', raw: '', start: 0, end: 0, status: 'resolved', declared: true },
    ]);
  });

  it('the charter has its own structure and anchors', () => {
    expect(parseStructure(charter.body).nodes.map((n) => n.anchor)).toEqual(['chuong-1', 'dieu-1', 'dieu-1-khoan-1']);
  });

  it('a numbered decision named in the text gives the relation from the text', () => {
    const [c] = cite('(Ban hành kèm theo Quyết định số 1068/QĐ-UBND ngày 23/7/2014 của Chủ tịch Ủy ban nhân dân tỉnh Đắk Nông)');
    expect([c!.numberSymbol, c!.relation]).toEqual(['1068/QĐ-UBND', 'kem-theo']);
  });
});

describe('validation of attachedTo', () => {
  const decisionDoc = corpusDocument(frontmatter(), 'x\n', '2019/kien-giang-68-ubnd-vhxh');
  const run = (...docs: ReturnType<typeof corpusDocument>[]) => attachment.run(docs, { today }).map(formatProblem);
  const attached = (target: string | null, id = '2019/kien-giang-dieu-le') =>
    corpusDocument(frontmatter((d) => Object.assign(d, { type: 'dieu-le', numberSymbol: null, attachedTo: target })), 'x\n', id);

  it('accepts an attachment of a document of the archive, and documents that are none', () => {
    expect(run(decisionDoc, attached('2019/kien-giang-68-ubnd-vhxh'))).toEqual([]);
  });

  it.each([
    ['2019/khong-co', 'content/van-ban/2019/kien-giang-dieu-le.md:35: error: attachedTo: "2019/khong-co" is not a document of the archive; give the id (YEAR/name) of the decision\'s file under content/van-ban/, adding it (fullText: false if its text is not held) first'],
    ['2019/kien-giang-dieu-le', 'content/van-ban/2019/kien-giang-dieu-le.md:35: error: attachedTo: names the document itself; give the id of the decision it is issued with'],
  ])('rejects attachedTo: %s', (target, message) => {
    expect(run(decisionDoc, attached(target))).toEqual([message]);
  });

  it('rejects a chain of attachments', () => {
    const first = attached('2019/kien-giang-68-ubnd-vhxh', '2019/a');
    expect(run(decisionDoc, first, attached('2019/a', '2019/b'))).toEqual([
      'content/van-ban/2019/b.md:35: error: attachedTo: "2019/a" is itself an attachment (of 2019/kien-giang-68-ubnd-vhxh); name the decision that issues both',
    ]);
  });

  it('the schema rejects an id that is not YEAR/name', () => {
    expect(() => attached('Quyết định 12')).toThrow(/expected an archive id: YEAR\/name, as in the file path/);
  });
});
