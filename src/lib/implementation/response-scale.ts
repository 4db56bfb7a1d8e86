/**
 * Colour classes of the map: days to a province's first response. Darker is faster; grey is none.
 * Each colour has a text colour that reads on it (contrast ≥ 4.5:1).
 */
export interface ResponseClass {
  /** Legend text. */
  label: string;
  fill: string;
  text: string;
  /** Upper bound of days, inclusive; null for the open last class. */
  max: number | null;
}

export const responseClasses: readonly ResponseClass[] = [
  { label: 'trong 30 ngày', fill: '#4a0d24', text: '#ffffff', max: 30 },
  { label: '31–90 ngày', fill: '#7a1f3d', text: '#ffffff', max: 90 },
  { label: '91–180 ngày', fill: '#b04a6a', text: '#ffffff', max: 180 },
  { label: '181–365 ngày', fill: '#dc8fa6', text: '#1c1b1f', max: 365 },
  { label: 'sau hơn 1 năm', fill: '#f3cfda', text: '#1c1b1f', max: null },
];

/** A province that responded, but with no full date to count days from. */
export const undatedClass: ResponseClass = { label: 'có văn bản, không tính được số ngày', fill: '#c9c2e0', text: '#1c1b1f', max: null };
/** No implementing document in the archive. */
export const noneClass: ResponseClass = { label: 'chưa có văn bản trong kho', fill: '#e8e6eb', text: '#4a4a55', max: null };

/** The class of a province: `days` to its first dated response, `responded` whether it has any document. */
export function responseClass(days: number | null, responded: boolean): ResponseClass {
  if (!responded) return noneClass;
  if (days === null) return undatedClass;
  return responseClasses.find((c) => c.max === null || days <= c.max)!;
}
