import { describe, expect, it } from 'vitest';
import { emptyFilters, pagefindFilters, parseSearchParams, sameState, searchQueryString, toSearchParams, withHighlight } from '../../../src/lib/search/url-state.ts';

describe('URL state', () => {
  it('round-trips a search with filters and sort', () => {
    const state = { q: 'bình đẳng giới', filters: { ...emptyFilters(), tinh: ['Lạng Sơn', 'Bắc Giang'], nam: ['2018'] }, sort: 'moi-nhat' as const };
    const params = toSearchParams(state);
    expect(params.toString()).toBe('q=b%C3%ACnh+%C4%91%E1%BA%B3ng+gi%E1%BB%9Bi&tinh=B%E1%BA%AFc+Giang&tinh=L%E1%BA%A1ng+S%C6%A1n&nam=2018&sap-xep=moi-nhat');
    const back = parseSearchParams(params);
    expect(back).toEqual({ ...state, filters: { ...state.filters, tinh: ['Bắc Giang', 'Lạng Sơn'] } });
    expect(sameState(state, back)).toBe(true);
  });

  it.each([
    ['', { q: '', sort: 'lien-quan' }],
    ['?q=', { q: '', sort: 'lien-quan' }],
    ['?q=a&sap-xep=khong-co', { q: 'a', sort: 'lien-quan' }],
    ['?sap-xep=cu-nhat&co-quan=Qu%E1%BB%91c+h%E1%BB%99i', { q: '', sort: 'cu-nhat' }],
  ])('reads %j', (search, expected) => {
    expect(parseSearchParams(new URLSearchParams(search))).toMatchObject(expected);
  });

  it('reads NFD parameters as NFC', () => {
    expect(parseSearchParams(new URLSearchParams({ q: 'tảo hôn'.normalize('NFD') })).q).toBe('tảo hôn');
  });

  it('leaves defaults out of the URL', () => {
    expect(searchQueryString({ q: '', filters: emptyFilters(), sort: 'lien-quan' })).toBe('');
  });

  it('builds Pagefind filters: any value within a filter, one filter left out on request', () => {
    const filters = { ...emptyFilters(), tinh: ['Lạng Sơn'], loai: ['Kế hoạch', 'Công văn'] };
    expect(pagefindFilters(filters)).toEqual({ tinh: { any: ['Lạng Sơn'] }, loai: { any: ['Kế hoạch', 'Công văn'] } });
    expect(pagefindFilters(filters, 'loai')).toEqual({ tinh: { any: ['Lạng Sơn'] } });
  });

  it('adds one highlight parameter per word or phrase', () => {
    expect(withHighlight('/van-ban/2018/a/', ['tảo hôn', 'lạng'])).toBe('/van-ban/2018/a/?highlight=t%E1%BA%A3o+h%C3%B4n&highlight=l%E1%BA%A1ng');
    expect(withHighlight('/van-ban/2018/a/', [])).toBe('/van-ban/2018/a/');
  });
});
