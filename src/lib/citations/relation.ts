import type { Normalized } from './normalize.ts';
import { spanIndex, type Span, type SpanIndex } from './span-index.ts';
import type { Relation } from './types.ts';

/**
 * Relation types, read from the verb before a reference in the same clause (vietnamese-documents.md
 * §4), with the labels legal databases use for their two-way lists ("văn bản căn cứ" / "văn bản
 * được căn cứ").
 */
export const relations: readonly Relation[] = ['can-cu', 'thuc-hien', 'theo', 'huong-dan', 'sua-doi-bo-sung', 'thay-the', 'bai-bo', 'kem-theo', 'dan-chieu'];

/** How the citing document relates to the cited one: "Căn cứ: Nghị định 56/2012/NĐ-CP". */
export const relationLabels: Readonly<Record<Relation, string>> = {
  'can-cu': 'Căn cứ',
  'thuc-hien': 'Thực hiện',
  theo: 'Theo',
  'huong-dan': 'Hướng dẫn',
  'sua-doi-bo-sung': 'Sửa đổi, bổ sung',
  'thay-the': 'Thay thế',
  'bai-bo': 'Bãi bỏ',
  'kem-theo': 'Ban hành kèm theo',
  'dan-chieu': 'Dẫn chiếu',
};

/** The same relation seen from the cited document, for lists of incoming citations. */
export const inverseRelationLabels: Readonly<Record<Relation, string>> = {
  'can-cu': 'Được căn cứ bởi',
  'thuc-hien': 'Được thực hiện bởi',
  theo: 'Được dẫn theo bởi',
  'huong-dan': 'Được hướng dẫn bởi',
  'sua-doi-bo-sung': 'Được sửa đổi, bổ sung bởi',
  'thay-the': 'Được thay thế bởi',
  'bai-bo': 'Bị bãi bỏ bởi',
  'kem-theo': 'Văn bản kèm theo',
  'dan-chieu': 'Được dẫn chiếu bởi',
};

// Verb phrases in folded text. The one nearest the reference wins; at equal distance the longer.
// Amending, replacing and repealing must govern the reference directly ("sửa đổi, bổ sung một số điều
// của Nghị định …"), so they count only within `near` characters of it: "kiến nghị sửa đổi, bổ sung
// cho phù hợp với các quy định của Luật Bình đẳng giới" does not amend the law.
const near = 40;
const verbs: ReadonlyArray<readonly [RegExp, Relation, number?]> = [
  [/can\s+cu(?:\s+vao)?/g, 'can-cu'],
  [/huong\s+dan(?:\s+thi\s+hanh|\s+thuc\s+hien|\s+trien\s+khai)/g, 'huong-dan'],
  [/huong\s+dan/g, 'huong-dan'],
  [/(?:trien\s+khai\s+thuc\s+hien|trien\s+khai|thuc\s+hien|thi\s+hanh)/g, 'thuc-hien'],
  [/theo(?!\s+doi)(?:\s+quy\s+dinh\s+(?:tai|cua))?/g, 'theo'],
  // "theo hướng dẫn tại Thông tư …" follows the circular's guidance: Theo, not Hướng dẫn.
  [/theo\s+huong\s+dan(?:\s+(?:tai|cua))?/g, 'theo'],
  [/(?:cho\s+)?phu\s+hop\s+voi/g, 'theo'],
  [/sua\s+doi\s*,?\s*bo\s+sung|sua\s+doi/g, 'sua-doi-bo-sung', near],
  [/thay\s+the/g, 'thay-the', near],
  [/bai\s+bo/g, 'bai-bo', near],
  // "(Ban hành kèm theo Quyết định số … )" at the head of a charter: it is issued with the decision.
  [/(?:ban\s+hanh\s+)?kem\s+theo/g, 'kem-theo', near],
];

/**
 * Start of the clause that contains `pos`: after the last ";", paragraph break, ":" at a line end, or
 * full stop followed by a capital. A list "…; Nghị quyết số 57/NQ-CP …" starts a new clause at ";".
 */
