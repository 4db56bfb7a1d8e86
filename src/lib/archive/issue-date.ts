/**
 * Dates of issue are partial when the text gives only a year or month ("2018", "2018-05") and null
 * when unknown. These functions show them as a Vietnamese reader expects, never inventing a day.
 */

/** "16/01/2019", "05/2018", "2018", or null. */
export function formatIssued(issued: string | null): string | null {
  if (!issued) return null;
  const [y, m, d] = issued.split('-');
  if (d) return `${d}/${m}/${y}`;
  if (m) return `${m}/${y}`;
  return y!;
}

/** "Kiên Giang, ngày 16 tháng 01 năm 2019", as printed on documents; null when both are unknown. */
export function formatPlaceAndDate(place: string | null, issued: string | null): string | null {
  const [y, m, d] = issued ? issued.split('-') : [];
  const date = d ? `ngày ${d} tháng ${m} năm ${y}` : m ? `tháng ${m} năm ${y}` : y ? `năm ${y}` : null;
  if (place && date) return `${place}, ${date}`;
  return place ?? date;
}

/**
 * Sort key: a partial date sorts as the start of its period, an unknown one as the start of its
 * year, and one of an unknown year before every known date (last when newest come first).
 */
export function issuedSortKey(issued: string | null, year: number | null): string {
  return issued ?? (year === null ? '' : String(year));
}
