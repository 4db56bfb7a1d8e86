import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/lib/citations/analyze.ts';
import { createRegistry, type RegistrySource } from '../../../src/lib/citations/registry.ts';
import { cite, context } from './helpers.ts';

function source(id: string, numberSymbol: string, year: number, title: string, extra: Partial<RegistrySource['data']> = {}): RegistrySource {
  return {
    id,
    data: { type: 'nghi-quyet', numberSymbol, year, title, fullText: false, aliases: [], issuer: { name: 'x', parent: null, level: 'trung-uong' }, province: null, district: null, ...extra },
  };
}

const registry = createRegistry([
  source('2012/56-2012-nd-cp', '56/2012/NĐ-CP', 2012, 'Quy định trách nhiệm của bộ, ngành, Ủy ban nhân dân các cấp', { type: 'nghi-dinh' }),
  source('2007/11-nq-tw', '11-NQ/TW', 2007, 'Về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước'),
  source('2006/73-2006-qh11', '73/2006/QH11', 2006, 'Luật Bình đẳng giới', { type: 'luat', aliases: ['Luật Bình đẳng giới'] }),
  source('2018/21-ct-tw', '21-CT/TW', 2018, 'Về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới', { type: 'chi-thi' }),
  source('2017/kien-giang-08-kh-ubnd', '08/KH-UBND', 2017, 'Kế hoạch 08', { type: 'ke-hoach', issuer: { name: 'UBND tỉnh Kiên Giang', parent: null, level: 'tinh' }, province: 'kien-giang' }),
  source('2015/a', '9/QĐ-TTg', 2015, 'Một', { type: 'quyet-dinh' }),
  source('2015/b', '9/QĐ-TTg', 2015, 'Hai', { type: 'quyet-dinh' }),
]);

const nd56 = 'Căn cứ Nghị định số 56/2012/NĐ-CP ngày 16/7/2012 của Chính phủ (sau đây gọi tắt là Nghị định 56), ';

describe('aliases and short forms', () => {
  it('binds "(sau đây gọi tắt là Nghị định 56)" and resolves every later "Nghị định 56"', () => {
    const citations = cite(`${nd56}các sở triển khai Nghị định 56. Sơ kết Nghị định số 56.`, { registry });
    expect(citations.map((c) => c.raw)).toEqual(['Nghị định số 56/2012/NĐ-CP ngày 16/7/2012 của Chính phủ', 'Nghị định 56', 'Nghị định số 56']);
    for (const c of citations) {
      expect(c.status).toBe('resolved');
      expect(c.documentId).toBe('2012/56-2012-nd-cp');
      expect(c.key).toBe('tw|2012|56|ND-CP');
    }
    expect(citations[1]!.antecedent).toBe(0);
    expect(citations[1]!.shape).toBe('short');
  });

  it('binds "(sau đây viết tắt là Chỉ thị 21)"', () => {
    const citations = cite('Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư (*sau đây viết tắt là Chỉ thị 21*). Thực hiện Chỉ thị 21, các cấp…', { registry });
    expect(citations.map((c) => [c.raw, c.documentId])).toEqual([
      ['Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư', '2018/21-ct-tw'],
      ['Chỉ thị 21', '2018/21-ct-tw'],
    ]);
  });

  it('resolves a short form to the unique earlier full reference without an alias', () => {
    const [, short] = cite('Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư. Triển khai Chỉ thị số 21 trong toàn tỉnh.', { registry });
    expect(short!.raw).toBe('Chỉ thị số 21');
    expect(short!.documentId).toBe('2018/21-ct-tw');
    expect(short!.relation).toBe('thuc-hien');
  });

  it('resolves a short form with a year: "Nghị định 56/2012"', () => {
    const [, short] = cite(`${nd56}theo Nghị định 56/2012.`, { registry });
    expect(short!.documentId).toBe('2012/56-2012-nd-cp');
  });

  it('ignores an alias of something that is not a document', () => {
    const result = analyze('Trưởng Ban Vì sự tiến bộ của phụ nữ tỉnh (*sau đây viết tắt là Ban VSTBCPN tỉnh*) đã chủ trì', { registry });
    expect(result.citations).toEqual([]);
    expect(result.ignoredAliases).toHaveLength(1);
    expect(result.ignoredAliases[0]!.text).toBe('Ban VSTBCPN tỉnh');
  });

  it('ignores an alias whose number matches no reference before it', () => {
    const result = analyze('Căn cứ Nghị định số 30/2020/NĐ-CP (sau đây gọi tắt là Nghị định 56).', { registry });
    expect(result.ignoredAliases.map((a) => a.text)).toEqual(['Nghị định 56']);
  });

  it.each([
    ['no antecedent at all', 'Theo Nghị định 56, các sở…', 'unidentified'],
    ['the full reference comes only after', 'Theo Nghị định 56, các sở… Nghị định số 56/2012/NĐ-CP ngày 16/7/2012.', 'unidentified'],
    ['an antecedent of another type', 'Nghị quyết số 56/NQ-CP ngày 1/2/2012 của Chính phủ. Theo Nghị định 56, …', 'unidentified'],
    ['two different antecedents', 'Kế hoạch số 08/KH-UBND ngày 13/01/2017 của UBND tỉnh Kiên Giang; Kế hoạch số 08/KH-UBND ngày 2/2/2018 của UBND tỉnh Lạng Sơn. Kế hoạch 08 nêu…', 'ambiguous'],
  ])('a short form with %s is %s', (_what, text, status) => {
    const citations = cite(text, { registry });
    const short = citations.find((c) => c.shape === 'short')!;
    expect(short.status).toBe(status);
    expect(short.documentId).toBeNull();
    expect(short.reason).toBeTruthy();
  });

  it('does not take a bare type word for a reference: "Chỉ thị" alone', () => {
    const citations = cite('Chỉ thị số 21-CT/TW ngày 20/01/2018. Các cấp xây dựng kế hoạch thực hiện Chỉ thị.', { registry });
    expect(citations).toHaveLength(1);
  });
});

