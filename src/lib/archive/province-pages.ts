import { findProvince, provincesSince2025, type Province, type ProvinceSince2025 } from '../places/provinces.ts';
import { formerProvincesOf, provinceAt, successorOf } from '../places/province-era.ts';
import { compareVietnamese } from '../text/vietnamese.ts';
import type { ArchiveEntry } from './archive-entry.ts';
import { newestFirst } from './ordering.ts';

/**
 * What each /tinh/[slug]/ page shows, in both eras of the province model (province-era.ts). A slug
 * is one URL for everything it names: "/tinh/lam-dong/" is the new Lâm Đồng (since 1/7/2025) and
 * the old Lâm Đồng before it; "/tinh/dak-nong/" is only the former Đắk Nông; "/tinh/hue/" only the
 * city of Huế. A page exists when it has documents of its own, or when a province it now includes
 * does (so "where is Kiên Giang now" always lands on a page: An Giang's).
 */
export interface FormerProvinceGroup<T extends ArchiveEntry = ArchiveEntry> {
  province: Province;
  /** Its documents issued before 1 July 2025, newest first. */
  documents: T[];
}

export interface ProvincePage<T extends ArchiveEntry = ArchiveEntry> {
  slug: string;
  /** The province since 1 July 2025 with this slug; null for a former province that merged into another ("dak-nong"). */
  current: ProvinceSince2025 | null;
  /** Documents of the province since 1 July 2025, newest first. */
  since: T[];
  /**
   * The pre-merger provinces this page covers: for a current province, every province it was
   * formed from (its namesake first, whose documents share this URL); for a former province, itself.
   */
  former: FormerProvinceGroup<T>[];
  /** Documents of 2025 whose date does not say whether they came before or after 1 July (slug valid in both eras). */
  undated2025: T[];
  /** For a former province that merged into another: the province it belongs to now. */
  successor: ProvinceSince2025 | null;
}

/** Every document's province read in its era, grouped per page; pages in Vietnamese order of their name. */
export function provincePages<T extends ArchiveEntry>(entries: readonly T[]): ProvincePage<T>[] {
  const since = new Map<string, T[]>();
  const before = new Map<string, T[]>();
  const either = new Map<string, T[]>();
  for (const entry of entries) {
    const { province, issued, year } = entry.data;
    if (!province) continue;
    const at = provinceAt(province, issued, year);
    // Validation refuses a slug of the wrong era; a document that slipped through is listed nowhere rather than misfiled.
    if (!at) continue;
    const map = at.era === 'post-merger' ? since : at.era === 'pre-merger' ? before : either;
    push(map, province, entry);
  }
  const pages: ProvincePage<T>[] = [];
  for (const current of provincesSince2025.values()) {
    const former = formerProvincesOf(current.slug).map((province) => ({ province, documents: newestFirst(before.get(province.slug) ?? []) }));
    const page: ProvincePage<T> = {
      slug: current.slug,
      current,
      since: newestFirst(since.get(current.slug) ?? []),
      former,
      undated2025: newestFirst(either.get(current.slug) ?? []),
      successor: null,
    };
    if (page.since.length + page.undated2025.length + former.reduce((n, f) => n + f.documents.length, 0) > 0) pages.push(page);
  }
  for (const [slug, documents] of before) {
    if (provincesSince2025.has(slug)) continue;
    const province = findProvince(slug)!;
    pages.push({ slug, current: null, since: [], former: [{ province, documents: newestFirst(documents) }], undated2025: [], successor: successorOf(slug) ?? null });
  }
  return pages.sort((a, b) => compareVietnamese(pageName(a), pageName(b)));
}

/** The name a page is known by: the current province's, or the former province's. */
export function pageName(page: ProvincePage): string {
  return page.current?.name ?? page.former[0]!.province.name;
}

/** Number of documents a page lists or links to (own documents and those of its former provinces). */
export function pageDocumentCount(page: ProvincePage): number {
  return page.since.length + page.undated2025.length + page.former.reduce((n, f) => n + f.documents.length, 0);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
