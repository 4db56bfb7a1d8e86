import { describe, expect, it } from 'vitest';
import { parseDocumentFile } from '../../../src/lib/content/corpus.ts';
import { splitFrontmatter } from '../../../src/lib/content/frontmatter.ts';
import { encodeTcvn3 } from '../../../src/lib/importer/encodings/tcvn3.ts';
import { encodeVni } from '../../../src/lib/importer/encodings/vni.ts';
import { importDocument } from '../../../src/lib/importer/import-document.ts';
import { seedBytes, seeds } from './seeds.ts';

const utf8 = (t: string) => new TextEncoder().encode(t);

function imported(file: string) {
  const result = importDocument({ bytes: seedBytes(file), sourceFile: file });
  if (!result.ok) throw new Error(result.message);
  return { ...result, frontmatter: splitFrontmatter(result.markdown).data as Record<string, any>, body: splitFrontmatter(result.markdown).body };
}

describe('importDocument: the five seeds', () => {
  it.each(seeds)('$file gives a document that passes the schema, in NFC', ({ file, id }) => {
    const result = imported(file);
    expect(parseDocumentFile(`content/van-ban/${result.id}.md`, result.markdown, result.id).problems).toEqual([]);
    expect(result.markdown).toBe(result.markdown.normalize('NFC'));
    if (file !== '002_dcadee23f926a999.txt') expect(result.id).toBe(id);
  });

  it('000: công văn of a provincial People’s Committee, V/v wrapped over four lines', () => {
    const { frontmatter, summary } = imported('000_fba281767e79f56d.txt');
    expect(frontmatter).toMatchObject({
      type: 'cong-van',
      numberSymbol: '68/UBND-VHXH',
      title: 'Tiếp tục triển khai thực hiện Nghị định số 56/2012/NĐ-CP ngày 16/7/2012 của Chính phủ trên địa bàn tỉnh Kiên Giang',
      issuer: { name: 'Ủy ban nhân dân tỉnh Kiên Giang', parent: null, level: 'tinh' },
      province: 'kien-giang',
      issued: '2019-01-16',
      signer: { authority: { prefix: 'KT.', of: 'Chủ tịch' }, title: 'Phó Chủ tịch', name: 'Đỗ Thanh Bình' },
      review: [],
      quality: { level: 'clean' },
    });
    expect(summary).toEqual([]);
  });

  it('001: kế hoạch in a flattened table with hard wraps; upper-case abstract in sentence case', () => {
    const { frontmatter, body, residue } = imported('001_9289062c3f365e97.txt');
    expect(frontmatter).toMatchObject({
      type: 'ke-hoach',
      numberSymbol: '96/KH-UBND',
      title: 'Triển khai thực hiện Chỉ thị số 21-CT/TW, ngày 20/01/2018 của Ban Bí thư Trung ương Đảng về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới',
      issued: '2018-05-29',
      place: 'Lạng Sơn',
      quality: { level: 'conversion-residue' },
      review: [],
    });
    expect(frontmatter.recipients).toHaveLength(9);
    expect(residue.tableLines).toEqual([3, 4, 8, 9, 11, 14, 364, 368]);
    expect(body).not.toMatch(/^\|$|^-{3,}$/mu);
    expect(body).toContain('\n\n1. Tiếp tục đẩy mạnh công tác thông tin, tuyên truyền nhằm nâng cao nhận thức');
  });

  it('002: no header; what cannot be determined is null, flagged for review and listed with its line', () => {
    const { frontmatter, summary, id } = imported('002_dcadee23f926a999.txt');
    // Issue 12: the year is not taken from a date in the body ("Ngày 19/01/2018, tại Hội trường …").
    expect(frontmatter).toMatchObject({ type: 'thong-bao', numberSymbol: null, province: null, place: null, issued: null, year: null });
    expect(frontmatter.review).toEqual([
      'Số, ký hiệu: phần đầu văn bản không có dòng "Số:".',
      'Ngày ban hành: văn bản không có dòng địa danh, ngày tháng.',
      'Địa danh: văn bản không ghi địa danh trước ngày tháng.',
      'Năm ban hành: chưa xác định được (văn bản không ghi ngày ban hành; năm của văn bản được trích dẫn không được dùng).',
      'Cơ quan ban hành: phần đầu văn bản không có; lấy từ câu kết "Văn phòng Ủy ban nhân dân tỉnh".',
      'Tỉnh: chưa xác định được; phần đầu văn bản không ghi tên tỉnh.',
    ]);
    expect(summary).toContain(
      '002_dcadee23f926a999.txt:53: province: the province is not named in the header (the text names Kon Tum at line 27); write province (a slug such as kon-tum)',
    );
    expect(summary).toContain(
      '002_dcadee23f926a999.txt:3: year: the year of issue is unknown (no date of issue, no year in the number); the first date in the text is "19/01/2018" at line 7, which may be the date of a cited document; the document is filed under chua-ro-nam: write year and issued if they are known',
    );
    expect(id).toBe('chua-ro-nam/thong-bao-ket-luan-cua-dong-chi-tran-thi-nga');
  });

  it('003: district People’s Committee; province from the district table; no signature flagged', () => {
    const { frontmatter, summary } = imported('003_aaf54b9f7f739520.txt');
    expect(frontmatter).toMatchObject({
      issuer: { name: 'Ủy ban nhân dân huyện Tân Yên', parent: 'Ủy ban nhân dân tỉnh Bắc Giang', level: 'huyen' },
      province: 'bac-giang',
      district: 'Tân Yên',
      numberSymbol: '146/UBND-LĐTBXH',
      issued: '2019-02-19',
      signer: null,
      recipients: ['Lưu: VT, LĐTBXH', 'Như kính gửi', 'PCT Thường trực UBND huyện'],
      review: ['Người ký: văn bản không có phần chữ ký.'],
    });
    expect(summary).toEqual([
      '003_aaf54b9f7f739520.txt:55: signer: no signature block (authority, title, name) at the end; write signer by hand if the original shows one',
    ]);
  });

  it('004: OCR text side by side; page numbers dropped, OCR errors kept', () => {
    const { frontmatter, body, residue } = imported('004_946cc501dae8df0f.txt');
    expect(frontmatter).toMatchObject({
      numberSymbol: '2458/BVSTBCPN-VX',
      issuer: { name: 'Ban Vì sự tiến bộ của phụ nữ tỉnh Thanh Hóa', parent: 'Ủy ban nhân dân tỉnh Thanh Hóa', level: 'tinh' },
      signer: { authority: null, title: 'Trưởng ban, Phó Chủ tịch UBND tỉnh', name: 'Phạm Đăng Quyền' },
      quality: { level: 'conversion-residue' },
    });
    expect(residue.pageNumbers).toEqual([82, 123]);
    expect(body).toContain('Năm 2015 có ý nghịa rát quan trọng');
    expect(body).toContain('191/2009/TT-TTC');
  });
});

