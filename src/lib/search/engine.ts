import { textHasTerm } from './excerpt.ts';
import { dateSortKey, facets, metaKeys, type FacetKey } from './facets.ts';
import { foldText } from './normalize.ts';
import type { FilterCounts, PagefindApi, PagefindResponse, PagefindResult, PagefindSearchOptions } from './pagefind-api.ts';
import { dSpellingsIn, highlightTerms, isEmptyQuery, mainQueryText, parseQuery, phraseQueries, queryWithout, type ParsedQuery } from './query.ts';
import { hasFilters, pagefindFilters, type SearchState } from './url-state.ts';
import { namesTitle, proximityTier, proximityTiers, type ProximityTier } from './proximity.ts';
import type { SearchShard } from './shards.ts';

/**
 * One search as the search page runs it on Pagefind's JS API, kept free of the DOM so that unit
 * tests can drive it with a fake Pagefind:
 *
 * 1. Each word is searched alone (cheap: Pagefind caches the index chunks). A word that finds
 *    nothing, or only finds other words (Pagefind falls back to the longest indexed prefix, e.g.
 *    "xyz" → "x…"), is reported as not found and left out, never silently.
 * 2. The main search runs the remaining words and the number-symbols in their compact folded form.
 *    A phrase in double quotes runs as Pagefind exact-phrase queries (with đ variants), intersected
 *    with the other words, ordered by the ranked search of the same words (Pagefind scores every
 *    phrase hit 1).
 * 3. A number-symbol or "type + number" in the query is searched by its key (number-keys.ts); the
 *    documents carrying exactly that key come first.
 * 4. In relevance order, the first `rerankDepth` results (the page's first screen, which it loads
 *    anyway) are ordered again (`rerank`): the query's words adjacent in the typed order first,
 *    then near one another, then the rest (proximity.ts); within each of those, a document the
 *    query names by its title, then full texts before entries known only from citations, then
 *    Pagefind's order. When fewer of them have the words adjacent, Pagefind's exact-phrase search
 *    brings in documents from further down that do (its words' chunks are loaded already, but
 *    for words typed without diacritics the đ spelling's chunk: see `dSpellingsIn`).
 * 5. With several shards loaded, each word found is checked shard by shard: a shard without it
 *    would answer with prefix near-misses (Pagefind's fallback, per bundle), so its years are left
 *    out of the search (`checkShards`).
 * 6. Filter counts: Pagefind's counts for the filters without a selection; for a filter with a
 *    selection, the counts of the same search without that filter (values within a filter are
 *    alternatives, so each count says how many results ticking that box would add or keep).
 */

export interface RankedResult {
  result: PagefindResult;
  /** Found by its own number-symbol or type + number typed in the query. */
  numberMatch: boolean;
  /** How close together the query's words are in it (proximity.ts); null when not checked (past `rerankDepth`, a sorted search). */
  proximity?: ProximityTier | null;
}

export interface Suggestion {
  /** What to show, e.g. "bình đẳng" or "Bỏ tất cả bộ lọc". */
  label: string;
  /** The state to go to. */
  state: SearchState;
  /** How many documents it finds (null: a link to browse). */
  count: number | null;
}

export interface SearchOutcome {
  state: SearchState;
  query: ParsedQuery;
  /** empty: nothing typed and no filter; results; none: nothing found. */
  kind: 'empty' | 'results' | 'none';
  results: RankedResult[];
  /** Words (as typed, normalised) that no document contains. */
  unmatched: string[];
  /** Filter value counts to show next to each checkbox; null when the search was asked not to count (RunSearchOptions.counts). */
  counts: FilterCounts | null;
  /** Words and phrases to highlight on the document page. */
  highlight: string[];
  /** Other searches worth trying when nothing (or little) was found. */
  suggestions: Suggestion[];
  /** Documents in the loaded shards (from the filter totals); null when not counted. */
  totalDocuments: number | null;
}

const maxVerified = 20;

/**
 * Results ordered again by proximity and full text (their page data is loaded for it): the 10 the
 * page shows first and loads anyway. Ordering 20 cost 10 more fragments, +41–45 KB cold per query
 * at 1,000 documents (docs/search-ranking-and-suggestions.md), which took two benchmark queries
 * over the 300 KB budget.
 */
