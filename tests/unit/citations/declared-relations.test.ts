import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/corpus.ts';
import { buildCitationGraph, type GraphDocument } from '../../../src/lib/citations/graph.ts';
import { declaredRelations } from '../../../src/lib/validation/checks/declared-relations.ts';
import { corpusDocument, frontmatter, today } from '../fixtures/documents.ts';

/**
 * `relations`: what a dossier shows and no text states. The Lâm Đồng case: the Sở Nội vụ's Tờ trình
 * 82/TTr-SNV forwards the fund council's request to rename the fund without citing the council's
 * Nghị quyết 01/NQ-HĐQL by number, so the archivist records the link.
 */
const note = 'Hội đồng quyết nghị việc đổi tên tại Nghị quyết số 01/NQ-HĐQL; Tờ trình không dẫn số.';
const dakNong = { issuer: { name: 'Hội đồng quản lý Quỹ', parent: null, level: 'tinh' }, province: 'dak-nong', district: null, aliases: [], fullText: true } as const;
const resolution: GraphDocument = {
  id: '2025/dak-nong-01-nq-hdql',
  body: 'Điều 1. Thống nhất đổi tên Quỹ.\n',
  data: { ...dakNong, type: 'nghi-quyet', numberSymbol: '01/NQ-HĐQL', year: 2025, title: 'Về việc đổi tên Quỹ' } as never,
};
const submission: GraphDocument = {
  id: '2025/lam-dong-82-ttr-snv',
  body: 'Sở Nội vụ nhận được Đơn đề nghị của Chủ tịch Hội đồng quản lý Quỹ.\n',
  data: { ...dakNong, province: 'lam-dong', type: 'to-trinh', numberSymbol: '82/TTr-SNV', year: 2025, title: 'Về việc cho phép đổi tên Quỹ', relations: [{ to: resolution.id, relation: 'theo', note }] } as never,
};

describe('declared relations on both pages', () => {
  const graph = buildCitationGraph([resolution, submission]);

  it('the Tờ trình lists the Nghị quyết under its relation, with the archivist\'s note', () => {
    expect(graph.outgoing(submission.id)).toEqual([
      { relation: 'theo', label: 'Theo', count: 1, items: [{ id: resolution.id, key: 'dak-nong|2025|1|NQ-HDQL', title: 'Về việc đổi tên Quỹ', numberSymbol: '01/NQ-HĐQL', url: '/van-ban/2025/dak-nong-01-nq-hdql/', mentions: 1, declaredNote: note }] },
    ]);
  });

  it('the Nghị quyết lists the Tờ trình, with the same note', () => {
    expect(graph.incoming(resolution.id).map((g) => [g.label, g.items.map((i) => [i.id, i.declaredNote])])).toEqual([['Được dẫn theo bởi', [[submission.id, note]]]]);
  });

  it('the edge is marked declared, with no span in any text', () => {
    expect(graph.edgesFrom(submission.id)).toEqual([
      { from: submission.id, to: resolution.id, key: 'dak-nong|2025|1|NQ-HDQL', numberSymbol: '01/NQ-HĐQL', relation: 'theo', raw: '', start: 0, end: 0, status: 'resolved', declared: true, note },
    ]);
  });

  it('a relation to a document the archive does not hold, or to itself, makes no edge', () => {
    const stray = { ...submission, data: { ...submission.data, relations: [{ to: '2025/khong-co', relation: 'theo', note }, { to: submission.id, relation: 'theo', note }] } as never };
    expect(buildCitationGraph([resolution, stray]).edgesFrom(submission.id)).toEqual([]);
  });
});

describe('validation of relations', () => {
  const target = corpusDocument(frontmatter(), 'x\n', '2019/kien-giang-68-ubnd-vhxh');
  const run = (...docs: ReturnType<typeof corpusDocument>[]) => declaredRelations.run(docs, { today }).map(formatProblem);
  const declaring = (relations: unknown[], id = '2019/kien-giang-08-kh-ubnd') => corpusDocument(frontmatter((d) => Object.assign(d, { relations })), 'x\n', id);
  const file = 'content/van-ban/2019/kien-giang-08-kh-ubnd.md';

  it('accepts relations to documents of the archive, and documents with none', () => {
    expect(run(target, declaring([{ to: target.id, relation: 'thuc-hien', note: 'Theo hồ sơ.' }]), declaring([], '2019/a'))).toEqual([]);
  });

  it.each([
    [[{ to: '2019/khong-co', relation: 'theo', note: 'x' }], `${file}:36: error: relations[0].to: "2019/khong-co" is not a document of the archive; give the id (YEAR/name) of its file under content/van-ban/, adding it (fullText: false if its text is not held) first`],
    [[{ to: '2019/kien-giang-08-kh-ubnd', relation: 'theo', note: 'x' }], `${file}:36: error: relations[0].to: names the document itself; give the id of the other document`],
    [
      [{ to: target.id, relation: 'theo', note: 'x' }, { to: target.id, relation: 'theo', note: 'y' }],
      `${file}:39: error: relations[1].to: repeats the relation theo to "2019/kien-giang-68-ubnd-vhxh"; keep one`,
    ],
  ])('rejects %j', (relations, message) => {
    expect(run(target, declaring(relations))).toEqual([message]);
  });

  it.each([
    [[{ to: 'Nghị quyết 01', relation: 'theo', note: 'x' }], /expected an archive id: YEAR\/name/],
    [[{ to: '2019/a', relation: 'kem-theo', note: 'x' }], /expected one of can-cu, thuc-hien, theo, huong-dan, sua-doi-bo-sung, thay-the, bai-bo, dan-chieu \(an attachment is written attachedTo\)/],
    [[{ to: '2019/a', relation: 'theo', note: '' }], /must not be empty/],
    [[{ to: '2019/a', relation: 'theo' }], /is missing/],
  ])('the schema rejects %j', (relations, message) => {
    expect(() => declaring(relations)).toThrow(message);
  });
});
