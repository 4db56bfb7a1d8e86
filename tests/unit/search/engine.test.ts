import { describe, expect, it } from 'vitest';
import { runSearch } from '../../../src/lib/search/engine.ts';
import { searchPageFields } from '../../../src/lib/search/page-fields.ts';
import { emptyFilters, type SearchState } from '../../../src/lib/search/url-state.ts';
import { documentData } from '../fixtures/documents.ts';
import type { DocumentData } from '../../../src/lib/content/document-schema.ts';
import { FakePagefind, type FakeDocument } from './fake-pagefind.ts';

// Documents shaped as the site renders them: header text + body as content, meta and filters from page-fields.ts.
function doc(url: string, partial: Partial<DocumentData>, body: string): FakeDocument {
  const data = documentData(partial);
  const fields = searchPageFields(data, body);
  const filters: Record<string, string[]> = {};
  for (const [k, v] of fields.filters) (filters[k] ??= []).push(v);
  return { url, content: `${data.numberSymbol ?? ''} ${data.issuer.name}. ${data.title}. ${data.fullText ? body : ''}`, meta: Object.fromEntries(fields.meta), filters, date: fields.sort[1] };
}

const docs = [
  doc('/van-ban/2018/lang-son-96-kh-ubnd/', { numberSymbol: '96/KH-UBND', title: 'Triển khai Chỉ thị số 21-CT/TW', issued: '2018-05-29' }, 'Giảm thiểu tình trạng tảo hôn. Công tác bình đẳng giới và cấp ủy Đảng. Nghị định số 56/2012/NĐ-CP.'),
  doc('/van-ban/2019/kien-giang-68-ubnd-vhxh/', { type: 'cong-van', numberSymbol: '68/UBND-VHXH', year: 2019, issued: '2019-01-16', title: 'Tiếp tục thực hiện Nghị định số 56/2012/NĐ-CP', issuer: { name: 'Ủy ban nhân dân tỉnh Kiên Giang', parent: null, level: 'tinh' }, province: 'kien-giang' }, 'Thực hiện Nghị định số 56/2012/NĐ-CP về bình đẳng giới, Nghị định số 56/2012/NĐ-CP, Kế hoạch 96/KH-UBND của tỉnh Lạng Sơn.'),
  doc('/van-ban/2012/56-2012-nd-cp/', { type: 'nghi-dinh', numberSymbol: '56/2012/NĐ-CP', year: 2012, issued: '2012-07-16', title: 'Quy định trách nhiệm của bộ, ngành', issuer: { name: 'Chính phủ', parent: null, level: 'trung-uong' }, province: null, fullText: false }, ''),
  doc('/van-ban/2015/thanh-hoa-2458-bvstbcpn-vx/', { type: 'cong-van', numberSymbol: '2458/BVSTBCPN-VX', year: 2015, issued: '2015-03-23', title: 'Hướng dẫn hoạt động năm 2015', issuer: { name: 'Ban Vì sự tiến bộ của phụ nữ tỉnh Thanh Hóa', parent: null, level: 'tinh' }, province: 'thanh-hoa' }, 'Năm 2015 có ý nghịa rát quan trọng. Bình đẳng giới ở cơ sở.'),
];

const state = (q: string, more: Partial<SearchState> = {}): SearchState => ({ q, filters: emptyFilters(), sort: 'lien-quan', ...more });
const urls = async (q: string, more: Partial<SearchState> = {}) => {
  const outcome = await runSearch(new FakePagefind(docs), state(q, more));
  return Promise.all(outcome.results.map(async (r) => (await r.result.data()).url.split('/')[3]));
};

