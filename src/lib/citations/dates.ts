import type { Normalized } from './normalize.ts';
import type { CitedDate } from './types.ts';

/**
 * Reads the date written after a reference, in any of its forms: "ngày 16/7/2012", ", ngày
 * 20/01/2018", "20-01-2018", "ngày 27 tháng 8 năm 2007", or only "năm 2018". Matched on the folded
 * text (so "NGÀY" in a capitalised title counts), at most a comma and whitespace away.
 */

const numeric = /^[ \t]*,?\s*(?:\(\s*)?(?:ngay\s*)?(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\p{N}/])/u;
const spelled = /^[ \t]*,?\s*(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s*,?\s+nam\s+(\d{4})(?!\p{N})/u;
const yearOnly = /^[ \t]*,?\s*nam\s+(\d{4})(?!\p{N})/u;

/** A real calendar date (or month, or year) between 1945 and 2100, else null. */
export function validDate(year: number, month: number | null, day: number | null): CitedDate | null {
  if (year < 1945 || year > 2100) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null) {
    if (month === null || day < 1) return null;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day > last) return null;
  }
  return { year, month, day };
}

export function readDate(n: Normalized, pos: number): { date: CitedDate; end: number } | null {
  const tail = n.folded.slice(pos, pos + 60);
  let m = numeric.exec(tail);
  if (m) {
    const date = validDate(Number(m[4]), Number(m[3]), Number(m[1]));
    return date ? { date, end: pos + m[0].length } : null;
  }
  m = spelled.exec(tail);
  if (m) {
    const date = validDate(Number(m[3]), Number(m[2]), Number(m[1]));
    return date ? { date, end: pos + m[0].length } : null;
  }
  m = yearOnly.exec(tail);
  if (m) {
    const date = validDate(Number(m[1]), null, null);
    return date ? { date, end: pos + m[0].length } : null;
  }
  return null;
}

/** ISO form, as precise as known: "2012-07-16", "2007-08", "2018". */
export function isoDate(date: CitedDate): string {
  const pad = (v: number) => String(v).padStart(2, '0');
  if (date.month === null) return String(date.year);
  if (date.day === null) return `${date.year}-${pad(date.month)}`;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}
