import { describe, expect, it } from 'vitest';
import { inverseRelationLabels, relationLabels, relations } from '../../../src/lib/citations/relation.ts';
import type { Relation } from '../../../src/lib/citations/types.ts';
import { cite } from './helpers.ts';

// [text, relation of its last reference]
const cases: Array<[string, Relation]> = [
  ['Căn cứ Nghị định số 56/2012/NĐ-CP ngày 16/7/2012 của Chính phủ', 'can-cu'],
  ['Căn cứ vào Quyết định số 498/QĐ-TTg ngày 14/4/2015', 'can-cu'],
  ['CĂN CỨ NGHỊ ĐỊNH SỐ 56/2012/NĐ-CP', 'can-cu'],
  ['Căn cứ Hướng dẫn số 236/LĐTBXH-BVCSTE&BĐG ngày 30/01/2019', 'can-cu'],
  ['Thực hiện Công văn số 4993/BNV-TH ngày 08/10/2018 của Bộ Nội vụ', 'thuc-hien'],
  ['Triển khai thực hiện Chỉ thị số 21-CT/TW, ngày 20/01/2018', 'thuc-hien'],
  ['KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 21-CT/TW', 'thuc-hien'],
  ['Kế hoạch số 61-KH/TU của Tỉnh ủy Lạng Sơn về thực hiện Chỉ thị số 21-CT/TW', 'thuc-hien'],
  ['Công văn về triển khai Thông báo số 196-TB/TW, ngày 16/3/2015', 'thuc-hien'],
  ['tổ chức thi hành Luật số 73/2006/QH11', 'thuc-hien'],
  ['Theo Quyết định số 498/QĐ-TTg ngày 14/4/2015', 'theo'],
  ['tham gia quản lý nhà nước theo quy định tại Nghị định số 56/2012/NĐ-CP', 'theo'],
  ['theo hướng dẫn số 156/HD-UBQG ngày 26/11/2004', 'theo'],
  ['dự toán kinh phí theo\nhướng dẫn tại Thông tư số 191/2009/TT-BTC', 'theo'],
  ['kiến nghị sửa đổi, bổ sung cho phù hợp với các quy định của Luật số 73/2006/QH11', 'theo'],
  ['Thông tư này hướng dẫn thi hành Nghị định số 56/2012/NĐ-CP', 'huong-dan'],
  ['Hướng dẫn thực hiện Nghị quyết số 11-NQ/TW ngày 27/4/2007', 'huong-dan'],
  ['Quyết định này sửa đổi, bổ sung một số điều của Quyết định số 12/2019/QĐ-UBND', 'sua-doi-bo-sung'],
  ['Nghị định này thay thế Nghị định số 56/2012/NĐ-CP', 'thay-the'],
  ['Bãi bỏ Quyết định số 12/2019/QĐ-UBND', 'bai-bo'],
  ['Tiếp tục quán triệt Nghị quyết số 11-NQ/TW ngày 27/4/2007', 'dan-chieu'],
  ['thực hiện tốt các nhiệm vụ; Nghị quyết số 57/NQ-CP ngày 01/12/2009', 'dan-chieu'],
  ['Thực hiện kế hoạch. Nghị định số 56/2012/NĐ-CP quy định', 'dan-chieu'],
  ['theo dõi Nghị định số 56/2012/NĐ-CP', 'dan-chieu'],
  ['Đề án giảm thiểu tình trạng tảo hôn trong Quyết định số 498/QĐ-TTg', 'dan-chieu'],
];

describe('relation from the verb before the reference', () => {
  it.each(cases)('%j → %s', (text, relation) => {
    const citations = cite(text);
    expect(citations.length).toBeGreaterThan(0);
    expect(citations[citations.length - 1]!.relation).toBe(relation);
  });

  it('a type word "Hướng dẫn" is not the verb "hướng dẫn"', () => {
    const [a, b] = cite('Căn cứ Hướng dẫn số 236/LĐTBXH-BVCSTE&BĐG ngày 30/01/2019, Công văn số 4993/BNV-TH ngày 08/10/2018');
    expect(a!.relation).toBe('can-cu');
    expect(b!.relation).toBe('can-cu');
  });
});