describe('runSearch on a fake Pagefind', () => {
  it.each([
    ['56/2012/ND-CP', ['56-2012-nd-cp']],
    ['56/2012/NĐ-CP', ['56-2012-nd-cp']],
    ['nghi dinh 56', ['56-2012-nd-cp']],
    ['96 kh ubnd', ['lang-son-96-kh-ubnd', 'kien-giang-68-ubnd-vhxh']],
    ['cap uy dang', ['lang-son-96-kh-ubnd']],
    ['nghịa rát', ['thanh-hoa-2458-bvstbcpn-vx']],
  ])('%j finds %j first', async (q, expected) => {
    expect((await urls(q)).slice(0, expected.length)).toEqual(expected);
  });

  it('finds "binh dang gioi" in every text with "bình đẳng giới" (đ folded through the index-side copies)', async () => {
    expect((await urls('binh dang gioi')).sort()).toEqual(['kien-giang-68-ubnd-vhxh', 'lang-son-96-kh-ubnd', 'thanh-hoa-2458-bvstbcpn-vx']);
    expect((await urls('56/2012/ND-CP')).sort()).toEqual(['56-2012-nd-cp', 'kien-giang-68-ubnd-vhxh', 'lang-son-96-kh-ubnd']);
  });

  it('puts the document with the number first and marks it', async () => {
    const outcome = await runSearch(new FakePagefind(docs), state('56/2012/NĐ-CP'));
    expect(outcome.results[0]!.numberMatch).toBe(true);
    expect(outcome.results.slice(1).every((r) => !r.numberMatch)).toBe(true);
    expect(outcome.highlight).toContain('56/2012/NĐ-CP');
  });

  it('reports a word that matched nothing instead of silently dropping it, and searches the rest', async () => {
    const outcome = await runSearch(new FakePagefind(docs), state('tảo hôn xyzqw'));
    expect(outcome.unmatched).toEqual(['xyzqw']);
    expect(outcome.kind).toBe('results');
    expect(outcome.results).toHaveLength(1);
    expect(outcome.suggestions.map((s) => s.state.q)).toEqual(['tảo hôn']);
  });

  it('does not count a word as found when Pagefind only found a shorter prefix of it', async () => {
    // "bìnhxyz" falls back to "bình…" in Pagefind; it is still not in any document.
    const outcome = await runSearch(new FakePagefind(docs), state('bìnhxyz'));
    expect(outcome.unmatched).toEqual(['bìnhxyz']);
    expect(outcome.kind).toBe('none');
  });

  it('says plainly when nothing is found, and offers what would find something', async () => {
    const outcome = await runSearch(new FakePagefind(docs), state('tảo hôn', { filters: { ...emptyFilters(), tinh: ['Thanh Hóa'] } }));
    expect(outcome.kind).toBe('none');
    expect(outcome.suggestions[0]).toMatchObject({ label: 'Bỏ tất cả bộ lọc', count: 1 });
  });

  it('orders phrase hits by the ranked search of their words', async () => {
    const ranked = await urls('bình đẳng giới');
    expect(ranked).toHaveLength(3);
    expect(await urls('"bình đẳng giới"')).toEqual(ranked);
    expect(await urls('"binh dang gioi"')).toEqual(await urls('binh dang gioi'));
    expect(await urls('"bình đẳng giới" tảo hôn')).toEqual(['lang-son-96-kh-ubnd']);
  });

  it('counts each filter value as if only the other filters were applied', async () => {
    const outcome = await runSearch(new FakePagefind(docs), state('bình đẳng giới', { filters: { ...emptyFilters(), tinh: ['Lạng Sơn'] } }));
    expect(outcome.results).toHaveLength(1);
    expect(outcome.counts!.tinh).toMatchObject({ 'Lạng Sơn': 1, 'Kiên Giang': 1, 'Thanh Hóa': 1 });
    expect(outcome.counts!.nam).toMatchObject({ '2018': 1, '2019': 0 });
  });

  it('sorts by date when asked, newest or oldest first', async () => {
    expect(await urls('bình đẳng giới', { sort: 'moi-nhat' })).toEqual(['kien-giang-68-ubnd-vhxh', 'lang-son-96-kh-ubnd', 'thanh-hoa-2458-bvstbcpn-vx']);
    expect(await urls('bình đẳng giới', { sort: 'cu-nhat' })).toEqual(['thanh-hoa-2458-bvstbcpn-vx', 'lang-son-96-kh-ubnd', 'kien-giang-68-ubnd-vhxh']);
  });

  it('with no query and no filter, gives the totals; with filters only, browses', async () => {
    const empty = await runSearch(new FakePagefind(docs), state(''));
    expect(empty).toMatchObject({ kind: 'empty', totalDocuments: 4 });
    expect(empty.counts!.tinh).toEqual({ 'Lạng Sơn': 1, 'Kiên Giang': 1, 'Thanh Hóa': 1 });
    expect(await urls('', { filters: { ...emptyFilters(), nam: ['2015', '2019'] } })).toEqual(['kien-giang-68-ubnd-vhxh', 'thanh-hoa-2458-bvstbcpn-vx']);
  });
});

