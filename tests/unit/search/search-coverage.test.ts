import { describe, expect, it } from 'vitest';
import { runSearch } from '../../../src/lib/search/engine.ts';
import { unmatchedMessage } from '../../../src/lib/search/messages.ts';
import {
  archiveDocuments,
  coverageMessage,
  coverageOf,
  filtersNote,
  formatCount,
  parseShardPlan,
  remainingShards,
  searchWithWidening,
  shardedPagefind,
  shardsToLoad,
  widenedMessage,
  widenStep,
  yearsText,
} from '../../../src/lib/search/search-coverage.ts';
import { planShards, shardPath, yearCountsOf, type SearchShard } from '../../../src/lib/search/shards.ts';
import { emptyFilters, type SearchState } from '../../../src/lib/search/url-state.ts';
import { FakeMergedPagefind, FakePagefind, type FakeDocument } from './fake-pagefind.ts';

const names = (shards: readonly SearchShard[]) => shards.map((s) => s.name);
const state = (sort: SearchState['sort'] = 'lien-quan', years: string[] = [], q = ''): SearchState => ({ q, sort, filters: { ...emptyFilters(), nam: years } });
const loaded = (...shardNames: string[]) => new Set(shardNames);

// An archive of 10,015 documents over 2016–2025, planned with 1,200 documents per shard: nine
// shards, the newest of two years.
const target = 1200;
const plan = planShards(
  new Map([
    [2025, 400],
    [2024, 750],
    [2023, 1100],
    [2022, 1200],
    [2021, 1150],
    [2020, 1180],
    [2019, 1190],
    [2018, 1200],
    [2017, 1145],
    [2016, 700],
  ]),
  target,
);
const all = names(plan);

describe('the plan of the examples', () => {
  it('has nine shards and 10,015 documents', () => {
    expect(all).toEqual(['nam-2024-2025', 'nam-2023', 'nam-2022', 'nam-2021', 'nam-2020', 'nam-2019', 'nam-2018', 'nam-2017', 'nam-2016']);
    expect(archiveDocuments(plan)).toBe(10_015);
  });
});

describe('shardsToLoad: what a search needs loaded before it runs', () => {
  it.each([
    ['relevance, nothing loaded: the newest shard', state(), [], ['nam-2024-2025']],
    ['oldest first, nothing loaded: the oldest shard', state('cu-nhat'), [], ['nam-2016']],
    ['newest first, the newest loaded: nothing', state('moi-nhat'), ['nam-2024-2025'], []],
    ['a year filter: the shards of those years', state('lien-quan', ['2019', '2023']), [], ['nam-2023', 'nam-2019']],
    ['a year filter, one of its shards loaded: the other', state('lien-quan', ['2019', '2023']), ['nam-2023', 'nam-2024-2025'], ['nam-2019']],
    ['a year no shard holds: the newest shard', state('lien-quan', ['1990']), [], ['nam-2024-2025']],
  ])('%s', (_name, s, already, expected) => {
    expect(names(shardsToLoad(plan, s, loaded(...already), target))).toEqual(expected);
  });

  it('remainingShards lists every shard not loaded, newest first', () => {
    expect(names(remainingShards(plan, loaded('nam-2024-2025', 'nam-2019')))).toEqual(all.filter((n) => n !== 'nam-2024-2025' && n !== 'nam-2019'));
  });
});

describe('coverageOf: was every document the search could find searched?', () => {
  it.each([
    ['the newest shard of nine, no year filter', state(), ['nam-2024-2025'], false, 1150],
    ['every shard', state(), all, true, 10_015],
    ['a year filter whose shard is loaded', state('lien-quan', ['2019']), ['nam-2019'], true, 1190],
    ['a year filter whose shards are loaded, with others loaded too', state('lien-quan', ['2019', '2016']), ['nam-2024-2025', 'nam-2019', 'nam-2016'], true, 3040],
    ['a year filter whose shard is not loaded', state('lien-quan', ['2019']), ['nam-2024-2025'], false, 1150],
    ['a year filter on a year no shard holds', state('lien-quan', ['1990']), ['nam-2024-2025'], true, 1150],
  ])('%s', (_name, s, already, complete, searched) => {
    const coverage = coverageOf(plan, s, loaded(...already));
    expect([coverage.complete, coverage.searchedDocuments, coverage.archiveDocuments]).toEqual([complete, searched, 10_015]);
    expect(names(coverage.searched).concat(names(coverage.missing)).sort()).toEqual([...all].sort());
  });
});

