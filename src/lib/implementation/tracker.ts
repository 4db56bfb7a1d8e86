import type { IssuerLevel } from '../citations/types.ts';
import { daysBetween, median } from './days.ts';
import { eraOf, provinceName, provinceNowOf, provincesOfEra, type ProvinceEra } from './eras.ts';
import type { Implementer, Implementers } from './implementers.ts';
import type { TrackedDocument } from './tracked-document.ts';

/** One implementing document in a tracker's table. */
export interface TrackerEntry {
  document: TrackedDocument;
  direct: boolean;
  /** The implementer an indirect one carries out, else null. */
  via: TrackedDocument | null;
  /** Calendar days from the tracked document's date of issue; null when either date is partial or unknown. */
  daysAfterIssued: number | null;
  /** Calendar days from its date of effect, when that is known; else null. */
  daysAfterEffective: number | null;
}

/** A province of the table's era and its implementing documents, first response first. */
export interface ProvinceRow {
  slug: string;
  name: string;
  /** The era of this row: a table of the 63 can hold a row for documents a merged province issued since. */
  era: ProvinceEra;
  entries: TrackerEntry[];
  /** Days to its first dated response (dated on or after the tracked document), or null (none, or none with a full date). */
  firstDays: number | null;
}

/** A province of today (one of the 34) and the rows of the provinces that formed it. */
export interface ProvinceGroup {
  slug: string;
  name: string;
  rows: ProvinceRow[];
}

export interface TrackerSummary {
  /** Provinces of the table's era with at least one implementing document. */
  responded: number;
  /** Provinces in the table's era: 63 or 34. */
  provinces: number;
  /** Days to the first response: fastest, median and slowest over the provinces that responded with a dated document. */
  fastest: number | null;
  median: number | null;
  slowest: number | null;
  /** Local implementing documents by issuer level. */
  byLevel: Record<Exclude<IssuerLevel, 'trung-uong'>, number>;
  documents: number;
  indirect: number;
  /** Documents whose days cannot be counted (date partial or unknown). */
  undated: number;
  /** Documents dated before the tracked document: a wrong date, or another document meant; left out of the days. */
  early: number;
}

export interface Tracker {
  target: TrackedDocument;
  /** Date of effect of the tracked document, when known; the archive does not record it yet, so null. */
  effective: string | null;
  /** Era of the tracked document's date, which decides the table: 63 provinces before 1/7/2025, 34 since. */
  era: ProvinceEra;
  /** Every province of today in the table's order, with its rows (empty rows included). */
  groups: ProvinceGroup[];
  /** Local implementers without a known province. */
  unplaced: TrackerEntry[];
  /** Central documents implementing or guiding it. */
  central: TrackerEntry[];
  summary: TrackerSummary;
  /** First-response days of each responding province, ascending, for the cumulative chart. */
  responseDays: number[];
}

/** Builds the tracker of `target` from its implementers. */
export function buildTracker(target: TrackedDocument, implementers: Implementers, effective: string | null = null): Tracker {
  const era = eraOf(target.issued);
  const entry = (i: Implementer): TrackerEntry => ({
    document: i.document,
    direct: i.direct,
    via: i.via,
    daysAfterIssued: daysBetween(target.issued, i.document.issued),
    daysAfterEffective: daysBetween(effective, i.document.issued),
  });
  const rowOf = new Map<string, ProvinceRow>();
  const groups = new Map<string, ProvinceGroup>();
  const group = (slug: string) => {
    let g = groups.get(slug);
    if (!g) groups.set(slug, (g = { slug, name: provinceName(slug, 'tu-2025'), rows: [] }));
    return g;
  };
  // Every province of the era gets its row, so "none" is visible.
  for (const p of provincesOfEra(era)) {
    const row: ProvinceRow = { slug: p.slug, name: p.name, era, entries: [], firstDays: null };
    rowOf.set(`${era}:${p.slug}`, row);
    group(p.now).rows.push(row);
  }
  const unplaced: TrackerEntry[] = [];
  for (const i of implementers.local) {
    const { province, issued } = i.document;
    const now = province ? provinceNowOf(province, issued) : undefined;
    if (!province || !now) {
      unplaced.push(entry(i));
      continue;
    }
    // A document of the other era: before the merger it goes to its own former province (a 34-table
    // shows it under the province it joined); since, to the new province's row.
    const docEra = eraOf(issued);
    const rowSlug = era === 'tu-2025' ? now : docEra === 'truoc-2025' ? province : now;
    const rowEra: ProvinceEra = era === 'tu-2025' ? 'tu-2025' : docEra;
    const key = `${rowEra}:${rowSlug}`;
    let row = rowOf.get(key);
    if (!row) {
      row = { slug: rowSlug, name: provinceName(rowSlug, rowEra), era: rowEra, entries: [], firstDays: null };
      rowOf.set(key, row);
      group(now).rows.push(row);
    }
    row.entries.push(entry(i));
  }
  const rows = [...rowOf.values()];
  for (const row of rows) {
    row.entries.sort(byDate);
    row.firstDays = firstDays(row.entries);
  }
  unplaced.sort(byDate);
  const central = implementers.central.map((document) => entry({ document, direct: true, via: null })).sort(byDate);

  const tableRows = rows.filter((r) => r.era === era);
  const responseDays = tableRows.map((r) => r.firstDays).filter((d): d is number => d !== null).sort((a, b) => a - b);
  const all = [...rows.flatMap((r) => r.entries), ...unplaced];
  const byLevel = { tinh: 0, huyen: 0, xa: 0 };
  for (const e of all) if (e.document.level !== 'trung-uong') byLevel[e.document.level]++;
  return {
    target,
    effective,
    era,
    groups: [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    unplaced,
    central,
    summary: {
      responded: tableRows.filter((r) => r.entries.length > 0).length,
      provinces: tableRows.length,
      fastest: responseDays[0] ?? null,
      median: median(responseDays),
      slowest: responseDays.at(-1) ?? null,
      byLevel,
      documents: all.length,
      indirect: all.filter((e) => !e.direct).length,
      undated: all.filter((e) => e.daysAfterIssued === null).length,
      early: all.filter((e) => e.daysAfterIssued !== null && e.daysAfterIssued < 0).length,
    },
    responseDays,
  };
}

// A document dated before the one it implements cannot be its first response: its date is wrong,
// or it means another document (an earlier law of the same name). It stays listed, flagged.
function firstDays(entries: readonly TrackerEntry[]): number | null {
  const known = entries.map((e) => e.daysAfterIssued).filter((d): d is number => d !== null && d >= 0);
  return known.length ? Math.min(...known) : null;
}

// First response first: by date of issue (a partial date sorts as the start of its period, an
// unknown one last), then by id for a stable order.
function byDate(a: TrackerEntry, b: TrackerEntry): number {
  const ka = a.document.issued ?? '9999';
  const kb = b.document.issued ?? '9999';
  return ka < kb ? -1 : ka > kb ? 1 : a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : 0;
}
