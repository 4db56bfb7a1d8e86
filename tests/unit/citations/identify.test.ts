import { describe, expect, it } from 'vitest';
import { keyOf } from '../../../src/lib/identity/document-identity.ts';
import { context, only } from './helpers.ts';
import type { CitingContext } from '../../../src/lib/citations/types.ts';

const none = context({});
const kienGiang = context({ level: 'tinh', province: 'kien-giang', issuerCode: 'UBND' });
const langSon = context({ level: 'tinh', province: 'lang-son', issuerCode: 'UBND' });
const tanYen = context({ level: 'huyen', province: 'bac-giang', district: 'Tân Yên', issuerCode: 'UBND' });
const thanhHoaBan = context({ level: 'tinh', province: 'thanh-hoa', issuerCode: 'BVSTBCPN' });
const central = context({ level: 'trung-uong', issuerCode: 'BNV' });
const lamDong = context({ level: 'tinh', province: 'lam-dong', issuerCode: 'UBND' });

// [what, text, citing context, expected key (null: not identified)]
const keys: Array<[string, string, CitingContext, string | null]> = [
  ['normative: year in the number', 'Nghị định số 56/2012/NĐ-CP', none, 'tw|2012|56|ND-CP'],
  ['normative with "ND"', 'Nghị định số 56/2012/ND-CP', none, 'tw|2012|56|ND-CP'],
  ['a law', 'Luật số 73/2006/QH11', none, 'tw|2006|73|QH11'],
  ['Prime Minister, year from the date', 'Quyết định số 498/QĐ-TTg ngày 14/4/2015', none, 'tw|2015|498|QD-TTG'],
  ['Prime Minister, "TTG"', 'Quyết định số 498/QĐ-TTG ngày 14/4/2015', none, 'tw|2015|498|QD-TTG'],
  ['Party centre', 'Chỉ thị số 21-CT/TW ngày 20/01/2018', none, 'tw|2018|21|CT/TW'],
  ['Party centre written 21/CT-TW', 'Chỉ thị số 21/CT-TW ngày 20/01/2018', none, 'tw|2018|21|CT/TW'],
  ['ministry công văn', 'Công văn số 4993/BNV-TH ngày 08/10/2018', none, 'tw|2018|4993|BNV-TH'],
  ['national committee', 'hướng dẫn số 156/HD-UBQG ngày 26/11/2004', none, 'tw|2004|156|HD-UBQG'],
  ['Government resolution', 'Nghị quyết số 57/NQ-CP ngày 01/12/2009', none, 'tw|2009|57|NQ-CP'],
  ['"của Ủy ban nhân dân tỉnh" in a Kiên Giang document', 'Kế hoạch số 08/KH-UBND ngày 13/01/2017 của Ủy ban nhân dân tỉnh', kienGiang, 'kien-giang|2017|8|KH-UBND'],
  ['the same words in a Lạng Sơn document', 'Kế hoạch số 08/KH-UBND ngày 13/01/2017 của Ủy ban nhân dân tỉnh', langSon, 'lang-son|2017|8|KH-UBND'],
  ['the same words with no citing document', 'Kế hoạch số 08/KH-UBND ngày 13/01/2017 của Ủy ban nhân dân tỉnh', none, null],
  ['"của UBND tỉnh" in a central document', 'Kế hoạch số 08/KH-UBND ngày 13/01/2017 của UBND tỉnh', central, null],
  ['a named province', 'Kế hoạch số 08/KH-UBND ngày 13/01/2017 của UBND tỉnh Kiên Giang', none, 'kien-giang|2017|8|KH-UBND'],
  ['a named province, other citing province', 'Kế hoạch số 08/KH-UBND ngày 13/01/2017 của UBND tỉnh Kiên Giang', langSon, 'kien-giang|2017|8|KH-UBND'],
  // Regression: "La" folds to "la" (là) and "Đà" to "da" (đã), both stop words; inside a name they are syllables.
  ['a province whose name ends in a stop-word syllable (Sơn La)', 'Kế hoạch số 12/KH-UBND ngày 03/02/2016 của Ủy ban nhân dân tỉnh Sơn La', none, 'son-la|2016|12|KH-UBND'],
  ['a city whose name starts with a stop-word syllable (Đà Nẵng)', 'Kế hoạch số 7/KH-UBND ngày 3/1/2019 của UBND thành phố Đà Nẵng', none, 'da-nang|2019|7|KH-UBND'],
  ['an all-caps title still stops at "VỀ"', 'KẾ HOẠCH SỐ 12/KH-UBND NGÀY 03/02/2016 CỦA UBND TỈNH SƠN LA VỀ BÌNH ĐẲNG GIỚI', none, 'son-la|2016|12|KH-UBND'],
  ['a centrally-run city', 'Kế hoạch số 5/KH-UBND ngày 3/1/2019 của UBND thành phố Hà Nội', none, 'ha-noi|2019|5|KH-UBND'],
  ['a provincial city named after its province', 'Công văn số 12/UBND-VP ngày 3/1/2019 của UBND thành phố Lạng Sơn', none, 'lang-son/lang-son|2019|12|UBND-VP'],
  ['a town, in the citing province', 'Công văn số 12/UBND-VP ngày 3/1/2019 của UBND thị xã Bỉm Sơn', thanhHoaBan, 'thanh-hoa/bim-son|2019|12|UBND-VP'],
  ['a named Party committee', 'Kế hoạch số 61-KH/TU ngày 13/4/2018 của Tỉnh ủy Lạng Sơn', none, 'lang-son|2018|61|KH/TU'],
  ['"Tỉnh ủy" without a name', 'Quyết định số 320-QĐ/TU ngày 13/6/2016 của Ban Thường vụ Tỉnh ủy', langSon, 'lang-son|2016|320|QD/TU'],
  ['"Đảng bộ tỉnh"', 'Chương trình hành động số 24-CTr/TU ngày 26/5/2008 của Ban Chấp hành Đảng bộ tỉnh', langSon, 'lang-son|2008|24|CTR/TU'],
  ['a named district, citing province', 'Kế hoạch số 32/KH-UBND ngày 19/5/2011 của UBND huyện Tân Yên', tanYen, 'bac-giang/tan-yen|2011|32|KH-UBND'],
  ['"UBND huyện" in a district document', 'Kế hoạch số 32/KH-UBND ngày 19/5/2011 của UBND huyện', tanYen, 'bac-giang/tan-yen|2011|32|KH-UBND'],
  ['"UBND huyện" in a province document', 'Kế hoạch số 32/KH-UBND ngày 19/5/2011 của UBND huyện', langSon, null],
  ['"UBND tỉnh" in a district document', 'Kế hoạch số 5/KH-UBND ngày 3/1/2019 của UBND tỉnh', tanYen, 'bac-giang|2019|5|KH-UBND'],
  ['a provincial department', 'Hướng dẫn số 236/LĐTBXH-BVCSTE&BĐG ngày 30/01/2019 của Sở LĐTB&XH tỉnh Bắc Giang', tanYen, 'bac-giang|2019|236|LDTBXH-BVCSTE&BDG'],
  ['own-body rule: same issuer code, dated', 'Kế hoạch số 32/KH-UBND ngày 19/5/2011', tanYen, 'bac-giang/tan-yen|2011|32|KH-UBND'],
  ['own-body rule: a different issuer code', 'Kế hoạch số 32/KH-UBND ngày 19/5/2011', thanhHoaBan, null],
  ['own-body rule needs a date', 'Kế hoạch số 60/KH-UBND', tanYen, null],
  ['an issuer but no date', 'Kế hoạch số 60/KH-UBND của UBND huyện', tanYen, null],
  ['issuer named before: "của Ban thường vụ Tỉnh ủy tại"', 'theo chỉ đạo của Ban thường vụ Tỉnh ủy tại công văn số 1027-CV/TU ngày 27/10/2014', thanhHoaBan, 'thanh-hoa|2014|1027|CV/TU'],
  // Regression (Lâm Đồng 2025): a request from two bodies names the second after "và".
  ['issuer named before, after "và": the second of two requesting bodies', 'Theo đề nghị của Hội đồng quản lý Quỹ cơ hội cho phụ nữ làm kinh tế tỉnh Đắk Nông tại Đơn đề nghị ngày 30 tháng 6 năm 2025 và Sở Nội vụ tại Tờ trình số 82/TTr-SNV ngày 01 tháng 8 năm 2025', lamDong, 'lam-dong|2025|82|TTR-SNV'],
  ['issuer named before, the head of the body: "Giám đốc Sở Nội vụ tại"', 'Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 303/TTr-SNV ngày 16/9/2025', lamDong, 'lam-dong|2025|303|TTR-SNV'],
  ['issuer named before, the head of a district office: "Trưởng phòng … tại"', 'Xét đề nghị của Trưởng phòng Lao động - Thương binh và Xã hội tại Tờ trình số 7/TTr-LĐTBXH ngày 3/1/2019', tanYen, 'bac-giang/tan-yen|2019|7|TTR-LDTBXH'],
  ['"và" inside the name of the body before "tại" is not a second body', 'theo đề nghị của Sở Lao động - Thương binh và Xã hội tại Công văn số 45/LĐTBXH-BĐG ngày 3/1/2019', kienGiang, 'kien-giang|2019|45|LDTBXH-BDG'],
  // Regression: "Xã hội" was read as the level word "xã" (commune), which ended the name there.
  ['a department whose name ends in "Xã hội", with its province after it', 'Công văn số 45/LĐTBXH-BĐG ngày 3/1/2019 của Sở Lao động - Thương binh và Xã hội tỉnh Kiên Giang', langSon, 'kien-giang|2019|45|LDTBXH-BDG'],
  ['"và" before words that name no body: no issuer', 'theo ý kiến của các đơn vị và cá nhân tại Công văn số 12/SNV-TCBC ngày 3/1/2025', lamDong, null],
  ['a Party number with neither issuer nor own code', 'công văn số 1027-CV/TU ngày 27/10/2014', thanhHoaBan, null],
  ['OCR error in the issuer code, corrected by the clause', 'Thông tư số 191/2009/TT-TTC ngày 01/10/2009 của Bộ Tài chính', none, 'tw|2009|191|TT-BTC'],
  ['OCR error with no clause', 'Thông tư số 191/2009/TT-TTC ngày 01/10/2009', none, null],
  ['an unknown province name', 'Kế hoạch số 08/KH-UBND ngày 13/01/2017 của UBND tỉnh Xyz', kienGiang, null],
  ['undated Party number', 'Nghị quyết số 11-NQ/TW của Bộ Chính trị', none, null],
  ['LĐTBXH with no clause: Bộ or Sở', 'Công văn số 12/LĐTBXH-BĐG ngày 2/3/2019', langSon, null],
  ['LĐTBXH with the ministry named', 'Công văn số 12/LĐTBXH-BĐG ngày 2/3/2019 của Bộ Lao động - Thương binh và Xã hội', langSon, 'tw|2019|12|LDTBXH-BDG'],
  ['local normative number', 'Quyết định số 12/2019/QĐ-UBND của UBND tỉnh Lạng Sơn', none, 'lang-son|2019|12|QD-UBND'],
  ['provincial council', 'Nghị quyết số 05/NQ-HĐND ngày 1/3/2019 của HĐND tỉnh', langSon, 'lang-son|2019|5|NQ-HDND'],
];

