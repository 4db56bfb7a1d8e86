import type { ArchiveEntry } from './archive-entry.ts';
import { newestFirst } from './ordering.ts';
import { listPage, paths } from './paths.ts';

/**
 * Long lists split into pages of bounded size, so a phone never loads thousands of entries at once.
 * Page 1 lives at the list's own path, page N ≥ 2 at `<list path>trang/N/` (listPage in paths.ts).
 * A list may be made of consecutive sections (e.g. documents with their text, then documents only
 * cited): it is paged as one list, and each page says which part of which section it holds.
 */

/** Entries per page: about 30 KB of HTML, a short scroll on a phone. */
export const pageSize = 100;

/** A consecutive run of a list's items, with a key the page uses to title it. */
export interface Section<T> {
  key: string;
  items: readonly T[];
}

/** A section as one page shows it. */
export interface PageSection<T> {
  key: string;
  /** The section's items on this page (empty only for a section that is empty in the whole list). */
  items: T[];
  /** Items of the section in the whole list. */
  total: number;
  /** The section began on an earlier page. */
  continued: boolean;
}

export interface Page<T> {
  /** 1-based. */
  number: number;
  totalPages: number;
  /** Items in the whole list. */
  totalItems: number;
  /** 1-based position in the whole list of this page's first and last item; 0 and 0 when the list is empty. */
  firstItem: number;
  lastItem: number;
  items: T[];
  /** The sections that have items on this page (and empty sections, on the page where they would start). */
  sections: PageSection<T>[];
  /** Items of every section in the whole list, by key, in list order. */
  sectionTotals: Array<{ key: string; total: number }>;
  /** Site paths (without the base path). */
  listPath: string;
  path: string;
  previousPath: string | null;
  nextPath: string | null;
}

/** Splits `items` into pages; there is always a page 1, empty when the list is. */
export function paginate<T>(items: readonly T[], listPath: string, size = pageSize): Page<T>[] {
  return paginateSections([{ key: '', items }], listPath, size);
}

/** Pages of the list made of `sections` one after the other. */
export function paginateSections<T>(sections: readonly Section<T>[], listPath: string, size = pageSize): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer; got ${size}`);
  const all = sections.flatMap((s) => s.items);
  const totalPages = Math.max(1, Math.ceil(all.length / size));
  // Where each section starts in the whole list.
  const starts: number[] = [];
  let offset = 0;
  for (const section of sections) {
    starts.push(offset);
    offset += section.items.length;
  }
  const sectionTotals = sections.map((s) => ({ key: s.key, total: s.items.length }));
  const pages: Page<T>[] = [];
  for (let number = 1; number <= totalPages; number++) {
    const from = (number - 1) * size;
    const to = Math.min(from + size, all.length);
    const last = number === totalPages;
    const pageSections: PageSection<T>[] = [];
    sections.forEach((section, i) => {
      const start = starts[i]!;
      const end = start + section.items.length;
      const here = section.items.length > 0 ? start < to && end > from : start >= from && (start < to || last);
      if (!here) return;
      pageSections.push({
        key: section.key,
        items: section.items.slice(Math.max(0, from - start), Math.max(0, to - start)),
        total: section.items.length,
        continued: start < from,
      });
    });
    pages.push({
      number,
      totalPages,
      totalItems: all.length,
      firstItem: to > from ? from + 1 : 0,
      lastItem: to,
      items: all.slice(from, to),
      sections: pageSections,
      sectionTotals,
      listPath,
      path: listPage(listPath, number),
      previousPath: number > 1 ? listPage(listPath, number - 1) : null,
      nextPath: last ? null : listPage(listPath, number + 1),
    });
  }
  return pages;
}

/** One element of the pager: a link to a page, or a gap standing for the pages left out. */
export type PagerItem = { kind: 'page'; number: number; path: string; current: boolean } | { kind: 'gap' };

/**
 * The page links a pager shows: the first and last page, the current one and its `neighbours` on
 * each side, with a gap for each run of pages left out (a gap of a single page shows that page
 * instead). At most 2 × neighbours + 5 items, so the pager fits a phone's width. Empty when the list
 * has one page: there is nothing to navigate.
 */
export function pagerItems(page: Pick<Page<unknown>, 'number' | 'totalPages' | 'listPath'>, neighbours = 1): PagerItem[] {
  const { number: current, totalPages, listPath } = page;
  if (totalPages <= 1) return [];
  const shown = new Set<number>([1, totalPages]);
  for (let n = current - neighbours; n <= current + neighbours; n++) if (n >= 1 && n <= totalPages) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const items: PagerItem[] = [];
  numbers.forEach((n, i) => {
    const before = numbers[i - 1];
    if (before !== undefined && n - before === 2) items.push(pageLink(before + 1));
    else if (before !== undefined && n - before > 2) items.push({ kind: 'gap' });
    items.push(pageLink(n));
  });
  return items;

  function pageLink(n: number): PagerItem {
    return { kind: 'page', number: n, path: listPage(listPath, n), current: n === current };
  }
}

/** Section keys of the list of every document. */
export const allDocumentsSections = { fullText: 'toan-van', citedOnly: 'dan-chieu' } as const;

/**
 * The list of every document (/van-ban/): the documents whose text the archive holds, newest first,
 * then the documents known only from citations, newest first; a reader comes for the texts.
 */
export function allDocumentsPages<T extends ArchiveEntry>(entries: readonly T[], size = pageSize): Page<T>[] {
  return paginateSections(
    [
      { key: allDocumentsSections.fullText, items: newestFirst(entries.filter((e) => e.data.fullText)) },
      { key: allDocumentsSections.citedOnly, items: newestFirst(entries.filter((e) => !e.data.fullText)) },
    ],
    paths.documents(),
    size,
  );
}

/** The list of one type's documents (/loai/SLUG/), newest first, as `documents` already is. */
export function typePages<T extends ArchiveEntry>(slug: string, documents: readonly T[], size = pageSize): Page<T>[] {
  return paginate(documents, paths.type(slug), size);
}
