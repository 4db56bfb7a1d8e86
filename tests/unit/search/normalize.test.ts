import { describe, expect, it } from 'vitest';
import { compactFolded, foldText, hasNoDiacritics, normalizeQueryText, normalizeTonePlacement, words } from '../../../src/lib/search/normalize.ts';

describe('normalizeTonePlacement: the tone of a word-final oa, oe, uy goes on the first vowel', () => {
  it.each([
    ['hoà', 'hòa'],
    ['hòa', 'hòa'],
    ['Hoà Bình', 'Hòa Bình'],
    ['HOÀ', 'HÒA'],
    ['thuỷ', 'thủy'],
    ['Uỷ ban', 'Ủy ban'],
    ['UỶ BAN', 'ỦY BAN'],
    ['khoẻ', 'khỏe'],
    ['văn hoá', 'văn hóa'],
    ['tuỳ', 'tùy'],
    ['Thuý', 'Thúy'],
    // Left alone: u belongs to qu; the pair is not at the end of the syllable; breve or circumflex.
    ['quý', 'quý'],
    ['quỳ', 'quỳ'],
    ['hoàn thành', 'hoàn thành'],
    ['tuyển', 'tuyển'],
    ['hoặc', 'hoặc'],
    ['khuyến', 'khuyến'],
    ['Uỷ ban'.normalize('NFD'), 'Ủy ban'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeTonePlacement(input)).toBe(expected);
    expect(normalizeTonePlacement(input).normalize('NFC')).toBe(normalizeTonePlacement(input));
  });
});

describe('normalizeQueryText', () => {
  it.each([
    ['  Hoà   BÌNH ', 'hòa bình'],
    ['BÌNH ĐẲNG GIỚI', 'bình đẳng giới'],
    ['bình đẳng giới'.normalize('NFD'), 'bình đẳng giới'],
    ['Uỷ Ban\tNhân  Dân', 'ủy ban nhân dân'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeQueryText(input)).toBe(expected);
  });
});

describe('folding', () => {
  it.each([
    ['bình đẳng giới', 'binh dang gioi'],
    ['Đảng ủy', 'dang uy'],
    ['Nghị định', 'nghi dinh'],
    ['bình đẳng giới'.normalize('NFD'), 'binh dang gioi'],
  ])('foldText(%j) = %j', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it.each([
    ['56/2012/NĐ-CP', '562012ndcp'],
    ['96/KH-UBND', '96khubnd'],
    ['21- CT/TW', '21cttw'],
    ['236/LĐTBXH-BVCSTE&BĐG', '236ldtbxhbvcstebdg'],
  ])('compactFolded(%j) = %j', (input, expected) => {
    expect(compactFolded(input)).toBe(expected);
  });

  it.each([
    ['binh dang gioi', true],
    ['Nghi Dinh 56', true],
    ['bình', false],
    ['đang', false],
  ])('hasNoDiacritics(%j) = %s', (input, expected) => {
    expect(hasNoDiacritics(input)).toBe(expected);
  });

  it('splits words at anything but letters, marks and digits', () => {
    expect(words('Chỉ thị số 21-CT/TW, “bình đẳng”')).toEqual(['Chỉ', 'thị', 'số', '21', 'CT', 'TW', 'bình', 'đẳng']);
  });
});
