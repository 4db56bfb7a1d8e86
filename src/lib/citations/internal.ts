import { pinpointAnchors, pinpointLabel, type Pinpoint } from '../structure/anchors.ts';
import { articleAt, type Structure } from '../structure/parse.ts';
import { normalize } from './normalize.ts';

/**
 * References from a text to its own units (vietnamese-documents.md §7): "quy định tại Điều 7 của
 * Luật này", "theo khoản 1 Điều này" (the article the sentence is in), "khoản 5 Điều 11, khoản 2
 * Điều 12 … của Luật này" (a list ending in "này" points every item inside). Only units the text has
 * are linked (a missing khoản falls back to its article). Not internal: a unit of another document
 * ("khoản 2 Điều 12 Luật Bình đẳng giới", left to the citation engine), and anything inside quotation
 * marks, where an amending text quotes another law's provisions ("… Điều 114 của Bộ luật này").
 */
export interface InternalReference {
  /** UTF-16 offsets in the text given. */
  start: number;
  end: number;
  raw: string;
  pinpoint: Pinpoint;
  /** "khoản 2 Điều 12". */
  label: string;
  /** The anchor linked to: the smallest unit named that the text has. */
  anchor: string;
}

// Type words that "này" can follow: "của Luật này", "Nghị định này", "Điều lệ này".
const selfWords = String.raw`(?:bo\s+luat|luat|phap\s+lenh|nghi\s+dinh|nghi\s+quyet|quyet\s+dinh|thong\s+tu(?:\s+lien\s+tich)?|chi\s+thi|dieu\s+le|quy\s+che|quy\s+dinh|ke\s+hoach|huong\s+dan|cong\s+van|van\s+ban)`;
const unit = /(?<![a-z0-9])(?:diem\s+([a-z])\s+)?(?:khoan\s+(\d{1,3})\s+)?dieu\s+(?:(nay)(?![a-z])|(\d{1,4}[a-z]?)(?![a-z0-9]))/gu;
const selfAfter = new RegExp(String.raw`^\s*,?\s*(?:cua\s+)?${selfWords}\s+nay(?![a-z])`, 'u');
const listAfter = /^\s*(?:,|;)?\s*(?:va|hoac)?\s*$/u;

export function findInternalReferences(text: string, structure: Structure): InternalReference[] {
  const n = normalize(text);
  const matches = [...n.folded.matchAll(unit)];
  // Inside quotation marks: count the marks before each match once, in order. An unbalanced mark
  // (a damaged text) is forgotten at the next article.
  const articleStarts = new Set(structure.nodes.filter((u) => u.kind === 'article').map((u) => u.start));
  const quoted: boolean[] = [];
  let depth = 0;
  let at = 0;
  for (const m of matches) {
    for (; at < m.index; at++) {
      if (articleStarts.has(at)) depth = 0;
      if (n.text[at] === '“') depth++;
      else if (n.text[at] === '”') depth = Math.max(0, depth - 1);
    }
    quoted.push(depth > 0);
  }
  // Right to left: an item of a list takes the target of the item after it.
  const inside = new Array<boolean>(matches.length).fill(false);
  for (let i = matches.length - 1; i >= 0; i--) {
    const m = matches[i]!;
    const end = m.index + m[0].length;
    if (m[3]) inside[i] = true;
    else if (selfAfter.test(n.folded.slice(end, end + 40))) inside[i] = true;
    else if (i + 1 < matches.length && inside[i + 1] && listAfter.test(n.folded.slice(end, matches[i + 1]!.index))) inside[i] = true;
  }
  const found: InternalReference[] = [];
  matches.forEach((m, i) => {
    if (!inside[i] || quoted[i]) return;
    let article = m[4] ?? null;
    if (m[3]) {
      // "khoản 1 Điều này": the article the sentence is in; a bare "Điều này" is not worth a link.
      if (!m[2]) return;
      const current = articleAt(structure, m.index);
      if (!current) return;
      article = current.label;
    }
    const pinpoint: Pinpoint = { article, clause: m[2] ?? null, point: m[1] === undefined ? null : n.text[m.index + m[0].indexOf(m[1], 4)]!.toLowerCase() };
    const anchor = pinpointAnchors(pinpoint).find((a) => structure.anchors.has(a));
    if (!anchor) return;
    const [start, end] = n.toOriginal(m.index, m.index + m[0].length);
    found.push({ start, end, raw: text.slice(start, end), pinpoint, label: pinpointLabel(pinpoint), anchor });
  });
  return found;
}
