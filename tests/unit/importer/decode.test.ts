import { describe, expect, it } from 'vitest';
import { decodeSource, type DecodeResult } from '../../../src/lib/importer/decode.ts';
import { encodeTcvn3 } from '../../../src/lib/importer/encodings/tcvn3.ts';
import { encodeVni } from '../../../src/lib/importer/encodings/vni.ts';
import { readAsWindows1252 } from '../../../src/lib/importer/encodings/windows-1252.ts';

const text = [
  'ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG',
  'Số: 68/UBND-VHXH',
  'Kiên Giang, ngày 16 tháng 01 năm 2019',
  'V/v tiếp tục triển khai thực hiện Nghị định số 56/2012/NĐ-CP của Chính phủ',
  'Căn cứ Nghị định số 56/2012/NĐ-CP ngày 16/7/2012 của Chính phủ quy định trách nhiệm của bộ, ngành, Ủy ban nhân dân các cấp trong việc bảo đảm cho các cấp Hội Liên hiệp Phụ nữ Việt Nam tham gia quản lý nhà nước.',
  '',
].join('\n');

const utf8 = (t: string) => new TextEncoder().encode(t);

function ok(result: DecodeResult) {
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('decodeSource: accepted', () => {
  it('takes UTF-8 as it is', () => {
    expect(decodeSource(utf8(text))).toEqual({ ok: true, text, encoding: 'utf-8', conversion: null });
  });

  it('normalises decomposed (NFD) text to NFC and says so', () => {
    const result = ok(decodeSource(utf8(text.normalize('NFD'))));
    expect(result.text).toBe(text);
    expect(result.conversion).toBe('normalised to NFC (the file had decomposed letters)');
  });

  it('drops a UTF-8 byte-order mark and Windows line ends', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text.replace(/\n/g, '\r\n'))]);
    expect(ok(decodeSource(bytes)).text).toBe(text);
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    expect(ok(decodeSource(bytes))).toMatchObject({ text, encoding: 'utf-16' });
  });

  // VN3 has no capital letters with tone marks: running text wrote "Uỷ ban" (U + ỷ), and whole
  // upper-case lines used the upper-case font, which decoding restores.
  const vn3Text = text.replace('Ủy ban nhân dân các cấp', 'Uỷ ban nhân dân các cấp');

  it('converts TCVN3', () => {
    const result = ok(decodeSource(encodeTcvn3(vn3Text)!));
    expect(result).toEqual({ ok: true, text: vn3Text, encoding: 'tcvn3', conversion: 'converted from TCVN3 (ABC)' });
  });

  it('converts VNI-Windows', () => {
    expect(ok(decodeSource(encodeVni(text)!))).toEqual({ ok: true, text, encoding: 'vni', conversion: 'converted from VNI-Windows' });
  });

  it('converts Windows-1258', () => {
    // "Cộng hòa xã hội" in Windows-1258: base letters with combining tone bytes.
    const bytes = Uint8Array.from([0x43, 0xf4, 0xf2, 0x6e, 0x67, 0x20, 0x68, 0x6f, 0xcc, 0x61, 0x20, 0x78, 0x61, 0xde, 0x20, 0x68, 0xf4, 0xf2, 0x69]);
    const repeated = Uint8Array.from([...Array(20)].flatMap(() => [...bytes, 0x0a]));
    const result = ok(decodeSource(repeated));
    expect(result.encoding).toBe('windows-1258');
    expect(result.text.split('\n')[0]).toBe('Cộng hòa xã hội');
  });

  it('repairs mojibake (UTF-8 read as Windows-1252 and saved again) when the round trip is exact', () => {
    const mojibake = readAsWindows1252(utf8(text));
    expect(mojibake.startsWith('á»¦Y BAN NHÃ‚N DÃ‚N')).toBe(true);
    expect(ok(decodeSource(utf8(mojibake)))).toEqual({
      ok: true,
      text,
      encoding: 'utf-8',
      conversion: 'repaired mojibake: UTF-8 text that had been read as Windows-1252 and saved again',
    });
  });

  it('converts TCVN3 that was read as Windows-1252 and saved as UTF-8 ("Céng hoµ")', () => {
    const saved = utf8(readAsWindows1252(encodeTcvn3(vn3Text)!));
    expect(ok(decodeSource(saved))).toMatchObject({ text: vn3Text, encoding: 'tcvn3' });
  });
});

// Issue 12, class 1: a Vietnamese letter of the Latin-1 range (Ú, à, Ã, Ô…) followed directly by a
// curly quote, an ellipsis or a dash is what mojibake looks like, but it is correct text. Each row
// is a valid UTF-8 text (written for the test) that must be taken as it is.
const latin1BeforePunctuation: Array<{ name: string; lines: string[] }> = [
  { name: 'closing curly quote after Ú', lines: ['Danh hiệu “KHU DÂN CƯ ĐÔ THỊ ƯU TÚ”, “GIA ĐÌNH VĂN HÓA TIÊU BIỂU”', 'Xã “NÔNG THÔN MỚI KIỂU MẪU” và phường “ĐÔ THỊ ƯU TÚ”'] },
  { name: 'ellipsis after à (a form to fill in)', lines: ['Ông/bà……………………, chức vụ: …………', 'Kính gửi Ông/bà…'] },
  { name: 'ellipsis after Ã', lines: ['Kính gửi: UBND XÃ…', 'Chủ tịch UBND XÃ… và THỊ TRẤN…'] },
  { name: 'closing quote after Ã and Ô (the bytes of “Ô”)', lines: ['Phong trào “CÔNG AN XÃ” và “TỔ AN NINH NHÂN DÂN TỰ QUẢN Ở KHU PHỐ”', 'Ấp “HÒA BÌNH”, bến “ĐÒ CÔ”'] },
  { name: 'en and em dashes after É, Ê, Í', lines: ['HỘI NGHỊ PHỤ NỮ CÁC CẤP – LẦN THỨ XII', 'Nguyễn Văn LÊ– Chủ tịch; ÔNG KÍ— Phó ban'] },
  { name: 'left quotes and a trademark sign after à, ò, á', lines: ['Tên gọi là“Ngày hội”, ý nghĩa là‘đoàn kết’, hoà“hợp”, má™'] },
];

