/**
 * Stable fragment identifiers for the parts of a normative text. One function per unit, used by the
 * document page (ids), the open data and the citation engine (links to "khoản 2 Điều 12"), so the
 * three can never disagree. ASCII only: "#dieu-12-khoan-2", "#dieu-3-khoan-1-diem-dd" (the letter
 * đ is written "dd", as Vietnamese keyboards type it, so it never collides with d).
 */

/** "đ" → "dd", other point letters as they are (lower case). */
export function pointSlug(letter: string): string {
  const l = letter.normalize('NFC').toLowerCase();
  return l === 'đ' ? 'dd' : l;
}

/** Article numbers keep a letter suffix ("Điều 12a" after an amendment): "12a". */
const numberSlug = (n: string | number) => String(n).normalize('NFC').toLowerCase().replace(/^0+(?=\d)/, '');

export const partAnchor = (part: number) => `phan-${part}`;
export const chapterAnchor = (chapter: number) => `chuong-${chapter}`;
/** Mục restart in every chương, so the chapter is part of the anchor; "muc-2" outside chapters. */
export const sectionAnchor = (chapter: number | null, section: number) => (chapter === null ? `muc-${section}` : `chuong-${chapter}-muc-${section}`);
export const articleAnchor = (article: string | number) => `dieu-${numberSlug(article)}`;

/** A khoản of an article ("dieu-12-khoan-2"), or a numbered paragraph of a text without articles ("khoan-3"). */
export function clauseAnchor(article: string | number | null, clause: string | number): string {
  return article === null ? `khoan-${numberSlug(clause)}` : `${articleAnchor(article)}-khoan-${numberSlug(clause)}`;
}

/** A điểm: "dieu-12-khoan-2-diem-a", "dieu-5-diem-b" (điểm directly under an article), "khoan-3-diem-a". */
export function pointAnchor(article: string | number | null, clause: string | number | null, point: string): string {
  const parent = clause === null ? (article === null ? null : articleAnchor(article)) : clauseAnchor(article, clause);
  return `${parent === null ? '' : `${parent}-`}diem-${pointSlug(point)}`;
}

/** A place in a text as a citation names it: "điểm a khoản 3 Điều 5" → its unit numbers. */
export interface Pinpoint {
  /** "12"; null for "điểm a khoản 3 Công văn …" (a text without articles). */
  article: string | null;
  clause: string | null;
  point: string | null;
}

/** The anchor of the smallest unit a pinpoint names. */
export function pinpointAnchor(p: Pinpoint): string | null {
  if (p.point !== null) return pointAnchor(p.article, p.clause, p.point);
  if (p.clause !== null) return clauseAnchor(p.article, p.clause);
  return p.article === null ? null : articleAnchor(p.article);
}

/** The anchors from the smallest unit up: ["dieu-12-khoan-2", "dieu-12"]. A link goes to the first the text has. */
export function pinpointAnchors(p: Pinpoint): string[] {
  const out: string[] = [];
  if (p.point !== null) out.push(pointAnchor(p.article, p.clause, p.point));
  if (p.clause !== null) out.push(clauseAnchor(p.article, p.clause));
  if (p.article !== null) out.push(articleAnchor(p.article));
  return out;
}

/** "khoản 2 Điều 12", as a reader says it, smallest unit first. */
export function pinpointLabel(p: Pinpoint): string {
  return [p.point !== null ? `điểm ${p.point}` : null, p.clause !== null ? `khoản ${p.clause}` : null, p.article !== null ? `Điều ${p.article}` : null]
    .filter(Boolean)
    .join(' ');
}

const romanValues: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** "IV" → 4, "12" → 12; null for anything else. */
export function unitNumber(written: string): number | null {
  if (/^\d+$/.test(written)) return Number(written);
  if (!/^[IVXLC]+$/.test(written)) return null;
  let total = 0;
  for (let i = 0; i < written.length; i++) {
    const v = romanValues[written[i]!]!;
    const next = romanValues[written[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const ordinals: Record<string, number> = { nhat: 1, hai: 2, ba: 3, tu: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10 };

/** "thứ nhất" → 1 (Phần thứ nhất), "I" → 1, "2" → 2. */
export function partNumber(written: string): number | null {
  const folded = written.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').toLowerCase().replace(/^thu\s+/, '').trim();
  return ordinals[folded] ?? unitNumber(written.toUpperCase());
}