describe('importDocument: nothing is lost', () => {
  // Every word of the source is in the output, in the frontmatter or the body (compared without
  // case: header lines change case), except the motto, the labels the frontmatter replaces, and
  // the residue the importer removes on purpose.
  const dropped = new Set(['cộng', 'hòa', 'hoà', 'xã', 'hội', 'chủ', 'nghĩa', 'việt', 'nam', 'độc', 'lập', 'tự', 'do', 'hạnh', 'phúc', 'số', 'v', 'kính', 'gửi', 'nơi', 'nhận', 'ngày', 'tháng', 'năm', 'bản', 'điện', 'tử']);
  const words = (text: string) => text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];

  it.each(seeds)('$file', ({ file }) => {
    const result = imported(file);
    const output = new Set(words(result.markdown.replace(/\bUỷ\b/gu, 'Ủy')));
    const residueLines = new Set(result.residue.pageNumbers);
    const source = new TextDecoder().decode(seedBytes(file)).split('\n').filter((_, i) => !residueLines.has(i + 1)).join('\n');
    const lost = words(source.replace(/\*\*|\.{2,}/gu, ' '))
      .filter((w) => !dropped.has(w) && !output.has(w))
      // Header words that were expanded or re-cased: TIỂN → tiến (known name), UBND → Ủy ban nhân dân.
      .filter((w) => !['tiển', 'ubnd'].includes(w));
    expect(lost).toEqual([]);
  });
});

