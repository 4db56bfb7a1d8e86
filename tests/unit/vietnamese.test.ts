import { describe, expect, it } from 'vitest';
import { compareVietnamese, foldDiacritics, foldForMatch, slugify } from '../../src/lib/text/vietnamese.ts';

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
