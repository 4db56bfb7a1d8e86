import type { Tracker, TrackerEntry } from './tracker.ts';
import type { TrackedDocument } from './tracked-document.ts';

/**
 * The open-data form of a tracker (/du-lieu/thuc-hien/YEAR/NAME.json and .csv): what the page
 * shows, with absolute URLs. Days are calendar days; null where a date is partial or unknown.
 */
export interface TrackerRecord {
  target: DocumentRef;
  /** "truoc-2025": the 63 provinces before 1 July 2025; "tu-2025": the 34 since. */
  era: string;
  effective: string | null;
  summary: Tracker['summary'];
  provinces: Array<{
    slug: string;
    name: string;
    /** Slug of the province (of the 34) it is part of today. */
    now: string;
    era: string;
    firstDays: number | null;
    documents: EntryRecord[];
  }>;
  /** Local implementers whose province is not known. */
  unplaced: EntryRecord[];
  central: EntryRecord[];
}

interface DocumentRef {
  id: string;
  url: string;
  type: string;
  numberSymbol: string | null;
  title: string;
  issued: string | null;
}

interface EntryRecord extends DocumentRef {
  issuer: string;
  level: string;
  province: string | null;
  district: string | null;
  direct: boolean;
  /** Id of the implementer an indirect one carries out. */
  via: string | null;
  daysAfterIssued: number | null;
  daysAfterEffective: number | null;
}

/** `url(id)` gives a document's absolute URL. */
export function trackerRecord(tracker: Tracker, url: (id: string) => string): TrackerRecord {
  const ref = (d: TrackedDocument): DocumentRef => ({ id: d.id, url: url(d.id), type: d.type, numberSymbol: d.numberSymbol, title: d.title, issued: d.issued });
  const entry = (e: TrackerEntry): EntryRecord => ({
    ...ref(e.document),
    issuer: e.document.issuerName,
    level: e.document.level,
    province: e.document.province,
    district: e.document.district,
    direct: e.direct,
    via: e.via?.id ?? null,
    daysAfterIssued: e.daysAfterIssued,
    daysAfterEffective: e.daysAfterEffective,
  });
  return {
    target: ref(tracker.target),
    era: tracker.era,
    effective: tracker.effective,
    summary: tracker.summary,
    provinces: tracker.groups.flatMap((g) =>
      g.rows.map((r) => ({ slug: r.slug, name: r.name, now: g.slug, era: r.era, firstDays: r.firstDays, documents: r.entries.map(entry) })),
    ),
    unplaced: tracker.unplaced.map(entry),
    central: tracker.central.map(entry),
  };
}

const csvColumns = [
  'tinh_nay', 'tinh', 'cap', 'co_quan', 'huyen', 'loai', 'so_ky_hieu', 'ngay_ban_hanh', 'so_ngay', 'so_ngay_tu_hieu_luc', 'truc_tiep', 'qua_van_ban', 'trich_yeu', 'id', 'url',
] as const;

/**
 * One row per implementing document, local ones by province then date, then the unplaced, then the
 * central ones (tinh_nay and tinh empty). RFC 4180: CRLF, every field quoted, with a UTF-8 BOM so
 * spreadsheet programs read the Vietnamese letters right.
 */
export function trackerCsv(record: TrackerRecord): string {
  const rows: string[][] = [[...csvColumns]];
  const add = (now: string, province: string, e: EntryRecord) =>
    rows.push([
      now, province, e.level, e.issuer, e.district ?? '', e.type, e.numberSymbol ?? '', e.issued ?? '',
      e.daysAfterIssued?.toString() ?? '', e.daysAfterEffective?.toString() ?? '', e.direct ? 'có' : 'không', e.via ?? '', e.title, e.id, e.url,
    ]);
  for (const p of record.provinces) for (const e of p.documents) add(p.now, p.slug, e);
  for (const e of record.unplaced) add('', '', e);
  for (const e of record.central) add('', '', e);
  return '\uFEFF' + rows.map((r) => r.map((v) => `"${v.replaceAll('"', '""')}"`).join(',')).join('\r\n') + '\r\n';
}