describe('identify: keys by the rules of §3', () => {
  it.each(keys)('%s', (_what, text, ctx, key) => {
    const c = only(text, { context: ctx });
    expect(c.key).toBe(key);
    if (key === null) {
      expect(c.status).toBe('ambiguous');
      expect(c.reason).toBeTruthy();
    } else {
      expect(c.status).toBe('unknown');
    }
  });

  it('reads the type of a Quốc hội number from its type word: a law, or a resolution numbered as laws are', () => {
    expect(only('Luật số 73/2006/QH11').type).toBe('luat');
    expect(only('số 73/2006/QH11').type).toBe('luat');
    expect(only('Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội')).toMatchObject({ type: 'nghi-quyet', key: 'tw|2025|202|QH15' });
  });

  it('produces keys with keyOf, the function the corpus uses', () => {
    const c = only('Kế hoạch số 08/KH-UBND ngày 13/01/2017 của UBND tỉnh Kiên Giang');
    expect(c.key).toBe(keyOf('kien-giang', 2017, '08', 'KH-UBND'));
  });

  it('says why a local reference without date or issuer is ambiguous', () => {
    expect(only('Kế hoạch số 60/KH-UBND', { context: tanYen }).reason).toMatch(/neither a date nor an issuer clause/);
  });

  it('reports the OCR correction', () => {
    const c = only('Thông tư số 191/2009/TT-TTC ngày 01/10/2009 của Bộ Tài chính');
    expect(c.symbol).toBe('TT-BTC');
    expect(c.raw).toContain('TT-TTC');
    expect(c.notes.join(' ')).toMatch(/"TTC" read as "BTC"/);
  });

  it('takes the year from the number when a date disagrees', () => {
    const c = only('Nghị định số 56/2012/NĐ-CP ngày 16/7/2013');
    expect(c.year).toBe(2012);
    expect(c.notes.join(' ')).toMatch(/number says 2012/);
  });
});
