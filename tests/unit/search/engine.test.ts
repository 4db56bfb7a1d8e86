import { describe, expect, it } from 'vitest';
import { rerankDepth, runSearch } from '../../../src/lib/search/engine.ts';
import { searchPageFields } from '../../../src/lib/search/page-fields.ts';
import { emptyFilters, type SearchState } from '../../../src/lib/search/url-state.ts';
import { documentData } from '../fixtures/documents.ts';
import type { DocumentData } from '../../../src/lib/content/document-schema.ts';
import { FakeMergedPagefind, FakePagefind, type FakeDocument } from './fake-pagefind.ts';

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

  it('starts loading the first results of the whole query while it checks the words, and loads no page past the ones it orders again', async () => {
    const pf = new FakePagefind(docs);
    const outcome = await runSearch(pf, state('bình đẳng giới'), { prefetch: 2 });
    expect(outcome.results.length).toBeGreaterThan(2);
    // Proximity and full-text ordering read the first rerankDepth pages (here: every result), each once.
    expect([...pf.loads].sort()).toEqual(outcome.results.slice(0, rerankDepth).map((r) => r.result.id).sort());
    const many = Array.from({ length: rerankDepth + 5 }, (_, i) => doc(`/van-ban/2018/kh-${i}/`, { numberSymbol: `${i + 1}/KH-UBND`, title: `Kế hoạch ${i}` }, 'Công tác bình đẳng giới.'));
    const big = new FakePagefind(many);
    const found = await runSearch(big, state('bình đẳng giới'));
    expect(found.results).toHaveLength(rerankDepth + 5);
    expect(new Set(big.loads).size).toBe(rerankDepth);
    expect(big.loads.length).toBe(rerankDepth);
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

describe('runSearch orders the first results by proximity, then full texts first', () => {
  // The scattered document repeats the words (Pagefind, summing per word, ranks it first); the
  // fragment's own document holds them once, side by side.
  const ranked = [
    doc('/van-ban/2018/lang-son-scattered/', { numberSymbol: '1/KH-UBND', title: 'Kế hoạch năm' }, 'Tổ chức họp định kỳ với các xã. Kiểm tra hàng năm theo quy định của tỉnh và của huyện. Duy trì nề nếp họp, tổ chức kiểm tra định kỳ; mỗi quý một lần các cơ quan, đơn vị báo cáo kết quả, rồi họp hàng năm, duy trì tổ chức.'),
    doc('/van-ban/2019/kien-giang-phrase/', { type: 'cong-van', numberSymbol: '68/UBND-VHXH', year: 2019, title: 'Về việc thực hiện', province: 'kien-giang' }, 'Các sở, ngành định kỳ hàng năm duy trì tổ chức họp với các cơ quan. Nội dung khác rất dài về công tác bình đẳng giới trong năm.'),
    doc('/van-ban/2017/window/', { numberSymbol: '3/KH-UBND', year: 2017, title: 'Kế hoạch khác' }, 'Hàng năm, tổ chức họp và duy trì định kỳ việc kiểm tra.'),
  ];
  const order = async (q: string, set = ranked) => {
    const outcome = await runSearch(new FakePagefind(set), state(q));
    return Promise.all(outcome.results.map(async (r) => (await r.result.data()).url.split('/')[3]));
  };

  it.each([
    ['as printed', 'định kỳ hàng năm duy trì tổ chức họp'],
    ['without diacritics or đ', 'dinh ky hang nam duy tri to chuc hop'],
    ['in NFD', 'định kỳ hàng năm duy trì tổ chức họp'.normalize('NFD')],
  ])('a sentence fragment %s: its document first, then the words near one another, then the rest', async (_name, q) => {
    expect(await order(q)).toEqual(['kien-giang-phrase', 'window', 'lang-son-scattered']);
  });

  it('brings in a document holding the words adjacent from past the first screen, loading only it more', async () => {
    // Twelve documents Pagefind ranks higher (the words in their titles, scattered), then the phrase.
    const crowd = Array.from({ length: 12 }, (_, i) =>
      doc(`/van-ban/2018/crowd-${i}/`, { numberSymbol: `${i + 1}/KH-UBND`, title: `Họp định kỳ, tổ chức kiểm tra ${i}` }, `Duy trì nề nếp trong năm ${i}, họp các ngành rồi tổ chức các đoàn kiểm tra ở nhiều xã; định kỳ báo cáo kết quả về tỉnh.`),
    );
    const phrase = doc('/van-ban/2019/phrase/', { numberSymbol: '68/UBND-VHXH', year: 2019, title: 'Về việc thực hiện' }, 'Các sở, ngành định kỳ hàng năm duy trì tổ chức họp với các cơ quan.');
    for (const q of ['duy trì tổ chức họp', 'duy tri to chuc hop']) {
      const pf = new FakePagefind([...crowd, phrase]);
      const outcome = await runSearch(pf, state(q));
      expect(outcome.results).toHaveLength(13);
      expect((await outcome.results[0]!.result.data()).url).toBe('/van-ban/2019/phrase/');
      expect(outcome.results[0]!.proximity).toBe(0);
      expect(new Set(pf.loads).size).toBe(rerankDepth + 1);
    }
  });

  it('tries only the đ spellings the first screen uses when looking past it (no search for "đuy"; "dinh dưỡng" kept)', async () => {
    // Every word in every text, scattered; "dinh" spelt both ways, "duy" only without đ.
    const crowd = Array.from({ length: 12 }, (_, i) =>
      doc(`/van-ban/2018/crowd-${i}/`, { numberSymbol: `${i + 1}/KH-UBND`, title: `Họp định kỳ, tổ chức kiểm tra ${i}` }, `Duy trì nề nếp hàng tháng trong năm ${i}, họp các ngành rồi tổ chức các đoàn kiểm tra ở nhiều xã về chế độ dinh dưỡng; định kỳ báo cáo kết quả về tỉnh.`),
    );
    const phrase = doc('/van-ban/2019/phrase/', { numberSymbol: '68/UBND-VHXH', year: 2019, title: 'Về việc thực hiện' }, 'Các sở, ngành định kỳ hàng năm duy trì tổ chức họp với các cơ quan.');
    const pf = new FakePagefind([...crowd, phrase]);
    const outcome = await runSearch(pf, state('dinh ky hang nam duy tri to chuc hop'));
    expect((await outcome.results[0]!.result.data()).url).toBe('/van-ban/2019/phrase/');
    expect(pf.searches.filter((s) => s.startsWith('"')).sort()).toEqual(['"dinh ky hang nam duy tri to chuc hop"', '"đinh ky hang nam duy tri to chuc hop"']);
  });

  it('says how close the words were, for the page to mark the phrase', async () => {
    const outcome = await runSearch(new FakePagefind(ranked), state('duy tri to chuc hop'));
    expect(outcome.results.map((r) => r.proximity)).toEqual([0, 1, 1]);
  });

  const place = [
    doc('/van-ban/2019/cited-plan-a/', { numberSymbol: '12/KH-UBND', year: 2019, title: 'Điều chỉnh, bổ sung một số nội dung của Chiến lược quốc gia trên địa bàn huyện', fullText: false }, ''),
    doc('/van-ban/2019/cited-plan-b/', { numberSymbol: '21/KH-UBND', year: 2019, title: 'Triển khai thực hiện công tác bình đẳng giới trên địa bàn huyện Tân Yên', fullText: false }, ''),
    doc('/van-ban/2019/full-letter/', { type: 'cong-van', numberSymbol: '146/UBND-LĐTBXH', year: 2019, title: 'Hướng dẫn triển khai công tác bình đẳng giới năm 2019', province: 'bac-giang' }, 'Ủy ban nhân dân huyện Tân Yên hướng dẫn các xã, thị trấn triển khai công tác bình đẳng giới năm 2019 theo kế hoạch của tỉnh, với nhiều nội dung cụ thể cho từng cơ quan, đơn vị trên địa bàn.'),
  ];
  // Tân Yên named in the cited plans' citation lines (their only text) and in the letter's text.
  place[0]!.content += ' Kế hoạch của UBND huyện Tân Yên.';

  it.each(['tân yên', 'tan yen', 'TAN YEN', 'tân yên'.normalize('NFD')])('%j: the full text of that place before its cited-only entries, in the same order however typed', async (q) => {
    const found = await order(q, place);
    expect(found[0]).toBe('full-letter');
    expect(found.slice(1).sort()).toEqual(['cited-plan-a', 'cited-plan-b']);
    expect(found).toEqual(await order('tan yen', place));
  });

  it('a cited-only entry still comes first when the query is its number or its title', async () => {
    expect((await order('21/KH-UBND', place))[0]).toBe('cited-plan-b');
    expect((await order('triển khai thực hiện công tác bình đẳng giới trên địa bàn huyện tân yên', place))[0]).toBe('cited-plan-b');
  });
});

describe('runSearch with several shards loaded checks each word shard by shard', () => {
  const recent = [doc('/van-ban/2019/near-miss/', { year: 2019, numberSymbol: '5/KH-UBND', title: 'Kế hoạch' }, 'Nghị quyết mới. Nghị định mới. Nghị sự, nghị luận, rất quan trọng.')];
  const old = [doc('/van-ban/2015/typo/', { year: 2015, numberSymbol: '7/KH-UBND', title: 'Hướng dẫn' }, 'Năm 2015 có ý nghịa rát quan trọng.')];
  const shards = [
    { name: 'nam-2019', fromYear: 2019, toYear: 2019, documents: 1 },
    { name: 'nam-2015', fromYear: 2015, toYear: 2015, documents: 1 },
  ];

  it('a misspelt word found in one shard brings no near-miss from the other', async () => {
    const merged = new FakeMergedPagefind(new Map([['/2019/', recent], ['/2015/', old]]), '/2019/');
    await merged.mergeIndex('/2015/');
    // Without the check, the newer shard answers "nghịa" with its "nghị…" words.
    const naive = await runSearch(merged, state('nghịa quan trọng'));
    expect(await Promise.all(naive.results.map(async (r) => (await r.result.data()).url))).toContain('/van-ban/2019/near-miss/');
    const checked = await runSearch(merged, state('nghịa quan trọng'), { shards });
    expect(await Promise.all(checked.results.map(async (r) => (await r.result.data()).url))).toEqual(['/van-ban/2015/typo/']);
    expect(checked.unmatched).toEqual([]);
    // Counts follow: the shard without the word counts nothing.
    expect(checked.counts?.nam).toMatchObject({ '2015': 1 });
    expect(checked.counts?.nam?.['2019'] ?? 0).toBe(0);
  });

  it('does not call a word missing when a near-miss from another shard tops the merged results', async () => {
    // "xúc" is only in 2015; the 2019 shard answers "xuc" with its many "xu…" words, scoring higher.
    const newer = [doc('/van-ban/2019/xu/', { year: 2019, numberSymbol: '9/KH-UBND', title: 'Xu hướng' }, 'Xu hướng xu thế xu hướng, bức tranh.')];
    const older = [doc('/van-ban/2015/buc-xuc/', { year: 2015, numberSymbol: '7/KH-UBND', title: 'Hướng dẫn' }, 'Giải quyết những vấn đề bức xúc của phụ nữ.')];
    const merged = new FakeMergedPagefind(new Map([['/2019/', newer], ['/2015/', older]]), '/2019/');
    await merged.mergeIndex('/2015/');
    const outcome = await runSearch(merged, state('buc xuc'), { shards });
    expect(outcome.unmatched).toEqual([]);
    expect(await Promise.all(outcome.results.map(async (r) => (await r.result.data()).url))).toEqual(['/van-ban/2015/buc-xuc/']);
    // A word no shard has is still reported, and the others searched.
    const missing = await runSearch(merged, state('buc xuc qwzx'), { shards });
    expect(missing.unmatched).toEqual(['qwzx']);
    expect(await Promise.all(missing.results.map(async (r) => (await r.result.data()).url))).toEqual(['/van-ban/2015/buc-xuc/']);
  });

  it('changes nothing when every shard has every word', async () => {
    const merged = new FakeMergedPagefind(new Map([['/2019/', recent], ['/2015/', old]]), '/2019/');
    await merged.mergeIndex('/2015/');
    const outcome = await runSearch(merged, state('quan trọng'), { shards });
    expect(outcome.results).toHaveLength(2);
  });
});