// [text, relation of every reference in order]: a verb governs the items of a list after ";".
const lists: Array<[string, Relation[]]> = [
  // Regression (Lâm Đồng 2025, Quyết định thành lập Ban VSTBPN): only the first of three replaced decisions was "Thay thế".
  [
    'Quyết định này có hiệu lực kể từ ngày ký ban hành và thay thế Quyết định số 2007/QĐ-UBND ngày 20 tháng 9 năm 2023 của Ủy ban nhân dân tỉnh Bình Thuận *(cũ)* về việc kiện toàn Ban Vì sự tiến bộ của phụ nữ tỉnh Bình Thuận; Quyết định số 505/QĐ-UBND ngày 14 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh Lâm Đồng *(cũ)* về việc kiện toàn Ban; Quyết định số 654/QĐ-UBND ngày 15 tháng 5 năm 2025 của Ủy ban nhân dân tỉnh Đắk Nông *(cũ)* về việc kiện toàn Ban.',
    ['thay-the', 'thay-the', 'thay-the'],
  ],
  ['Bãi bỏ Quyết định số 12/2019/QĐ-UBND; và Quyết định số 15/2019/QĐ-UBND của UBND tỉnh Lạng Sơn', ['bai-bo', 'bai-bo']],
  ['Căn cứ Luật số 73/2006/QH11;\n- Nghị định số 56/2012/NĐ-CP ngày 16/7/2012', ['can-cu', 'can-cu']],
  // A clause with a verb of its own keeps it; one that does not open with the reference does not inherit.
  ['Thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2018; căn cứ Nghị định số 56/2012/NĐ-CP', ['thuc-hien', 'can-cu']],
  ['Thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2018; các đơn vị nghiên cứu Nghị định số 56/2012/NĐ-CP', ['thuc-hien', 'dan-chieu']],
  // The verb must govern the list's first item directly (seed 003: a verb further off governs "các chỉ tiêu").
  ['triển khai thực hiện tốt các chỉ tiêu, nhiệm vụ được phân công tại các kế hoạch của UBND huyện như: Kế hoạch số 32/KH-UBND ngày 19/5/2011 về bình đẳng giới; Kế hoạch số 60/KH-UBND ngày 3/3/2016 về bình đẳng giới', ['thuc-hien', 'dan-chieu']],
  // The item before is the list's item, not a reference inside its subject (seed 001).
  ['quán triệt Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị; Nghị quyết số 57/NQ-CP ngày 01/12/2009 của Chính phủ thực hiện Nghị quyết số 11-NQ/TW ngày 27/4/2007; Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư', ['dan-chieu', 'dan-chieu', 'thuc-hien', 'dan-chieu']],
  ['Thay thế Quyết định số 12/2019/QĐ-UBND của UBND tỉnh Lạng Sơn về việc ban hành quy chế thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2018; Quyết định số 15/2019/QĐ-UBND của UBND tỉnh Lạng Sơn', ['thay-the', 'thuc-hien', 'thay-the']],
  // Regression (Lâm Đồng 2025): an amending verb right after a reference is that reference's subject.
  ['Căn cứ Nghị định số 136/2024/NĐ-CP ngày 23/10/2024 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 93/2019/NĐ-CP ngày 25/11/2019 của Chính phủ', ['can-cu', 'dan-chieu']],
  ['Căn cứ Nghị định số 136/2024/NĐ-CP ngày 23/10/2024 của Chính phủ về sửa đổi, bổ sung một số điều của Nghị định số 93/2019/NĐ-CP', ['can-cu', 'dan-chieu']],
  // The same in a scanned table, the issuer split across cells and lines.
  ['Căn cứ Nghị định số 136/2024/NĐ-CP ngày 23 tháng 10 năm 2024 của Chính |\n\nphú về sửa đổi, bổ sung một số điều của Nghị định số 93/2019/NĐ-CP', ['can-cu', 'dan-chieu']],
  ['Quyết định số 12/2019/QĐ-UBND thay thế Quyết định số 7/2018/QĐ-UBND của UBND tỉnh Lạng Sơn', ['dan-chieu', 'dan-chieu']],
  // The citing document's own verb still counts, with a reference earlier in the clause.
  ['Theo đề nghị tại Tờ trình số 5/TTr-SNV ngày 3/1/2025 của Sở Nội vụ tỉnh Lâm Đồng, nay bãi bỏ Quyết định số 7/2018/QĐ-UBND', ['theo', 'bai-bo']],
  // A full stop or a paragraph ends the list.
  ['Thay thế Quyết định số 12/2019/QĐ-UBND. Quyết định số 15/2019/QĐ-UBND của UBND tỉnh Lạng Sơn quy định', ['thay-the', 'dan-chieu']],
  ['Thay thế Quyết định số 12/2019/QĐ-UBND;\n\nQuyết định số 15/2019/QĐ-UBND của UBND tỉnh Lạng Sơn quy định', ['thay-the', 'dan-chieu']],
];

describe('a verb governs every item of a list separated by ";"', () => {
  it.each(lists)('%j', (text, expected) => {
    expect(cite(text).map((c) => c.relation)).toEqual(expected);
  });
});

describe('relation labels', () => {
  it.each([
    ['can-cu', 'Căn cứ', 'Được căn cứ bởi'],
    ['thuc-hien', 'Thực hiện', 'Được thực hiện bởi'],
    ['theo', 'Theo', 'Được dẫn theo bởi'],
    ['huong-dan', 'Hướng dẫn', 'Được hướng dẫn bởi'],
    ['sua-doi-bo-sung', 'Sửa đổi, bổ sung', 'Được sửa đổi, bổ sung bởi'],
    ['thay-the', 'Thay thế', 'Được thay thế bởi'],
    ['bai-bo', 'Bãi bỏ', 'Bị bãi bỏ bởi'],
    ['dan-chieu', 'Dẫn chiếu', 'Được dẫn chiếu bởi'],
  ] as const)('%s: %s / %s', (relation, label, inverse) => {
    expect(relations).toContain(relation);
    expect(relationLabels[relation]).toBe(label);
    expect(inverseRelationLabels[relation]).toBe(inverse);
  });
});
