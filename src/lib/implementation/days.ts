/**
 * Days between two dates of issue, counted on the calendar: 16/7/2012 → 16/1/2019 is 2,375 days
 * whatever the time zone or daylight saving. Only full dates count; a date known to the month or
 * year gives null rather than a guessed day.
 */
export function daysBetween(from: string | null, to: string | null): number | null {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === null || b === null ? null : b - a;
}

/** Days since 1970-01-01 of a full "YYYY-MM-DD" date, or null. */
export function dayNumber(date: string | null): number | null {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

/** The median of some numbers (mean of the middle two for an even count), or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