describe('importDocument: refusals say what was found, where, and what to do', () => {
  it('refuses a file in an unknown 8-bit encoding', () => {
    const result = importDocument({ bytes: Uint8Array.from([0x53, 0x0a, 0x90, 0x91, 0x92, 0x20, 0x93, 0x94]), sourceFile: 'x.txt' });
    expect(result).toMatchObject({ ok: false, reason: 'encoding' });
    if (!result.ok) expect(result.message).toMatch(/^x\.txt:2: refused, an 8-bit legacy encoding that could not be identified: the file is not UTF-8/u);
  });

  // Issue 12, class 5: a text without header is imported, never refused (refusing loses the text);
  // what the schema requires is written as a flagged placeholder, the rest null and flagged.
  it('imports a text whose issuing body cannot be told, with a flagged placeholder', () => {
    const result = importDocument({ bytes: utf8('\nKẾ HOẠCH\nTuyên truyền năm 2019\n\nNgày 01/02/2019, các đơn vị thực hiện.\n'), sourceFile: 'x.txt' });
    if (!result.ok) throw new Error(result.message);
    expect(result.id).toBe('chua-ro-nam/ke-hoach-tuyen-truyen-nam-2019');
    expect(result.data).toMatchObject({
      type: 'ke-hoach',
      year: null,
      issued: null,
      title: 'Tuyên truyền năm 2019',
      issuer: { name: 'Chưa rõ cơ quan ban hành', parent: null, level: 'tinh' },
      province: null,
    });
    expect(result.data.review).toContain('Cơ quan ban hành: văn bản không ghi, chưa xác định được; tỉnh và cấp cũng chưa rõ.');
    expect(result.data.review).toContain('Năm ban hành: chưa xác định được (văn bản không ghi ngày ban hành; năm của văn bản được trích dẫn không được dùng).');
    expect(result.summary).toContain(
      'x.txt:2: issuer: no issuing body in the header, in the closing sentence or in the number; issuer is written as "Chưa rõ cơ quan ban hành" (level tinh); write the real issuer (name, parent, level) and province',
    );
    expect(result.markdown).toContain('\n---\n\nNgày 01/02/2019, các đơn vị thực hiện.\n');
  });

  it('imports a text whose type cannot be told as a công văn, flagged', () => {
    const result = importDocument({ bytes: utf8('ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nKon Tum, ngày 2 tháng 3 năm 2019\n\nCác đơn vị thực hiện.\n'), sourceFile: 'x.txt' });
    if (!result.ok) throw new Error(result.message);
    expect(result.id).toBe('2019/kon-tum-cong-van-cac-don-vi-thuc-hien');
    expect(result.data).toMatchObject({ type: 'cong-van', title: 'Công văn', year: 2019, issued: '2019-03-02', place: 'Kon Tum', province: 'kon-tum' });
    expect(result.data.review).toEqual([
      'Số, ký hiệu: phần đầu văn bản không có dòng "Số:".',
      'Người ký: văn bản không có phần chữ ký.',
      'Loại văn bản: văn bản không ghi tên loại, không có dòng "V/v" và ký hiệu loại; tạm xếp là công văn.',
      'Trích yếu: văn bản không có trích yếu; tiêu đề tạm lấy theo loại và số văn bản.',
    ]);
  });

  it('imports a text without any date under chua-ro-nam, year null and flagged', () => {
    const result = importDocument({ bytes: utf8('ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nKẾ HOẠCH\nTuyên truyền\n\nCác đơn vị thực hiện.\n'), sourceFile: 'x.txt' });
    if (!result.ok) throw new Error(result.message);
    expect(result.id).toBe('chua-ro-nam/kon-tum-ke-hoach-tuyen-truyen');
    expect(result.identity).toBeNull();
    expect(result.data).toMatchObject({ year: null, issued: null, place: null, issuer: { name: 'Ủy ban nhân dân tỉnh Kon Tum' } });
    expect(result.summary).toContain(
      'x.txt:1: year: the year of issue is unknown (no date of issue, no year in the number); the document is filed under chua-ro-nam: write year and issued if they are known',
    );
    expect(parseDocumentFile(`content/van-ban/${result.id}.md`, result.markdown, result.id).problems).toEqual([]);
  });

  it('takes the year from the document’s own number when it has no date, flagged', () => {
    const result = importDocument({ bytes: utf8('QUỐC HỘI\n\nLuật số: 12/2008/QH12\n\nLUẬT\nVỀ THỬ NGHIỆM\n\nCăn cứ Nghị định số 56/2012/NĐ-CP ngày 16/7/2012;\n'), sourceFile: 'x.txt' });
    if (!result.ok) throw new Error(result.message);
    expect(result.data).toMatchObject({ numberSymbol: '12/2008/QH12', year: 2008, issued: null, type: 'luat' });
    expect(result.data.review).toContain('Năm ban hành: lấy theo số, ký hiệu của chính văn bản (12/2008/QH12); văn bản không ghi ngày ban hành.');
  });

  it('dates a law by its closing formula and keeps the formula in the text', () => {
    const text = 'QUỐC HỘI\n\nLuật số: 05/2011/QH13\n\nLUẬT\nTHỬ NGHIỆM\n\nCăn cứ Nghị quyết số 51/2001/QH10 ngày 25 tháng 12 năm 2001;\n\nLuật này đã được Quốc hội khóa XIII, kỳ họp thứ 2\nthông qua ngày 18 tháng 11 năm 2011.\n\nCHỦ TỊCH QUỐC HỘI\nNguyễn Văn Hùng\n';
    const result = importDocument({ bytes: utf8(text), sourceFile: 'x.txt' });
    if (!result.ok) throw new Error(result.message);
    expect(result.id).toBe('2011/05-2011-qh13');
    expect(result.data).toMatchObject({ year: 2011, issued: '2011-11-18', place: null });
    expect(result.markdown).toContain('Luật này đã được Quốc hội khóa XIII, kỳ họp thứ 2 thông qua ngày 18 tháng 11 năm 2011.');
  });

  it('refuses to write a document that would fail the schema', () => {
    const text = 'ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 08/2017/QĐ-UBND\n\nKon Tum, ngày 2 tháng 3 năm 2019\n\nQUYẾT ĐỊNH\nBan hành Quy chế\n\nCăn cứ Luật.\n';
    expect(importDocument({ bytes: utf8(text), sourceFile: 'x.txt' })).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'x.txt:6: not written, the document would be invalid: year: is 2019 but the number 08/2017/QĐ-UBND says 2017 (in the source file, then import it again)',
    });
  });
});