describe('what the page says', () => {
  it.each([
    ['the newest shard', state(), ['nam-2024-2025'], 'Đã tìm trong 1.150 văn bản năm 2024–2025; kho có 10.015 văn bản.'],
    ['consecutive shards read as one span', state(), ['nam-2024-2025', 'nam-2023', 'nam-2022'], 'Đã tìm trong 3.450 văn bản năm 2022–2025; kho có 10.015 văn bản.'],
    ['shards apart are named apart, newest first', state(), ['nam-2024-2025', 'nam-2019'], 'Đã tìm trong 2.340 văn bản năm 2024–2025 và 2019; kho có 10.015 văn bản.'],
    ['three runs', state(), ['nam-2024-2025', 'nam-2021', 'nam-2017', 'nam-2016'], 'Đã tìm trong 4.145 văn bản năm 2024–2025, 2021 và 2016–2017; kho có 10.015 văn bản.'],
    ['the oldest shard (oldest first)', state('cu-nhat'), ['nam-2016'], 'Đã tìm trong 700 văn bản năm 2016; kho có 10.015 văn bản.'],
    ['nothing when every shard is loaded', state(), all, null],
    ['nothing when the years filtered on are loaded', state('lien-quan', ['2016']), ['nam-2016'], null],
  ])('coverage: %s', (_name, s, already, expected) => {
    expect(coverageMessage(plan, coverageOf(plan, s, loaded(...already)))).toBe(expected);
  });

  it.each([
    [['nam-2024-2025'], 'Số đếm chỉ tính văn bản năm 2024–2025.'],
    [['nam-2024-2025', 'nam-2016'], 'Số đếm chỉ tính văn bản năm 2024–2025 và 2016.'],
    [all, null],
    [[], null],
  ])('filter counts note with %j loaded', (already, expected) => {
    expect(filtersNote(plan, loaded(...already))).toBe(expected);
  });

  it('names the years widened to', () => {
    const [newest, y2023, y2022] = plan;
    expect(widenedMessage(plan, [newest!], [y2023!, y2022!])).toBe('Không có kết quả trong văn bản năm 2024–2025 nên đã tìm thêm văn bản năm 2022–2023.');
  });

  it.each([
    [0, '0'],
    [31, '31'],
    [999, '999'],
    [1000, '1.000'],
    [10_015, '10.015'],
    [1_234_567, '1.234.567'],
  ])('formatCount(%d) = %s', (n, expected) => {
    expect(formatCount(n)).toBe(expected);
  });

  it('a word not found while some years were not searched is not said to be in no document', () => {
    expect(unmatchedMessage(['xyz'], true, true)).toBe('Không tìm thấy từ: “xyz” trong các văn bản đã tìm. Kết quả dưới đây là cho các từ còn lại.');
    expect(unmatchedMessage(['xyz'], false, false)).toBe('Không tìm thấy từ: “xyz” trong văn bản nào.');
  });

  it('yearsText of nothing is empty', () => {
    expect(yearsText(plan, [])).toBe('');
  });
});

describe('widenStep: the shards merged when a search found nothing', () => {
  it.each([
    // Budget: as many documents as were searched, at least the target (1,200).
    ['after the newest shard (1,150 searched): the next one', state(), ['nam-2024-2025'], ['nam-2023']],
    ['after 2,250 searched: as many as fit in 2,250', state(), ['nam-2024-2025', 'nam-2023'], ['nam-2022']],
    ['after 3,450 searched: two shards', state(), ['nam-2024-2025', 'nam-2023', 'nam-2022'], ['nam-2021', 'nam-2020']],
    ['oldest first widens towards the newest', state('cu-nhat'), ['nam-2016'], ['nam-2017']],
    ['shards loaded by an earlier search are skipped', state(), ['nam-2024-2025', 'nam-2023', 'nam-2019'], ['nam-2022', 'nam-2021']],
    ['nothing left', state(), all, []],
    ['a year filter wholly loaded is complete: nothing to widen', state('lien-quan', ['2019']), ['nam-2019'], []],
  ])('%s', (_name, s, already, expected) => {
    expect(names(widenStep(plan, s, loaded(...already), target))).toEqual(expected);
  });

  it('always takes a shard when one is left, however large', () => {
    const big = planShards(new Map([[2025, 100], [2024, 5000]]), target);
    expect(names(widenStep(big, state(), loaded('nam-2025'), target))).toEqual(['nam-2024']);
  });
});

