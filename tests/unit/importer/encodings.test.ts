import { describe, expect, it } from 'vitest';
import { decodeTcvn3, encodeTcvn3 } from '../../../src/lib/importer/encodings/tcvn3.ts';
import { decodeVni, encodeVni } from '../../../src/lib/importer/encodings/vni.ts';
import { bytesOfWindows1252, readAsWindows1252 } from '../../../src/lib/importer/encodings/windows-1252.ts';

// Bytes written as Latin-1 characters, the way legacy text looks when opened without its font.
const latin1 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));

const letters = 'aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ';

describe('TCVN3 (ABC)', () => {
  it.each([
    ['Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'Cộng hoà xã hội chủ nghĩa Việt Nam'],
    ['§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
    ['Uû ban nh©n d©n tØnh Kiªn Giang', 'Uỷ ban nhân dân tỉnh Kiên Giang'],
    ['NghÞ ®Þnh sè 56/2012/N§-CP', 'Nghị định số 56/2012/NĐ-CP'],
    ['b×nh ®¼ng giíi vµ v× sù tiÕn bé cña phô n÷', 'bình đẳng giới và vì sự tiến bộ của phụ nữ'],
    ['Tr­êng ®­îc ng­êi h­íng dÉn', 'Trường được người hướng dẫn'],
  ])('decodes %s', (bytes, text) => {
    expect(decodeTcvn3(latin1(bytes))).toBe(text);
  });

  it('restores capitals typed in the upper-case font (.VnTimeH)', () => {
    expect(decodeTcvn3(latin1('Uû BAN NH¢N D¢N TØNH L¹NG S¬N'))).toBe('UỶ BAN NHÂN DÂN TỈNH LẠNG SƠN');
    // One capital alone tells nothing: "Số:" and "Uỷ" stay as typed.
    expect(decodeTcvn3(latin1('Sè: 68/UBND-VHXH'))).toBe('Số: 68/UBND-VHXH');
  });

  it('round-trips every Vietnamese letter', () => {
    expect(decodeTcvn3(encodeTcvn3(letters)!)).toBe(letters);
    expect(encodeTcvn3('€')).toBeNull();
  });
});

describe('VNI-Windows', () => {
  it.each([
    ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc'],
    ['UÛY BAN NHAÂN DAÂN TÆNH', 'ỦY BAN NHÂN DÂN TỈNH'],
    ['ñöôïc ngöôøi naêm Quyeát ñònh', 'được người năm Quyết định'],
  ])('decodes %s', (bytes, text) => {
    expect(decodeVni(latin1(bytes))).toBe(text);
  });

  it('round-trips every Vietnamese letter in both cases', () => {
    const both = `${letters} ${letters.toUpperCase()}`;
    expect(decodeVni(encodeVni(both)!)).toBe(both);
    expect(encodeVni('ç')).toBeNull();
  });
});

describe('Windows-1252', () => {
  it('maps characters back to the bytes they were read from', () => {
    const bytes = Uint8Array.from([0x80, 0x81, 0x9f, 0xa0, 0xe1, 0xbb, 0xa6]);
    expect(bytesOfWindows1252(readAsWindows1252(bytes))).toEqual(bytes);
    expect(readAsWindows1252(Uint8Array.from([0xe1, 0xbb, 0xa6]))).toBe('á»¦');
    expect(bytesOfWindows1252('Ủy')).toBeNull();
  });
});
