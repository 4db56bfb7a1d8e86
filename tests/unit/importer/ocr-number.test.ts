import { describe, expect, it } from 'vitest';
import { readOcrNumber } from '../../../src/lib/importer/ocr-number.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe('readOcrNumber: digits of a "Số:" line that OCR read as letters', () => {
  it.each([
    { text: '| HỘI ĐỒNG QUẢN LÝ | |', next: '| Số:0I/NQ-HĐQL | .Đắk Nông, ngày l()thảng Ú năm 2025 |', expected: { numberSymbol: '01/NQ-HĐQL', recognised: '0I/NQ-HĐQL', line: 2 } },
    { text: 'UBND HUYỆN X', next: 'Số: l0 /QĐ-UBND', expected: { numberSymbol: '10/QĐ-UBND', recognised: 'l0/QĐ-UBND', line: 2 } },
    { text: 'SỞ Y TẾ', next: 'Số: O5/KH-SYT Hà Nội, ngày 5 tháng 3 năm 2024', expected: { numberSymbol: '05/KH-SYT', recognised: 'O5/KH-SYT', line: 2 } },
    { text: 'SỞ Y TẾ', next: 'Số: 1S/BC-SYT', expected: { numberSymbol: '15/BC-SYT', recognised: '1S/BC-SYT', line: 2 } },
  ])('$next → $expected.numberSymbol', ({ text, next, expected }) => {
    expect(readOcrNumber(lines(text, next))).toEqual(expected);
  });

  it.each([
    ['a number read right needs no reading back', 'Số: 01/NQ-HĐQL'],
    ['a blank draft number stays blank', 'Số:     /TTr-SNV'],
    ['a word is not a number', 'Số: Ban/NQ-HĐQL'],
    ['a lone letter is not taken for a digit', 'Số: I/NQ-HĐQL'],
    ['no "Số:" line', 'Kính gửi: Sở Nội vụ'],
  ])('%s', (_, text) => {
    expect(readOcrNumber(lines(text))).toBeNull();
  });
});
