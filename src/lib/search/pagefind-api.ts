/**
 * The part of Pagefind's browser API (pagefind.js, 1.6) the search page uses, typed here because
 * the bundle is generated at build time and has no types to import.
 */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindFragment {
  url: string;
  content: string;
  excerpt: string;
  word_count: number;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Locations of the matching words in the page. */
  words: number[];
  /** Meta fields (e.g. "title") the query matched in. */
  matchedMetaFields?: string[];
  data(): Promise<PagefindFragment>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Remaining results under each filter value, given the query and filters. */
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface PagefindSearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
  filters(): Promise<FilterCounts>;
}
