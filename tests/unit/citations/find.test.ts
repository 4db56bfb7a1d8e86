import { describe, expect, it } from 'vitest';
import { cite, only, squash } from './helpers.ts';

// [text, raw (whitespace collapsed), shape, type, canonical number-symbol]
const shapes: Array<[string, string, string, string | null, string]> = [
  ['Nghị định số 56/2012/NĐ-CP ngày 16/7/2012 của Chính phủ quy định', 'Nghị định số 56/2012/NĐ-CP ngày 16/7/2012 của Chính phủ', 'normative', 'nghi-dinh', '56/2012/NĐ-CP'],
  ['theo Thông tư số 191/2009/TT-BTC ngày 01/10/2009 của Bộ Tài chính.', 'Thông tư số 191/2009/TT-BTC ngày 01/10/2009 của Bộ Tài chính', 'normative', 'thong-tu', '191/2009/TT-BTC'],
  ['Luật số 73/2006/QH11 về bình đẳng giới', 'Luật số 73/2006/QH11', 'normative', 'luat', '73/2006/QH11'],
  ['Thông tư liên tịch số 07/2011/TTLT-BYT-BNV hướng dẫn', 'Thông tư liên tịch số 07/2011/TTLT-BYT-BNV', 'normative', 'thong-tu-lien-tich', '07/2011/TTLT-BYT-BNV'],
  ['Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư Trung ương Đảng về', 'Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư Trung ương Đảng', 'party', 'chi-thi', '21-CT/TW'],
  ['Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị khóa X về công tác', 'Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị khóa X', 'party', 'nghi-quyet', '11-NQ/TW'],
  ['Kế hoạch số 61-KH/TU ngày 13/4/2018 của Tỉnh ủy Lạng Sơn về', 'Kế hoạch số 61-KH/TU ngày 13/4/2018 của Tỉnh ủy Lạng Sơn', 'party', 'ke-hoach', '61-KH/TU'],
  ['Chương trình hành động số 24-CTr/TU ngày 26/5/2008', 'Chương trình hành động số 24-CTr/TU ngày 26/5/2008', 'party', 'chuong-trinh', '24-CTr/TU'],
  ['theo Quyết định số 320-QĐ/TU ngày 13/6/2016', 'Quyết định số 320-QĐ/TU ngày 13/6/2016', 'party', 'quyet-dinh', '320-QĐ/TU'],
  ['Thông báo kết luận số 196-TB/TW ngày 16/3/2015 của Ban Bí thư', 'Thông báo kết luận số 196-TB/TW ngày 16/3/2015 của Ban Bí thư', 'party', 'thong-bao', '196-TB/TW'],
  ['tại công văn số 1027-CV/TU ngày 27/10/2014;', 'công văn số 1027-CV/TU ngày 27/10/2014', 'party', 'cong-van', '1027-CV/TU'],
  ['Thông tri số 05-TT/TU ngày 2/3/2016', 'Thông tri số 05-TT/TU ngày 2/3/2016', 'party', 'thong-tri', '05-TT/TU'],
  ['đạt tỷ lệ 36-CT/TW ngày 30/5/2014 của Bộ Chính trị', '36-CT/TW ngày 30/5/2014 của Bộ Chính trị', 'party', 'chi-thi', '36-CT/TW'],
  ['Kế hoạch số 96/KH-UBND ngày 29/5/2018', 'Kế hoạch số 96/KH-UBND ngày 29/5/2018', 'administrative', 'ke-hoach', '96/KH-UBND'],
  ['Quyết định số 498/QĐ-TTg ngày 14/4/2015 của Thủ tướng Chính phủ và', 'Quyết định số 498/QĐ-TTg ngày 14/4/2015 của Thủ tướng Chính phủ', 'administrative', 'quyet-dinh', '498/QĐ-TTg'],
  ['theo hướng dẫn số 156/HD-UBQG ngày 26/11/2004 của Ủy ban Quốc gia VSTBPN Việt Nam.', 'hướng dẫn số 156/HD-UBQG ngày 26/11/2004 của Ủy ban Quốc gia VSTBPN Việt Nam', 'administrative', 'huong-dan', '156/HD-UBQG'],
  ['Nghị quyết số 57/NQ-CP ngày 01/12/2009 của Chính phủ về', 'Nghị quyết số 57/NQ-CP ngày 01/12/2009 của Chính phủ', 'administrative', 'nghi-quyet', '57/NQ-CP'],
  ['Quyết định số 12/QĐ-UBND-VX ngày 3/4/2019', 'Quyết định số 12/QĐ-UBND-VX ngày 3/4/2019', 'administrative', 'quyet-dinh', '12/QĐ-UBND-VX'],
  ['Công văn số 68/UBND-VHXH ngày 16/01/2019', 'Công văn số 68/UBND-VHXH ngày 16/01/2019', 'cong-van', 'cong-van', '68/UBND-VHXH'],
  ['Thực hiện Công văn số 4993/BNV-TH ngày 08/10/2018 của Bộ Nội vụ về việc', 'Công văn số 4993/BNV-TH ngày 08/10/2018 của Bộ Nội vụ', 'cong-van', 'cong-van', '4993/BNV-TH'],
  ['Căn cứ Hướng dẫn số 236/LĐTBXH-BVCSTE&BĐG ngày 30/01/2019 của Sở LĐTB&XH tỉnh Bắc Giang về việc', 'Hướng dẫn số 236/LĐTBXH-BVCSTE&BĐG ngày 30/01/2019 của Sở LĐTB&XH tỉnh Bắc Giang', 'cong-van', 'huong-dan', '236/LĐTBXH-BVCSTE&BĐG'],
  ['xem văn bản 2458/BVSTBCPN-VX ngày 23/3/2015', 'văn bản 2458/BVSTBCPN-VX ngày 23/3/2015', 'cong-van', 'cong-van', '2458/BVSTBCPN-VX'],
];