// Each Pagefind search ranks every hit in WebAssembly on the page's thread (≈250 ms for a common
// word in a 544-document shard here): a search done twice is time to first results lost.
describe('runSearch asks Pagefind only what it needs', () => {
  it.each([
    ['a plain query whose words the best result has: one search', 'bình đẳng giới', {}, ['bình đẳng giới']],
    ['a word no document has: the whole query, the word alone, the rest, then a suggestion without diacritics', 'bình đẳng xyzabc', {}, ['bình đẳng xyzabc', 'xyzabc', 'bình đẳng', 'binh dang xyzabc']],
  ])('%s', async (_name, q, more, expected) => {
    const pf = new FakePagefind(docs);
    await runSearch(pf, state(q, more));
    expect(pf.searches).toEqual(expected);
  });
});

describe('runSearch loads each result page once', () => {
  it('once per page, however many of its searches return it (the words, the number key)', async () => {
    const pf = new FakePagefind(docs);
    const outcome = await runSearch(pf, state('kế hoạch 96/KH-UBND'));
    expect(outcome.results.length).toBeGreaterThan(1);
    // The page then shows the first results: nothing is loaded twice.
    await Promise.all(outcome.results.slice(0, 10).map((r) => r.result.data()));
    expect(pf.loads.length).toBeGreaterThan(0);
    expect(new Set(pf.loads).size).toBe(pf.loads.length);
  });

  it('starts loading the first results of the whole query while it checks the words', async () => {
    const pf = new FakePagefind(docs);
    const outcome = await runSearch(pf, state('bình đẳng giới'), { prefetch: 2 });
    expect(outcome.results.length).toBeGreaterThan(2);
    expect([...pf.loads].sort()).toEqual(outcome.results.slice(0, 2).map((r) => r.result.id).sort());
    const without = new FakePagefind(docs);
    await runSearch(without, state('bình đẳng giới'));
    expect(without.loads).toEqual([outcome.results[0]!.result.id]);
  });
});

describe('runSearch without counts (the first search of the page shows its results before counting)', () => {
  it('gives the same results, no counts, and does not load the filter index', async () => {
    const pf = new FakePagefind(docs);
    const quick = await runSearch(pf, state('bình đẳng giới'), { counts: false });
    expect(quick.counts).toBeNull();
    expect(quick.totalDocuments).toBeNull();
    expect(pf.filterLoads).toBe(0);
    const full = await runSearch(new FakePagefind(docs), state('bình đẳng giới'));
    expect(quick.results.map((r) => r.result.id)).toEqual(full.results.map((r) => r.result.id));
    expect(full.counts).not.toBeNull();
    expect(full.totalDocuments).toBe(4);
  });

  it('counts anyway when a filter is ticked (filtering needs the filter index) or nothing is typed', async () => {
    const filtered = await runSearch(new FakePagefind(docs), state('bình đẳng giới', { filters: { ...emptyFilters(), tinh: ['Lạng Sơn'] } }), { counts: false });
    expect(filtered.counts!.tinh).toMatchObject({ 'Lạng Sơn': 1, 'Kiên Giang': 1 });
    const empty = await runSearch(new FakePagefind(docs), state(''), { counts: false });
    expect(empty.totalDocuments).toBe(4);
  });
});
