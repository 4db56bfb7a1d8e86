import { compareVietnamese, foldForMatch } from '../text/vietnamese.ts';
import { findProvince, provinces, provincesSince2025, type Province, type ProvinceSince2025 } from './provinces.ts';

/**
 * The two eras of the province model. A document's `province` is one slug, read in the era of its
 * date of issue: before 1 July 2025 one of the 63 provinces, from that day one of the 34 (Nghị quyết
 * 202/2025/QH15). The same slug can name two different places: "lam-dong" before the merger is the
 * old Lâm Đồng, after it the new Lâm Đồng (old Lâm Đồng, Đắk Nông and Bình Thuận). "hue" exists only
 * after, "dak-nong" only before.
 *
 * Pure functions, shared by validation, the browse pages, search, open data, the synthetic corpus
 * and the importer (which calls `provinceForIssuerPlace`).
 */

/** The day the 34 provinces took over, as an ISO date. */
export const mergerDate = '2025-07-01';

/** How the merger date is written on pages: "1/7/2025". */
export const mergerDateLabel = '1/7/2025';

/**
 * Era of a date of issue: `pre-merger` (the 63), `post-merger` (the 34), or `either` when the date
 * does not say which side of 1 July 2025 it is on ("2025", or an unknown date in 2025).
 */
export type ProvinceEra = 'pre-merger' | 'post-merger' | 'either';

/**
 * The era of a date of issue written YYYY-MM-DD, YYYY-MM or YYYY (the frontmatter's `issued`). When
 * `issued` is null, the `year` decides; with neither, the era is `either`.
 */
export function provinceEra(issued: string | null, year?: number | null): ProvinceEra {
  const date = issued ?? (year != null ? String(year) : null);
  if (date === null) return 'either';
  const y = Number(date.slice(0, 4));
  if (y < 2025) return 'pre-merger';
  if (y > 2025) return 'post-merger';
  // In 2025 only a month decides: June or earlier is before, July or later is after.
  if (date.length < 7) return 'either';
  return Number(date.slice(5, 7)) < 7 ? 'pre-merger' : 'post-merger';
}

/** Whether a slug names one of the 63 or one of the 34 provinces (valid in at least one era). */
export function isProvinceSlug(slug: string): boolean {
  return findProvince(slug) !== undefined || provincesSince2025.has(slug);
}

/** The province since 1 July 2025 with this slug, or undefined. */
export function findProvinceSince2025(slug: string): ProvinceSince2025 | undefined {
  return provincesSince2025.get(slug);
}

/** The province a pre-merger province belongs to since 1 July 2025 (itself when kept whole, Huế for Thừa Thiên Huế). */
export function successorOf(oldSlug: string): ProvinceSince2025 | undefined {
  const old = findProvince(oldSlug);
  return old ? provincesSince2025.get(old.mergedInto) : undefined;
}

/**
 * The pre-merger provinces a province since 1 July 2025 was formed from: its namesake first (the
 * province whose name it kept), then the others in Vietnamese order. "lam-dong" → Lâm Đồng, Bình
 * Thuận, Đắk Nông; "lang-son" → Lạng Sơn; "hue" → Thừa Thiên Huế. Empty for an unknown slug.
 */
export function formerProvincesOf(newSlug: string): Province[] {
  return provinces
    .filter((p) => p.mergedInto === newSlug)
    .sort((a, b) => (a.slug === newSlug ? -1 : b.slug === newSlug ? 1 : compareVietnamese(a.name, b.name)));
}

/** True when a province since 1 July 2025 was formed from more than one province (its territory changed). */
export function wasMerged(newSlug: string): boolean {
  return formerProvincesOf(newSlug).length > 1;
}

/** "tỉnh Lâm Đồng", "thành phố Huế". */
export function kindAndName(province: { kind: string; name: string }): string {
  return `${province.kind} ${province.name}`;
}

