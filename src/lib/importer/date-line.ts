/**
 * Reads the place-and-date line: "Kiên Giang, ngày 16 tháng 01 năm 2019", "Lạng Sơn, ngày 29 tháng 5
 * năm 2018", "Hà Nội, ngày    tháng 5 năm 2019" (a draft with the day blank), "ngày … tháng … năm
 * 2025" (day and month blank). Day and month may have one digit or two. A day or month that is
 * there but not a number (OCR of a handwritten "10" as "l0") is reported, never guessed.
 */
export interface DateReading {
  /** Địa danh before the date, e.g. "Kiên Giang"; null when none is printed. */
  place: string | null;
  /** "2019-01-16", or "2019-05" / "2019" when the day or month is blank or unreadable. */
  issued: string | null;
  year: number;
  /** What is wrong with the date, for a review reason; null when nothing. */
  problem: 'day-blank' | 'month-blank' | 'day-unreadable' | 'month-unreadable' | 'not-a-date' | null;
  /** The date as printed, from "ngày" to the year, for messages. */
  printed: string;
}

// A day or month slot: one or two digits, or a short run of other characters where OCR misread them.
const slot = '(\\d{1,2}|[^\\s\\d]{0,2}\\d?[^\\s\\d]{0,2}?)';
// The date ends its line: "Ngày 19/01/2018, tại Hội trường …" opens a body paragraph, not a header.
// "tháng" with its tone misread by OCR ("thảng", "thang") is still the word for month.
const datePattern = new RegExp(`(?:^|[\\s,])(ngày\\s*${slot}?\\s*th[aáàảãạ]ng\\s*${slot}?\\s*năm\\s*(\\d{4}))\\s*\\.?\\s*$`, 'iu');

/** True when a cell holds the start of a date that continues on the next line ("Lạng Sơn, ngày 29"). */
export function isDateStart(text: string): boolean {
  return /(?:^|[\s,])ngày(?:\s*\d{1,2})?(?:\s*tháng(?:\s*\d{1,2})?)?(?:\s*năm)?\s*$/iu.test(text) && !datePattern.test(text);
}

const pad = (n: string) => n.padStart(2, '0');

export function readDateLine(text: string): DateReading | null {
  const m = datePattern.exec(text);
  if (!m) return null;
  const [, printedDate, dayText, monthText, yearText] = m;
  const year = Number(yearText);
  const printed = printedDate!.replace(/\s+/gu, ' ');
  // Stray marks before the place (".Đắk Nông" from OCR) are not part of it.
  const place = text.slice(0, m.index).replace(/[\s,]+$/u, '').replace(/^[^\p{L}\d]+/u, '').trim() || null;
  const day = dayText && /^\d+$/u.test(dayText) ? dayText : null;
  const month = monthText && /^\d+$/u.test(monthText) ? monthText : null;
  const base = { place, year, printed };
  if (!month) return { ...base, issued: `${year}`, problem: monthText ? 'month-unreadable' : 'month-blank' };
  if (Number(month) < 1 || Number(month) > 12) return { ...base, issued: `${year}`, problem: 'not-a-date' };
  if (!day) return { ...base, issued: `${year}-${pad(month)}`, problem: dayText ? 'day-unreadable' : 'day-blank' };
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  const real = !Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) && new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso);
  return real ? { ...base, issued: iso, problem: null } : { ...base, issued: `${year}`, problem: 'not-a-date' };
}
