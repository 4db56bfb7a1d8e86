import { describe, expect, it } from 'vitest';
import { removeResidue } from '../../../src/lib/importer/clean.ts';
import { extractHeader, type HeaderFields } from '../../../src/lib/importer/header.ts';
import { toSourceLines } from '../../../src/lib/importer/source-lines.ts';

// Header variants written in the style of real documents: each case gives the raw text (header,
// a line of body, and usually a closing) and the fields the extractor must read from it.

function read(text: string) {
  return extractHeader(removeResidue(toSourceLines(text)).lines);
}

const body = 'Căn cứ Nghị định số 56/2012/NĐ-CP ngày 16/7/2012 của Chính phủ,';

interface Case {
  name: string;
  text: string;
  fields: Partial<HeaderFields>;
  /** Kinds of the missing entries, in order; [] when nothing is missing. */
  missing?: string[];
  /** First body line (text), to check where the header ends. */
  bodyStartsWith?: string;
  party?: boolean;
}

const cases: Case[] = [
  {
    name: 'provincial People’s Committee, công văn, Markdown bold and hard breaks (seed 000 style)',
    text: `**ỦY BAN NHÂN DÂN  \nTỈNH KIÊN GIANG**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  \nĐộc lập - Tự do - Hạnh phúc**\n\nSố: 68 /UBND-VHXH\n\nKiên Giang, ngày 16 tháng 01 năm 2019\n\nV/v tiếp tục triển khai thực hiện  \nNghị định số 56/2012/NĐ-CP trên địa  \nbàn tỉnh Kiên Giang.\n\nKính gửi:\n\n- Các sở, ban, ngành cấp tỉnh;\n- UBND các huyện, thành phố.\n\n${body}\n\n**Nơi nhận:**\n\n- Như trên;\n- Lưu: VT, tthuy.\n\n**KT. CHỦ TỊCH  \nPHÓ CHỦ TỊCH**\n\n\n\n**Đỗ Thanh Bình**\n`,
    fields: {
      type: 'cong-van',
      numberSymbol: '68/UBND-VHXH',
      year: 2019,
      title: 'Tiếp tục triển khai thực hiện Nghị định số 56/2012/NĐ-CP trên địa bàn tỉnh Kiên Giang',
      issuer: { name: 'Ủy ban nhân dân tỉnh Kiên Giang', parent: null, level: 'tinh' },
      province: 'kien-giang',
      district: null,
      place: 'Kiên Giang',
      issued: '2019-01-16',
      signer: { authority: { prefix: 'KT.', of: 'Chủ tịch' }, title: 'Phó Chủ tịch', name: 'Đỗ Thanh Bình' },
      addressees: ['Các sở, ban, ngành cấp tỉnh', 'UBND các huyện, thành phố'],
      recipients: ['Như trên', 'Lưu: VT, tthuy'],
    },
    missing: [],
    bodyStartsWith: 'Căn cứ',
  },
  {
    name: 'provincial kế hoạch, one-digit day and month, upper-case abstract over two lines',
    text: `ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 9/KH-UBND\n\nKon Tum, ngày 5 tháng 3 năm 2019\n\nKẾ HOẠCH\nTHỰC HIỆN LUẬT BÌNH ĐẲNG GIỚI\nTRÊN ĐỊA BÀN TỈNH KON TUM NĂM 2019\n\nThực hiện Luật Bình đẳng giới, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn Hòa\n`,
    fields: {
      type: 'ke-hoach',
      numberSymbol: '9/KH-UBND',
      issued: '2019-03-05',
      title: 'Thực hiện Luật Bình đẳng giới trên địa bàn tỉnh Kon Tum năm 2019',
      issuer: { name: 'Ủy ban nhân dân tỉnh Kon Tum', parent: null, level: 'tinh' },
      province: 'kon-tum',
      signer: { authority: { prefix: 'TM.', of: 'Ủy ban nhân dân' }, title: 'Chủ tịch', name: 'Nguyễn Văn Hòa' },
      addressees: [],
    },
    missing: [],
    bodyStartsWith: 'Thực hiện Luật',
  },
  {
    name: 'district People’s Committee whose province the district table knows (seed 003 style)',
    text: `**ỦY BAN NHÂN DÂN\nHUYỆN TÂN YÊN**\n\n**CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc**\n\nSố: **146**.../UBND-LĐTBXH\nV/v hướng dẫn triển khai công tác\nbình đẳng giới năm 2019.\n\nTân Yên, ngày **19**...tháng 02 năm 2019\n\nKính gửi:\n\n- UBND các xã, thị trấn.\n\n${body}\n`,
    fields: {
      type: 'cong-van',
      numberSymbol: '146/UBND-LĐTBXH',
      title: 'Hướng dẫn triển khai công tác bình đẳng giới năm 2019',
      issuer: { name: 'Ủy ban nhân dân huyện Tân Yên', parent: 'Ủy ban nhân dân tỉnh Bắc Giang', level: 'huyen' },
      province: 'bac-giang',
      district: 'Tân Yên',
      place: 'Tân Yên',
      issued: '2019-02-19',
      signer: null,
    },
    missing: ['no-signer'],
  },
  {
    name: 'district whose name repeats across provinces: province left null and flagged',
    text: `UBND HUYỆN CHÂU THÀNH\n\nSố: 15/KH-UBND\n\nChâu Thành, ngày 02 tháng 4 năm 2020\n\nKẾ HOẠCH\nTuyên truyền về bình đẳng giới năm 2020\n\n${body}\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Nam\n`,
    fields: {
      issuer: { name: 'Ủy ban nhân dân huyện Châu Thành', parent: null, level: 'huyen' },
      province: null,
      district: 'Châu Thành',
      title: 'Tuyên truyền về bình đẳng giới năm 2020',
    },
    missing: ['no-province'],
  },
  {
    name: 'Sở under the provincial People’s Committee, name over two lines',
    text: `UBND TỈNH BẮC GIANG\nSỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 236/LĐTBXH-BVCSTE&BĐG\nV/v hướng dẫn triển khai công tác bình đẳng giới năm 2019\n\nBắc Giang, ngày 30 tháng 01 năm 2019\n\n${body}\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLê Thị Thu\n`,
    fields: {
      type: 'cong-van',
      numberSymbol: '236/LĐTBXH-BVCSTE&BĐG',
      issuer: { name: 'Sở Lao động - Thương binh và Xã hội tỉnh Bắc Giang', parent: 'Ủy ban nhân dân tỉnh Bắc Giang', level: 'tinh' },
      province: 'bac-giang',
      signer: { authority: { prefix: 'KT.', of: 'Giám đốc' }, title: 'Phó Giám đốc', name: 'Lê Thị Thu' },
    },
    missing: [],
  },
  {
    name: 'Ban under the provincial People’s Committee, side by side with runs of spaces (seed 004 style)',
    text: `UBND TỈNH THANH HÓA   CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN VÌ SỰ TIẾN BỘ CỦA PHỤ NỮ   Độc lập - Tự do - Hạnh phúc\nSố:2458/BVSTBCPN-VX   Thanh Hóa, ngày 23 tháng 3 năm 2015\nV/v hướng dẫn hoạt động năm 2015\nKính gửi: Ban vì sự tiến bộ của phụ nữ các Sở, ban, ngành,\nhuyện, thị xã, thành phố.\nNăm 2015 có ý nghĩa rất quan trọng.\nNơi nhận:   TRƯỞNG BAN\n- Như trên;\n- Lưu: VT, VX\nPHÓ CHỦ TỊCH UBND TỈNH\nPhạm Đăng Quyền\n`,
    fields: {
      type: 'cong-van',
      numberSymbol: '2458/BVSTBCPN-VX',
      title: 'Hướng dẫn hoạt động năm 2015',
      issuer: { name: 'Ban Vì sự tiến bộ của phụ nữ tỉnh Thanh Hóa', parent: 'Ủy ban nhân dân tỉnh Thanh Hóa', level: 'tinh' },
      province: 'thanh-hoa',
      place: 'Thanh Hóa',
      issued: '2015-03-23',
      addressees: ['Ban vì sự tiến bộ của phụ nữ các Sở, ban, ngành, huyện, thị xã, thành phố'],
      signer: { authority: null, title: 'Trưởng ban, Phó Chủ tịch UBND tỉnh', name: 'Phạm Đăng Quyền' },
      recipients: ['Như trên', 'Lưu: VT, VX'],
    },
    missing: [],
    bodyStartsWith: 'Năm 2015',
  },
  {
    name: 'columns run together with single spaces (an OCR line)',
    text: `UBND TỈNH THANH HÓA CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN VÌ SỰ TIỂN BỘ CỦA PHỤ NỮ Độc lập - Tự do - Hạnh phúc\nSố: 12/KH-BVSTBCPN Thanh Hóa, ngày 2 tháng 3 năm 2016\nKẾ HOẠCH\nHoạt động năm 2016\n${body}\n`,
    fields: {
      type: 'ke-hoach',
      numberSymbol: '12/KH-BVSTBCPN',
      issuer: { name: 'Ban Vì sự tiến bộ của phụ nữ tỉnh Thanh Hóa', parent: 'Ủy ban nhân dân tỉnh Thanh Hóa', level: 'tinh' },
      place: 'Thanh Hóa',
      issued: '2016-03-02',
      title: 'Hoạt động năm 2016',
    },
  },
  {
    name: 'provincial Party committee: ĐẢNG CỘNG SẢN VIỆT NAM instead of the motto, "Số 61-KH/TU"',
    text: `TỈNH ỦY LẠNG SƠN\n*\nSố 61-KH/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nLạng Sơn, ngày 13 tháng 4 năm 2018\n\nKẾ HOẠCH\nthực hiện Chỉ thị số 21-CT/TW, ngày 20/01/2018 của Ban Bí thư\nvề tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới\n\n${body}\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nNguyễn Văn A\n`,
    fields: {
      type: 'ke-hoach',
      numberSymbol: '61-KH/TU',
      title: 'Thực hiện Chỉ thị số 21-CT/TW, ngày 20/01/2018 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới',
      issuer: { name: 'Tỉnh ủy Lạng Sơn', parent: null, level: 'tinh' },
      province: 'lang-son',
      issued: '2018-04-13',
      signer: { authority: { prefix: 'TM.', of: 'Ban Thường vụ' }, title: 'Phó Bí thư', name: 'Nguyễn Văn A' },
    },
    missing: [],
    party: true,
  },
  {
    name: 'district Party committee under its Đảng bộ',
    text: `ĐẢNG BỘ TỈNH BẮC GIANG\nHUYỆN ỦY TÂN YÊN\n*\nSố 12-CTr/HU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nTân Yên, ngày 20 tháng 6 năm 2018\n\nCHƯƠNG TRÌNH\nhành động thực hiện Chỉ thị số 21-CT/TW\n\n${body}\n`,
    fields: {
      type: 'chuong-trinh',
      numberSymbol: '12-CTr/HU',
      issuer: { name: 'Huyện ủy Tân Yên', parent: 'Đảng bộ tỉnh Bắc Giang', level: 'huyen' },
      province: 'bac-giang',
      district: 'Tân Yên',
      title: 'Hành động thực hiện Chỉ thị số 21-CT/TW',
    },
    party: true,
  },
  {
    name: 'central Party body: chỉ thị with an upper-case abstract',
    text: `BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 21-CT/TW\n\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 20 tháng 01 năm 2018\n\nCHỈ THỊ\nCỦA BAN BÍ THƯ VỀ TIẾP TỤC ĐẨY MẠNH CÔNG TÁC PHỤ NỮ TRONG TÌNH HÌNH MỚI\n\nQua 10 năm thực hiện Nghị quyết số 11-NQ/TW,\n`,
    fields: {
      type: 'chi-thi',
      numberSymbol: '21-CT/TW',
      title: 'Của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới',
      issuer: { name: 'Ban Chấp hành Trung ương', parent: null, level: 'trung-uong' },
      province: null,
      place: 'Hà Nội',
    },
    party: true,
  },
  {
    name: 'centrally-run city is a province',
    text: `ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n\nSố: 110/KH-UBND\n\nHà Nội, ngày 14 tháng 5 năm 2021\n\nKẾ HOẠCH\nThực hiện công tác bình đẳng giới năm 2021\n\n${body}\n`,
    fields: { issuer: { name: 'Ủy ban nhân dân thành phố Hà Nội', parent: null, level: 'tinh' }, province: 'ha-noi' },
  },
  {
    name: 'draft: "Số:      /KH-UBND" with a blank number',
    text: `ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nSố:      /KH-UBND\n\nLạng Sơn, ngày 10 tháng 9 năm 2019\n\nKẾ HOẠCH\nTriển khai Tháng hành động vì bình đẳng giới\n\n${body}\n`,
    fields: { type: 'ke-hoach', numberSymbol: null, issued: '2019-09-10' },
    missing: ['blank-number', 'no-signer'],
  },
  {
    name: 'draft công văn: blank number and a V/v line',
    text: `ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\n\nSố:    /UBND-VHXH\nV/v báo cáo công tác bình đẳng giới\n\nKiên Giang, ngày 03 tháng 10 năm 2019\n\n${body}\n`,
    fields: { type: 'cong-van', numberSymbol: null, title: 'Báo cáo công tác bình đẳng giới' },
    missing: ['blank-number', 'no-signer'],
  },
  {
    name: 'draft date: "ngày    tháng 5 năm 2019" keeps the month',
    text: `ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 7/KH-UBND\n\nKon Tum, ngày    tháng 5 năm 2019\n\nKẾ HOẠCH\nTập huấn về giới\n\n${body}\n`,
    fields: { issued: '2019-05', year: 2019, place: 'Kon Tum' },
    missing: ['day-blank', 'no-signer'],
  },
  {
    name: 'TL. signer with the office of the Chánh Văn phòng',
    text: `ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nSố: 1200/UBND-KGVX\nV/v triển khai Tháng hành động\n\nLạng Sơn, ngày 8 tháng 11 năm 2019\n\n${body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n(Đã ký)\nLê Văn Bình\n`,
    fields: { signer: { authority: { prefix: 'TL.', of: 'Chủ tịch' }, title: 'Chánh Văn phòng', name: 'Lê Văn Bình' } },
    missing: [],
  },
  {
    name: 'TUQ. signer (by authorisation)',
    text: `ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 1486/UBND-VX\nV/v triển khai Thông báo số 196-TB/TW\n\nKon Tum, ngày 14 tháng 7 năm 2015\n\n${body}\n\nTUQ. CHỦ TỊCH\nGIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nĐào Xuân Quang\n`,
    fields: {
      numberSymbol: '1486/UBND-VX',
      signer: { authority: { prefix: 'TUQ.', of: 'Chủ tịch' }, title: 'Giám đốc Sở Lao động - Thương binh và Xã hội', name: 'Đào Xuân Quang' },
    },
    missing: [],
  },
  {
    name: 'Q. signer (acting)',
    text: `SỞ NỘI VỤ TỈNH KON TUM\n\nSố: 45/SNV-TCCB\nV/v cử cán bộ nữ đi đào tạo\n\nKon Tum, ngày 1 tháng 8 năm 2017\n\n${body}\n\nQ. GIÁM ĐỐC\nNguyễn Thị Lan\n`,
    fields: {
      issuer: { name: 'Sở Nội vụ tỉnh Kon Tum', parent: null, level: 'tinh' },
      signer: { authority: { prefix: 'Q.', of: 'Giám đốc' }, title: null, name: 'Nguyễn Thị Lan' },
    },
    missing: [],
  },
  {
    name: 'a Markdown pipe table with <br> inside cells',
    text: `| ỦY BAN NHÂN DÂN<br>TỈNH KIÊN GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |\n|---|---|\n| Số: 68/UBND-VHXH<br>V/v tiếp tục thực hiện Nghị định số 56/2012/NĐ-CP | Kiên Giang, ngày 16 tháng 01 năm 2019 |\n\n${body}\n`,
    fields: {
      type: 'cong-van',
      numberSymbol: '68/UBND-VHXH',
      title: 'Tiếp tục thực hiện Nghị định số 56/2012/NĐ-CP',
      issuer: { name: 'Ủy ban nhân dân tỉnh Kiên Giang', parent: null, level: 'tinh' },
      issued: '2019-01-16',
    },
    bodyStartsWith: 'Căn cứ',
  },
  {
    name: 'a Markdown table read row by row: the issuing body’s two lines are in two rows',
    text: `| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| --- | --- |\n| TỈNH LẠNG SƠN | Độc lập - Tự do - Hạnh phúc |\n| Số: 96/KH-UBND | Lạng Sơn, ngày 29 tháng 5 năm 2018 |\n\nKẾ HOẠCH\nTriển khai thực hiện Chỉ thị số 21-CT/TW\n\n${body}\n`,
    fields: {
      numberSymbol: '96/KH-UBND',
      issuer: { name: 'Ủy ban nhân dân tỉnh Lạng Sơn', parent: null, level: 'tinh' },
      place: 'Lạng Sơn',
      issued: '2018-05-29',
      type: 'ke-hoach',
    },
  },
  {
    name: '`|` and `-------` residue of a table layout, date broken over two lines (seed 001 style)',
    text: `ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 96/KH-UBND\n|\nLạng Sơn, ngày 29\ntháng 5 năm 2018\n|\nKẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 21-CT/TW, NGÀY 20/01/2018 CỦA\nBAN BÍ THƯ TRUNG ƯƠNG ĐẢNG VỀ TIẾP TỤC ĐẨY MẠNH CÔNG TÁC PHỤ NỮ TRONG TÌNH HÌNH\nMỚI\nThực hiện Kế hoạch số 61- KH/TU\nngày 13/4/2018 của Tỉnh ủy Lạng Sơn,\nNơi nhận:\n- Lưu: VT, KGVX (PT).\n|\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHồ Tiến Thiệu\n|\n`,
    fields: {
      type: 'ke-hoach',
      numberSymbol: '96/KH-UBND',
      title: 'Triển khai thực hiện Chỉ thị số 21-CT/TW, ngày 20/01/2018 của Ban Bí thư Trung ương Đảng về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới',
      issued: '2018-05-29',
      place: 'Lạng Sơn',
      recipients: ['Lưu: VT, KGVX (PT)'],
      signer: { authority: { prefix: 'KT.', of: 'Chủ tịch' }, title: 'Phó Chủ tịch', name: 'Hồ Tiến Thiệu' },
    },
    missing: [],
    bodyStartsWith: 'Thực hiện Kế hoạch',
  },
  {
    name: 'no header at all: a thông báo that starts with its type name (seed 002 style)',
    text: `\n\nTHÔNG BÁO\n\nKết luận của đồng chí Phó Chủ tịch UBND tỉnh tại cuộc họp năm 2017\n\nNgày 19/01/2018, tại Hội trường Sở Lao động - Thương binh và Xã hội, đồng chí Phó Chủ tịch đã chủ trì cuộc họp.\n\nVăn phòng UBND tỉnh thông báo để các đơn vị biết, thực hiện./.\n\nNơi nhận:\n- Lưu VT, KGVX2.\n\n**KT. CHÁNH VĂN PHÒNG\nPHÓ VĂN PHÒNG**\n\nNguyễn Đình Cầu\n`,
    fields: {
      type: 'thong-bao',
      numberSymbol: null,
      // Issue 12: no date of issue, so no year: "Ngày 19/01/2018" in the body is not one.
      year: null,
      issued: null,
      place: null,
      title: 'Kết luận của đồng chí Phó Chủ tịch UBND tỉnh tại cuộc họp năm 2017',
      issuer: { name: 'Văn phòng Ủy ban nhân dân tỉnh', parent: null, level: 'tinh' },
      province: null,
      signer: { authority: { prefix: 'KT.', of: 'Chánh Văn phòng' }, title: 'Phó Văn phòng', name: 'Nguyễn Đình Cầu' },
    },
    missing: ['no-number', 'no-date', 'no-place', 'no-year', 'issuer-from-closing', 'no-province'],
    bodyStartsWith: 'Ngày 19/01/2018',
  },
  {
    name: 'quyết định: the upper-case authority line after the abstract is body',
    text: `ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 320/QĐ-UBND\n\nKon Tum, ngày 12 tháng 4 năm 2016\n\nQUYẾT ĐỊNH\nVề việc kiện toàn Ban Vì sự tiến bộ của phụ nữ tỉnh\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM\n\n${body}\n`,
    fields: { type: 'quyet-dinh', title: 'Về việc kiện toàn Ban Vì sự tiến bộ của phụ nữ tỉnh' },
    bodyStartsWith: 'CHỦ TỊCH ỦY BAN NHÂN DÂN',
  },
  {
    name: 'type name and number-symbol that disagree are flagged',
    text: `ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 12/BC-UBND\n\nKon Tum, ngày 12 tháng 4 năm 2016\n\nKẾ HOẠCH\nTổng kết công tác năm 2015\n\n${body}\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Thị Nga\n`,
    fields: { type: 'ke-hoach', numberSymbol: '12/BC-UBND' },
    missing: ['type-conflict'],
  },
  {
    name: 'a signature block without a name',
    text: `ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 12/KH-UBND\n\nKon Tum, ngày 12 tháng 4 năm 2016\n\nKẾ HOẠCH\nTổng kết công tác năm 2015\n\n${body}\n\nNơi nhận:\n- Như trên;\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n`,
    fields: { signer: { authority: { prefix: 'KT.', of: 'Chủ tịch' }, title: 'Phó Chủ tịch', name: null } },
    missing: ['no-signer-name'],
  },
  {
    name: 'recipients wrapped over two lines and under a "Bản điện tử:" label',
    text: `ỦY BAN NHÂN DÂN\nHUYỆN TÂN YÊN\n\nSố: 21/KH-UBND\n\nTân Yên, ngày 1 tháng 3 năm 2018\n\nKẾ HOẠCH\nBình đẳng giới năm 2018\n\n${body}\n\nNơi nhận:\n- Sở Lao động - Thương binh và Xã hội\ntỉnh Bắc Giang (b/c);\n- Lưu: VT.\nBản điện tử:\n- Như kính gửi;\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Tuấn\n`,
    fields: { recipients: ['Sở Lao động - Thương binh và Xã hội tỉnh Bắc Giang (b/c)', 'Lưu: VT', 'Như kính gửi'] },
    missing: [],
  },
  {
    name: 'signature and recipients interleaved row by row in a table',
    text: `ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\n\nSố: 88/KH-UBND\n\nBắc Giang, ngày 2 tháng 5 năm 2019\n\nKẾ HOẠCH\nThực hiện bình đẳng giới\n\n${body}\n\n| Nơi nhận: | KT. CHỦ TỊCH |\n|---|---|\n| - Như trên; | PHÓ CHỦ TỊCH |\n| - Lưu: VT. | (Đã ký) |\n| | Lê Ánh Dương |\n`,
    fields: {
      recipients: ['Như trên', 'Lưu: VT'],
      signer: { authority: { prefix: 'KT.', of: 'Chủ tịch' }, title: 'Phó Chủ tịch', name: 'Lê Ánh Dương' },
    },
    missing: [],
  },
];