export const rerankDepth = 10;

/** Exact-phrase variants (đ for d) tried at most when bringing in adjacent documents. */
const maxPhraseVariants = 4;

/**
 * Documents brought in from past the first screen at most: enough for the first three places.
 * Each costs a fragment (≈4–6 KB); bringing in up to 10 cost +17–65 KB and ≈0.8 s more (noisy)
 * on long fragments at 1,000 documents, where boilerplate sentences recur in many documents.
 */
export const maxBroughtIn = 3;

function sortOption(state: SearchState): PagefindSearchOptions['sort'] {
  if (state.sort === 'lien-quan') return undefined;
  return { [dateSortKey]: state.sort === 'moi-nhat' ? 'desc' : 'asc' };
}

function sumCounts(responses: PagefindResponse[]): FilterCounts {
  if (responses.length === 1) return responses[0]!.filters ?? {};
  const out: FilterCounts = {};
  for (const r of responses) {
    for (const [key, values] of Object.entries(r.filters ?? {})) {
      out[key] ??= {};
      for (const [value, n] of Object.entries(values)) out[key]![value] = (out[key]![value] ?? 0) + n;
    }
  }
  return out;
}

function dedupe(results: PagefindResult[]): PagefindResult[] {
  const seen = new Set<string>();
  return results.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}

/**
 * Words of the query that no document contains. `prefetch`: how many of the best results of the
 * whole query to start loading meanwhile (the page shows them next when every word is found).
 */
export async function findUnmatched(pf: PagefindApi, query: ParsedQuery, prefetch = 0): Promise<string[]> {
  if (query.terms.length === 0) return [];
  // Usually the best result of the whole query has every word: then no word needs a search of its
  // own, and its text is the one the page shows first anyway.
  let pending = query.terms;
  const all = await pf.search(mainQueryText(query));
  for (const r of all.results.slice(1, prefetch)) void r.data().catch(() => undefined);
  if (all.results.length > 0) {
    const top = await all.results[0]!.data();
    const texts = [top.content, ...Object.values(top.meta)];
    pending = pending.filter((term) => !textHasTerm(texts, term));
  }
  const checks = pending.map(async (term) => {
    const response = await pf.search(term.text);
    if (response.results.length === 0) return term.text;
    const top = await response.results[0]!.data();
    return textHasTerm([top.content, ...Object.values(top.meta)], term) ? null : term.text;
  });
  return (await Promise.all(checks)).filter((t): t is string => t !== null);
}

const yearFacet = 'nam';

function shardYears(shard: SearchShard): string[] {
  const years: string[] = [];
  for (let y = shard.fromYear; y <= shard.toYear; y++) years.push(String(y));
  return years;
}

/** What the shard-by-shard check found (`checkShards`). */
export interface ShardCheck {
  /** Words no loaded shard has. */
  unmatched: string[];
  /** Years of the shards that have every other word; null when that is every loaded shard. */
  years: string[] | null;
}

/**
 * With several shards loaded, each word of the query searched in each shard alone (the year filter
 * narrowed to the shard) and checked in that shard's best result. Pagefind replaces a word a bundle
 * lacks by the longest prefix that bundle has, so with merged shards a word (often misspelt) found
 * in one shard brings near-misses from the others, which can outrank the real hit, and the check of
 * the merged results (findUnmatched) can even take the near-miss for the answer and call the word
 * missing. A word no shard has is reported; the shards without some other word are left out.
 */
export async function checkShards(pf: PagefindApi, query: ParsedQuery, shards: readonly SearchShard[]): Promise<ShardCheck> {
  const terms = query.terms;
  const found = await Promise.all(
    shards.map(async (shard) => {
      const filters = { [yearFacet]: { any: shardYears(shard) } };
      return Promise.all(
        terms.map(async (term) => {
          const response = await pf.search(term.text, { filters });
          if (response.results.length === 0) return false;
          const top = await response.results[0]!.data();
          return textHasTerm([top.content, ...Object.values(top.meta)], term);
        }),
      );
    }),
  );
  const unmatched = terms.filter((_, k) => !found.some((inShard) => inShard[k])).map((t) => t.text);
  const complete = found.map((inShard) => terms.every((t, k) => inShard[k] || unmatched.includes(t.text)));
  return { unmatched, years: complete.every(Boolean) ? null : shards.filter((_, i) => complete[i]).flatMap(shardYears) };
}