describe('identity from other mentions and from the archive', () => {
  it('dates an undated mention from a dated one of the same number in the text', () => {
    const citations = cite('Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị khóa X; Chương trình về thực hiện Nghị quyết số 11-NQ/TW của Bộ Chính trị.', { registry });
    expect(citations.map((c) => c.key)).toEqual(['tw|2007|11|NQ/TW', 'tw|2007|11|NQ/TW']);
    expect(citations[1]!.status).toBe('resolved');
  });

  it('leaves it ambiguous when the dated mentions disagree', () => {
    const citations = cite('Nghị quyết số 11-NQ/TW ngày 27/4/2007; Nghị quyết số 11-NQ/TW ngày 3/3/2022; Nghị quyết số 11-NQ/TW của Bộ Chính trị.', { registry });
    expect(citations[2]!.status).toBe('ambiguous');
  });

  it('dates an undated number the archive holds once when the text states its title', () => {
    const c = cite('thực hiện Nghị quyết số 11-NQ/TW của Bộ Chính trị về công tác phụ nữ trong thời kỳ công nghiệp hóa - hiện đại hóa đất nước', { registry })[0]!;
    expect(c.status).toBe('resolved');
    expect(c.documentId).toBe('2007/11-nq-tw');
    expect(c.notes.join(' ')).toMatch(/states its title/);
  });

  it('does not guess the year when the text states another subject', () => {
    const c = cite('Nghị quyết số 11-NQ/TW của Bộ Chính trị về xây dựng Đảng', { registry })[0]!;
    expect(c.status).toBe('ambiguous');
    expect(c.reason).toMatch(/11-NQ\/TW of 2007/);
  });

  it('is "unknown" when identified but not in the archive', () => {
    const c = cite('Quyết định số 1/QĐ-TTg ngày 2/1/2020', { registry })[0]!;
    expect(c.status).toBe('unknown');
    expect(c.key).toBe('tw|2020|1|QD-TTG');
    expect(c.documentId).toBeNull();
  });

  it('is "ambiguous" when two archive documents share an identity', () => {
    const c = cite('Quyết định số 9/QĐ-TTg ngày 2/1/2015', { registry })[0]!;
    expect(c.status).toBe('ambiguous');
    expect(c.reason).toMatch(/2015\/a, 2015\/b/);
  });

  it.each([
    ['Luật Bình đẳng giới', 'Luật Bình đẳng giới'],
    ['việc thực hiện Luật bình đẳng giới gắn với', 'Luật bình đẳng giới'],
    ['LUẬT BÌNH ĐẲNG GIỚI', 'LUẬT BÌNH ĐẲNG GIỚI'],
    ['Luật Bình\nđẳng giới', 'Luật Bình\nđẳng giới'],
  ])('finds the law by its name: %j', (text, raw) => {
    const c = cite(text, { registry })[0]!;
    expect(c.raw).toBe(raw);
    expect(c.shape).toBe('name');
    expect(c.documentId).toBe('2006/73-2006-qh11');
    expect(c.numberSymbol).toBe('73/2006/QH11');
  });

  it('reads "Luật Bình đẳng giới số 73/2006/QH11" as one reference', () => {
    const citations = cite('Căn cứ Luật Bình đẳng giới số 73/2006/QH11;', { registry });
    expect(citations).toHaveLength(1);
    expect(citations[0]!.raw).toBe('Luật Bình đẳng giới số 73/2006/QH11');
    expect(citations[0]!.documentId).toBe('2006/73-2006-qh11');
  });

  it('marks a mention of the citing document itself', () => {
    const ctx = context({ id: '2017/kien-giang-08-kh-ubnd', level: 'tinh', province: 'kien-giang', issuerCode: 'UBND', numberSymbol: '08/KH-UBND', year: 2017 });
    const c = cite('Kế hoạch số 08/KH-UBND của Ủy ban nhân dân tỉnh Kiên Giang (chưa có trích yếu)', { registry, context: ctx })[0]!;
    expect(c.self).toBe(true);
  });
});