// Issue 12: one row per failure class found when real documents were imported, each in several
// variants written for the test (not copied from any file).
const issue12: Case[] = [
  // Class 2: the place-and-date line wrapped inside italics markers.
  {
    name: 'issue 12: place-and-date wrapped inside italics, city name broken',
    text: `**ỦY BAN NHÂN DÂN**\n**THÀNH PHỐ ĐÀ NẴNG**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\n\nSố: 41/KH-UBND\n\n*Thành phố Đà\nNẵng, ngày 05 tháng 3 năm 2024*\n\n**KẾ HOẠCH**\n**Thực hiện công tác bình đẳng giới năm 2024**\n\n${body}\n`,
    fields: { place: 'Thành phố Đà Nẵng', issued: '2024-03-05', year: 2024, numberSymbol: '41/KH-UBND', type: 'ke-hoach', title: 'Thực hiện công tác bình đẳng giới năm 2024', province: 'da-nang' },
    missing: ['no-signer'],
    bodyStartsWith: 'Căn cứ',
  },
  {
    name: 'issue 12: place-and-date wrapped inside underscore italics after "ngày"',
    text: `ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n\nSố: 7/BC-UBND\n\n_Quảng Ngãi, ngày\n12 tháng 11 năm 2023_\n\nBÁO CÁO\nKết quả thực hiện bình đẳng giới\n\n${body}\n`,
    fields: { place: 'Quảng Ngãi', issued: '2023-11-12', type: 'bao-cao' },
    bodyStartsWith: 'Căn cứ',
  },
  {
    name: 'issue 12: place-and-date over three italic lines',
    text: `SỞ Y TẾ TỈNH HÀ TĨNH\n\nSố: 215/SYT-NVY\nV/v tổ chức tháng hành động\n\n*Hà\nTĩnh, ngày 2 tháng\n10 năm 2022*\n\n${body}\n`,
    fields: { place: 'Hà Tĩnh', issued: '2022-10-02', type: 'cong-van', title: 'Tổ chức tháng hành động' },
    bodyStartsWith: 'Căn cứ',
  },
  {
    name: 'issue 12: an abstract wrapped before a date is not the date line ("V/v … hưởng ứng" + "ngày 8 tháng 3 năm 2024")',
    text: `ỦY BAN NHÂN DÂN\nTHỊ XÃ SƠN TÂY\n\nSố: 12/UBND-VX\nV/v tổ chức các hoạt động hưởng ứng\nngày 8 tháng 3 năm 2024\n\nSơn Tây, ngày 1 tháng 3 năm 2024\n\n${body}\n`,
    fields: { place: 'Sơn Tây', issued: '2024-03-01', title: 'Tổ chức các hoạt động hưởng ứng ngày 8 tháng 3 năm 2024' },
    bodyStartsWith: 'Căn cứ',
  },
  {
    name: 'issue 12: "Thị xã Sơn" + "Tây, ngày …" in italics',
    text: `ỦY BAN NHÂN DÂN\nTHỊ XÃ SƠN TÂY\n\nSố: 13/KH-UBND\n\n*Thị xã Sơn\nTây, ngày 4 tháng 3 năm 2024*\n\nKẾ HOẠCH\nTuyên truyền\n\n${body}\n`,
    fields: { place: 'Thị xã Sơn Tây', issued: '2024-03-04', type: 'ke-hoach', title: 'Tuyên truyền' },
    bodyStartsWith: 'Căn cứ',
  },
  // Class 3: the issuing body's first line broken inside a bold run.
  {
    name: 'issue 12: issuing body broken inside a bold run',
    text: `**ỦY BAN NHÂN\nDÂN **\nTỈNH QUẢNG NAM\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\n\nSố: 1520/UBND-KGVX\nV/v hưởng ứng Tháng hành động vì bình đẳng giới\n\nQuảng Nam, ngày 20 tháng 10 năm 2023\n\n${body}\n`,
    fields: { issuer: { name: 'Ủy ban nhân dân tỉnh Quảng Nam', parent: null, level: 'tinh' }, province: 'quang-nam', numberSymbol: '1520/UBND-KGVX', issued: '2023-10-20' },
    bodyStartsWith: 'Căn cứ',
  },
  {
    name: 'issue 12: bold run broken inside the parent line, body below',
    text: `**UBND TỈNH\nBÌNH ĐỊNH**\n**SỞ LAO ĐỘNG - THƯƠNG\nBINH VÀ XÃ HỘI**\n\nSố: 88/SLĐTBXH-BĐG\nV/v báo cáo số liệu\n\nBình Định, ngày 4 tháng 1 năm 2021\n\n${body}\n`,
    fields: { issuer: { name: 'Sở Lao động - Thương binh và Xã hội tỉnh Bình Định', parent: 'Ủy ban nhân dân tỉnh Bình Định', level: 'tinh' }, province: 'binh-dinh' },
    bodyStartsWith: 'Căn cứ',
  },
  {
    name: 'issue 12: bold run broken with the closing marker alone on its line',
    text: `**HỘI ĐỒNG NHÂN DÂN\nTỈNH NINH BÌNH\n**\n\nSố: 12/NQ-HĐND\n\nNinh Bình, ngày 9 tháng 7 năm 2020\n\nNGHỊ QUYẾT\nVề chính sách hỗ trợ phụ nữ\n\n${body}\n`,
    fields: { issuer: { name: 'Hội đồng nhân dân tỉnh Ninh Bình', parent: null, level: 'tinh' }, type: 'nghi-quyet', issued: '2020-07-09' },
    bodyStartsWith: 'Căn cứ',
  },
  {
    name: 'issue 12: bold marker glued between two words of the issuing body',
    text: `**ỦY BAN NHÂN\nDÂN**TỈNH QUẢNG NAM\n\nSố: 1521/UBND-KGVX\nV/v hưởng ứng Tháng hành động\n\nQuảng Nam, ngày 21 tháng 10 năm 2023\n\n${body}\n`,
    fields: { issuer: { name: 'Ủy ban nhân dân tỉnh Quảng Nam', parent: null, level: 'tinh' }, province: 'quang-nam' },
  },
  {
    name: 'issue 12: motto broken inside a bold run after the issuing body ("… VIỆT" + "NAM**")',
    text: `**ỦY BAN NHÂN\nDÂN **\nTỈNH QUẢNG NAM\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nNAM**\n**Độc lập - Tự do -\nHạnh phúc**\n\nSố: 1522/UBND-KGVX\nV/v hưởng ứng Tháng hành động\n\nQuảng Nam, ngày 22 tháng 10 năm 2023\n\n${body}\n`,
    fields: { issuer: { name: 'Ủy ban nhân dân tỉnh Quảng Nam', parent: null, level: 'tinh' }, numberSymbol: '1522/UBND-KGVX', issued: '2023-10-22' },
    bodyStartsWith: 'Căn cứ',
  },
  {
    name: 'issue 12: motto broken after "CHỦ NGHĨA" under a Sở',
    text: `UBND TỈNH GIA LAI\nSỞ NỘI VỤ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA\nVIỆT NAM\n\nSố: 310/SNV-TCBC\nV/v kiện toàn Ban\n\nGia Lai, ngày 6 tháng 6 năm 2022\n\n${body}\n`,
    fields: { issuer: { name: 'Sở Nội vụ tỉnh Gia Lai', parent: 'Ủy ban nhân dân tỉnh Gia Lai', level: 'tinh' }, province: 'gia-lai' },
    bodyStartsWith: 'Căn cứ',
  },
  {
    name: 'issue 12: a rule drawn on the issuing body’s line is not part of its name',
    text: `QUỐC HỘI --------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\nLuật số: 21/2019/QH14\nHà Nội, ngày 12 tháng 6 năm 2019\nLUẬT\nTHỬ NGHIỆM\n${body}\n`,
    fields: { issuer: { name: 'Quốc hội', parent: null, level: 'trung-uong' }, numberSymbol: '21/2019/QH14', issued: '2019-06-12', type: 'luat', title: 'Thử nghiệm' },
    bodyStartsWith: 'Căn cứ',
  },
  // Class 4: signature blocks laid out as Markdown table rows.
  {
    name: 'issue 12: signature block as one-cell table rows',
    text: `ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\n\nSố: 30/KH-UBND\n\nQuảng Nam, ngày 3 tháng 2 năm 2023\n\nKẾ HOẠCH\nBình đẳng giới năm 2023\n\n${body}\n\n|TM. ỦY BAN NHÂN DÂN|\n|---|\n|KT. CHỦ TỊCH|\n|PHÓ CHỦ TỊCH|\n|Trần Anh Tuấn|\n`,
    fields: { signer: { authority: { prefix: 'TM.', of: 'Ủy ban nhân dân' }, title: 'KT. Chủ tịch, Phó Chủ tịch', name: 'Trần Anh Tuấn' } },
    missing: [],
  },
  {
    name: 'issue 12: signature table rows with bold and a blank row before the name',
    text: `ỦY BAN NHÂN DÂN\nHUYỆN TÂN YÊN\n\nSố: 5/KH-UBND\n\nTân Yên, ngày 3 tháng 2 năm 2023\n\nKẾ HOẠCH\nBình đẳng giới năm 2023\n\n${body}\n\n| **KT. CHỦ TỊCH** |\n| **PHÓ CHỦ TỊCH** |\n| |\n| (Đã ký) |\n| **Nguyễn Thị Mai** |\n`,
    fields: { signer: { authority: { prefix: 'KT.', of: 'Chủ tịch' }, title: 'Phó Chủ tịch', name: 'Nguyễn Thị Mai' } },
    missing: [],
  },
  {
    name: 'issue 12: Nơi nhận list sharing the rows of the signature, items with colons and parentheses',
    text: `ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\n\nSố: 31/KH-UBND\n\nQuảng Nam, ngày 3 tháng 2 năm 2023\n\nKẾ HOẠCH\nBình đẳng giới năm 2023\n\n${body}\n\n| Nơi nhận: - Bộ Lao động - TB&XH (b/c); | KT. CHỦ TỊCH |\n|---|---|\n| - TT Tỉnh ủy, TT HĐND tỉnh; | PHÓ CHỦ TỊCH |\n| - Các sở, ban, ngành; | |\n| - Lưu: VT, KGVX. | Hồ Quang Bửu |\n`,
    fields: {
      recipients: ['Bộ Lao động - TB&XH (b/c)', 'TT Tỉnh ủy, TT HĐND tỉnh', 'Các sở, ban, ngành', 'Lưu: VT, KGVX'],
      signer: { authority: { prefix: 'KT.', of: 'Chủ tịch' }, title: 'Phó Chủ tịch', name: 'Hồ Quang Bửu' },
    },
    missing: [],
  },
  {
    name: 'issue 12: Nơi nhận row with <br> lists beside the signature with <br>',
    text: `SỞ NỘI VỤ TỈNH LÂM ĐỒNG\n\nSố: 12/TTr-SNV\n\nLâm Đồng, ngày 3 tháng 9 năm 2025\n\nTỜ TRÌNH\nVề việc thành lập Ban\n\n${body}\n\n| **Nơi nhận:**<br>- Như trên;<br>- Lưu: VT, TCBC. | **KT. GIÁM ĐỐC**<br>**PHÓ GIÁM ĐỐC**<br><br><br>**Lê Thị Hoa** |\n|---|---|\n`,
    fields: {
      recipients: ['Như trên', 'Lưu: VT, TCBC'],
      signer: { authority: { prefix: 'KT.', of: 'Giám đốc' }, title: 'Phó Giám đốc', name: 'Lê Thị Hoa' },
    },
    missing: [],
  },
  {
    name: 'issue 12: signer with a name of the Central Highlands (apostrophe, capital inside a word)',
    text: `ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n\nSố: 32/KH-UBND\n\nGia Lai, ngày 3 tháng 2 năm 2023\n\nKẾ HOẠCH\nBình đẳng giới năm 2023\n\n${body}\n\n|TM. ỦY BAN NHÂN DÂN|\n|KT. CHỦ TỊCH|\n|PHÓ CHỦ TỊCH|\n|(Đã ký)|\n|Ksor H'Bin ÊBan|\n`,
    fields: { signer: { authority: { prefix: 'TM.', of: 'Ủy ban nhân dân' }, title: 'KT. Chủ tịch, Phó Chủ tịch', name: "Ksor H'Bin ÊBan" } },
    missing: [],
  },
  {
    name: 'issue 12: recipients run together in one cell, title and name in one cell',
    text: `ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n\nSố: 33/KH-UBND\n\nGia Lai, ngày 3 tháng 2 năm 2023\n\nKẾ HOẠCH\nBình đẳng giới năm 2023\n\n${body}\n\n| Nơi nhận: | KT. CHỦ TỊCH |\n|---|---|\n| - Sở Tài chính; - Sở Nội vụ; - Lưu: VT. | PHÓ CHỦ TỊCH Rơ Mah Tuân |\n`,
    fields: {
      recipients: ['Sở Tài chính', 'Sở Nội vụ', 'Lưu: VT'],
      signer: { authority: { prefix: 'KT.', of: 'Chủ tịch' }, title: 'Phó Chủ tịch', name: 'Rơ Mah Tuân' },
    },
    missing: [],
  },
  // Class 6: no year from a cited document; the date of issue only from the date line, a law's
  // closing formula or the date by the signature; disagreements flagged.
  {
    name: 'issue 12: no date line: the year of a cited decree is not taken',
    text: `ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 15/KH-UBND\n\nKẾ HOẠCH\nThực hiện Nghị định 56\n\nCăn cứ Nghị định số 56/2012/NĐ-CP ngày 16/7/2012 của Chính phủ;\nCăn cứ Quyết định số 178/QĐ-TTg ngày 29 tháng 01 năm 2016;\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Bình\n`,
    fields: { year: null, issued: null, place: null, numberSymbol: '15/KH-UBND' },
    missing: ['no-date', 'no-place', 'no-year'],
  },
  {
    name: 'issue 12: a law dated only by its closing formula, wrapped over two lines',
    text: `QUỐC HỘI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nLuật số: 05/2011/QH13\n\nLUẬT\nTHỬ NGHIỆM BÌNH ĐẲNG\n\nCăn cứ Hiến pháp năm 1992, được sửa đổi theo Nghị quyết số 51/2001/QH10 ngày 25 tháng 12 năm 2001;\n\nĐiều 1. Phạm vi\n\nLuật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 2\nthông qua ngày 18 tháng 11 năm 2011.\n\nCHỦ TỊCH QUỐC HỘI\nNguyễn Văn Hùng\n`,
    fields: { type: 'luat', numberSymbol: '05/2011/QH13', issued: '2011-11-18', year: 2011, place: null, issuer: { name: 'Quốc hội', parent: null, level: 'trung-uong' }, signer: { authority: null, title: 'Chủ tịch Quốc hội', name: 'Nguyễn Văn Hùng' } },
    missing: ['no-place'],
  },
  {
    name: 'issue 12: a law whose header date disagrees with its closing formula: the formula wins, flagged',
    text: `QUỐC HỘI\n******\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nLuật số: 40/2009/QH 12\n\nHà Nội, ngày 20 tháng 6 năm 2009\n\nLUẬT\nTHỬ NGHIỆM\n\nĐiều 1. Phạm vi\n\nLuật này đã được Quốc hội khoá XII, kỳ họp thứ 6 thông qua ngày 20 tháng 11 năm 2009.\n\nCHỦ TỊCH QUỐC HỘI\nNguyễn Văn Hùng\n`,
    fields: { type: 'luat', numberSymbol: '40/2009/QH12', issued: '2009-11-20', year: 2009, place: 'Hà Nội' },
    missing: ['date-conflict'],
  },
  {
    name: 'issue 12: a date by the signature when the header has none',
    text: `BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 30-TB/TW\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nTHÔNG BÁO\nKết luận về công tác phụ nữ\n\nThực hiện Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư,\n\nHà Nội, ngày 4 tháng 5 năm 2021\nT/M BAN BÍ THƯ\nNguyễn Văn Minh\n`,
    fields: { issued: '2021-05-04', year: 2021, place: 'Hà Nội', signer: { authority: { prefix: 'TM.', of: 'Ban Bí thư' }, title: null, name: 'Nguyễn Văn Minh' } },
    missing: [],
    party: true,
  },
  {
    name: 'issue 12: a header date and a signature date that disagree are flagged, the header’s kept',
    text: `ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 16/KH-UBND\n\nKon Tum, ngày 5 tháng 3 năm 2019\n\nKẾ HOẠCH\nTuyên truyền\n\n${body}\n\nKon Tum, ngày 7 tháng 3 năm 2019\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Bình\n`,
    fields: { issued: '2019-03-05', year: 2019 },
    missing: ['date-conflict'],
  },
  {
    name: 'issue 12: a quyết định of the Chủ tịch: the authority line under the abstract names the issuer, and stays in the text',
    text: `ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n\nSố: 15/QĐ-UBND\n\nLâm Đồng, ngày 2 tháng 8 năm 2025\n\nQUYẾT ĐỊNH\nVề việc thành lập Ban\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\n\n${body}\n`,
    fields: { type: 'quyet-dinh', issuer: { name: 'Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng', parent: null, level: 'tinh' }, province: 'lam-dong' },
    bodyStartsWith: 'CHỦ TỊCH ỦY BAN NHÂN DÂN',
  },
  {
    name: 'issue 12: a decision of the collective body keeps the body as issuer',
    text: `ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n\nSố: 16/QĐ-UBND\n\nLâm Đồng, ngày 2 tháng 8 năm 2025\n\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế\n\nỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\n\n${body}\n`,
    fields: { issuer: { name: 'Ủy ban nhân dân tỉnh Lâm Đồng', parent: null, level: 'tinh' } },
    bodyStartsWith: 'ỦY BAN NHÂN DÂN TỈNH',
  },
  {
    name: 'issue 12: the Giám đốc of a Sở, named without the province in the authority line',
    text: `UBND TỈNH GIA LAI\nSỞ NỘI VỤ\n\nSố: 40/QĐ-SNV\n\nGia Lai, ngày 2 tháng 8 năm 2024\n\nQUYẾT ĐỊNH\nVề việc cử cán bộ\n\nGIÁM ĐỐC SỞ NỘI VỤ\n\n${body}\n`,
    fields: { issuer: { name: 'Giám đốc Sở Nội vụ tỉnh Gia Lai', parent: 'Ủy ban nhân dân tỉnh Gia Lai', level: 'tinh' } },
  },
  // Class 7: unsigned copies and drafts, partial and misread readings.
  {
    name: 'issue 12: draft tờ trình: blank number keeps its symbol, "ngày … tháng 9 năm 2025" gives 2025-09',
    text: `UBND TỈNH LÂM ĐỒNG\nSỞ NỘI VỤ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố:     /TTr-SNV\n\nLâm Đồng, ngày … tháng 9 năm 2025\n\nTỜ TRÌNH\nVề việc đề nghị kiện toàn Ban\n\n${body}\n`,
    fields: { type: 'to-trinh', numberSymbol: null, symbol: 'TTr-SNV', issued: '2025-09', year: 2025, place: 'Lâm Đồng' },
    missing: ['blank-number', 'day-blank', 'no-signer'],
  },
  {
    name: 'issue 12: unsigned copy: "ngày … tháng … năm 2025" gives 2025, dotted blanks',
    text: `ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n\nSố: ......./QĐ-UBND\n\nLâm Đồng, ngày ..... tháng ...... năm 2025\n\nQUYẾT ĐỊNH\nVề việc thành lập Ban\n\n${body}\n`,
    fields: { type: 'quyet-dinh', numberSymbol: null, symbol: 'QĐ-UBND', issued: '2025', year: 2025 },
    // 2025 without a month: the old or the new Lâm Đồng (1 July 2025) cannot be told.
    missing: ['blank-number', 'month-blank', 'province-era', 'no-signer'],
  },
  {
    name: 'issue 12: OCR misread number and day: nothing corrected, both flagged, the symbol kept',
    text: `HỘI ĐỒNG QUẢN LÝ QUỸ\nTỈNH ĐẮK NÔNG\n\nSố: 0l/NQ-HĐQL\n\nĐắk Nông, ngày l0 tháng 6 năm 2025\n\nNGHỊ QUYẾT\nVề việc đổi tên Quỹ\n\n${body}\n`,
    fields: { type: 'nghi-quyet', numberSymbol: null, symbol: 'NQ-HĐQL', issued: '2025-06', year: 2025, place: 'Đắk Nông' },
    missing: ['unreadable-number', 'day-unreadable', 'no-signer'],
  },
  {
    name: 'issue 12: the symbol of a full number is exposed too',
    text: `ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 9/KH-UBND\n\nKon Tum, ngày 5 tháng 3 năm 2019\n\nKẾ HOẠCH\nTuyên truyền\n\n${body}\n`,
    fields: { numberSymbol: '9/KH-UBND', symbol: 'KH-UBND' },
  },
  {
    name: 'issue 12 (corpus classes): an attachment takes its decision\'s date and issuing authority, over two lines',
    text: `| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| TỈNH GIA LAI | Độc lập - Tự do - Hạnh phúc |\n\nĐIỀU LỆ\nQUỸ HỖ TRỢ NÔNG DÂN TỈNH GIA LAI\n(Kèm theo Quyết định số      /QĐ-UBND ngày     tháng 11 năm 2025\ncủa Chủ tịch UBND tỉnh Gia Lai)\n\nChương I\n\n${body}\n`,
    fields: { type: 'dieu-le', issuer: { name: 'Chủ tịch Ủy ban nhân dân tỉnh Gia Lai', parent: null, level: 'tinh' }, issued: '2025-11', year: 2025, place: null, province: 'gia-lai' },
  },
  {
    name: 'issue 12 (corpus classes): an attachment of a decision of the Thủ tướng',
    text: `THỦ TƯỚNG CHÍNH PHỦ\n\nQUY CHẾ\nHOẠT ĐỘNG CỦA BAN CHỈ ĐẠO\n(Ban hành kèm theo Quyết định số 12/2024/QĐ-TTg ngày 3 tháng 5 năm 2024 của Thủ tướng Chính phủ)\n\n${body}\n`,
    fields: { type: 'quy-che', issued: '2024-05-03', year: 2024 },
  },
  {
    name: 'issue 12 (corpus classes): a fund\'s board is named after the fund, its province read in the era of the date',
    text: `| QUỸ HỖ TRỢ NÔNG DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| TỈNH KON TUM | Độc lập - Tự do - Hạnh phúc |\n| BAN ĐIỀU HÀNH | |\n| Số: 4/NQ-BĐH | Kon Tum, ngày 2 tháng 6 năm 2025 |\n\nNGHỊ QUYẾT\nVề việc kiện toàn\n\n${body}\n`,
    fields: { issuer: { name: 'Ban điều hành Quỹ hỗ trợ nông dân tỉnh Kon Tum', parent: 'Quỹ hỗ trợ nông dân tỉnh Kon Tum', level: 'tinh' }, province: 'kon-tum', numberSymbol: '4/NQ-BĐH' },
  },
  {
    name: 'issue 12 (corpus classes): after 1 July 2025 a former province\'s body is filed under its successor, flagged',
    text: `| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| TỈNH KON TUM | Độc lập - Tự do - Hạnh phúc |\n| Số: 4/KH-UBND | Kon Tum, ngày 2 tháng 9 năm 2025 |\n\nKẾ HOẠCH\nVề việc kiện toàn\n\n${body}\n`,
    fields: { province: 'quang-ngai' },
    missing: ['province-era', 'no-signer'],
  },
  {
    name: 'issue 12 (corpus classes): OCR of a seal over the header (a cell of fragments) does not end the header; "thảng" is "tháng"',
    text: `| HỘI ĐỒNG QUẢN LÝ | HIỂU ụn TY |\n| Số: 7/NQ-HĐQL | .Gia Lai, ngày 4 thảng 6 năm 2024 |\n\nNGHỊ QUYẾT\nVề việc đổi tên Quỹ\n\n${body}\n`,
    fields: { numberSymbol: '7/NQ-HĐQL', issued: '2024-06-04', place: 'Gia Lai', type: 'nghi-quyet', title: 'Về việc đổi tên Quỹ' },
  },
  {
    name: 'issue 12 (corpus classes): a cell of words after a header cell still ends the header',
    text: `| ỦY BAN NHÂN DÂN TỈNH GIA LAI | Các sở, ban, ngành thực hiện |\n\n${body}\n`,
    fields: { numberSymbol: null },
    bodyStartsWith: '| ỦY BAN NHÂN DÂN TỈNH GIA LAI',
  },
];

