import type { FilterCounts, PagefindApi, PagefindResponse, PagefindSearchOptions } from './pagefind-api.ts';
import { shardsFor, shardTarget, yearSpan, type SearchShard } from './shards.ts';
import type { SearchState } from './url-state.ts';

/**
 * Which shards of the search index (shards.ts) a search runs on, and what the search page says
 * about it. Kept free of the DOM so that unit tests can drive it with a fake Pagefind.
 *
 * The page keeps one Pagefind object: the first shard it needs is Pagefind's primary bundle, every
 * other shard is merged into it (mergeIndex) when a search needs it. Pagefind cannot unload a
 * bundle, so a search always runs on every shard loaded so far ("loaded" below), in plan order.
 *
 * - A search first loads the shards `shardsFor` names for its state (the newest years, the oldest
 *   for "cũ nhất", or exactly the years filtered on).
 * - When it finds nothing and shards remain, the next ones (nearest first) are merged and the search
 *   runs again, until something is found or every shard is loaded (`searchWithWidening`).
 * - Unless every document the search could find was searched, the page says which years were
 *   searched, out of how many documents, and offers to search every year (`coverageMessage`).
 *
 * Known limit of merged bundles: Pagefind replaces a word a bundle does not have by the longest
 * prefix it has, bundle by bundle. With several shards loaded, a rare or misspelt word found in one
 * shard brings near-misses from the others ("nghịa" → "nghị…"), which can outrank it. One bundle
 * (an archive of up to ~600 documents) is not affected.
 */

/** A Pagefind object that can merge other bundles (Pagefind 1.6 `mergeIndex`). */
export interface MergeablePagefind extends PagefindApi {
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
}

/** The shard plan written by the search page into `data-search-shards`. Throws if it is not one. */
export function parseShardPlan(json: string | undefined): SearchShard[] {
  const plan: unknown = JSON.parse(json ?? '');
  const valid =
    Array.isArray(plan) &&
    plan.every(
      (s: Partial<SearchShard>) =>
        typeof s === 'object' && s !== null && typeof s.name === 'string' && /^[\w-]+$/.test(s.name) && Number.isInteger(s.fromYear) && Number.isInteger(s.toYear) && Number.isInteger(s.documents),
    );
  if (!valid) throw new Error('data-search-shards is not a shard plan');
  return plan as SearchShard[];
}

/** Documents in the archive: every shard's, loaded or not. */
export function archiveDocuments(shards: readonly SearchShard[]): number {
  return shards.reduce((n, s) => n + s.documents, 0);
}

const isLoaded = (loaded: ReadonlySet<string>) => (s: SearchShard) => loaded.has(s.name);
const notLoaded = (loaded: ReadonlySet<string>) => (s: SearchShard) => !loaded.has(s.name);

/** Shards the search of `state` needs before it runs and that are not loaded yet, in load order. */
export function shardsToLoad(shards: readonly SearchShard[], state: Pick<SearchState, 'filters' | 'sort'>, loaded: ReadonlySet<string>, target = shardTarget): SearchShard[] {
  return shardsFor(shards, state, target).first.filter(notLoaded(loaded));
}

/** Every shard not loaded yet, in plan order ("Tìm trong tất cả các năm"). */
export function remainingShards(shards: readonly SearchShard[], loaded: ReadonlySet<string>): SearchShard[] {
  return shards.filter(notLoaded(loaded));
}

/**
 * The shards to merge when a search found nothing: the next not loaded in the order of the search
 * (nearest years first), as many as fit in as many documents as were searched already (at least
 * `target`, at least one shard). Doubling the searched documents at each step keeps the number of
 * repeated searches small (about five from 600 to 10,000 documents). Empty when nothing is left,
 * or when the state's year filter is wholly loaded (the search was complete).
 */
