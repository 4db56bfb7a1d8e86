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
  const text = source.text.replace(/(S[ốỐ]\s*:?|ngày|tháng)[ \t]{3,}/giu, '$1 ');
  const raw = text.includes('|') ? text.split('|') : text.split(/\s{3,}|\t+/u);
  return raw
    .flatMap((part) => part.split(/<br\s*\/?>/iu))
    .map((part) => plainText(part))
    .filter((text) => text !== '' && !/^[*\-–—_.•]+$/u.test(text))
    .map((text) => ({ text, line: source.line, hardBreak: hasHardBreak(source) }));
}

// The national motto and the Party's heading, in one piece or broken over lines, matched without
// diacritics so OCR slips and "HÒA"/"HOÀ" do not matter.
const motto = /cong\s*hoa\s*xa\s*hoi(?:\s*chu\s*nghia\s*viet\s*nam)?|chu\s*nghia\s*viet\s*nam|doc\s*lap\s*[-–]\s*tu\s*do\s*[-–]\s*hanh\s*phuc/gu;
const partyHeading = /dang\s*cong\s*san\s*viet\s*nam/gu;

/**
 * Removes the motto or the Party heading from a cell. `party` is true when the Party heading was
 * there: the document is a Party document ("ĐẢNG CỘNG SẢN VIỆT NAM" instead of the motto).
 */
export function withoutMotto(text: string): { text: string; motto: boolean; party: boolean } {
  const folded = foldSameLength(text);
  let kept = '';
  let last = 0;
  let found = false;
  let party = false;
  const spans = [...folded.matchAll(motto)].map((m) => ({ m, party: false })).concat([...folded.matchAll(partyHeading)].map((m) => ({ m, party: true })));
  spans.sort((a, b) => a.m.index - b.m.index);
  for (const { m, party: isParty } of spans) {
    if (m.index < last) continue;
    kept += text.slice(last, m.index);
    last = m.index + m[0].length;
    found = true;
    party ||= isParty;
  }
  kept += text.slice(last);
  return { text: kept.replace(/\s+/gu, ' ').trim(), motto: found, party };
}