describe('extractHeader: header variants', () => {
  it.each([...cases, ...issue12])('$name', ({ text, fields, missing, bodyStartsWith, party }) => {
    const lines = removeResidue(toSourceLines(text)).lines;
    const result = extractHeader(lines);
    expect(result.fields).toMatchObject(fields);
    if (missing) expect(result.missing.map((m) => m.kind)).toEqual(missing);
    if (bodyStartsWith) expect(lines[result.bodyStart]?.text.trim().startsWith(bodyStartsWith)).toBe(true);
    if (party !== undefined) expect(result.party).toBe(party);
  });
});

describe('extractHeader: where each field came from', () => {
  it('records the source line of each field and of each missing one', () => {
    const result = read(cases[0]!.text);
    expect(result.found).toMatchObject({ issuer: 1, numberSymbol: 7, issued: 9, place: 9, title: 11, addressees: 15, recipients: 22, signer: 27 });
    const draft = read(cases.find((c) => c.name.startsWith('draft: '))!.text);
    expect(draft.missing[0]).toEqual({ field: 'numberSymbol', kind: 'blank-number', line: 4, detail: '/KH-UBND' });
  });

  it('points the missing province at the province the text names', () => {
    const result = read(`THÔNG BÁO\n\nKết luận cuộc họp\n\nNgày 19/01/2018, tại Hội trường, Ban Thường vụ Tỉnh ủy Kon Tum đã họp.\n\nVăn phòng UBND tỉnh thông báo để các đơn vị biết./.\n`);
    expect(result.missing.find((m) => m.kind === 'no-province')).toEqual({
      field: 'province',
      kind: 'no-province',
      line: 7,
      detail: 'the text names Kon Tum at line 5',
    });
  });
});