/** The filters narrowed to the given years (null: unchanged). */
function withinYears(filters: Record<string, { any: string[] }>, years: readonly string[] | null): Record<string, { any: string[] }> {
  if (!years) return filters;
  const chosen = filters[yearFacet]?.any;
  return { ...filters, [yearFacet]: { any: chosen ? chosen.filter((y) => years.includes(y)) : [...years] } };
}

/**
 * The first `depth` results ordered by: proximity tier of the query's words (`sequence`, folded,
 * typed order), then documents the query names by title, then full texts before cited-only
 * entries, then Pagefind's order. `adjacent(texts)`, when given, is asked (once, only if fewer
 * than `depth` of them have the words adjacent, with their page texts) for documents further down
 * known to hold them adjacent (Pagefind's phrase search); as many as lack are ordered with the
 * first ones. The rest follow in Pagefind's order.
 */
export async function rerank(
  results: PagefindResult[],
  sequence: readonly string[],
  depth = rerankDepth,
  adjacent?: (texts: readonly string[]) => Promise<ReadonlySet<string>>,
): Promise<Array<{ result: PagefindResult; proximity: ProximityTier | null }>> {
  const keyOf = async (result: PagefindResult, rank: number) => {
    const data = await result.data();
    const titles = [data.meta[metaKeys.title] ?? '', ...(data.meta[metaKeys.aliases] ?? '').split('; ')];
    // The signer's name is searchable (ranking.ts) but not in the page text.
    const proximity = proximityTier([data.content, ...titles, data.meta[metaKeys.signer] ?? ''], sequence);
    const named = namesTitle(titles, sequence);
    const fullText = data.meta[metaKeys.fullText] !== 'khong';
    return { result, proximity, text: data.content, key: [proximity, named ? 0 : 1, fullText ? 0 : 1, rank] };
  };
  const keyed = await Promise.all(results.slice(0, depth).map(keyOf));
  const lacking = depth - keyed.filter((k) => k.proximity === proximityTiers.adjacent).length;
  if (adjacent && sequence.length >= 2 && lacking > 0 && results.length > depth) {
    const ids = await adjacent(keyed.map((k) => k.text));
    const further = results
      .map((result, rank) => ({ result, rank }))
      .slice(depth)
      .filter(({ result }) => ids.has(result.id))
      .slice(0, Math.min(lacking, maxBroughtIn));
    keyed.push(...(await Promise.all(further.map(({ result, rank }) => keyOf(result, rank)))));
  }
  keyed.sort((a, b) => {
    for (let k = 0; k < a.key.length; k++) if (a.key[k] !== b.key[k]) return a.key[k]! - b.key[k]!;
    return 0;
  });
  const ordered = new Set(keyed.map((k) => k.result.id));
  const checked = sequence.length >= 2;
  return [
    ...keyed.map(({ result, proximity }) => ({ result, proximity: checked ? proximity : null })),
    ...results.filter((r) => !ordered.has(r.id)).map((result) => ({ result, proximity: null })),
  ];
}

interface Collected {
  results: PagefindResult[];
  counts: FilterCounts;
  /** Results without any filter. */
  unfiltered: number;
}

