import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/lib/citations/analyze.ts';
import { createRegistry, type RegistrySource } from '../../../src/lib/citations/registry.ts';
import { canonicalKey } from '../../../src/lib/identity/document-identity.ts';
import { parseNumberSymbol } from '../../../src/lib/identity/number-symbol.ts';
import { cite, context } from './helpers.ts';

// Two gaps seen on real text (issue 13, part 4): numbers with a letter suffix, inserted into a
// register after the fact ("Công văn số 217b/UBND-KGVX"), and aliases that name what a decision
// approves ("… phê duyệt Chương trình … (sau đây gọi tắt là Chương trình 1790)").

function source(id: string, numberSymbol: string, year: number, extra: Partial<RegistrySource['data']> = {}): RegistrySource {
  return {
    id,
    data: { type: 'quyet-dinh', numberSymbol, year, title: id, fullText: false, aliases: [], issuer: { name: 'x', parent: null, level: 'trung-uong' }, province: null, district: null, ...extra },
  };
}
const dakNong = { issuer: { name: 'UBND tỉnh Đắk Nông', parent: null, level: 'tinh' as const }, province: 'dak-nong' };
const kienGiangBody = { issuer: { name: 'UBND tỉnh Kiên Giang', parent: null, level: 'tinh' as const }, province: 'kien-giang' };

const registry = createRegistry([
  source('2024/dak-nong-217b-ubnd-kgvx', '217b/UBND-KGVX', 2024, { type: 'cong-van', ...dakNong }),
  source('2020/kien-giang-123a-qd-ubnd', '123A/QĐ-UBND', 2020, kienGiangBody),
  source('2020/1790-qd-ttg', '1790/QĐ-TTg', 2020),
  source('2017/939-qd-ttg', '939/QĐ-TTg', 2017),
  source('2022/kien-giang-45-qd-ubnd', '45/QĐ-UBND', 2022, kienGiangBody),
]);

const kienGiang = context({ level: 'tinh', province: 'kien-giang', issuerCode: 'UBND' });
const lamDong = context({ level: 'tinh', province: 'lam-dong', issuerCode: 'UBND', year: 2025 });

describe('numbers with a letter suffix: found, identified, resolved', () => {
  // [text, citing context, raw found, canonical number-symbol, key, archive document]
  it.each([
    ['Công văn số 217b/UBND-KGVX ngày 15/3/2024 của UBND tỉnh Đắk Nông về việc', lamDong, 'Công văn số 217b/UBND-KGVX ngày 15/3/2024 của UBND tỉnh Đắk Nông', '217b/UBND-KGVX', 'dak-nong|2024|217b|UBND-KGVX', '2024/dak-nong-217b-ubnd-kgvx'],
    ['theo Quyết định số 123a/QĐ-UBND ngày 05/02/2020 của Ủy ban nhân dân tỉnh.', kienGiang, 'Quyết định số 123a/QĐ-UBND ngày 05/02/2020 của Ủy ban nhân dân tỉnh', '123a/QĐ-UBND', 'kien-giang|2020|123a|QD-UBND', '2020/kien-giang-123a-qd-ubnd'],
    ['theo Quyết định số 123A/QĐ-UBND ngày 05/02/2020 của UBND tỉnh Kiên Giang.', context({}), 'Quyết định số 123A/QĐ-UBND ngày 05/02/2020 của UBND tỉnh Kiên Giang', '123a/QĐ-UBND', 'kien-giang|2020|123a|QD-UBND', '2020/kien-giang-123a-qd-ubnd'],
    ['Kế hoạch số 08a/KH-UBND ngày 13/01/2017 của UBND tỉnh Kiên Giang', context({}), 'Kế hoạch số 08a/KH-UBND ngày 13/01/2017 của UBND tỉnh Kiên Giang', '08a/KH-UBND', 'kien-giang|2017|8a|KH-UBND', null],
    ['Kế hoạch số 12b-KH/TU ngày 3/3/2019 của Tỉnh ủy Lạng Sơn', context({}), 'Kế hoạch số 12b-KH/TU ngày 3/3/2019 của Tỉnh ủy Lạng Sơn', '12b-KH/TU', 'lang-son|2019|12b|KH/TU', null],
    ['Công văn số 217b /UBND-KGVX ngày 15/3/2024 của UBND tỉnh Đắk Nông', lamDong, 'Công văn số 217b /UBND-KGVX ngày 15/3/2024 của UBND tỉnh Đắk Nông', '217b/UBND-KGVX', 'dak-nong|2024|217b|UBND-KGVX', '2024/dak-nong-217b-ubnd-kgvx'],
  ])('%s', (text, ctx, raw, numberSymbol, key, documentId) => {
    const [c, ...rest] = cite(text, { registry, context: ctx });
    expect(rest).toEqual([]);
    expect([c!.raw, c!.numberSymbol, c!.key, c!.documentId]).toEqual([raw, numberSymbol, key, documentId]);
    expect(c!.status).toBe(documentId ? 'resolved' : 'unknown');
  });

  it.each([
    ['a working-hours figure', 'làm việc 8h/ngày trong tuần'],
    ['an annex number', 'theo Phụ lục 2a kèm theo'],
    ['a form code', 'theo Mẫu số 02a/BC-UBND'],
    ['the document own number', 'Số: 217b/UBND-KGVX\n\nLâm Đồng, ngày 16 tháng 9 năm 2025'],
    ['a letter not followed by a symbol', 'có 12a hộ gia đình'],
  ])('finds no reference in %s', (_what, text) => {
    expect(analyze(text, { registry }).citations).toEqual([]);
  });

  it('resolves a later short form "Công văn 217b" to the full reference before it', () => {
    const [, short] = cite('Thực hiện Công văn số 217b/UBND-KGVX ngày 15/3/2024 của UBND tỉnh Đắk Nông. Theo Công văn 217b, các xã báo cáo.', { registry, context: lamDong });
    expect([short!.raw, short!.documentId]).toEqual(['Công văn 217b', '2024/dak-nong-217b-ubnd-kgvx']);
  });

  it('keys a stored suffix in either case the same way, and the schema parser accepts it', () => {
    const identity = { year: 2020, level: 'tinh' as const, province: 'kien-giang', district: null };
    expect(canonicalKey({ ...identity, numberSymbol: '123A/QĐ-UBND' })).toBe(canonicalKey({ ...identity, numberSymbol: '123a/QĐ-UBND' }));
    expect(parseNumberSymbol('217b/UBND-KGVX')).toMatchObject({ number: '217b', shape: 'cong-van', issuerCode: 'UBND' });
    expect(parseNumberSymbol('12b-KH/TU')).toMatchObject({ number: '12b', shape: 'party' });
    expect(parseNumberSymbol('217bc/UBND-KGVX')).toBeNull();
  });
});