describe('find: every shape', () => {
  it.each(shapes)('%s', (text, raw, shape, type, numberSymbol) => {
    const c = only(text);
    expect(squash(c.raw)).toBe(raw);
    expect(c.shape).toBe(shape);
    expect(c.type).toBe(type);
    expect(c.numberSymbol).toBe(numberSymbol);
  });
});

// [text, canonical number-symbol, core text as written]
const variants: Array<[string, string, string]> = [
  ['Chỉ thị số 21- CT/TW ngày 20/01/2018', '21-CT/TW', 'Chỉ thị số 21- CT/TW'],
  ['Chỉ thị số 21/CT-TW ngày 20/01/2018', '21-CT/TW', 'Chỉ thị số 21/CT-TW'],
  ['Chỉ thị số\n21-CT/TW, ngày 20/01/2018', '21-CT/TW', 'Chỉ thị số\n21-CT/TW'],
  ['triển khai Chỉ\nthị số 21/CT-TW ngày 20/01/2018', '21-CT/TW', 'Chỉ\nthị số 21/CT-TW'],
  ['CHỈ THỊ SỐ 21-CT/TW, NGÀY 20/01/2018 CỦA\nBAN BÍ THƯ TRUNG ƯƠNG ĐẢNG', '21-CT/TW', 'CHỈ THỊ SỐ 21-CT/TW'],
  ['Chỉ thị số 21–CT/TW (en dash)', '21-CT/TW', 'Chỉ thị số 21–CT/TW'],
  ['Chỉ thị số 21—CT/TW (em dash)', '21-CT/TW', 'Chỉ thị số 21—CT/TW'],
  ['Chỉ thị số 21\u2011CT/TW (non-breaking hyphen)', '21-CT/TW', 'Chỉ thị số 21\u2011CT/TW'],
  ['Chỉ thị số 21-CT/TƯ', '21-CT/TW', 'Chỉ thị số 21-CT/TƯ'],
  ['Chỉ thị số 21 - CT / TW', '21-CT/TW', 'Chỉ thị số 21 - CT / TW'],
  ['Nghị định số 56/2012/ND-CP', '56/2012/NĐ-CP', 'Nghị định số 56/2012/ND-CP'],
  ['Nghị định số 56/2012/NĐCP', '56/2012/NĐ-CP', 'Nghị định số 56/2012/NĐCP'],
  ['Nghị định số 56/2012/NĐ- CP', '56/2012/NĐ-CP', 'Nghị định số 56/2012/NĐ- CP'],
  ['Nghị định số 56 / 2012 / NĐ - CP', '56/2012/NĐ-CP', 'Nghị định số 56 / 2012 / NĐ - CP'],
  ['Nghị định số 56/2012/NÐ-CP (eth)', '56/2012/NĐ-CP', 'Nghị định số 56/2012/NÐ-CP'],
  ['Nghị định số 56/2012/NĐ-\u00ADCP (soft hyphen)', '56/2012/NĐ-CP', 'Nghị định số 56/2012/NĐ-\u00ADCP'],
  ['NGHỊ ĐỊNH SỐ 56/2012/NĐ-CP', '56/2012/NĐ-CP', 'NGHỊ ĐỊNH SỐ 56/2012/NĐ-CP'],
  ['Quyết định số 498/QĐ-TTG', '498/QĐ-TTg', 'Quyết định số 498/QĐ-TTG'],
  ['Quyết định số 498/QD-TTg', '498/QĐ-TTg', 'Quyết định số 498/QD-TTg'],
  ['Kế hoạch số 08/KH-\n\n\n\nUBND ngày 13/01/2017', '08/KH-UBND', 'Kế hoạch số 08/KH-\n\n\n\nUBND'],
  ['Công văn 68 /UBND-VHXH', '68/UBND-VHXH', 'Công văn 68 /UBND-VHXH'],
  ['Nghị định số 56/2012/NĐ-CP ngày  \n16/7/2012', '56/2012/NĐ-CP', 'Nghị định số 56/2012/NĐ-CP'],
  ['Chương trình hành động số 24-CTR/TU', '24-CTr/TU', 'Chương trình hành động số 24-CTR/TU'],
  ['Nghị định số: 56/2012/NĐ-CP', '56/2012/NĐ-CP', 'Nghị định số: 56/2012/NĐ-CP'],
];