/** The query's results under the given filters, ordered, with Pagefind's filter counts. */
async function collect(pf: PagefindApi, query: ParsedQuery, leaveOut: ReadonlySet<string>, filters: Record<string, unknown>, sort: PagefindSearchOptions['sort']): Promise<Collected> {
  const text = mainQueryText(query, leaveOut);
  if (!query.phrase) {
    if (!text) return { results: [], counts: {}, unfiltered: 0 };
    const r = await pf.search(text, { filters, sort });
    return { results: r.results, counts: r.filters ?? {}, unfiltered: r.unfilteredResultCount };
  }
  const phraseResponses = (await Promise.all(phraseQueries(query.phrase).map((p) => pf.search(p, { filters, sort })))).filter((r) => r.results.length > 0);
  let results = dedupe(phraseResponses.flatMap((r) => r.results));
  let counts = sumCounts(phraseResponses);
  let unfiltered = phraseResponses.reduce((n, r) => n + r.unfilteredResultCount, 0);
  // The phrase's words, ranked: orders the phrase hits (sorted by date when asked) and, with
  // words outside the quotes, keeps only the hits that also have those.
  const rankedText = [query.phrase.map((t) => t.text).join(' '), text].filter(Boolean).join(' ');
  const ranked = await pf.search(rankedText, { filters, sort });
  const rank = new Map(ranked.results.map((r, i) => [r.id, i]));
  if (text) {
    results = results.filter((r) => rank.has(r.id));
    // Counts and totals are those of the phrase; with extra words they can only be an upper bound,
    // so count the intersection by its filter values instead.
    counts = await countByFragments(results);
    unfiltered = results.length;
  }
  if (!sort || text) results = [...results].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
  return { results, counts, unfiltered };
}

async function countByFragments(results: PagefindResult[]): Promise<FilterCounts> {
  const counts: FilterCounts = {};
  for (const fragment of await Promise.all(results.map((r) => r.data()))) {
    for (const [key, values] of Object.entries(fragment.filters ?? {})) {
      counts[key] ??= {};
      for (const v of values) counts[key]![v] = (counts[key]![v] ?? 0) + 1;
    }
  }
  return counts;
}

/** Documents whose own number keys include one typed in the query, in the order the query names them. */
async function numberMatches(pf: PagefindApi, query: ParsedQuery, filters: Record<string, unknown>): Promise<{ results: PagefindResult[]; printed: string[] }> {
  const keys = [...query.numbers.map((n) => n.key), ...query.typeNumbers.map((n) => n.key)];
  const found: PagefindResult[] = [];
  const printed: string[] = [];
  for (const key of keys) {
    const response = await pf.search(key, { filters });
    const fragments = await Promise.all(response.results.slice(0, maxVerified).map(async (r) => ({ r, d: await r.data() })));
    for (const { r, d } of fragments) {
      if ((d.meta[metaKeys.keys] ?? '').split(' ').includes(key)) {
        found.push(r);
        if (d.meta[metaKeys.number]) printed.push(d.meta[metaKeys.number]!);
      }
    }
  }
  return { results: dedupe(found), printed: [...new Set(printed)] };
}

function totalOf(counts: FilterCounts): number {
  return Object.values(counts.nam ?? {}).reduce((a, b) => a + b, 0);
}

/**
 * The searches of one runSearch, memoised: Pagefind gives the same results for the same text and
 * options, and in the common case (no filter, relevance order, every word found) the missing-word
 * check's search of the whole query is the main search itself. Each search ranks every hit in
 * WebAssembly on the page's thread, so one search fewer is time to first results saved.
 */
function memoized(pf: PagefindApi): PagefindApi {
  const searches = new Map<string, Promise<PagefindResponse>>();
  // A result's data() builds Pagefind's excerpt anew on every call, and the same page comes back
  // from several searches (the words, the number key): one load per page is enough, because the
  // page shows its own excerpt (excerpt.ts) from the text and meta, which no search changes.
  const fragments = new Map<string, ReturnType<PagefindResult['data']>>();
  const withDataOnce = (response: PagefindResponse): PagefindResponse => ({
    ...response,
    results: response.results.map((result) => ({
      ...result,
      data: () => {
        let data = fragments.get(result.id);
        if (!data) {
          data = result.data();
          fragments.set(result.id, data);
        }
        return data;
      },
    })),
  });
  return {
    options: (options) => pf.options(options),
    init: () => pf.init(),
    filters: () => pf.filters(),
    search(term, options) {
      // No filter and an empty filter object are the same search.
      const filters = options?.filters && Object.keys(options.filters).length > 0 ? options.filters : null;
      const key = JSON.stringify([term, filters, options?.sort ?? null]);
      let response = searches.get(key);
      if (!response) {
        response = pf.search(term, options).then(withDataOnce);
        searches.set(key, response);
      }
      return response;
    },
  };
}