export function widenStep(shards: readonly SearchShard[], state: Pick<SearchState, 'filters' | 'sort'>, loaded: ReadonlySet<string>, target = shardTarget): SearchShard[] {
  const plan = shardsFor(shards, state, target);
  if (coverageOf(shards, state, loaded).complete) return [];
  const candidates = [...plan.first, ...plan.rest].filter(notLoaded(loaded));
  const budget = Math.max(target, archiveDocuments(shards.filter(isLoaded(loaded))));
  const step: SearchShard[] = [];
  let documents = 0;
  for (const shard of candidates) {
    if (step.length > 0 && documents + shard.documents > budget) break;
    step.push(shard);
    documents += shard.documents;
  }
  return step;
}

export interface Coverage {
  /** Every document the search could find was searched: all shards loaded, or all the years filtered on. */
  complete: boolean;
  /** Loaded shards, in plan order (newest first). */
  searched: SearchShard[];
  /** Shards not loaded, in plan order. */
  missing: SearchShard[];
  searchedDocuments: number;
  archiveDocuments: number;
}

export function coverageOf(shards: readonly SearchShard[], state: Pick<SearchState, 'filters'>, loaded: ReadonlySet<string>): Coverage {
  const searched = shards.filter(isLoaded(loaded));
  const missing = shards.filter(notLoaded(loaded));
  const years = state.filters.nam.map(Number).filter(Number.isInteger);
  // With a year filter, only the shards holding those years can have results.
  const needed = years.length ? missing.filter((s) => years.some((y) => s.fromYear <= y && y <= s.toYear)) : missing;
  return { complete: needed.length === 0, searched, missing, searchedDocuments: archiveDocuments(searched), archiveDocuments: archiveDocuments(shards) };
}

/** 10015 → "10.015" (Vietnamese digit grouping, the same on every browser). */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * The years a set of shards covers: "2024–2025", or, when they are not consecutive shards of the
 * plan, each run of consecutive ones: "2024–2025 và 2019", "2025, 2021–2022 và 2019".
 */
export function yearsText(shards: readonly SearchShard[], subset: readonly SearchShard[]): string {
  const names = new Set(subset.map((s) => s.name));
  const runs: SearchShard[][] = [];
  let run: SearchShard[] = [];
  for (const shard of shards) {
    if (names.has(shard.name)) run.push(shard);
    else if (run.length) runs.push(run), (run = []);
  }
  if (run.length) runs.push(run);
  const spans = runs.map((r) => yearSpan(r));
  return spans.length > 1 ? `${spans.slice(0, -1).join(', ')} và ${spans[spans.length - 1]}` : (spans[0] ?? '');
}

/** "Đã tìm trong 1.150 văn bản năm 2024–2025; kho có 10.015 văn bản." or null when the search was complete. */
export function coverageMessage(shards: readonly SearchShard[], coverage: Coverage): string | null {
  if (coverage.complete) return null;
  return `Đã tìm trong ${formatCount(coverage.searchedDocuments)} văn bản năm ${yearsText(shards, coverage.searched)}; kho có ${formatCount(coverage.archiveDocuments)} văn bản.`;
}

/** Next to the filters when their counts leave out shards not loaded; null when every shard is loaded. */
export function filtersNote(shards: readonly SearchShard[], loaded: ReadonlySet<string>): string | null {
  const searched = shards.filter(isLoaded(loaded));
  if (searched.length === shards.length || searched.length === 0) return null;
  return `Số đếm chỉ tính văn bản năm ${yearsText(shards, searched)}.`;
}

/** After an automatic widening: "Không có kết quả trong văn bản năm 2019 nên đã tìm thêm văn bản năm 2015–2018." */
export function widenedMessage(shards: readonly SearchShard[], before: readonly SearchShard[], added: readonly SearchShard[]): string {
  return `Không có kết quả trong văn bản năm ${yearsText(shards, before)} nên đã tìm thêm văn bản năm ${yearsText(shards, added)}.`;
}

export interface WideningSteps<T> {
  shards: readonly SearchShard[];
  target?: number;
  /** Names of the shards loaded now (read again after every merge). */
  loaded(): ReadonlySet<string>;
  /** Merges these shards into the Pagefind object. */
  merge(shards: SearchShard[]): Promise<void>;
  /** Runs the search on every loaded shard. */
  search(): Promise<T>;
  /** Called before a widening step (to say so on the page). */
  onWiden?(shards: SearchShard[]): void;
  /** True once a newer search replaced this one: stop widening. */
  stale?(): boolean;
}

