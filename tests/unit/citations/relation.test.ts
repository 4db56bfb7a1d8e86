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
