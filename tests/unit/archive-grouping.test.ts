import { describe, expect, it } from 'vitest';
import type { ArchiveEntry } from '../../src/lib/archive/archive-entry.ts';
import { countsPerYear, groupByDistrict, groupByProvince, groupByType, groupByYear } from '../../src/lib/archive/grouping.ts';
import { formatIssued, formatPlaceAndDate } from '../../src/lib/archive/issue-date.ts';
import { newestFirst } from '../../src/lib/archive/ordering.ts';
import { layoutYearChart } from '../../src/lib/archive/year-chart.ts';
import type { DocumentData } from '../../src/lib/content/document-schema.ts';
import { documentData } from './fixtures/documents.ts';

function entry(id: string, fields: Partial<DocumentData>): ArchiveEntry {
  return { id, data: documentData({ type: 'cong-van', year: 2019, title: id, issuer: { name: 'UBND', parent: null, level: 'tinh' }, province: null, ...fields }) };
}

// The five seeds' browse-relevant metadata, plus the two decrees they cite.
const corpus = [
  entry('kien-giang-68', { type: 'cong-van', numberSymbol: '68/UBND-VHXH', year: 2019, issued: '2019-01-16', province: 'kien-giang' }),
  entry('lang-son-96', { type: 'ke-hoach', numberSymbol: '96/KH-UBND', year: 2018, issued: '2018-05-29', province: 'lang-son' }),
  entry('kon-tum-tb', { type: 'thong-bao', numberSymbol: null, year: 2018, issued: null, province: 'kon-tum' }),
  entry('tan-yen-146', { type: 'cong-van', numberSymbol: '146/UBND-LĐTBXH', year: 2019, issued: '2019-02-19', province: 'bac-giang', district: 'Tân Yên', issuer: { name: 'UBND huyện Tân Yên', parent: null, level: 'huyen' } }),
  entry('thanh-hoa-2458', { type: 'cong-van', numberSymbol: '2458/BVSTBCPN-VX', year: 2015, issued: '2015-03-23', province: 'thanh-hoa' }),
  entry('nd-56', { type: 'nghi-dinh', numberSymbol: '56/2012/NĐ-CP', year: 2012, issued: '2012-07-16', fullText: false, issuer: { name: 'Chính phủ', parent: null, level: 'trung-uong' } }),
  entry('ct-21', { type: 'chi-thi', numberSymbol: '21-CT/TW', year: 2018, issued: '2018-01-20', fullText: false, issuer: { name: 'Ban Bí thư', parent: null, level: 'trung-uong' } }),
];

const ids = (list: readonly ArchiveEntry[]) => list.map((e) => e.id);

describe('newestFirst', () => {
  it('orders by date of issue, newest first; an unknown date sorts at the start of its year', () => {
    expect(ids(newestFirst(corpus))).toEqual(['tan-yen-146', 'kien-giang-68', 'lang-son-96', 'ct-21', 'kon-tum-tb', 'thanh-hoa-2458', 'nd-56']);
  });

  it('orders documents of the same date by number, higher first', () => {
    const sameDay = [entry('a', { numberSymbol: '8/KH-UBND', issued: '2019-01-16' }), entry('b', { numberSymbol: '68/UBND-VHXH', issued: '2019-01-16' })];
    expect(ids(newestFirst(sameDay))).toEqual(['b', 'a']);
  });

  it('puts a month-only date before the days of that month', () => {
    const list = [entry('day', { issued: '2019-05-02' }), entry('month', { issued: '2019-05' })];
    expect(ids(newestFirst(list))).toEqual(['day', 'month']);
  });
});

describe('groupByProvince', () => {
  it('groups local documents by province in Vietnamese alphabetical order, leaving central ones out', () => {
    const groups = groupByProvince(corpus);
    expect(groups.map((g) => g.province.name)).toEqual(['Bắc Giang', 'Kiên Giang', 'Kon Tum', 'Lạng Sơn', 'Thanh Hóa']);
    expect(groups.flatMap((g) => ids(g.documents))).not.toContain('nd-56');
  });
});

