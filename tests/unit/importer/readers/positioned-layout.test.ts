import { describe, expect, it } from 'vitest';
import { pageLines, type PositionedWord } from '../../../../src/lib/importer/readers/positioned-layout.ts';
import { parseBboxLayout } from '../../../../src/lib/importer/readers/poppler-bbox.ts';
import { parseTesseractTsv } from '../../../../src/lib/importer/readers/ocr-reader.ts';

// Words laid out like a page: [text, x, y] with a 12-unit line height and 6 units per character.
function words(rows: Array<[string, number, number]>): PositionedWord[] {
  return rows.flatMap(([text, x, y]) => {
    let at = x;
    return text.split(' ').map((word) => {
      const w = { text: word, x0: at, y0: y, x1: at + word.length * 6, y1: y + 12 };
      at = w.x1 + 3;
      return w;
    });
  });
}
const page = (rows: Array<[string, number, number]>) => pageLines({ width: 600, height: 800, words: words(rows) });

describe('pageLines: words with positions → lines and header cells', () => {
  it.each([
    {
      name: 'two header columns whose baselines differ by a little become cells of one row each',
      rows: [['UBND TỈNH AN PHÚ', 60, 50], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 300, 51], ['SỞ Y TẾ', 80, 64], ['Độc lập - Tự do - Hạnh phúc', 320, 65]] as Array<[string, number, number]>,
      expected: ['| UBND TỈNH AN PHÚ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |', '| SỞ Y TẾ | Độc lập - Tự do - Hạnh phúc |'],
    },
    {
      name: 'a number stamped into the blank of "Số:" stays with its symbol, a day stamped into "ngày" with its month',
      rows: [['Số: 82', 60, 50], ['/TTr-SNV', 160, 50], ['An Phú, ngày 01', 330, 50], ['tháng 8 năm 2025', 470, 50]] as Array<[string, number, number]>,
      expected: ['| Số: 82 /TTr-SNV | An Phú, ngày 01 tháng 8 năm 2025 |'],
    },
    {
      name: 'an indented first line starts a paragraph; a wrapped line does not',
      rows: [['Căn cứ Luật Tổ chức chính quyền địa phương năm 2015 và các văn bản', 90, 100], ['hướng dẫn thi hành của Chính phủ.', 60, 114], ['Xét đề nghị của Giám đốc Sở Nội vụ.', 90, 128]] as Array<[string, number, number]>,
      expected: ['Căn cứ Luật Tổ chức chính quyền địa phương năm 2015 và các văn bản', 'hướng dẫn thi hành của Chính phủ.', '', 'Xét đề nghị của Giám đốc Sở Nội vụ.'],
    },
    {
      name: 'a centred title wrapped over two lines stays one block',
      rows: [['Về việc kiện toàn Ban Vì sự tiến bộ của phụ nữ', 117, 100], ['tỉnh An Phú giai đoạn mới', 170, 114], ['Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006 của Quốc hội;', 60, 150]] as Array<[string, number, number]>,
      expected: ['Về việc kiện toàn Ban Vì sự tiến bộ của phụ nữ', 'tỉnh An Phú giai đoạn mới', '', 'Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006 của Quốc hội;'],
    },
    {
      name: 'a signature block beside the Nơi nhận list becomes cells, the list continues below',
      rows: [['Nơi nhận:', 60, 600], ['KT. CHỦ TỊCH', 380, 600], ['- Như trên;', 60, 614], ['PHÓ CHỦ TỊCH', 378, 614], ['- Lưu: VT.', 60, 628]] as Array<[string, number, number]>,
      expected: ['| Nơi nhận: | KT. CHỦ TỊCH |', '| - Như trên; | PHÓ CHỦ TỊCH |', '- Lưu: VT.'],
    },
  ])('$name', ({ rows, expected }) => {
    expect(page(rows)).toEqual(expected);
  });

  it('gives no lines for an empty page', () => {
    expect(pageLines({ width: 600, height: 800, words: [] })).toEqual([]);
  });
});

describe('parseBboxLayout (poppler pdftotext -bbox-layout)', () => {
  it('reads pages and words with boxes, unescaping XML and normalising to NFC', () => {
    const xhtml = `<doc><page width="595.3" height="841.9"><flow><block><line>
      <word xMin="10.5" yMin="20" xMax="40" yMax="32">Ho\u0300a</word>
      <word xMin="44" yMin="20" xMax="60" yMax="32">&amp;</word>
      <word xMin="64" yMin="20" xMax="90" yMax="32">LĐVL&amp;TN</word></line></block></flow></page>
      <page width="595.3" height="841.9"></page></doc>`;
    const pages = parseBboxLayout(xhtml);
    expect(pages).toHaveLength(2);
    expect(pages[0]!.words.map((w) => w.text)).toEqual(['Hòa', '&', 'LĐVL&TN']);
    expect(pages[0]!.words[0]).toMatchObject({ x0: 10.5, y0: 20, x1: 40, y1: 32 });
    expect(pages[1]!.words).toEqual([]);
  });
});

describe('parseTesseractTsv', () => {
  it('reads the page size and the words (level 5), skipping empty words', () => {
    const tsv = [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      '1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t',
      '5\t1\t1\t1\t1\t1\t300\t200\t120\t40\t91.2\tSố:',
      '5\t1\t1\t1\t1\t2\t430\t200\t260\t40\t55.0\t0I/NQ-HĐQL',
      '5\t1\t1\t1\t1\t3\t700\t200\t10\t40\t0\t ',
    ].join('\n');
    expect(parseTesseractTsv(tsv)).toEqual({
      width: 2480,
      height: 3508,
      words: [
        { text: 'Số:', x0: 300, y0: 200, x1: 420, y1: 240 },
        { text: '0I/NQ-HĐQL', x0: 430, y0: 200, x1: 690, y1: 240 },
      ],
    });
  });
});