describe('find: variants real text has', () => {
  it.each(variants)('%j', (text, numberSymbol, core) => {
    const c = only(text);
    expect(c.numberSymbol).toBe(numberSymbol);
    expect(text.slice(c.coreStart, c.coreEnd)).toBe(core);
  });

  it('finds a reference written in decomposed Unicode (NFD) and reports offsets in the NFD input', () => {
    const text = 'Căn cứ Nghị định số 56/2012/NĐ-CP ngày 16/7/2012 của Chính phủ'.normalize('NFD');
    const c = only(text);
    expect(c.numberSymbol).toBe('56/2012/NĐ-CP');
    expect(c.raw.normalize('NFC')).toBe('Nghị định số 56/2012/NĐ-CP ngày 16/7/2012 của Chính phủ');
  });
});

// [text, ISO date]
const dates: Array<[string, string | null]> = [
  ['Nghị định số 56/2012/NĐ-CP ngày 16/7/2012', '2012-07-16'],
  ['Chỉ thị số 21-CT/TW, ngày 20/01/2018', '2018-01-20'],
  ['Chỉ thị số 21-CT/TW ngày 20-01-2018', '2018-01-20'],
  ['Chỉ thị số 21-CT/TW 20/1/2018', '2018-01-20'],
  ['Chỉ thị số 21-CT/TW ngày 20.01.2018', '2018-01-20'],
  ['Chương trình số 35-CTr/TU, ngày 27 tháng 8 năm 2007', '2007-08-27'],
  ['CHỈ THỊ SỐ 21-CT/TW, NGÀY 20/01/2018', '2018-01-20'],
  ['Chỉ thị số 21-CT/TW ngày\n20/01/2018', '2018-01-20'],
  ['Kế hoạch số 53/KH-UBND, ngày\n23/3/2017', '2017-03-23'],
  ['Chỉ thị số 21-CT/TW năm 2018', '2018'],
  ['Kế hoạch số 61-KH/TU của Tỉnh ủy Lạng Sơn ngày 13/4/2018', '2018-04-13'],
  ['Kế hoạch số 96/KH-UBND ngày 31/02/2018', null],
  ['Kế hoạch số 96/KH-UBND', null],
];

describe('find: every date form', () => {
  it.each(dates)('%j → %s', (text, date) => {
    expect(only(text).date).toBe(date);
  });
});