/** A province slug read at a date: which province it names then, and how to show it. */
export interface ProvinceAt {
  slug: string;
  /** The era the slug is read in; `either` only when the date is ambiguous and the slug names the same place in both. */
  era: ProvinceEra;
  /** Name without prefix, e.g. "Lâm Đồng". */
  name: string;
  kind: 'tỉnh' | 'thành phố';
  /** "tỉnh Lâm Đồng". */
  label: string;
  /**
   * The name that tells the era apart where the same name covers two territories: "Lâm Đồng (từ
   * 1/7/2025)" and "Lâm Đồng (trước 1/7/2025)"; the plain name otherwise ("Lạng Sơn", "Đắk Nông", "Huế").
   */
  eraName: string;
  /**
   * The name in lists and search filters: the plain name before the merger (as the archive always
   * showed it, so saved filter links keep working), `eraName` after it ("Lâm Đồng (từ 1/7/2025)").
   */
  listName: string;
  /** The province it belongs to since 1 July 2025 (itself for a post-merger province). */
  today: ProvinceSince2025;
}

/**
 * What `slug` names on a date of issue, or undefined when the slug does not exist in that era (a
 * validation error: see `provinceEraProblem`). For a date in 2025 that does not say which side of
 * 1 July it is on, a slug valid in either era is accepted: an old-only slug ("dak-nong") is read
 * before, a new-only one ("hue") after, and one valid in both ("lam-dong") keeps era `either` and
 * is shown by its plain name, because "Lâm Đồng" is true of both.
 */
export function provinceAt(slug: string, issued: string | null, year?: number | null): ProvinceAt | undefined {
  const old = findProvince(slug);
  const now = provincesSince2025.get(slug);
  let era = provinceEra(issued, year);
  if (era === 'either') {
    if (old && !now) era = 'pre-merger';
    else if (now && !old) era = 'post-merger';
  }
  if (era === 'pre-merger') {
    if (!old) return undefined;
    const today = provincesSince2025.get(old.mergedInto)!;
    const eraName = old.mergedInto === slug && wasMerged(slug) ? `${old.name} (trước ${mergerDateLabel})` : old.name;
    return { slug, era, name: old.name, kind: old.kind, label: kindAndName(old), eraName, listName: old.name, today };
  }
  if (era === 'post-merger') {
    if (!now) return undefined;
    const eraName = wasMerged(slug) ? `${now.name} (từ ${mergerDateLabel})` : now.name;
    return { slug, era, name: now.name, kind: now.kind, label: kindAndName(now), eraName, listName: eraName, today: now };
  }
  // Ambiguous date, slug valid in both eras: the plain name is true either way.
  if (!old || !now) return undefined;
  return { slug, era, name: now.name, kind: now.kind, label: kindAndName(now), eraName: now.name, listName: now.name, today: now };
}

/**
 * Why `slug` cannot be the province of a document issued on this date, as a message for the
 * archivist (the caller adds file and line), or null when it can. Slugs unknown in both eras are
 * reported by the schema itself.
 */
export function provinceEraProblem(slug: string, issued: string | null, year?: number | null): string | null {
  if (!isProvinceSlug(slug) || provinceAt(slug, issued, year) !== undefined) return null;
  const when = issued ?? String(year);
  const era = provinceEra(issued, year);
  if (era === 'post-merger') {
    const old = findProvince(slug)!;
    const into = provincesSince2025.get(old.mergedInto)!;
    return `${old.name} no longer exists on ${when}; since ${mergerDateLabel} it is part of ${into.name}: write province: ${into.slug}`;
  }
  const now = provincesSince2025.get(slug)!;
  const formers = formerProvincesOf(slug);
  const fix = formers.length === 1 ? `write province: ${formers[0]!.slug}` : `write the province of that time, one of ${formers.map((p) => p.slug).join(', ')}`;
  return `${now.name} did not exist as a province on ${when}; before ${mergerDateLabel} it was ${formers.map((p) => p.name).join(', ')}: ${fix}`;
}

const byFoldedOldName = new Map(provinces.map((p) => [foldForMatch(p.name), p]));
const byFoldedNewName = new Map([...provincesSince2025.values()].map((p) => [foldForMatch(p.name), p]));