describe('importDocument: a seed in a legacy encoding gives the same document', () => {
  const text = new TextDecoder().decode(seedBytes('000_fba281767e79f56d.txt'));
  const reference = imported('000_fba281767e79f56d.txt').frontmatter;
  const sameExceptQuality = (bytes: Uint8Array, conversion: string) => {
    const result = importDocument({ bytes, sourceFile: '000_fba281767e79f56d.txt' });
    if (!result.ok) throw new Error(result.message);
    const { quality, ...rest } = splitFrontmatter(result.markdown).data as Record<string, any>;
    const { quality: _, ...expected } = reference;
    expect(rest).toEqual(expected);
    expect(quality).toEqual({ level: 'conversion-residue', notes: `Nhập tự động: đã chuyển mã sang Unicode (${conversion}); đã nối 1 chỗ xuống dòng giữa đoạn văn.` });
  };

  it('VNI-Windows', () => {
    sameExceptQuality(encodeVni(text)!, 'VNI-Windows');
  });

  it('TCVN3 (capitals with tone marks in running text written the TCVN3 way, "Uỷ")', () => {
    sameExceptQuality(encodeTcvn3(text.replace(/Ủy ban/gu, 'Uỷ ban'))!, 'TCVN3 (ABC)');
  });
});

describe('importDocument: the output passes npm run validate too', () => {
  const header = (number: string, date: string, type: string) => `ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: ${number}\n\nKon Tum, ${date}\n\n${type}\nTổng kết công tác bình đẳng giới\n\nCăn cứ Luật Bình đẳng giới.\n`;

  it('refuses a date in the future', () => {
    const result = importDocument({ bytes: utf8(header('12/KH-UBND', 'ngày 2 tháng 3 năm 2031', 'KẾ HOẠCH')), sourceFile: 'x.txt', today: new Date('2025-06-01T00:00:00Z') });
    expect(result).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'x.txt:6: not written, the document would be invalid: issued: "2031-03-02" is in the future; correct the date of issue (in the source file, then import it again)',
    });
  });

  it('refuses a type name that contradicts the type code of the number', () => {
    const result = importDocument({ bytes: utf8(header('12/BC-UBND', 'ngày 2 tháng 3 năm 2019', 'KẾ HOẠCH')), sourceFile: 'x.txt' });
    expect(result).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'x.txt:8: not written, the document would be invalid: type: is "ke-hoach" but the number "12/BC-UBND" has the type code BC (bao-cao); correct the type or the number-symbol (in the source file, then import it again)',
    });
  });
});