describe('parseShardPlan', () => {
  it('reads the plan the search page writes', () => {
    expect(parseShardPlan(JSON.stringify(plan))).toEqual(plan);
    expect(parseShardPlan('[]')).toEqual([]);
  });
  it.each([[undefined], [''], ['{}'], ['[{"name":"../x","fromYear":1,"toYear":1,"documents":1}]'], ['[{"name":"nam-2019","fromYear":"2019","toYear":2019,"documents":1}]']])('refuses %j', (json) => {
    expect(() => parseShardPlan(json)).toThrow();
  });
});

// End to end on fake bundles: one document per year, shards of two documents.
function doc(year: number, words: string, month = '06'): FakeDocument {
  const url = `/van-ban/${year}/${words.split(' ')[0]}-${month}/`;
  return { url, content: words, meta: { title: words }, filters: { nam: [String(year)], loai: ['Kế hoạch'] }, date: `${year}${month}01` };
}
const docs = [
  doc(2019, 'tảo hôn bình đẳng', '03'),
  doc(2019, 'bình đẳng giới', '09'),
  doc(2018, 'giới phụ nữ'),
  doc(2017, 'bình đẳng quý'),
  doc(2016, 'phụ nữ'),
  doc(2012, 'xưa bình đẳng'),
  doc(2009, 'tảo hôn'),
];
const corpusPlan = planShards(yearCountsOf(docs.map((d) => d.url.slice('/van-ban/'.length))), 2);
const bundles = new Map(corpusPlan.map((s) => [shardPath(s), docs.filter((d) => s.fromYear <= Number(d.url.slice(9, 13)) && Number(d.url.slice(9, 13)) <= s.toYear)]));

/** The search page's way of using one Pagefind object (src/scripts/search-page.ts), on fake bundles. */
function session(initial: SearchState) {
  const first = shardsToLoad(corpusPlan, initial, new Set(), 2);
  const pf = new FakeMergedPagefind(bundles, shardPath(first[0]!));
  const loadedNames = new Set([first[0]!.name]);
  const merge = async (shards: SearchShard[]) => {
    for (const s of shards) {
      await pf.mergeIndex(shardPath(s));
      loadedNames.add(s.name);
    }
  };
  const api = shardedPagefind(pf, () => corpusPlan.filter((s) => loadedNames.has(s.name)));
  const search = async (s: SearchState) => {
    await merge(shardsToLoad(corpusPlan, s, loadedNames, 2));
    const { outcome, widened } = await searchWithWidening(s, { shards: corpusPlan, target: 2, loaded: () => loadedNames, merge, search: () => runSearch(api, s) });
    const urls = await Promise.all(outcome.results.map(async (r) => (await r.result.data()).url));
    return { outcome, urls, widened: names(widened), coverage: coverageMessage(corpusPlan, coverageOf(corpusPlan, s, loadedNames)) };
  };
  return { pf, loadedNames, merge, search };
}

