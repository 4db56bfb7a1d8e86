import { compareVietnamese } from '../text/vietnamese.ts';
import type { ArchiveEntry } from './archive-entry.ts';
import { issuedSortKey } from './issue-date.ts';

/**
 * Newest first: by date of issue (partial dates as the start of their period), then by number
 * (a higher number in the same year was issued later), then by title so the order is stable.
 */
export function compareNewestFirst(a: ArchiveEntry, b: ArchiveEntry): number {
  const byDate = issuedSortKey(b.data.issued, b.data.year).localeCompare(issuedSortKey(a.data.issued, a.data.year));
  if (byDate !== 0) return byDate;
  const na = Number.parseInt(a.data.numberSymbol ?? '', 10);
  const nb = Number.parseInt(b.data.numberSymbol ?? '', 10);
  if (!Number.isNaN(na) && !Number.isNaN(nb) && na !== nb) return nb - na;
  return compareVietnamese(a.data.title, b.data.title) || a.id.localeCompare(b.id);
}

export function newestFirst<T extends ArchiveEntry>(entries: readonly T[]): T[] {
  return [...entries].sort(compareNewestFirst);
}
