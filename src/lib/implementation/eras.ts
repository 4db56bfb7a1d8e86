import { findProvince, provinces, provincesSince2025 } from '../places/provinces.ts';

/**
 * The two eras of Vietnam's provinces: 63 before the merger of 1 July 2025 (Nghị quyết
 * 202/2025/QH15), 34 since. A document's `province` slug names a province of the era of its date,
 * so "lam-dong" dated 2019 is the old Lâm Đồng and dated 2025-08 the new one.
 *
 * This is the tracker's own small adapter over src/lib/places/provinces.ts: the places model is
 * being extended for post-merger documents, and only these functions need to follow it.
 */

/** First day of the 34 provinces. */
export const mergerDate = '2025-07-01';

export type ProvinceEra = 'truoc-2025' | 'tu-2025';

/** The era of a date of issue ("2019-01-16", "2025-07", "2025"); an unknown date counts as before. */
export function eraOf(issued: string | null): ProvinceEra {
  // A bare year 2025 or month 2025-07 could be either side: only a date known to be on or after
  // the merger puts a document in the new era ("2025-07" is on or after 1 July, "2025" is not known to be).
  if (!issued) return 'truoc-2025';
  if (issued.length === 4) return issued > '2025' ? 'tu-2025' : 'truoc-2025';
  return issued.slice(0, 7) >= mergerDate.slice(0, 7) ? 'tu-2025' : 'truoc-2025';
}

/**
 * The post-merger province a document's province belongs to today: a pre-merger slug gives the
 * province it joined, a post-merger slug (a document of the new era) is itself. Undefined for a
 * slug that is neither.
 */
export function provinceNowOf(slug: string, issued: string | null): string | undefined {
  if (eraOf(issued) === 'tu-2025') return provincesSince2025.has(slug) ? slug : findProvince(slug)?.mergedInto;
  return findProvince(slug)?.mergedInto ?? (provincesSince2025.has(slug) ? slug : undefined);
}

/** One province of an era, as a row of a tracker. */
export interface EraProvince {
  slug: string;
  name: string;
  /** The post-merger province it is part of (itself in the new era). */
  now: string;
}

/** The provinces of an era, in the places table's order (63) or by name (34). */
export function provincesOfEra(era: ProvinceEra): readonly EraProvince[] {
  if (era === 'truoc-2025') return provinces.map((p) => ({ slug: p.slug, name: p.name, now: p.mergedInto }));
  return [...provincesSince2025.values()].map((p) => ({ slug: p.slug, name: p.name, now: p.slug }));
}

/** Name of a province of an era ("Kiên Giang"), or the slug when unknown. */
export function provinceName(slug: string, era: ProvinceEra): string {
  if (era === 'tu-2025') return provincesSince2025.get(slug)?.name ?? findProvince(slug)?.name ?? slug;
  return findProvince(slug)?.name ?? provincesSince2025.get(slug)?.name ?? slug;
}