// [text, issuer clause as named, or null]
const issuers: Array<[string, string | null]> = [
  ['Nghị định số 56/2012/NĐ-CP ngày 16/7/2012 của Chính phủ quy định trách nhiệm', 'Chính phủ'],
  ['Quyết định số 178/QĐ-TTg ngày 28/01/2016 của Thủ tướng Chính phủ về Kế hoạch', 'Thủ tướng Chính phủ'],
  ['Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư Trung ương Đảng về tiếp tục', 'Ban Bí thư Trung ương Đảng'],
  ['Kế hoạch số 08/KH-UBND ngày 13/01/2017 của Ủy ban nhân dân tỉnh, chủ trì', 'Ủy ban nhân dân tỉnh'],
  ['Kế hoạch số 08/KH-UBND ngày 13/01/2017 của UBND tỉnh Kiên Giang về', 'UBND tỉnh Kiên Giang'],
  ['Kế hoạch số 61-KH/TU ngày 13/4/2018 của Tỉnh ủy Lạng Sơn\nvề thực hiện', 'Tỉnh ủy Lạng Sơn'],
  ['Công văn số 4993/BNV-TH ngày 08/10/2018 của Bộ Nội vụ về việc', 'Bộ Nội vụ'],
  ['Hướng dẫn số 236/LĐTBXH-BVCSTE&BĐG ngày 30/01/2019 của Sở LĐTB&XH tỉnh Bắc Giang về việc', 'Sở LĐTB&XH tỉnh Bắc Giang'],
  ['hướng dẫn số 156/HD-UBQG ngày 26/11/2004 của Ủy ban Quốc gia VSTBPN Việt Nam và báo cáo', 'Ủy ban Quốc gia VSTBPN Việt Nam'],
  ['Kế hoạch số 32/KH-UBND ngày 19/5/2011 của UBND huyện Tân Yên về', 'UBND huyện Tân Yên'],
  ['Chương trình số 35-CTr/TU, ngày 27 tháng 8 năm 2007 của Ban Thường vụ Tỉnh ủy Kon Tum về thực hiện', 'Ban Thường vụ Tỉnh ủy Kon Tum'],
  ['Công văn số 12/LĐTBXH-BĐG ngày 2/3/2019 của Bộ Lao động - Thương binh và Xã hội về việc', 'Bộ Lao động - Thương binh và Xã hội'],
  ['Thông tư số 191/2009/TT-BTC ngày 01/10/2009 của Bộ Tài\nchính Hướng dẫn, quản lý', 'Bộ Tài chính'],
  ['Quyết định số 320-QĐ/TU ngày 13/6/2016 của Ban Thường vụ Tỉnh ủy ban hành Quy chế', 'Ban Thường vụ Tỉnh ủy'],
  ['Nghị quyết số 11-NQ/TW của Bộ chính trị về "Công tác phụ nữ"', 'Bộ chính trị'],
  ['Kế hoạch số 96/KH-UBND ngày 29/5/2018 của mỗi cơ quan', null],
  ['Kế hoạch số 96/KH-UBND ngày 29/5/2018', null],
];

describe('find: issuer clauses', () => {
  it.each(issuers)('%j', (text, issuer) => {
    expect(only(text).issuer).toBe(issuer);
  });

  it('reads an issuer named before the reference: "của Ban thường vụ Tỉnh ủy tại công văn số …"', () => {
    const c = only('theo chỉ đạo của Ban thường vụ Tỉnh ủy tại công văn số 1027-CV/TU ngày 27/10/2014; những vấn đề');
    expect(c.issuer).toBe('Ban thường vụ Tỉnh ủy');
    expect(c.raw).toBe('công văn số 1027-CV/TU ngày 27/10/2014');
  });
});

describe('find: short forms and names', () => {
  it.each([
    ['Theo Nghị định 56, các sở', 'Nghị định 56', 'nghi-dinh', '56'],
    ['thực hiện Chỉ thị 21.', 'Chỉ thị 21', 'chi-thi', '21'],
    ['Ban Chỉ đạo thực hiện Nghị định số 56, căn cứ', 'Nghị định số 56', 'nghi-dinh', '56'],
    ['NGHỊ ĐỊNH 56 và', 'NGHỊ ĐỊNH 56', 'nghi-dinh', '56'],
    ['theo Nghị định 56/2012 của Chính phủ', 'Nghị định 56/2012', 'nghi-dinh', '56'],
  ])('%j is a short form', (text, raw, type, number) => {
    const c = only(text);
    expect(c.shape).toBe('short');
    expect(c.raw).toBe(raw);
    expect(c.type).toBe(type);
    expect(c.number).toBe(number);
  });

  it.each([
    ['theo kế hoạch 5 năm của các cấp'],
    ['Kế hoạch 2 năm'],
    ['tình hình thực hiện Chỉ thị và Kế hoạch này'],
    ['Kế hoạch thực hiện Chỉ thị của Ban Bí thư'],
  ])('%j has no short form', (text) => {
    expect(cite(text)).toEqual([]);
  });
});

