import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripDiacritics } from '../../src/lib/text/strip-diacritics.ts';
import { compareVietnamese, foldDiacritics, foldForMatch, slugify } from '../../src/lib/text/vietnamese.ts';

// Every letter of the Vietnamese alphabet with every tone, both cases: 12 vowels × 6 tones, đ, and the consonants.
const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const lowerLetters = [...vowels.flatMap((v) => tones.map((t) => `${v}${t}`.normalize('NFC'))), 'đ', ...'bcdghklmnpqrstvx'];
const vietnameseLetters = [...lowerLetters, ...lowerLetters.map((l) => l.toUpperCase())];

describe('foldDiacritics', () => {
  it.each([
    ['Nghị định', 'Nghi dinh'],
    ['bình đẳng giới', 'binh dang gioi'],
    ['ĐẢNG ỦY', 'DANG UY'],
    ['ỷ ỹ ỵ Ỷ Ỹ Ỵ', 'y y y Y Y Y'],
    ['hòa hoà thủy thuỷ', 'hoa hoa thuy thuy'],
    ['Ủy ban'.normalize('NFD'), 'Uy ban'],
    ['56/2012/NĐ-CP', '56/2012/ND-CP'],
  ])('%s → %s', (input, expected) => {
    expect(foldDiacritics(input)).toBe(expected);
  });
});

describe('stripDiacritics (the search fold)', () => {
  it.each([
    ['Nghị định', 'Nghi dinh'],
    ['ĐẢNG ỦY', 'DANG UY'],
    ['ỷ ỹ ỵ Ỷ Ỹ Ỵ', 'y y y Y Y Y'],
    ['Ủy ban'.normalize('NFD'), 'Uy ban'],
    ['56/2012/NĐ-CP', '56/2012/ND-CP'],
  ])('%s → %s', (input, expected) => {
    expect(stripDiacritics(input)).toBe(expected);
  });

  it('has all 146 letters of the alphabet × case to test', () => {
    expect(new Set(vietnameseLetters).size).toBe(2 * (12 * 6 + 1 + 16));
  });

  it('folds every Vietnamese letter, NFC or NFD, as foldDiacritics does', () => {
    for (const letter of vietnameseLetters) {
      expect(stripDiacritics(letter), letter).toBe(foldDiacritics(letter));
      expect(stripDiacritics(letter.normalize('NFD')), `${letter} (NFD)`).toBe(foldDiacritics(letter));
      expect(stripDiacritics(letter), letter).toMatch(/^[a-zA-Z]$/);
    }
  });

  // The fast path scans only U+0300–U+036F; other scripts' marks must still go, as \p{M} takes them.
  it.each([
    ['café'.normalize('NFD'), 'cafe'],
    ['हिंदी', 'हद'],
    ['x\u20d7 y\u1ab0', 'x y'],
    ['Phụ nữ “bình đẳng” … – 5‰ №3', 'Phu nu “binh dang” … – 5‰ №3'],
    ['ἄλφα', 'αλφα'],
  ])('drops every combining mark, not only Latin ones: %s → %s', (input, expected) => {
    expect(stripDiacritics(input)).toBe(expected);
    const reference = input.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
    expect(stripDiacritics(input)).toBe(reference);
  });

  it('folds the text of every document in the archive as foldDiacritics does', () => {
    const root = join(import.meta.dirname, '../../content/van-ban');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(25);
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      // transliterate also turns every dash into "-" and a few symbols into letters; the search
      // compares letters and digits only.
      const lettersOnly = (s: string) => s.replace(/[^\p{L}\p{N}\s]/gu, '');
      expect(lettersOnly(stripDiacritics(text)), file).toBe(lettersOnly(foldDiacritics(text)));
    }
  });
});

describe('foldForMatch', () => {
  it('lower-cases, folds and collapses whitespace', () => {
    expect(foldForMatch('  Ủy   ban\nNHÂN dân ')).toBe('uy ban nhan dan');
  });
});

describe('slugify', () => {
  it.each([
    ['Kiên Giang', 'kien-giang'],
    ['Đắk Lắk', 'dak-lak'],
    ['Bà Rịa - Vũng Tàu', 'ba-ria-vung-tau'],
    ['68/UBND-VHXH', '68-ubnd-vhxh'],
    ['146/UBND-LĐTBXH', '146-ubnd-ldtbxh'],
    ['Thừa Thiên Huế', 'thua-thien-hue'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});

describe('compareVietnamese', () => {
  it('sorts đ after d and Â after A as Vietnamese readers expect', () => {
    expect(['Đồng Nai', 'Bắc Giang', 'Dak', 'An Giang', 'Ân'].sort(compareVietnamese)).toEqual(['An Giang', 'Ân', 'Bắc Giang', 'Dak', 'Đồng Nai']);
  });
});
