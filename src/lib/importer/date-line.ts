/**
 * Reads the place-and-date line: "Kiên Giang, ngày 16 tháng 01 năm 2019", "Lạng Sơn, ngày 29 tháng 5
 * năm 2018", "Hà Nội, ngày    tháng 5 năm 2019" (a draft with the day blank). Day and month may have
 * one digit or two.
 */
export interface DateReading {
  /** Địa danh before the date, e.g. "Kiên Giang"; null when none is printed. */
  place: string | null;
  /** "2019-01-16", or "2019-05" / "2019" when the day or month is blank; null when impossible. */
  issued: string | null;
  year: number;
  /** What is wrong with the date, for a review reason; null when nothing. */
  problem: 'day-blank' | 'month-blank' | 'not-a-date' | null;
}

// The date ends its line: "Ngày 19/01/2018, tại Hội trường …" opens a body paragraph, not a header.
const datePattern = /(?:^|[\s,])ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})\s*\.?\s*$/iu;

/** True when a cell holds the start of a date that continues on the next line ("Lạng Sơn, ngày 29"). */
export function isDateStart(text: string): boolean {
  return /(?:^|[\s,])ngày(?:\s*\d{1,2})?(?:\s*tháng(?:\s*\d{1,2})?)?(?:\s*năm)?\s*$/iu.test(text) && !datePattern.test(text);
}

const pad = (n: string) => n.padStart(2, '0');

export function readDateLine(text: string): DateReading | null {
  const m = datePattern.exec(text);
  if (!m) return null;
  const [, day, month, yearText] = m;
  const year = Number(yearText);
  const place = text.slice(0, m.index).replace(/[\s,]+$/u, '').trim() || null;
  if (!month) return { place, issued: `${year}`, year, problem: 'month-blank' };
  if (!day) return Number(month) >= 1 && Number(month) <= 12 ? { place, issued: `${year}-${pad(month)}`, year, problem: 'day-blank' } : { place, issued: `${year}`, year, problem: 'not-a-date' };
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  const real = !Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) && new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso);
  return real ? { place, issued: iso, year, problem: null } : { place, issued: `${year}`, year, problem: 'not-a-date' };
}