export interface RunSearchOptions {
  /** How many of the first results to start loading as soon as they are known (the page's first screen). */
  prefetch?: number;
  /** Shards of the index loaded (searched), in plan order: words are checked in each (shardsLackingWords). */
  shards?: readonly SearchShard[];
  /**
   * False: no filter counts and no totals (`counts` and `totalDocuments` null), for a query
   * without filters. Pagefind counts every filter value in every search once its filter index is
   * loaded, and loading it is a request and a WebAssembly call more: a first search without them
   * shows its results sooner, and the page counts afterwards. Default true.
   */
  counts?: boolean;
}

export async function runSearch(searchApi: PagefindApi, state: SearchState, options: RunSearchOptions = {}): Promise<SearchOutcome> {
  const pf = memoized(searchApi);
  const query = parseQuery(state.q);
  const sort = sortOption(state);

  if (isEmptyQuery(query)) {
    const totals = await pf.filters();
    const base = { state, query, totalDocuments: totalOf(totals) };
    if (!hasFilters(state)) return { ...base, kind: 'empty', results: [], unmatched: [], counts: totals, highlight: [], suggestions: [] };
    // Filters alone: browse the archive through them, newest first unless asked otherwise.
    const browseSort = sort ?? { [dateSortKey]: 'desc' as const };
    const main = await pf.search(null, { filters: pagefindFilters(state.filters), sort: browseSort });
    const counts = await facetCounts(state, main.filters ?? {}, async (leave) => (await pf.search(null, { filters: pagefindFilters(state.filters, leave) })).filters ?? {});
    const results = main.results.map((result) => ({ result, numberMatch: false }));
    return { ...base, kind: results.length ? 'results' : 'none', results, unmatched: [], counts, highlight: [], suggestions: results.length ? [] : [clearFilters(state, null)] };
  }

  const counting = options.counts !== false || hasFilters(state);
  // The totals load the filter index, and Pagefind counts filter values only in the searches that
  // run once it is loaded: so before the first search, even when the index chunks are cached.
  const totals = counting ? await pf.filters() : null;
  const shards = options.shards ?? [];
  let unmatchedWords: string[];
  let years: string[] | null = null;
  if (shards.length > 1 && query.terms.length > 0) {
    // Filtering by year needs Pagefind's filter index: loaded here when not loaded for the counts.
    if (!totals) await pf.filters();
    ({ unmatched: unmatchedWords, years } = await checkShards(pf, query, shards));
  } else {
    unmatchedWords = await findUnmatched(pf, query, options.prefetch);
  }
  const base = { state, query, totalDocuments: totals ? totalOf(totals) : null };
  const leaveOut = new Set(unmatchedWords);
  const filtersOf = (leave?: FacetKey) => withinYears(pagefindFilters(state.filters, leave), years);
  const filters = filtersOf();
  const [main, numbers] = await Promise.all([collect(pf, query, leaveOut, filters, sort), numberMatches(pf, query, filters)]);
  // Number-symbols nothing has: reported like words.
  const unmatched = [...unmatchedWords];
  if (main.results.length === 0 && numbers.results.length === 0) unmatched.push(...query.numbers.map((n) => n.text));

  let ordered: RankedResult[];
  const numberIds = new Set(numbers.results.map((r) => r.id));
  if (!sort) {
    const words = (query.phrase ?? query.sequence).filter((t) => !leaveOut.has(t.text));
    const sequence = words.map((t) => t.folded);
    // Pagefind's exact-phrase search of the words (with đ variants), for documents past the first
    // screen that hold them adjacent; a quoted phrase's hits are all adjacent already.
    const adjacent = query.phrase
      ? undefined
      : async (texts: readonly string[]) => {
          // Only the spellings the first screen's texts use, when they tell (no chunk fetched for "đuy").
          const responses = await Promise.all(phraseQueries(words, dSpellingsIn(texts, words)).slice(0, maxPhraseVariants).map((p) => pf.search(p, { filters })));
          return new Set(responses.flatMap((r) => r.results.map((x) => x.id)));
        };
    const rest = await rerank(main.results.filter((r) => !numberIds.has(r.id)), sequence, rerankDepth, adjacent);
    ordered = [...numbers.results.map((result) => ({ result, numberMatch: true })), ...rest.map(({ result, proximity }) => ({ result, numberMatch: false, proximity }))];
  } else {
    const mainIds = new Set(main.results.map((r) => r.id));
    ordered = [
      ...numbers.results.filter((r) => !mainIds.has(r.id)).map((result) => ({ result, numberMatch: true })),
      ...main.results.map((result) => ({ result, numberMatch: numberIds.has(result.id) })),
    ];
  }

  const counts = counting ? await facetCounts(state, main.counts, async (leave) => (await collect(pf, query, leaveOut, filtersOf(leave), undefined)).counts) : null;
  // A document found by its number but not by the words: count it in its filter values too.
  const extra = ordered.filter((r) => r.numberMatch && !main.results.some((m) => m.id === r.result.id));
  if (counts && extra.length) {
    for (const fragment of await Promise.all(extra.map((r) => r.result.data()))) {
      for (const [key, values] of Object.entries(fragment.filters ?? {})) {
        counts[key] ??= {};
        for (const v of values) counts[key]![v] = (counts[key]![v] ?? 0) + 1;
      }
    }
  }

  const highlight = [...highlightTerms(query, leaveOut), ...numbers.printed];
  const suggestions = ordered.length === 0 || unmatched.length > 0 ? await suggest(pf, state, query, unmatched, main.unfiltered) : [];
  return { ...base, kind: ordered.length ? 'results' : 'none', results: ordered, unmatched, counts, highlight: [...new Set(highlight)], suggestions };
}

