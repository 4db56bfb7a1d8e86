import { describe, expect, it } from 'vitest';
import type { ArchiveEntry } from '../../src/lib/archive/archive-entry.ts';
import { groupByProvince } from '../../src/lib/archive/grouping.ts';
import { pageDocumentCount, provincePages } from '../../src/lib/archive/province-pages.ts';
import type { DocumentData } from '../../src/lib/content/document-schema.ts';
import { documentRecord } from '../../src/lib/open-data/document-record.ts';
import { searchPageFields } from '../../src/lib/search/page-fields.ts';
import { documentData } from './fixtures/documents.ts';

function entry(id: string, fields: Partial<DocumentData>): ArchiveEntry {
  return { id, data: documentData({ type: 'cong-van', title: id, issuer: { name: 'UBND', parent: null, level: 'tinh' }, ...fields }) };
}

// Both eras of Lâm Đồng, a year-only 2025 document, a former province alone (Kon Tum), a province
// kept whole with documents in both eras (Lạng Sơn), and Huế, which exists only since the merger.
const corpus = [
  entry('lam-dong-moi', { year: 2025, issued: '2025-09-16', province: 'lam-dong' }),
  entry('lam-dong-cu', { year: 2024, issued: '2024-03-01', province: 'lam-dong' }),
  entry('lam-dong-2025', { year: 2025, issued: '2025', province: 'lam-dong' }),
  entry('dak-nong', { year: 2025, issued: '2025-06-10', province: 'dak-nong' }),
  entry('dak-nong-2', { year: 2023, issued: '2023-01-10', province: 'dak-nong' }),
  entry('binh-thuan', { year: 2020, issued: '2020-01-10', province: 'binh-thuan' }),
  entry('kon-tum', { year: 2018, issued: null, province: 'kon-tum' }),
  entry('lang-son-cu', { year: 2018, issued: '2018-05-29', province: 'lang-son' }),
  entry('lang-son-moi', { year: 2026, issued: '2026-02-01', province: 'lang-son' }),
  entry('hue', { year: 2025, issued: '2025-08-01', province: 'hue', issuer: { name: 'UBND thành phố Huế', parent: null, level: 'tinh' } }),
  entry('central', { year: 2012, province: null, issuer: { name: 'Chính phủ', parent: null, level: 'trung-uong' } }),
];

const ids = (list: readonly ArchiveEntry[]) => list.map((e) => e.id);

describe('provincePages: one page per slug, both eras', () => {
  const pages = provincePages(corpus);
  const page = (slug: string) => pages.find((p) => p.slug === slug)!;

  it('makes a page for every slug with documents, and for the province a former one now belongs to, in Vietnamese order (Lạng before Lâm)', () => {
    expect(pages.map((p) => p.slug)).toEqual(['binh-thuan', 'dak-nong', 'hue', 'kon-tum', 'lang-son', 'lam-dong', 'quang-ngai']);
  });

  it('the new Lâm Đồng: its documents since 1/7/2025, the 2025 one of unknown date, and its three former provinces', () => {
    const lamDong = page('lam-dong');
    expect(lamDong.current?.name).toBe('Lâm Đồng');
    expect(ids(lamDong.since)).toEqual(['lam-dong-moi']);
    expect(ids(lamDong.undated2025)).toEqual(['lam-dong-2025']);
    expect(lamDong.former.map((f) => [f.province.name, ids(f.documents)])).toEqual([
      ['Lâm Đồng', ['lam-dong-cu']],
      ['Bình Thuận', ['binh-thuan']],
      ['Đắk Nông', ['dak-nong', 'dak-nong-2']],
    ]);
    expect(pageDocumentCount(lamDong)).toBe(6);
  });

  it('a former province alone: its own documents and the province it belongs to now', () => {
    const dakNong = page('dak-nong');
    expect(dakNong.current).toBeNull();
    expect(dakNong.successor?.slug).toBe('lam-dong');
    expect(dakNong.former.map((f) => [f.province.slug, ids(f.documents)])).toEqual([['dak-nong', ['dak-nong', 'dak-nong-2']]]);
    expect(page('kon-tum').successor?.name).toBe('Quảng Ngãi');
    expect(ids(page('quang-ngai').former.find((f) => f.province.slug === 'kon-tum')!.documents)).toEqual(['kon-tum']);
    expect(page('quang-ngai').since).toEqual([]);
  });

  it('a province kept whole keeps one page with both eras; Huế exists only since', () => {
    expect(ids(page('lang-son').since)).toEqual(['lang-son-moi']);
    expect(ids(page('lang-son').former[0]!.documents)).toEqual(['lang-son-cu']);
    expect(ids(page('hue').since)).toEqual(['hue']);
    expect(page('hue').former.map((f) => f.province.name)).toEqual(['Thừa Thiên Huế']);
  });

  it('groupByProvince (home page) copes with a slug that exists only since the merger', () => {
    expect(groupByProvince(corpus).map((g) => g.province.name)).toContain('Huế');
  });
});

describe('search filter and open data read the province in its era', () => {
  // [id, search filter "tinh", provinceEra, provinceToday]
  it.each([
    ['lam-dong-moi', 'Lâm Đồng (từ 1/7/2025)', 'post-merger', 'lam-dong'],
    ['lam-dong-cu', 'Lâm Đồng', 'pre-merger', 'lam-dong'],
    ['lam-dong-2025', 'Lâm Đồng', 'either', 'lam-dong'],
    ['dak-nong', 'Đắk Nông', 'pre-merger', 'lam-dong'],
    ['lang-son-moi', 'Lạng Sơn', 'post-merger', 'lang-son'],
    ['hue', 'Huế', 'post-merger', 'hue'],
    ['kon-tum', 'Kon Tum', 'pre-merger', 'quang-ngai'],
    ['central', null, null, null],
  ])('%s', (id, filter, era, today) => {
    const { data } = corpus.find((e) => e.id === id)!;
    expect(searchPageFields(data, '').filters.find(([key]) => key === 'tinh')?.[1] ?? null).toBe(filter);
    const record = documentRecord({ id: `2025/${id}`, data }, 'https://example.org/');
    expect([record.provinceName, record.provinceEra, record.provinceToday]).toEqual([filter, era, today]);
  });
});