describe('extractHeader: text without header', () => {
  it('does not take an upper-case heading for the issuing body', () => {
    const result = read('TỔNG KẾT CÔNG TÁC NĂM 2018\n\nNăm 2018, các đơn vị đã thực hiện tốt công tác bình đẳng giới.\n');
    expect(result.fields.issuer).toBeNull();
    expect(result.bodyStart).toBe(0);
  });
});

describe('extractHeader: an abstract wrapped before a capitalised word (issue 12, the issued PDFs)', () => {
  it.each([
    ['TỜ TRÌNH\nVề việc đề nghị ban hành Quyết định thành lập\nBan Chỉ đạo tỉnh Gia Lai\n\nKính gửi: Chủ tịch UBND tỉnh', 'Về việc đề nghị ban hành Quyết định thành lập Ban Chỉ đạo tỉnh Gia Lai'],
    ['QUYẾT ĐỊNH\nVề việc kiện toàn Ban Vì sự tiến bộ của phụ nữ\nCăn cứ Luật Tổ chức chính quyền địa phương;', 'Về việc kiện toàn Ban Vì sự tiến bộ của phụ nữ'],
    ['KẾ HOẠCH\nTriển khai công tác bình đẳng giới năm 2024.\nThực hiện Chỉ thị số 21-CT/TW của Ban Bí thư;', 'Triển khai công tác bình đẳng giới năm 2024'],
  ])('%#', (top, title) => {
    const text = `ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n\nSố: 5/TTr-UBND\n\nGia Lai, ngày 2 tháng 3 năm 2024\n\n${top}\n\n${body}\n`;
    expect(extractHeader(removeResidue(toSourceLines(text)).lines).fields.title).toBe(title);
  });
});
