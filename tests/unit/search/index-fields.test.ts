import { describe, expect, it } from 'vitest';
import { citedNumberForms, foldedDWords, searchIndexFields } from '../../../src/lib/search/index-fields.ts';
import { dateSortValue, searchPageFields } from '../../../src/lib/search/page-fields.ts';
import { documentData } from '../fixtures/documents.ts';

describe('foldedDWords: folded copies of the words with đ', () => {
  it.each([
    ['bình đẳng giới', ['dang']],
    ['Nghị định số 56 của Đảng, đảng viên', ['dinh', 'dang', 'dang']],
    ['không có chữ nào', []],
    ['ĐẢNG ỦY', ['dang']],
  ])('%j', (text, expected) => {
    expect(foldedDWords(text)).toEqual([...new Set(expected)]);
  });
});

describe('citedNumberForms: compact folded forms of numbers cited in running text', () => {
  it.each([
    ['Chỉ thị số 21- CT/TW ngày 20/01/2018', ['21cttw']],
    ['Nghị định số 56/2012/NĐ-CP và Chỉ thị số 21/CT-TW', ['562012ndcp', '21cttw']],
    ['Số: 96/KH-UBND', ['96khubnd']],
    ['giai đoạn 2011-2020, ngày 16/7/2012, nhiệm kỳ 2015- 2020', []],
  ])('%j', (text, expected) => {
    expect(citedNumberForms(text)).toEqual(expected);
  });
});

describe('searchIndexFields', () => {
  it('holds the đ-words, the cited numbers and the own number folded, and the number keys', () => {
    const fields = searchIndexFields({
      title: 'Tiếp tục thực hiện Nghị định số 56/2012/NĐ-CP',
      numberSymbol: '68/UBND-VHXH',
      typeSlug: 'cong-van',
      issuerName: 'Ủy ban nhân dân tỉnh Kiên Giang',
      body: 'Công tác bình đẳng giới và Chỉ thị số 21- CT/TW.',
      extra: ['Đỗ Thanh Bình'],
    });
    expect(fields.folded.split(' ')).toEqual(expect.arrayContaining(['dinh', '562012ndcp', 'dang', 'do', '68ubndvhxh', '21cttw']));
    expect(fields.keys).toBe('zsh68ubndvhxh ztscongvan68');
  });
});

describe('dateSortValue', () => {
  it.each([
    ['2019-01-16', 2019, '20190116'],
    ['2018-05', 2018, '20180500'],
    ['2018', 2018, '20180000'],
    [null, 2018, '20180000'],
  ] as const)('%s / %s → %s', (issued, year, expected) => {
    expect(dateSortValue(issued, year)).toBe(expected);
  });
});

describe('searchPageFields', () => {
  const data = documentData({
    numberSymbol: '96/KH-UBND',
    title: 'Triển khai thực hiện Chỉ thị số 21-CT/TW',
    place: 'Lạng Sơn',
    issued: '2018-05-29',
    signer: { authority: null, title: null, name: 'Hồ Tiến Thiệu' },
  });

  it('gives meta, filters and the date sort key', () => {
    const fields = searchPageFields(data, 'Công tác bình đẳng giới.');
    expect(Object.fromEntries(fields.meta)).toMatchObject({
      title: data.title,
      so: '96/KH-UBND',
      loai: 'Kế hoạch',
      coquan: 'Ủy ban nhân dân tỉnh Lạng Sơn',
      ngay: '29/05/2018',
      tinh: 'Lạng Sơn',
      toanvan: 'co',
      nguoiky: 'Hồ Tiến Thiệu',
      khoa: 'zsh96khubnd ztskehoach96',
    });
    expect(fields.filters).toEqual([
      ['tinh', 'Lạng Sơn'],
      ['nam', '2018'],
      ['loai', 'Kế hoạch'],
      ['coquan', 'Ủy ban nhân dân tỉnh Lạng Sơn'],
    ]);
    expect(fields.sort).toEqual(['ngay', '20180529']);
  });

  it('indexes no body for a document known only from citations', () => {
    const fields = searchPageFields({ ...data, fullText: false }, 'đẳng');
    expect(Object.fromEntries(fields.meta).khongdau).not.toContain('dang');
    expect(Object.fromEntries(fields.meta).toanvan).toBe('khong');
  });
});
