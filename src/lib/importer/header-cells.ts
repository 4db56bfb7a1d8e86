import { isTableResidue } from './clean.ts';
import { foldSameLength } from './fold.ts';
import { hasHardBreak, plainText, type SourceLine } from './source-lines.ts';

/**
 * A header is laid out in two columns (issuing body and number on the left; motto, place and date
 * on the right). Converted files flatten that layout in several ways: one column after the other,
 * a Markdown table ("| … | … |", "<br>" inside cells), `|` residue, or the two columns side by side
 * on one line separated by a run of spaces (seed 004). Splitting every line into cells and reading
 * each cell by what it says, not where it stands, handles them all.
 */
export interface Cell {
  /** Plain text of the cell: no Markdown emphasis, fill-in dots or pipes. */
  text: string;
  /** 1-based source line. */
  line: number;
  /** The source line ends in a Markdown hard break: the next line continues this one. */
  hardBreak: boolean;
}

/** Splits one source line into its cells. */
export function cellsOf(source: SourceLine): Cell[] {
  if (isTableResidue(source.text)) return [];
  // Blanks left for a number or a day to be filled in ("Số:      /KH-UBND", "ngày    tháng 5") are
  // not column gaps.
  const text = source.text
    .replace(/(S[ốỐ]\s*:?|ngày|tháng)[ \t]{3,}/giu, '$1 ')
    // A rule drawn after a line of the header ("QUỐC HỘI --------", "TỈNH KON TUM *****") is not text.
    .replace(/(?<=\S)[ \t]+[-=_*~]{3,}[ \t]*$/u, '');
  const raw = text.includes('|') ? text.split('|') : text.split(/\s{3,}|\t+/u);
  return raw
    .flatMap((part) => part.split(/<br\s*\/?>/iu))
    .map((part) => plainText(part))
    .filter((text) => text !== '' && !/^[*\-–—_.•]+$/u.test(text))
    .map((text) => ({ text, line: source.line, hardBreak: hasHardBreak(source) }));
}

// The national motto and the Party's heading, in one piece or broken over lines, matched without
// diacritics so OCR slips and "HÒA"/"HOÀ" do not matter. A line may break anywhere inside them
// ("… CHỦ NGHĨA VIỆT" + "NAM"): the tail on the next line is matched only right after such a break.
const motto = /cong\s*hoa\s*xa\s*hoi(?:\s*chu(?:\s*nghia(?:\s*viet(?:\s*nam)?)?)?)?|chu\s*nghia\s*viet\s*nam|doc\s*lap\s*[-–]\s*tu\s*do(?:\s*[-–](?:\s*hanh\s*phuc)?)?/gu;
const partyHeading = /dang\s*cong\s*san\s*viet\s*nam/gu;
const mottoTail = /^\s*(?:chu\s*nghia\s*viet\s*nam|nghia\s*viet\s*nam|viet\s*nam|nam|[-–]?\s*(?:tu\s*do\s*[-–]\s*)?hanh\s*phuc|phuc)(?![a-z])/u;
const complete = /(?:nam|phuc)$/u;

/**
 * Removes the motto or the Party heading from a cell. `party` is true when the Party heading was
 * there: the document is a Party document ("ĐẢNG CỘNG SẢN VIỆT NAM" instead of the motto).
 * `unfinished` is true when the cell ends inside the motto; pass it as `continuing` for the next
 * cell so that the rest of the motto is removed too.
 */
export function withoutMotto(text: string, continuing = false): { text: string; motto: boolean; party: boolean; unfinished: boolean } {
  const folded = foldSameLength(text);
  let kept = '';
  let last = 0;
  let found = false;
  let party = false;
  let unfinished = false;
  const spans = [...folded.matchAll(motto)].map((m) => ({ index: m.index, text: m[0], party: false })).concat([...folded.matchAll(partyHeading)].map((m) => ({ index: m.index, text: m[0], party: true })));
  const tail = continuing ? mottoTail.exec(folded) : null;
  if (tail) spans.push({ index: 0, text: tail[0], party: false });
  spans.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  for (const span of spans) {
    if (span.index < last) continue;
    kept += text.slice(last, span.index);
    last = span.index + span.text.length;
    found = true;
    party ||= span.party;
    unfinished = !complete.test(span.text);
  }
  kept += text.slice(last);
  // What is left of a motto broken over lines may be a lone dash or star: nothing to read.
  const rest = kept.replace(/\s+/gu, ' ').trim();
  return { text: found && /^[-–*.\s]*$/u.test(rest) ? '' : rest, motto: found, party, unfinished: unfinished && /^[-–*.\s]*$/u.test(folded.slice(last)) };
}