describe('searching shard by shard (fake Pagefind bundles merged as Pagefind 1.6 merges them)', () => {
  it('the plan of the fake corpus', () => {
    expect(names(corpusPlan)).toEqual(['nam-2019', 'nam-2017-2018', 'nam-2012-2016', 'nam-2009']);
  });

  it('finds in the newest shard without widening, and says what was searched', async () => {
    const s = state('lien-quan', [], 'tảo hôn');
    const result = await session(s).search(s);
    expect(result.urls).toEqual(['/van-ban/2019/tảo-03/']);
    expect(result.widened).toEqual([]);
    expect(result.coverage).toBe('Đã tìm trong 2 văn bản năm 2019; kho có 7 văn bản.');
  });

  it('widens to the next shard when the first finds nothing, and stops once something is found', async () => {
    const s = state('lien-quan', [], 'quý');
    const result = await session(s).search(s);
    expect(result.widened).toEqual(['nam-2017-2018']);
    expect(result.urls).toEqual(['/van-ban/2017/bình-06/']);
    expect(result.coverage).toBe('Đã tìm trong 4 văn bản năm 2017–2019; kho có 7 văn bản.');
  });

  it('widens step by step, each step as large as what was searched', async () => {
    const s = state('lien-quan', [], 'xưa');
    const result = await session(s).search(s);
    // 2019 (2 documents): nothing; 2017–2018 (a budget of 2): nothing; then 2012–2016 and 2009 (3 documents, within a budget of 4).
    expect(result.widened).toEqual(['nam-2017-2018', 'nam-2012-2016', 'nam-2009']);
    expect(result.urls).toEqual(['/van-ban/2012/xưa-06/']);
    expect(result.coverage).toBeNull();
  });

  it('loads every shard when nothing is found anywhere, and then says nothing about coverage', async () => {
    const s = state('lien-quan', [], 'xyzqw');
    const result = await session(s).search(s);
    expect(result.outcome.kind).toBe('none');
    expect(result.widened).toEqual(['nam-2017-2018', 'nam-2012-2016', 'nam-2009']);
    expect(result.coverage).toBeNull();
  });

  it('a year filter searches exactly the shard of that year, completely', async () => {
    const s = state('lien-quan', ['2009'], 'tảo hôn');
    const page = session(s);
    const result = await page.search(s);
    expect([...page.loadedNames]).toEqual(['nam-2009']);
    expect(result.urls).toEqual(['/van-ban/2009/tảo-06/']);
    expect(result.coverage).toBeNull();
  });

  it('keeps every loaded shard: a later search covers them all', async () => {
    const s = state('lien-quan', ['2009'], 'tảo hôn');
    const page = session(s);
    await page.search(s);
    const wider = state('lien-quan', [], 'tảo hôn');
    const result = await page.search(wider);
    expect(result.urls.sort()).toEqual(['/van-ban/2009/tảo-06/', '/van-ban/2019/tảo-03/']);
    expect(result.coverage).toBe('Đã tìm trong 3 văn bản năm 2019 và 2009; kho có 7 văn bản.');
  });

  it('stops widening once a newer search replaced this one', async () => {
    const s = state('lien-quan', [], 'xyzqw');
    const page = session(s);
    let steps = 0;
    await searchWithWidening(s, { shards: corpusPlan, target: 2, loaded: () => page.loadedNames, merge: page.merge, search: () => runSearch(page.pf, s), stale: () => steps++ > 0 });
    expect([...page.loadedNames]).toEqual(['nam-2019', 'nam-2017-2018']);
  });
});

describe('date sorts across merged shards', () => {
  const everything = new FakePagefind(docs);
  const dates = async (pf: Parameters<typeof runSearch>[0], s: SearchState) => Promise.all((await runSearch(pf, s)).results.map(async (r) => (await r.result.data()).url));

  it('Pagefind alone interleaves the shards of a sorted search (why shardedPagefind exists)', async () => {
    const page = session(state());
    await page.merge(remainingShards(corpusPlan, page.loadedNames));
    const s = state('cu-nhat', [], 'bình đẳng');
    expect(await dates(page.pf, s)).not.toEqual(await dates(everything, s));
  });

  it.each([
    ['newest first', state('moi-nhat', [], 'bình đẳng')],
    ['oldest first', state('cu-nhat', [], 'bình đẳng')],
    ['newest first, filters only', state('moi-nhat', [], '')],
    ['oldest first with a year filter over two shards', state('cu-nhat', ['2012', '2019'], 'bình đẳng')],
    ['relevance', state('lien-quan', [], 'bình đẳng')],
  ])('%s: the same results, order and filter counts as one bundle of every document', async (_name, s) => {
    const withFilter = s.q === '' ? { ...s, filters: { ...s.filters, loai: ['Kế hoạch'] } } : s;
    const page = session(withFilter);
    await page.merge(remainingShards(corpusPlan, page.loadedNames));
    const api = shardedPagefind(page.pf, () => corpusPlan);
    const merged = await runSearch(api, withFilter);
    const single = await runSearch(everything, withFilter);
    expect(await dates(api, withFilter)).toEqual(await dates(everything, withFilter));
    expect(merged.counts).toEqual(single.counts);
    expect(merged.results.length).toBe(single.results.length);
  });
});