describe('groupByDistrict', () => {
  it("puts the province's own bodies first, then each district alphabetically", () => {
    const list = [
      entry('tan-yen', { district: 'Tân Yên', issued: '2019-02-19' }),
      entry('tinh', { issued: '2019-01-01' }),
      entry('hiep-hoa', { district: 'Hiệp Hòa', issued: '2019-03-01' }),
    ];
    expect(groupByDistrict(list).map((g) => [g.district, ids(g.documents)])).toEqual([
      [null, ['tinh']],
      ['Hiệp Hòa', ['hiep-hoa']],
      ['Tân Yên', ['tan-yen']],
    ]);
  });
});

describe('groupByYear', () => {
  it('groups by year of issue, newest year first, documents newest first', () => {
    expect(groupByYear(corpus).map((g) => [g.year, ids(g.documents)])).toEqual([
      [2019, ['tan-yen-146', 'kien-giang-68']],
      [2018, ['lang-son-96', 'ct-21', 'kon-tum-tb']],
      [2015, ['thanh-hoa-2458']],
      [2012, ['nd-56']],
    ]);
  });

  it('lists documents of an unknown year last, in a group of their own (issue 12)', () => {
    const undated = [entry('undated-b', { year: null, issued: null, title: 'B' }), entry('undated-a', { year: null, issued: null, title: 'A' })];
    expect(groupByYear([...undated, ...corpus]).map((g) => [g.year, ids(g.documents)])).toEqual([
      [2019, ['tan-yen-146', 'kien-giang-68']],
      [2018, ['lang-son-96', 'ct-21', 'kon-tum-tb']],
      [2015, ['thanh-hoa-2458']],
      [2012, ['nd-56']],
      [null, ['undated-a', 'undated-b']],
    ]);
    expect(ids(newestFirst([...undated, ...corpus])).slice(-2)).toEqual(['undated-a', 'undated-b']);
  });
});

describe('groupByType', () => {
  it('groups by type in the order of the type table', () => {
    expect(groupByType(corpus).map((g) => [g.type.name, g.documents.length])).toEqual([
      ['Công văn', 3],
      ['Kế hoạch', 1],
      ['Thông báo', 1],
      ['Chỉ thị', 1],
      ['Nghị định', 1],
    ]);
  });
});

describe('countsPerYear', () => {
  it('counts every year between the first and the last, zeros included', () => {
    const counts = countsPerYear(corpus);
    expect(counts[0]).toEqual({ year: 2012, count: 1 });
    expect(counts.at(-1)).toEqual({ year: 2019, count: 2 });
    expect(counts).toHaveLength(8);
    expect(counts.find((c) => c.year === 2016)).toEqual({ year: 2016, count: 0 });
  });

  it('is empty for an empty archive', () => {
    expect(countsPerYear([])).toEqual([]);
  });

  it('leaves documents of an unknown year off the year scale', () => {
    expect(countsPerYear([...corpus, entry('undated', { year: null, issued: null })])).toEqual(countsPerYear(corpus));
    expect(countsPerYear([entry('undated', { year: null, issued: null })])).toEqual([]);
  });
});

describe('year chart layout', () => {
  it('draws the tallest bar to the top margin and a zero year with no height', () => {
    const chart = layoutYearChart([{ year: 2015, count: 1 }, { year: 2016, count: 0 }, { year: 2017, count: 3 }]);
    expect(chart.bars.map((b) => b.height)).toEqual([Math.round((chart.baseline - 24) / 3), 0, chart.baseline - 24]);
    expect(chart.bars.every((b) => b.x >= 0 && b.x + b.width <= chart.width)).toBe(true);
  });
});

describe('dates as Vietnamese readers write them', () => {
  it.each([
    ['2019-01-16', '16/01/2019'],
    ['2018-05', '05/2018'],
    ['2018', '2018'],
    [null, null],
  ])('formatIssued(%s) = %s', (input, expected) => {
    expect(formatIssued(input)).toBe(expected);
  });

  it.each([
    ['Kiên Giang', '2019-01-16', 'Kiên Giang, ngày 16 tháng 01 năm 2019'],
    ['Lạng Sơn', '2018-05', 'Lạng Sơn, tháng 05 năm 2018'],
    [null, '2018', 'năm 2018'],
    ['Tân Yên', null, 'Tân Yên'],
    [null, null, null],
  ])('formatPlaceAndDate(%s, %s) = %s', (place, issued, expected) => {
    expect(formatPlaceAndDate(place, issued)).toBe(expected);
  });
});