/**
 * Runs the search, and while it finds nothing and shards remain, merges the next ones and runs it
 * again. Returns the last outcome and the shards merged on the way (in merge order).
 */
export async function searchWithWidening<T extends { kind: string }>(state: Pick<SearchState, 'filters' | 'sort'>, steps: WideningSteps<T>): Promise<{ outcome: T; widened: SearchShard[] }> {
  let outcome = await steps.search();
  const widened: SearchShard[] = [];
  while (outcome.kind === 'none' && !steps.stale?.()) {
    const next = widenStep(steps.shards, state, steps.loaded(), steps.target);
    if (next.length === 0) break;
    steps.onWiden?.(next);
    await steps.merge(next);
    widened.push(...next);
    if (steps.stale?.()) break;
    outcome = await steps.search();
  }
  return { outcome, widened };
}

const yearFacet = 'nam';

function sumCounts(all: FilterCounts[]): FilterCounts {
  const out: FilterCounts = {};
  for (const counts of all) {
    for (const [key, values] of Object.entries(counts)) {
      out[key] ??= {};
      for (const [value, n] of Object.entries(values)) out[key]![value] = (out[key]![value] ?? 0) + n;
    }
  }
  return out;
}

/**
 * Pagefind over merged shards, with date sorts that hold across shards.
 *
 * Pagefind 1.6 merges the results of its bundles by score, and a sorted search scores each result by
 * its place in its own bundle's order: the merged list interleaves the bundles instead of following
 * the dates. Shards hold disjoint, consecutive years, so the sorted list is the concatenation of each
 * shard's sorted results, newest shard first for a descending sort. This searches each loaded shard
 * on its own (the year filter narrowed to the shard's years, which no other bundle holds) and
 * concatenates. Filter counts are summed (the shards' results are disjoint). Searches without a sort,
 * or with one shard loaded, go to Pagefind as they are.
 */
export function shardedPagefind(pf: PagefindApi, loaded: () => readonly SearchShard[]): PagefindApi {
  return {
    options: (options) => pf.options(options),
    init: () => pf.init(),
    filters: () => pf.filters(),
    async search(term, options: PagefindSearchOptions = {}) {
      const shards = loaded();
      const direction = options.sort ? Object.values(options.sort)[0] : undefined;
      const filters = (options.filters ?? {}) as Record<string, unknown>;
      const years = filters[yearFacet] as { any?: unknown } | undefined;
      // Only the filter form the engine writes (url-state.ts pagefindFilters) is narrowed.
      if (!direction || shards.length < 2 || (years !== undefined && !Array.isArray(years.any))) return pf.search(term, options);
      const wanted = years ? new Set((years.any as unknown[]).map(String)) : null;
      const ordered = [...shards].sort((a, b) => (direction === 'asc' ? a.fromYear - b.fromYear : b.fromYear - a.fromYear));
      const searches: Array<Promise<PagefindResponse>> = [];
      for (const shard of ordered) {
        const shardYears: string[] = [];
        for (let y = shard.fromYear; y <= shard.toYear; y++) if (!wanted || wanted.has(String(y))) shardYears.push(String(y));
        if (shardYears.length) searches.push(pf.search(term, { ...options, filters: { ...filters, [yearFacet]: { any: shardYears } } }));
      }
      if (searches.length === 0) return pf.search(term, options);
      const responses = await Promise.all(searches);
      return {
        results: responses.flatMap((r) => r.results),
        // The same query without filters in every call.
        unfilteredResultCount: responses[0]!.unfilteredResultCount,
        filters: sumCounts(responses.map((r) => r.filters ?? {})),
        totalFilters: responses[0]!.totalFilters,
      };
    },
  };
}

/** Stands in for Pagefind when the archive has no document (no shard, so no bundle to load). */
export const emptyPagefind: PagefindApi = {
  options: async () => undefined,
  init: async () => undefined,
  filters: async () => ({}),
  search: async () => ({ results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} }),
};
