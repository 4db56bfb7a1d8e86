import type { FilterCounts, PagefindApi, PagefindFragment, PagefindResponse, PagefindResult, PagefindSearchOptions } from '../../../src/lib/search/pagefind-api.ts';

/**
 * A small in-memory stand-in for Pagefind's browser API with the behaviours the search page has to
 * cope with, as measured on Pagefind 1.6: diacritics folded except đ, every word a prefix match,
 * an unknown word falling back to its longest indexed prefix (else dropped), all words required,
 * meta fields searchable, a query wholly in quotes an exact phrase (every hit scoring 1).
 */
export interface FakeDocument {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  date: string;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const tokens = (s: string) => s.split(/\s+/).map((t) => fold(t).replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);

export class FakePagefind implements PagefindApi {
  searches: string[] = [];
  /** Ids of the results whose data() was called, in call order. */
  loads: string[] = [];
  private readonly docs: FakeDocument[];
  /** Prefix of result ids, distinct per bundle when several are merged (FakeMergedPagefind). */
  private readonly idPrefix: string;
  constructor(docs: FakeDocument[], options: { idPrefix?: string } = {}) {
    this.docs = docs;
    this.idPrefix = options.idPrefix ?? 'vi';
  }

  async options(): Promise<void> {}
  async init(): Promise<void> {}

  /** Calls of filters() (Pagefind loads its filter index there). */
  filterLoads = 0;

  async filters(): Promise<FilterCounts> {
    // Loading takes a while: a search started meanwhile does not count (see search()).
    await Promise.resolve();
    this.filterLoads++;
    return this.count(this.docs.map((_, i) => i));
  }

  private count(ids: number[]): FilterCounts {
    const counts: FilterCounts = {};
    for (const d of this.docs) for (const [k, vs] of Object.entries(d.filters)) for (const v of vs) (counts[k] ??= {})[v] ??= 0;
    for (const i of ids) for (const [k, vs] of Object.entries(this.docs[i]!.filters)) for (const v of vs) counts[k]![v]! += 1;
    return counts;
  }

  private words(i: number): string[] {
    const d = this.docs[i]!;
    return tokens([d.content, ...Object.values(d.meta)].join(' '));
  }

