import { documentType, documentTypes, type DocumentType } from '../identity/document-types.ts';
import { findProvince, provincesSince2025, type Province } from '../places/provinces.ts';
import { compareVietnamese } from '../text/vietnamese.ts';
import type { ArchiveEntry } from './archive-entry.ts';
import { newestFirst } from './ordering.ts';

/**
 * Groupings behind the browse pages. Each group's documents are newest first; groups are in the
 * order a reader scans them (provinces alphabetically, years newest first, types by kind).
 */

export interface ProvinceGroup<T extends ArchiveEntry = ArchiveEntry> {
  province: Province;
  documents: T[];
}

/** Documents per province of issue; central documents (province null) are not in any group. */
export function groupByProvince<T extends ArchiveEntry>(entries: readonly T[]): ProvinceGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    if (!entry.data.province) continue;
    const list = groups.get(entry.data.province) ?? [];
    list.push(entry);
    groups.set(entry.data.province, list);
  }
  return [...groups]
    .map(([slug, documents]) => ({ province: findProvince(slug) ?? sinceMergerOnly(slug), documents: newestFirst(documents) }))
    .sort((a, b) => compareVietnamese(a.province.name, b.province.name));
}

// A province that exists only since 1 July 2025 (Huế) has no pre-merger record; it "merges into" itself.
function sinceMergerOnly(slug: string): Province {
  const province = provincesSince2025.get(slug)!;
  return { ...province, mergedInto: slug };
}

export interface DistrictGroup<T extends ArchiveEntry = ArchiveEntry> {
  /** District name, or null for documents of the province's own bodies. */
  district: string | null;
  documents: T[];
}

/** A province's documents: the province's own bodies first, then each district alphabetically. */
export function groupByDistrict<T extends ArchiveEntry>(entries: readonly T[]): DistrictGroup<T>[] {
  const groups = new Map<string | null, T[]>();
  for (const entry of entries) {
    const list = groups.get(entry.data.district) ?? [];
    list.push(entry);
    groups.set(entry.data.district, list);
  }
  return [...groups]
    .map(([district, documents]) => ({ district, documents: newestFirst(documents) }))
    .sort((a, b) => (a.district === null ? -1 : b.district === null ? 1 : compareVietnamese(a.district, b.district)));
}

export interface YearGroup<T extends ArchiveEntry = ArchiveEntry> {
  /** null for the documents whose year of issue is unknown. */
  year: number | null;
  documents: T[];
}

/** Documents per year of issue, newest year first; those of an unknown year last. */
export function groupByYear<T extends ArchiveEntry>(entries: readonly T[]): YearGroup<T>[] {
  const groups = new Map<number | null, T[]>();
  for (const entry of entries) {
    const list = groups.get(entry.data.year) ?? [];
    list.push(entry);
    groups.set(entry.data.year, list);
  }
  return [...groups]
    .map(([year, documents]) => ({ year, documents: newestFirst(documents) }))
    .sort((a, b) => (a.year === null ? 1 : b.year === null ? -1 : b.year - a.year));
}

export interface TypeGroup<T extends ArchiveEntry = ArchiveEntry> {
  type: DocumentType;
  documents: T[];
}

/** Documents per type, in the order of the type table (local directives first, then central ones). */
export function groupByType<T extends ArchiveEntry>(entries: readonly T[]): TypeGroup<T>[] {
  const order = new Map<string, number>(documentTypes.map((t, i) => [t.slug, i]));
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const list = groups.get(entry.data.type) ?? [];
    list.push(entry);
    groups.set(entry.data.type, list);
  }
  return [...groups]
    .map(([slug, documents]) => ({ type: documentType(slug), documents: newestFirst(documents) }))
    .sort((a, b) => order.get(a.type.slug)! - order.get(b.type.slug)!);
}

/**
 * Count per year for every year from the first to the last with documents, zeros included.
 * Documents of an unknown year are not on this scale; the year list names them apart.
 */
export function countsPerYear(entries: readonly ArchiveEntry[]): Array<{ year: number; count: number }> {
  const years = entries.map((e) => e.data.year).filter((y): y is number => y !== null);
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  const result = [];
  for (let year = first; year <= last; year++) result.push({ year, count: counts.get(year) ?? 0 });
  return result;
}