describe('decodeSource: valid UTF-8 is never refused for a letter before punctuation', () => {
  it.each(latin1BeforePunctuation)('$name', ({ lines }) => {
    const valid = `${text}${lines.join('\n')}\n`;
    expect(decodeSource(utf8(valid))).toEqual({ ok: true, text: valid, encoding: 'utf-8', conversion: null });
  });

  it('all of them in one file, many times over', () => {
    const valid = `${text}${latin1BeforePunctuation.flatMap((r) => r.lines).join('\n').repeat(5)}\n`;
    expect(decodeSource(utf8(valid))).toMatchObject({ ok: true, text: valid, conversion: null });
  });

  it('still refuses real mojibake mixed with such text, at the first mojibake line', () => {
    const mixed = `${text}Ông/bà……, UBND XÃ…\n${readAsWindows1252(utf8('Đồng chí Chủ tịch'))}\n`;
    expect(decodeSource(utf8(mixed))).toMatchObject({ ok: false, found: 'mojibake mixed with correct Unicode text', line: 7 });
  });

  it('still repairs a whole file of mojibake that has such pairs in its original', () => {
    const original = `${text}Danh hiệu “ĐÔ THỊ ƯU TÚ”, Ông/bà…, UBND XÃ…\n`;
    expect(decodeSource(utf8(readAsWindows1252(utf8(original))))).toMatchObject({ ok: true, text: original, conversion: 'repaired mojibake: UTF-8 text that had been read as Windows-1252 and saved again' });
  });
});

describe('decodeSource: refused, with what was found and what to do', () => {
  it('refuses mojibake mixed with correct text', () => {
    const mixed = `${text}${readAsWindows1252(utf8('Ủy ban nhân dân tỉnh'))}\n`;
    expect(decodeSource(utf8(mixed))).toEqual({
      ok: false,
      found: 'mojibake mixed with correct Unicode text',
      line: 6,
      message:
        'mojibake (UTF-8 read as Windows-1252, e.g. "á»¦y" for "Ủy") mixed with correct Vietnamese text, first at line 6; the mixture cannot be repaired exactly. Get a clean copy of the document, or re-save the original in UTF-8, and import it again',
    });
  });

  it('refuses UTF-8 with a few damaged bytes', () => {
    const bytes = utf8(text);
    const damaged = new Uint8Array([...bytes.slice(0, 40), 0xff, ...bytes.slice(40)]);
    expect(decodeSource(damaged)).toEqual({
      ok: false,
      found: 'damaged UTF-8',
      line: 2,
      message: 'the file is UTF-8 but has 1 invalid byte(s), first at line 2; it is damaged or mixes encodings. Re-export it from the original as UTF-8 and import it again',
    });
  });

  it('refuses an 8-bit encoding it cannot identify', () => {
    const bytes = Uint8Array.from([...utf8('Header\n'), ...Array.from({ length: 120 }, (_, i) => (i % 7 === 0 ? 0x20 : 0x80 + (i % 96)))]);
    const result = decodeSource(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.found).toBe('an 8-bit legacy encoding that could not be identified');
    expect(result.line).toBe(2);
    expect(result.message).toMatch(
      /^the file is not UTF-8: it is in an 8-bit legacy encoding \(first non-ASCII byte at line 2\) that could not be identified reliably \(Vietnamese words read: .*\); convert the file to Unicode \(UTF-8\) with UniKey's converter \(UniKey Toolkit: Công cụ chuyển mã, target Unicode\) or a similar tool, and import it again$/u,
    );
  });

  it('refuses Unicode text that is not Vietnamese (a legacy encoding saved as Unicode in some other way)', () => {
    const garbled = 'Ã¿Ã¾ Ã¼Ã½ Ã»Ãº\n'.repeat(5).replace(/Ã/g, 'Ø');
    expect(decodeSource(utf8(garbled))).toMatchObject({ ok: false, found: 'text that is not Vietnamese Unicode', line: 1 });
  });

  it('refuses binary files and UTF-16 without a byte-order mark', () => {
    expect(decodeSource(Uint8Array.from(Buffer.from('Số: 1\n', 'utf16le')))).toEqual({
      ok: false,
      found: 'binary data',
      line: 1,
      message: 'the file contains NUL bytes (first at line 1): it is not a text file, or UTF-16 without a byte-order mark. Save it as plain text in UTF-8 and import it again',
    });
  });
});