  async search(term: string | null, options: PagefindSearchOptions = {}): Promise<PagefindResponse> {
    this.searches.push(term ?? '(null)');
    let hits: Array<{ i: number; score: number; words: number[]; title: boolean }> = [];
    const all = this.docs.map((_, i) => i);
    if (term === null) {
      hits = all.map((i) => ({ i, score: 1, words: [], title: false }));
    } else if (/^".*"$/.test(term.trim())) {
      const phrase = tokens(term);
      for (const i of all) {
        const content = tokens(this.docs[i]!.content);
        const at = content.findIndex((_, k) => phrase.every((p, j) => content[k + j] === p));
        if (at >= 0) hits.push({ i, score: 1, words: phrase.map((_, j) => at + j), title: false });
      }
    } else {
      let sets: number[][] = [];
      for (let q of tokens(term)) {
        const has = (prefix: string) => all.filter((i) => this.words(i).some((w) => w.startsWith(prefix)));
        while (q && has(q).length === 0) q = q.slice(0, -1);
        if (q) sets.push(has(q));
      }
      if (sets.length === 0) sets = [[]];
      const ids = all.filter((i) => sets.every((s) => s.includes(i)));
      hits = ids.map((i) => {
        const title = tokens(this.docs[i]!.meta.title ?? '');
        const q = tokens(term);
        const inTitle = q.some((w) => title.some((t) => t.startsWith(w)));
        const content = tokens(this.docs[i]!.content);
        const locations = content.flatMap((w, k) => (q.some((p) => w.startsWith(p)) ? [k] : []));
        return { i, score: locations.length / (content.length || 1) + (inTitle ? 5 : 0), words: locations, title: inTitle };
      });
      hits.sort((a, b) => b.score - a.score);
    }
    const unfiltered = hits.length;
    const wanted = (options.filters ?? {}) as Record<string, { any: string[] }>;
    hits = hits.filter(({ i }) => Object.entries(wanted).every(([k, { any }]) => (this.docs[i]!.filters[k] ?? []).some((v) => any.includes(v))));
    if (options.sort) {
      const dir = Object.values(options.sort)[0] === 'asc' ? 1 : -1;
      hits.sort((a, b) => dir * this.docs[a.i]!.date.localeCompare(this.docs[b.i]!.date));
      // As Pagefind 1.6 does: a sorted result's score is its place in the order (higher first), not its relevance.
      hits = hits.map((h, k) => ({ ...h, score: dir === -1 ? hits.length - 1 - k : -k }));
    }
    const results: PagefindResult[] = hits.map(({ i, score, words, title }) => ({
      id: `${this.idPrefix}_${i}`,
      score,
      words,
      matchedMetaFields: title ? ['title'] : [],
      data: async (): Promise<PagefindFragment> => {
        this.loads.push(`${this.idPrefix}_${i}`);
        const d = this.docs[i]!;
        return { url: d.url, content: d.content, excerpt: '', word_count: tokens(d.content).length, meta: d.meta, filters: d.filters };
      },
    }));
    // As Pagefind: filter values are counted only once the filter index is loaded (filters()).
    const counted = this.filterLoads > 0;
    return { results, unfilteredResultCount: unfiltered, filters: counted ? this.count(hits.map((h) => h.i)) : {}, totalFilters: counted ? this.count(all) : {} };
  }
}

/**
 * Several bundles merged into one Pagefind object, as Pagefind 1.6's `mergeIndex` does: every search
 * runs on every bundle; results are merged by score (so sorted searches interleave the bundles),
 * filter counts and result counts are summed. Each bundle falls back to its own prefixes of an
 * unknown word, so a bundle without the word adds near-misses, as Pagefind's bundles do.
 */
export class FakeMergedPagefind implements PagefindApi {
  readonly bundles: Array<{ path: string; pagefind: FakePagefind }> = [];
  /** Bundles by path, merged on demand. */
  private readonly available: ReadonlyMap<string, FakeDocument[]>;
  constructor(available: ReadonlyMap<string, FakeDocument[]>, primary: string) {
    this.available = available;
    this.add(primary);
  }

  private add(path: string): void {
    const docs = this.available.get(path);
    if (!docs) throw new Error(`no bundle at ${path}`);
    this.bundles.push({ path, pagefind: new FakePagefind(docs, { idPrefix: `b${this.bundles.length}` }) });
  }

  async mergeIndex(path: string): Promise<void> {
    this.add(path);
  }

  async options(): Promise<void> {}
  async init(): Promise<void> {}

  async filters(): Promise<FilterCounts> {
    return mergeCounts(await Promise.all(this.bundles.map((b) => b.pagefind.filters())));
  }

  async search(term: string | null, options: PagefindSearchOptions = {}): Promise<PagefindResponse> {
    const all = await Promise.all(this.bundles.map((b) => b.pagefind.search(term, options)));
    return {
      results: all.flatMap((r) => r.results).sort((a, b) => b.score - a.score),
      unfilteredResultCount: all.reduce((n, r) => n + r.unfilteredResultCount, 0),
      filters: mergeCounts(all.map((r) => r.filters)),
      totalFilters: mergeCounts(all.map((r) => r.totalFilters)),
    };
  }
}

function mergeCounts(all: FilterCounts[]): FilterCounts {
  const out: FilterCounts = {};
  for (const counts of all) for (const [k, values] of Object.entries(counts)) for (const [v, n] of Object.entries(values)) (out[k] ??= {})[v] = (out[k]![v] ?? 0) + n;
  return out;
}