async function facetCounts(state: SearchState, mainCounts: FilterCounts, without: (facet: FacetKey) => Promise<FilterCounts>): Promise<FilterCounts> {
  const counts: FilterCounts = { ...mainCounts };
  await Promise.all(
    facets
      .filter((f) => state.filters[f.key].length > 0)
      .map(async (f) => {
        counts[f.key] = (await without(f.key))[f.key] ?? {};
      }),
  );
  return counts;
}

function clearFilters(state: SearchState, count: number | null): Suggestion {
  return { label: 'Bỏ tất cả bộ lọc', state: { ...state, filters: { tinh: [], nam: [], loai: [], coquan: [], hieuluc: [] } }, count };
}

async function countOf(pf: PagefindApi, q: string, filters: Record<string, unknown>): Promise<number> {
  const query = parseQuery(q);
  if (isEmptyQuery(query)) return 0;
  const unmatched = await findUnmatched(pf, query);
  if (unmatched.length) return 0;
  return (await collect(pf, query, new Set(), filters, undefined)).results.length;
}

/**
 * Searches worth offering when nothing was found: without the filters, without the quotes,
 * without the words that matched nothing, with one word fewer, or without diacritics. Only those
 * that find something are offered, with their counts.
 */
async function suggest(pf: PagefindApi, state: SearchState, query: ParsedQuery, unmatched: string[], unfiltered: number): Promise<Suggestion[]> {
  const out: Suggestion[] = [];
  const seen = new Set<string>([query.normalized]);
  const offer = async (q: string) => {
    const key = parseQuery(q).normalized;
    if (!q || seen.has(key)) return;
    seen.add(key);
    const count = await countOf(pf, q, pagefindFilters(state.filters));
    if (count > 0) out.push({ label: q, state: { ...state, q }, count });
  };
  if (hasFilters(state) && unfiltered > 0) out.push(clearFilters(state, unfiltered));
  if (query.phrase) await offer(state.q.replace(/["“”„«»]/g, ' ').replace(/\s+/g, ' ').trim());
  if (unmatched.length && query.terms.length > unmatched.length) await offer(queryWithout(query, new Set(unmatched)));
  if (query.terms.length >= 2 && out.length === 0) {
    for (const t of query.terms) await offer(queryWithout(query, new Set([t.text])));
  }
  const folded = foldText(query.normalized);
  if (folded !== query.normalized) await offer(folded);
  return out.sort((a, b) => (b.count ?? 0) - (a.count ?? 0)).slice(0, 4);
}