export function clauseStart(n: Normalized, pos: number, floor = 0): number {
  const from = Math.max(floor, pos - 400);
  // A few characters past `pos`, so "kế hoạch. Nghị định" sees the capital after the full stop.
  const window = n.text.slice(from, pos + 2);
  let start = from;
  for (const m of window.matchAll(/;|\n[ \t]*\r?\n|:[ \t]*\r?\n|[.!?](?=\s+[\p{Lu}\p{N}*#])/gu)) {
    if (from + m.index + m[0].length <= pos) start = from + m.index + m[0].length;
  }
  return start;
}

// The spans of a list, indexed once: relationBefore is asked once per reference with the same list of
// every reference of the text, and scanning the whole list each time cost n² on long texts.
const indexes = new WeakMap<ReadonlyArray<Span>, SpanIndex>();

function indexOf(masked: ReadonlyArray<Span>): SpanIndex {
  let index = indexes.get(masked);
  if (!index) indexes.set(masked, (index = spanIndex(masked)));
  return index;
}

/**
 * The relation of the reference starting at `pos`, from the nearest verb phrase before it in its
 * clause. `masked` spans (other references, whose type words "Hướng dẫn số …" are not verbs) are
 * ignored. The list is indexed on the first call (span-index.ts), so it must not change between
 * calls.
 */
export function relationBefore(n: Normalized, pos: number, masked: ReadonlyArray<Span> = []): Relation {
  const start = clauseStart(n, pos);
  // Line breaks inside a phrase ("theo\nhướng dẫn") count as spaces; one for one, so offsets hold.
  let window = n.folded.slice(start, pos).replace(/\s/g, ' ');
  const inside = masked.length ? indexOf(masked).overlapping(start, pos).sort((a, b) => a.start - b.start) : [];
  if (inside.length) {
    const pieces: string[] = [];
    let at = 0;
    for (const span of inside) {
      const a = Math.max(span.start - start, at);
      const b = Math.min(span.end, pos) - start;
      if (b <= a) continue;
      pieces.push(window.slice(at, a), ' '.repeat(b - a));
      at = b;
    }
    pieces.push(window.slice(at));
    window = pieces.join('');
  }
  let best: { end: number; length: number; relation: Relation } | null = null;
  // End of the nearest verb that belongs to an earlier reference's subject: the reference is part of
  // that subject, and no verb before it governs the reference.
  let subjectEnd = -1;
  for (const [pattern, relation, maxGap] of verbs) {
    for (const m of window.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (maxGap !== undefined && window.length - end > maxGap) continue;
      if (maxGap !== undefined && masked.length && isSubjectOfEarlier(n, start + m.index, indexOf(masked))) {
        subjectEnd = Math.max(subjectEnd, end);
        continue;
      }
      // Whole words only: "theo" but not "theodoi", "can cu" but not "scan cu".
      if (/[a-z0-9]/.test(window[m.index - 1] ?? ' ') || /[a-z0-9]/.test(window[end] ?? ' ')) continue;
      if (!best || end > best.end || (end === best.end && m[0].length > best.length)) best = { end, length: m[0].length, relation };
    }
  }
  return best && best.end > subjectEnd ? best.relation : 'dan-chieu';
}

// What may come between ";" and the next item of a list: a list mark, "và".
const listOpening = /^[\s*_\-+•]*(?:va\s+)?$/u;
// A verb phrase that ends right before the first item of the list.
const verbAtEnd = verbs.map(([pattern]) => new RegExp(`(?<![a-z0-9])(?:${pattern.source})$`, 'u'));

/**
 * The items of a list that one verb governs: "… thay thế Quyết định số 2007/QĐ-UBND … tỉnh Bình
 * Thuận; Quyết định số 505/QĐ-UBND …; Quyết định số 654/QĐ-UBND …" replaces all three. For the
 * reference at `pos`, the index (into `starts`, the references in text order) of the list item it
 * continues, or null. It continues one when its clause opens with it after ";" (at most a list mark
 * or "và" between) and the clause before opens a list item: its first reference comes right after a
 * verb ("thay thế Quyết định …"). A verb further off governs something else: "thực hiện tốt các chỉ
 * tiêu … tại các kế hoạch như: Kế hoạch số 32 …; Kế hoạch số 60 …" does not implement either plan.
 */
export function listItemBefore(n: Normalized, pos: number, starts: readonly number[]): number | null {
  const start = clauseStart(n, pos);
  if (start === 0 || n.text[start - 1] !== ';') return null;
  if (!listOpening.test(n.folded.slice(start, pos))) return null;
  const previousClause = clauseStart(n, start - 1);
  const head = starts.findIndex((s) => s >= previousClause && s < start);
  if (head < 0) return null;
  const lead = n.folded.slice(previousClause, starts[head]).replace(/[\s*_]+$/u, '');
  // That clause is itself an item of the list (the third of "thay thế A; B; C").
  if (previousClause > 0 && n.text[previousClause - 1] === ';' && listOpening.test(`${lead} `)) return head;
  return verbAtEnd.some((pattern) => pattern.test(lead)) ? head : null;
}

/**
 * An amending, replacing or repealing verb right after another reference is that reference's subject,
 * not what the citing document does: "Căn cứ Nghị định số 136/2024/NĐ-CP ngày 23/10/2024 của Chính
 * phủ sửa đổi, bổ sung một số điều của Nghị định số 93/2019/NĐ-CP" does not amend 93/2019. Between
 * the two: nothing, or up to four words ending in "về" (the subject marker; "của Chính |\n\nphú về
 * sửa đổi" in a scanned table, its issuer split). A comma ends the earlier reference's part.
 */
function isSubjectOfEarlier(n: Normalized, verbStart: number, index: SpanIndex): boolean {
  const before = index.overlapping(Math.max(0, verbStart - 60), verbStart).filter((s) => s.end <= verbStart);
  if (!before.length) return false;
  const end = Math.max(...before.map((s) => s.end));
  const gap = n.folded.slice(end, verbStart);
  if (gap.includes(',')) return false;
  const words = gap.replace(/[|*_]/g, ' ').split(/\s+/).filter(Boolean);
  return words.length === 0 || (words.length <= 4 && /^(?:ve|v\/v)$/.test(words[words.length - 1]!));
}

// "Luật … số 02/2007/QH12 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành": the verb comes
// after the reference, in the same clause. A later text ending an earlier one on its subject replaces it.
const endsAfter = /^[^;.\n]{0,40}?(?<![a-z])het\s+hieu\s+luc(?![a-z])/u;

/** The relation stated after a reference ending at `end` ("… hết hiệu lực"), else null. */
export function relationAfter(n: Normalized, end: number): Relation | null {
  return endsAfter.test(n.folded.slice(end, end + 80)) ? 'thay-the' : null;
}