const program1790 =
  'Thực hiện Quyết định số 1790/QĐ-TTg ngày 23/12/2020 của Thủ tướng Chính phủ phê duyệt Chương trình “Truyền thông về bình đẳng giới đến năm 2030” (sau đây gọi tắt là Chương trình 1790)';

describe('aliases that name what a decision approves', () => {
  // [text, citing context, raw of the later short form, document it resolves to (null: not resolved), status]
  it.each([
    [`${program1790}, UBND tỉnh ban hành Kế hoạch. Các sở triển khai Chương trình 1790 trong năm 2025.`, context({}), 'Chương trình 1790', '2020/1790-qd-ttg', 'resolved'],
    ['Căn cứ Quyết định số 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ phê duyệt Đề án “Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017-2025” (sau đây gọi tắt là Đề án 939); Hội phụ nữ thực hiện Đề án 939.', context({}), 'Đề án 939', '2017/939-qd-ttg', 'resolved'],
    ['Quyết định số 45/QĐ-UBND ngày 10/01/2022 của Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện công tác bình đẳng giới (sau đây gọi tắt là Kế hoạch 45). Sơ kết Kế hoạch 45.', kienGiang, 'Kế hoạch 45', '2022/kien-giang-45-qd-ubnd', 'resolved'],
    ['Quyết định số 45/QĐ-UBND ngày 10/01/2022 của Ủy ban nhân dân tỉnh ban hành kèm theo Quy chế hoạt động (sau đây gọi tắt là Quy chế 45). Thực hiện Quy chế 45.', kienGiang, 'Quy chế 45', '2022/kien-giang-45-qd-ubnd', 'resolved'],
    // No approval verb: the alias names no document, and the short form stays unidentified.
    ['Quyết định số 1790/QĐ-TTg ngày 23/12/2020 của Thủ tướng Chính phủ (sau đây gọi tắt là Chương trình 1790). Triển khai Chương trình 1790.', context({}), 'Chương trình 1790', null, 'unidentified'],
    // The decision approves a Đề án, not a Chương trình.
    ['Quyết định số 1790/QĐ-TTg ngày 23/12/2020 của Thủ tướng Chính phủ phê duyệt Đề án truyền thông (sau đây gọi tắt là Chương trình 1790). Triển khai Chương trình 1790.', context({}), 'Chương trình 1790', null, 'unidentified'],
    // Another number.
    ['Quyết định số 1790/QĐ-TTg ngày 23/12/2020 của Thủ tướng Chính phủ phê duyệt Chương trình truyền thông (sau đây gọi tắt là Chương trình 1789). Triển khai Chương trình 1789.', context({}), 'Chương trình 1789', null, 'unidentified'],
  ])('%s', (text, ctx, raw, documentId, status) => {
    const citations = cite(text, { registry, context: ctx });
    const short = citations.find((c) => c.raw === raw)!;
    expect(short, `"${raw}" found`).toBeDefined();
    expect([short.status, short.documentId]).toEqual([status, documentId]);
    if (documentId) expect(citations[short.antecedent!]!.documentId).toBe(documentId);
  });

  it('keeps the decision itself as the first reference, with its own type', () => {
    const [decision, short] = cite(`${program1790}. Triển khai Chương trình 1790.`, { registry });
    expect([decision!.type, decision!.numberSymbol, decision!.documentId]).toEqual(['quyet-dinh', '1790/QĐ-TTg', '2020/1790-qd-ttg']);
    expect([short!.shape, short!.type, short!.antecedent]).toEqual(['short', 'quyet-dinh', 0]);
  });
});