describe('importDocument: unsafe links in a source (issue 15)', () => {
  const header = 'ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n\nSố: 5/KH-UBND\n\nGia Lai, ngày 2 tháng 3 năm 2024\n\nKẾ HOẠCH\nTuyên truyền bình đẳng giới\n\n';
  it.each([
    ['javascript:', '[Xem văn bản](javascript:alert(1))'],
    ['an entity-encoded scheme', '[Xem văn bản](&#106;avascript:alert(1))'],
    ['data: in an image', '![Xem văn bản](data:text/html;base64,PHNjcmlwdD4=)'],
    ['a reference definition', '[Xem văn bản][r]\n\n[r]: vbscript:msgbox(1)'],
  ])('%s keeps its text, loses its address, and is flagged', (_, link) => {
    const text = `${header}Căn cứ Luật Bình đẳng giới, xem thêm: ${link}\n\nNơi nhận:\n- Lưu: VT.\n`;
    const result = importDocument({ bytes: new TextEncoder().encode(text), sourceFile: 'x.txt', today: new Date('2026-01-01') });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const body = splitFrontmatter(result.markdown).body;
    expect(body).toContain('Xem văn bản');
    expect(body).not.toMatch(/javascript|vbscript|data:text|&#106;/iu);
    expect(result.data.review).toContain('Nội dung: đã bỏ địa chỉ không an toàn của 1 liên kết trong bản nhận được (giữ lại chữ).');
    expect(result.summary.some((l) => /^x\.txt: body line \d+: unsafe (link|image|definition) to ".+" removed, its text kept/u.test(l))).toBe(true);
  });

  it('leaves http(s) links and their text as they are', () => {
    const text = `${header}Xem [Cổng thông tin](https://gialai.gov.vn/van-ban) để biết thêm.\n`;
    const result = importDocument({ bytes: new TextEncoder().encode(text), sourceFile: 'y.txt', today: new Date('2026-01-01') });
    expect(result.ok && splitFrontmatter(result.markdown).body).toContain('[Cổng thông tin](https://gialai.gov.vn/van-ban)');
    expect(result.ok && result.data.review).not.toContain('Nội dung: đã bỏ địa chỉ không an toàn của 1 liên kết trong bản nhận được (giữ lại chữ).');
  });
});
