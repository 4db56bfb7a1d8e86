import { isoDate, readDate } from '../citations/dates.ts';
import { normalize } from '../citations/normalize.ts';

/**
 * The date a document takes effect, as its own text states it (vietnamese-documents.md §7): "Luật
 * này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2007", "Quyết định này có hiệu lực kể từ ngày
 * 01/8/2025", "… có hiệu lực kể từ ngày ký" (the date of signing: the date of issue). Only a
 * sentence about the document itself counts ("<type> này có hiệu lực"): "Quyết định cấm tiếp xúc có
 * hiệu lực ngay sau khi ký" in a law is about another decision.
 */
export interface EffectiveDate {
  /** ISO date as precise as known; null for "kể từ ngày ký" when the date of issue is not known to the day. */
  date: string | null;
  /** text: a date written in the sentence; signing: "kể từ ngày ký", the date of issue. */
  basis: 'text' | 'signing';
  /** The sentence part read: "Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2007". */
  raw: string;
  /** UTF-16 offset of `raw` in the text. */
  start: number;
}

const subject = String.raw`(?:bo\s+luat|luat|phap\s+lenh|nghi\s+dinh|nghi\s+quyet|quyet\s+dinh|thong\s+tu(?:\s+lien\s+tich)?|chi\s+thi|dieu\s+le|quy\s+che|quy\s+dinh|ke\s+hoach|huong\s+dan|cong\s+van|van\s+ban|thong\s+bao)\s+nay`;
const sentence = new RegExp(
  String.raw`(?<![a-z])${subject}\s+(?:se\s+)?co\s+hieu\s+luc(?:\s+thi\s+hanh)?(?:\s+ke)?\s+tu\s+(?=ngay)`,
  'gu',
);
const signing = /^ngay\s+(?:ky|duoc\s+ky)(?![a-z])/u;

// Cheap first pass on the text as stored (NFC): only the few places that say "hiệu lực" are folded
// and read, not the whole text (folding a 2,000-word text costs ≈2 ms; 10,000 texts, 20 s a build).
const mention = /hi[ệeê]u\s+l[ựưu]c/giu;

export function readEffectiveDate(text: string, issued: string | null): EffectiveDate | null {
  for (const m of text.matchAll(mention)) {
    const from = Math.max(0, m.index - 60);
    const found = readIn(text.slice(from, m.index + 90), issued);
    if (found) return { ...found, start: from + found.start };
  }
  return null;
}

function readIn(text: string, issued: string | null): EffectiveDate | null {
  const n = normalize(text);
  for (const m of n.folded.matchAll(sentence)) {
    const at = m.index + m[0].length;
    const written = readDate(n, at);
    if (written && written.date.day !== null) {
      const [start, end] = n.toOriginal(m.index, written.end);
      return { date: isoDate(written.date), basis: 'text', raw: text.slice(start, end).trim(), start };
    }
    const sign = signing.exec(n.folded.slice(at, at + 20));
    if (sign) {
      const [start, end] = n.toOriginal(m.index, at + sign[0].length);
      return { date: issued && issued.length === 10 ? issued : null, basis: 'signing', raw: text.slice(start, end), start };
    }
  }
  return null;
}