describe('find: not references', () => {
  it.each([
    ['a plain date', 'Ngày 19/01/2018, tại Hội trường'],
    ['a date with "ngày"', 'trước ngày 10/02/2018.'],
    ['a date range', 'từ 15/11/2019 đến ngày 15/12/2019'],
    ['a date with dashes', 'ngày 20-01-2018'],
    ['a year range', 'giai đoạn 2016-2020'],
    ['a year range with a space', 'nhiệm kỳ 2015- 2020,đại biểu'],
    ['a spaced year range', 'nhiệm kỳ 2021 - 2025'],
    ['a phone number', 'điện thoại: 037.714.155, email'],
    ['a dashed phone number', 'gọi 0912-345-678'],
    ['a section number', '1. Tăng cường công tác'],
    ['a Roman section number', 'II. YÊU CẦU'],
    ['a blank number placeholder', 'Số:      /KH-UBND'],
    ['an ellipsis placeholder', 'Số: …/KH-UBND'],
    ['a dotted placeholder', 'Số: .../KH-UBND'],
    ["the document's own number", 'Số: 96/KH-UBND\nLạng Sơn, ngày 29 tháng 5 năm 2018'],
    ["the document's own number, spaced", 'Số: 68 /UBND-VHXH'],
    ["the document's own number, bold", 'Số: **146**.../UBND-LĐTBXH'],
    ['a quarter', 'Hoàn thành trong Quý I/2018'],
    ['an abbreviation with a slash', '- Chủ tịch UBND tỉnh (B/cáo);'],
    ['"v/v"', 'Kế hoạch v/v điều chỉnh'],
    ['"Đ/c"', 'Đ/c Trần Thị Nga -PCT UBND tỉnh'],
    ['an address', 'số 74/Tô Vĩnh Diện - Phường Đông Thọ'],
    ['a bare type word', 'triển khai thực hiện Chỉ thị; tăng cường'],
    ['distribution list codes', 'Lưu: VT, KGVX (PT); TT.TU, TT.HĐND tỉnh'],
    ['a term number', 'Đại biểu Khóa XV'],
    ['a fraction', 'đạt 3/4 chỉ tiêu'],
    ['a product code', 'COVID-19'],
    ['a form code', 'theo Mẫu số 02/BC-UBND kèm theo; Biểu mẫu 01/KH-UBND'],
  ])('%s: %j', (_what, text) => {
    expect(cite(text)).toEqual([]);
  });
});

describe('find: several references in one text', () => {
  it('keeps them in order, each with its own span', () => {
    const text = 'Căn cứ Luật số 73/2006/QH11; Nghị định số 56/2012/NĐ-CP ngày 16/7/2012 của Chính phủ; Quyết định số 498/QĐ-TTg.';
    expect(cite(text).map((c) => c.numberSymbol)).toEqual(['73/2006/QH11', '56/2012/NĐ-CP', '498/QĐ-TTg']);
  });
});

describe('find: issuer clauses in capitals', () => {
  it.each([
    ['KẾ HOẠCH SỐ 08/KH-UBND NGÀY 13/01/2017 CỦA UBND TỈNH KIÊN GIANG VỀ VIỆC', 'UBND TỈNH KIÊN GIANG', 'kien-giang|2017|8|KH-UBND'],
    ['KẾ HOẠCH SỐ 61-KH/TU NGÀY 13/4/2018 CỦA TỈNH ỦY LẠNG SƠN VỀ THỰC HIỆN', 'TỈNH ỦY LẠNG SƠN', 'lang-son|2018|61|KH/TU'],
    ['Kế hoạch số 5/KH-UBND ngày 3/1/2019 của UBND tỉnh Bà Rịa - Vũng Tàu về', 'UBND tỉnh Bà Rịa - Vũng Tàu', 'ba-ria-vung-tau|2019|5|KH-UBND'],
  ])('%j', (text, issuer, key) => {
    const c = only(text);
    expect(c.issuer).toBe(issuer);
    expect(c.key).toBe(key);
  });
});
