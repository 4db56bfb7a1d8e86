import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import { renderDocumentHtml } from '../../../src/lib/markdown/render-document.ts';
import { articleAnchor, clauseAnchor, pinpointAnchor, pointAnchor, sectionAnchor, unitNumber } from '../../../src/lib/structure/anchors.ts';
import { articleAt, createStructureTracker, outline, parseStructure } from '../../../src/lib/structure/parse.ts';
import { repoRoot } from '../citations/helpers.ts';

// One line after another, as the tracker reads them: [line, kind, anchor, title] per row; null for a
// line that starts no unit. Each block of rows is one text, read in order.
type Row = [line: string, kind: string | null, anchor?: string, title?: string];
const texts: Array<[name: string, rows: Row[]]> = [
  ['law 73/2006 (Chương I, Điều N., khoản 1\\., điểm a))', [
    ['## Chương I. NHỮNG QUY ĐỊNH CHUNG', 'chapter', 'chuong-1', 'NHỮNG QUY ĐỊNH CHUNG'],
    ['### Điều 1. Phạm vi điều chỉnh', 'article', 'dieu-1', 'Phạm vi điều chỉnh'],
    ['Luật này quy định nguyên tắc bình đẳng giới.', null],
    ['### Điều 2. Đối tượng áp dụng', 'article', 'dieu-2', 'Đối tượng áp dụng'],
    ['1\\. Cơ quan nhà nước, tổ chức chính trị', 'clause', 'dieu-2-khoan-1'],
    ['2\\. Cơ quan, tổ chức nước ngoài', 'clause', 'dieu-2-khoan-2'],
    ['a) Tổ chức quốc tế;', 'point', 'dieu-2-khoan-2-diem-a'],
    ['đ) Cưỡng ép quan hệ tình dục;', 'point', 'dieu-2-khoan-2-diem-dd'],
    ['d) Ngăn cản việc thực hiện quyền;', 'point', 'dieu-2-khoan-2-diem-d'],
    ['## Chương II', 'chapter', 'chuong-2'],
    ['BÌNH ĐẲNG GIỚI TRONG CÁC LĨNH VỰC', null],
    ['### Điều 11: Bình đẳng giới trong lĩnh vực chính trị', 'article', 'dieu-11', 'Bình đẳng giới trong lĩnh vực chính trị'],
  ]],
  ['law 02/2007 (Chương 1:, Mục 1:, a title on the next line)', [
    ['Chương 1:', 'chapter', 'chuong-1', 'NHỮNG QUY ĐỊNH CHUNG'],
    ['NHỮNG QUY ĐỊNH CHUNG', null],
    ['Điều 1. Phạm vi điều chỉnh', 'article', 'dieu-1'],
    ['Chương 2: PHÒNG NGỪA BẠO LỰC GIA ĐÌNH', 'chapter', 'chuong-2', 'PHÒNG NGỪA BẠO LỰC GIA ĐÌNH'],
    ['#### Mục 1: THÔNG TIN, TUYÊN TRUYỀN', 'section', 'chuong-2-muc-1', 'THÔNG TIN, TUYÊN TRUYỀN'],
    ['#### Điều 9. Mục đích', 'article', 'dieu-9'],
    ['1. Thông tin phải chính xác', 'clause', 'dieu-9-khoan-1'],
    ['CHƯƠNG III', 'chapter', 'chuong-3'],
    ['Mục 1. BÁO TIN', 'section', 'chuong-3-muc-1', 'BÁO TIN'],
  ]],
  ['Phần, and units outside articles', [
    ['PHẦN THỨ NHẤT. QUY ĐỊNH CHUNG', 'part', 'phan-1', 'QUY ĐỊNH CHUNG'],
    ['Phần II', 'part', 'phan-2'],
    ['## 1. Tiếp tục triển khai Nghị định 56', null],
    ['a) Các sở, ban, ngành', null],
    ['3. Phương pháp phối hợp', 'clause', 'khoan-3'],
    ['a) Căn cứ vào tình hình thực tiễn', 'point', 'khoan-3-diem-a'],
  ]],
  ['not structure', [
    ['Điều 7 của Luật này quy định về chính sách', null],
    ['Chương trình hành động quốc gia về bình đẳng giới', null],
    ['Mục tiêu bình đẳng giới là xoá bỏ phân biệt đối xử', null],
    ['1.1. Mục tiêu chung', null],
    ['2016-2020. Giai đoạn', null],
  ]],
  ['an amending law quotes another law\'s article', [
    ['### Điều 55. Sửa đổi, bổ sung Điều 135 của Bộ luật Tố tụng dân sự', 'article', 'dieu-55'],
    ['“Điều 135. Tòa án tự mình ra quyết định áp dụng biện pháp khẩn cấp tạm thời', null],
    ['1. Tòa án tự mình quyết định …', null],
    ['Tòa án tự mình ra quyết định trong trường hợp đương sự không yêu cầu.”.', null],
    ['### Điều 56. Hiệu lực thi hành', 'article', 'dieu-56'],
    ['1\\. Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2023.', 'clause', 'dieu-56-khoan-1'],
  ]],
  ['a number used twice keeps the first anchor', [
    ['Điều 3. Một', 'article', 'dieu-3'],
    ['Điều 3. Hai', null],
    ['Điều 4. Ba', 'article', 'dieu-4'],
  ]],
];

