import { facets, sortOrders, type FacetKey, type SortOrder } from './facets.ts';

/**
 * The search as it lives in the URL, so that a search can be shared and the back button works:
 * /tim-kiem/?q=bình+đẳng+giới&tinh=Lạng+Sơn&nam=2018&sap-xep=moi-nhat. A filter with several
 * values repeats its parameter; within one filter values are alternatives (any), across filters
 * all must hold.
 */
export interface SearchState {
  q: string;
  filters: Record<FacetKey, string[]>;
  sort: SortOrder;
}

export const queryParam = 'q';
export const sortParam = 'sap-xep';
/** The parameter pagefind-highlight.js reads on a document page (one value per word or phrase). */
export const highlightParam = 'highlight';

export function emptyFilters(): Record<FacetKey, string[]> {
  return { tinh: [], nam: [], loai: [], coquan: [], hieuluc: [] };
}

export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const facet of facets) {
    filters[facet.key] = [...new Set(params.getAll(facet.param).map((v) => v.normalize('NFC').trim()).filter(Boolean))];
  }
  const sortValue = params.get(sortParam);
  const sort = (sortOrders.find((s) => s.value === sortValue)?.value ?? 'lien-quan') as SortOrder;
  return { q: (params.get(queryParam) ?? '').normalize('NFC').trim(), filters, sort };
}

/** Parameters in a fixed order (query, filters, sort), filter values sorted, defaults left out. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set(queryParam, state.q);
  for (const facet of facets) for (const value of [...state.filters[facet.key]].sort()) params.append(facet.param, value);
  if (state.sort !== 'lien-quan') params.set(sortParam, state.sort);
  return params;
}

/** "?q=…" or "" for the empty search. */
export function searchQueryString(state: SearchState): string {
  const s = toSearchParams(state).toString();
  return s ? `?${s}` : '';
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return toSearchParams(a).toString() === toSearchParams(b).toString();
}

export function hasFilters(state: SearchState): boolean {
  return facets.some((f) => state.filters[f.key].length > 0);
}

/** Pagefind's filter object: any of the values within a filter, all filters together. */
export function pagefindFilters(filters: Record<FacetKey, string[]>, leaveOut?: FacetKey): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const facet of facets) {
    if (facet.key === leaveOut) continue;
    if (filters[facet.key].length) out[facet.key] = { any: filters[facet.key] };
  }
  return out;
}

/** A document URL with the words to highlight on it. */
export function withHighlight(url: string, terms: string[]): string {
  if (terms.length === 0) return url;
  const params = new URLSearchParams();
  for (const t of terms) params.append(highlightParam, t);
  return `${url}${url.includes('?') ? '&' : '?'}${params.toString()}`;
}