/** The province slug for an issuing body's place, with a note when it needs a person's review. */
export interface IssuerPlaceReading {
  /** The slug to write in `province`, or null when the place is not a province of that date. */
  slug: string | null;
  /** Why the archivist should check it (a review reason); null when the reading is certain. */
  review: string | null;
}

/**
 * The `province` slug for a document whose issuing body names `place` ("Lâm Đồng", "Đắk Nông",
 * "Thừa Thiên Huế", "Hồ Chí Minh"; diacritics and case optional) and was issued on `issued`
 * (YYYY[-MM[-DD]] or null, with `year` as fallback). For the importer and the tracker.
 * - A name of that era → its slug ("Lâm Đồng" in 2025-09 → "lam-dong", the new Lâm Đồng).
 * - A pre-merger name after 1 July 2025 → its successor, flagged: a body of a former province
 *   signing after the merger is rare and worth a look ("Đắk Nông" in 2025-09 → "lam-dong").
 * - A post-merger-only name before 1 July 2025 ("Huế" in 2024) → null, flagged: never guessed.
 * - A date in 2025 with no month: the name's own slug, flagged so a person can set the date.
 */
export function provinceForIssuerPlace(place: string, issued: string | null, year?: number | null): IssuerPlaceReading {
  const folded = foldForMatch(place).replace(/^(?:tinh|thanh pho|tp\.?)\s+/u, '');
  const old = byFoldedOldName.get(folded);
  const now = byFoldedNewName.get(folded);
  const era = provinceEra(issued, year);
  const when = issued ?? (year != null ? String(year) : 'an unknown date');
  if (era === 'pre-merger') {
    if (old) return { slug: old.slug, review: null };
    if (now) {
      return { slug: null, review: `"${place}" names ${kindAndName(now)}, which exists only since ${mergerDateLabel}, but the document is dated ${when}: check the date or the place` };
    }
  } else if (era === 'post-merger') {
    if (now) return { slug: now.slug, review: null };
    if (old) {
      const into = provincesSince2025.get(old.mergedInto)!;
      return { slug: into.slug, review: `"${place}" names ${old.name}, which since ${mergerDateLabel} is part of ${into.name}; filed under ${into.slug}, check the date` };
    }
  } else {
    const slug = now?.slug ?? old?.slug;
    if (slug) {
      const merged = now ? wasMerged(now.slug) : old !== undefined && old.mergedInto !== old.slug;
      return { slug, review: merged ? `dated ${when} without a month: ${place} before or after ${mergerDateLabel} is not known; complete the date` : null };
    }
  }
  return { slug: null, review: `"${place}" is not the name of a province` };
}

// "tỉnh Đắk Nông", "Tỉnh ủy Đắk Nông", "TỈNH ĐẮK NÔNG": a province named with its level word.
const formerNamePatterns = provinces
  .filter((p) => !provincesSince2025.has(p.slug))
  .map((p) => ({ province: p, pattern: new RegExp(String.raw`(?<![a-z])(?:tinh|thanh pho|tinh uy|thanh uy)\s+${foldForMatch(p.name).replace(/[-\s]+/g, String.raw`[-\s]+`)}(?![a-z])`, 'u') }));

/**
 * The pre-merger province a body's name refers to ("Ủy ban nhân dân tỉnh Đắk Nông") when that
 * province no longer exists on the date of issue, with the province it became part of; null when the
 * name names none, or the date is before 1 July 2025 or ambiguous. Bodies of a former province
 * usually took new names on 1 July 2025, but some (funds, boards) signed under their old names until
 * the new province reorganised them, so this is a question for the archivist, not an error.
 */
export function formerProvinceNamedIn(bodyName: string, issued: string | null, year?: number | null): { province: Province; successor: ProvinceSince2025 } | null {
  if (provinceEra(issued, year) !== 'post-merger') return null;
  const folded = foldForMatch(bodyName);
  const hit = formerNamePatterns.find(({ pattern }) => pattern.test(folded));
  return hit ? { province: hit.province, successor: provincesSince2025.get(hit.province.mergedInto)! } : null;
}