describe('structure of normative texts, line by line', () => {
  it.each(texts)('%s', (_name, rows) => {
    const tracker = createStructureTracker();
    const got = rows.map(([line]) => tracker.feed(line, { heading: line.startsWith('#') }));
    rows.forEach(([line, kind, anchor, title], i) => {
      const unit = got[i];
      expect(unit?.kind ?? null, line).toBe(kind);
      if (kind) expect(unit!.anchor, line).toBe(anchor);
      if (title !== undefined) expect(unit!.title, line).toBe(title);
    });
  });

  it('records a repeated number as a problem', () => {
    const s = parseStructure('Điều 3. Một\n\nĐiều 3. Hai\n');
    expect(s.problems).toEqual(['dieu-3 a second time at offset 13: left without an anchor']);
  });

  it('tells which article a position is in, and none after a new chapter heading', () => {
    const text = 'Điều 1. A\n\n1\\. x khoản 2 Điều này\n\nChương II\n\nlời dẫn\n\nĐiều 2. B\n\ny';
    const s = parseStructure(text);
    expect(articleAt(s, text.indexOf('khoản 2'))?.anchor).toBe('dieu-1');
    expect(articleAt(s, text.indexOf('lời dẫn'))).toBeNull();
    expect(articleAt(s, text.lastIndexOf('y'))?.anchor).toBe('dieu-2');
  });
});

describe('anchors', () => {
  it.each([
    [articleAnchor('12'), 'dieu-12'],
    [articleAnchor('012'), 'dieu-12'],
    [articleAnchor('12a'), 'dieu-12a'],
    [clauseAnchor('12', '2'), 'dieu-12-khoan-2'],
    [clauseAnchor(null, '3'), 'khoan-3'],
    [pointAnchor('12', '2', 'đ'), 'dieu-12-khoan-2-diem-dd'],
    [pointAnchor('5', null, 'b'), 'dieu-5-diem-b'],
    [pointAnchor(null, '3', 'a'), 'khoan-3-diem-a'],
    [sectionAnchor(3, 2), 'chuong-3-muc-2'],
    [pinpointAnchor({ article: '12', clause: '2', point: null }), 'dieu-12-khoan-2'],
  ])('%s', (got, expected) => expect(got).toBe(expected));

  it.each([['IV', 4], ['IX', 9], ['XIV', 14], ['VI', 6], ['XL', 40], ['7', 7], ['ABC', null]] as const)('chapter number %s = %s', (written, n) => {
    expect(unitNumber(written)).toBe(n);
  });
});

describe('the three laws of the archive', () => {
  const { documents } = loadCorpus(repoRoot);
  const law = (id: string) => documents.find((d) => d.id === id)!;
  const laws: Array<[id: string, chapters: number, articles: number]> = [
    ['2006/73-2006-qh11', 6, 44],
    ['2007/02-2007-qh12', 6, 46],
    ['2022/13-2022-qh15', 6, 56],
  ];

  it.each(laws)('%s has %i chapters and %i articles, each anchored once, in order', (id, chapters, articles) => {
    const s = parseStructure(law(id).body);
    expect(s.problems).toEqual([]);
    expect(s.nodes.filter((n) => n.kind === 'chapter')).toHaveLength(chapters);
    expect(s.nodes.filter((n) => n.kind === 'article').map((n) => n.anchor)).toEqual(Array.from({ length: articles }, (_, i) => `dieu-${i + 1}`));
  });

  it.each(laws)('%s: the page gives exactly the anchors the library computes', (id) => {
    const doc = law(id);
    const html = renderDocumentHtml(doc.body, {});
    const ids = [...html.matchAll(/ id="((?:phan|chuong|muc|dieu|khoan)-[^"]*)"/g)].map((m) => m[1]);
    expect(ids).toEqual(parseStructure(doc.body).nodes.map((n) => n.anchor));
  });

  it('13/2022/QH15: the copy lacks khoản 3 of Điều 2 and khoản 1 of Điều 39, and the quoted Điều 135 is not an article of this law', () => {
    const s = parseStructure(law('2022/13-2022-qh15').body);
    expect(s.anchors.has('dieu-2-khoan-2')).toBe(true);
    expect(s.anchors.has('dieu-2-khoan-3')).toBe(false);
    expect(s.anchors.has('dieu-2-khoan-4')).toBe(true);
    expect(s.anchors.has('dieu-39-khoan-1')).toBe(false);
    expect(s.anchors.has('dieu-39-khoan-2')).toBe(true);
    expect(s.anchors.has('dieu-135')).toBe(false);
    expect(outline(s).find((c) => c.anchor === 'chuong-3')!.children.map((m) => m.heading)).toEqual(['Mục 1', 'Mục 2', 'Mục 3', 'Mục 4']);
  });

  it('73/2006/QH11: the table of contents goes Chương → Điều with titles', () => {
    const toc = outline(parseStructure(law('2006/73-2006-qh11').body));
    expect(toc.map((c) => `${c.heading}. ${c.title}`)[0]).toBe('Chương I. NHỮNG QUY ĐỊNH CHUNG');
    expect(toc.at(-1)!.children.map((a) => `${a.heading}. ${a.title}`)).toEqual(['Điều 43. Hiệu lực thi hành', 'Điều 44. Hướng dẫn thi hành']);
    expect(toc.flatMap((c) => c.children)).toHaveLength(44);
  });
});
