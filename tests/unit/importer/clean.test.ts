import { describe, expect, it } from 'vitest';
import { removeResidue } from '../../../src/lib/importer/clean.ts';
import { toSourceLines } from '../../../src/lib/importer/source-lines.ts';

describe('removeResidue', () => {
  it('drops table borders, rules and page numbers, and says which source lines', () => {
    const text = 'ỦY BAN NHÂN DÂN\n-------\n|\n| |\nSố: 96/KH-UBND\n---------------\ncó ý nghĩa\n2\nquan trọng\n- 3 -\nTrang 4\n|\n';
    const { lines, residue } = removeResidue(toSourceLines(text));
    expect(lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'ỦY BAN NHÂN DÂN'],
      [5, 'Số: 96/KH-UBND'],
      [7, 'có ý nghĩa'],
      [9, 'quan trọng'],
      [13, ''],
    ]);
    expect(residue).toEqual({ tableLines: [2, 3, 4, 6, 12], pageNumbers: [8, 10, 11] });
  });

  it('keeps list items, numbered headings and the delimiter row of a real Markdown table', () => {
    const text = '- Như trên;\n1. Mục đích\n| Chỉ tiêu | Năm 2019 |\n|---|---|\n| Tỷ lệ nữ | 30% |\n';
    const { lines, residue } = removeResidue(toSourceLines(text));
    expect(lines.map((l) => l.text)).toEqual(['- Như trên;', '1. Mục đích', '| Chỉ tiêu | Năm 2019 |', '|---|---|', '| Tỷ lệ nữ | 30% |', '']);
    expect(residue).toEqual({ tableLines: [], pageNumbers: [] });
  });
});
