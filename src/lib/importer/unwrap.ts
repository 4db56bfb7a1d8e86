import { hasHardBreak, isBlank, type SourceLine } from './source-lines.ts';

/**
 * Rebuilds paragraphs from hard-wrapped text (seed 001, OCR text of seed 004) and from paragraphs
 * that a page break split in two (seeds 000, 002, 003), without changing a word. Conservative: a
 * line is never joined into a following list item ("- ", "+ "), numbered heading ("1. ", "II.",
 * "a)") or Markdown heading, so a wrong guess merges at most two sentences of one paragraph.
 */
export interface Unwrapped {
  /** Markdown: one block per paragraph, blocks separated by a blank line. */
  markdown: string;
  /** How many line breaks were removed. */
  joined: number;
}

// Starts of blocks: list items, numbered headings ("1.", "1.2.", "II.", "a)", "đ)"), Markdown headings,
// table rows, and those same numbers in bold ("**1. …**").
const blockStart = /^(?:\*\*|__)?(?:[-+•*]\s|\d+(?:\.\d+)*[.)]\s|[IVXLC]+[.)]\s|[a-zđ]\)\s|#|\|)/u;
const sentenceEnd = /[.!?:;…]["”’)*]*$/u;
// Words that leave a line unfinished: the next line continues it even when it starts with a capital.
const openEnd = /(?:^|\s)(?:của|và|về|số|ngày|tại|trên|cho|các|với|trong|theo|đến|năm|việc|là|có|được|Việt|Sở|Ban|Hội|Bộ)$/u;

// Names with a spaced hyphen, which a wrap can cut before the hyphen so that the next line looks
// like a list item: "… gửi về Sở Lao động" / "- Thương binh và Xã hội để tổng hợp".
const hyphenatedNames = ['Lao động - Thương binh', 'Bà Rịa - Vũng Tàu', 'Độc lập - Tự do', 'Tự do - Hạnh phúc', 'Kế hoạch - Đầu tư', 'Giáo dục - Đào tạo'].map((name) => {
  const [before, after] = name.split(' - ') as [string, string];
  return { before, after };
});

function cutsHyphenatedName(previous: string, next: string): boolean {
  return hyphenatedNames.some(({ before, after }) => previous.endsWith(before) && next.startsWith(`- ${after}`));
}

function isAllCaps(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toUpperCase();
}

// A numbered heading ("3. Sở Kế hoạch và Đầu tư", "II. YÊU CẦU", "a) …"), not a dash item.
const numberedHeading = /^(?:\*\*|__)?(?:\d+(?:\.\d+)*[.)]\s|[IVXLC]+[.)]\s|[a-zđ]\)\s)/u;

/**
 * Do two adjacent lines belong to one paragraph? `fullWidth` is the length from which a line counts
 * as filled to the margin (Infinity when the text is not hard-wrapped). In hard-wrapped text a
 * paragraph's last line is usually short, so a short line inside a paragraph ends it, and a full
 * line that ends with a full stop (often a spurious one in OCR text: "tỉnh Thanh." / "Hóa") most
 * likely goes on. The first line of a paragraph may be short: flattened tables break it early
 * ("- Định kỳ hằng năm, lãnh đạo" / "UBND các cấp …").
 */
function joins(previous: string, next: string, fullWidth: number, firstOfBlock: boolean): boolean {
  if (cutsHyphenatedName(previous, next)) return true;
  if (blockStart.test(next)) return false;
  if (/^[\p{Ll}\d(]/u.test(next)) return true;
  if (openEnd.test(previous)) return true;
  if (sentenceEnd.test(previous)) return /[.;!?…]$/u.test(previous) && previous.length >= fullWidth && !blockStart.test(previous);
  if (isAllCaps(previous) && isAllCaps(next)) return true;
  // Short: well under the margin (three quarters of a full line), so an OCR line that lost a few
  // characters is not taken for a paragraph's end.
  if (!firstOfBlock && Number.isFinite(fullWidth) && previous.length < 0.75 * fullWidth) return false;
  // An unfinished heading line ("3. Sở Kế hoạch và Đầu tư") followed by a capital is a heading
  // and its paragraph, not one wrapped line.
  if (firstOfBlock && numberedHeading.test(previous)) return false;
  return true;
}

/** Does a paragraph continue after a blank line (a page break in the middle of a sentence)? */
function continuesAfterBreak(previous: string, next: string): 'glued' | 'spaced' | null {
  if (blockStart.test(next)) return null;
  // "Kế hoạch số 08/KH-" … "UBND ngày 13/01/2017": a symbol cut at its hyphen.
  if (/[\p{Lu}\d]-$/u.test(previous) && /^[\p{Lu}\d]/u.test(next)) return 'glued';
  if (!sentenceEnd.test(previous) && /^\p{Ll}/u.test(next)) return 'spaced';
  return null;
}

/**
 * The length of a line filled to the margin, when the text is hard-wrapped (most lines followed
 * directly by another); Infinity for text whose paragraphs are separated by blank lines.
 */
function fullLineWidth(lines: readonly SourceLine[]): number {
  const wrapped = lines.filter((line, i) => !isBlank(line) && lines[i + 1] !== undefined && !isBlank(lines[i + 1]!));
  const nonBlank = lines.filter((line) => !isBlank(line)).length;
  if (nonBlank < 5 || wrapped.length < nonBlank / 2) return Number.POSITIVE_INFINITY;
  const lengths = wrapped.map((l) => l.text.trim().length).sort((a, b) => a - b);
  return Math.floor(0.8 * lengths[Math.floor(lengths.length * 0.75)]!);
}

export function unwrap(lines: readonly SourceLine[]): Unwrapped {
  const fullWidth = fullLineWidth(lines);
  // Paragraphs so far; the last one is the one being built.
  const blocks: string[] = [];
  let linesInBlock = 0;
  let previous: SourceLine | null = null;
  let blankSince = false;
  let joined = 0;
  const append = (separator: string, text: string) => {
    blocks[blocks.length - 1] += `${separator}${text}`;
  };
  for (const line of lines) {
    if (isBlank(line)) {
      blankSince = true;
      continue;
    }
    const text = line.text.trim();
    const previousText = previous?.text.trim() ?? '';
    let newBlock = false;
    if (!previous) {
      newBlock = true;
    } else if (blankSince) {
      const how = continuesAfterBreak(previousText, text);
      if (how) {
        append(how === 'glued' ? '' : ' ', text);
        joined++;
      } else newBlock = true;
    } else if (hasHardBreak(previous) && !blockStart.test(text)) {
      append('  \n', text);
    } else if (previousText.startsWith('|') || text.startsWith('|')) {
      // Table rows stay rows.
      if (previousText.startsWith('|') && text.startsWith('|')) append('\n', text);
      else newBlock = true;
    } else if (joins(previousText, text, fullWidth, linesInBlock === 1)) {
      append(' ', text);
      joined++;
    } else newBlock = true;
    if (newBlock) {
      blocks.push(text);
      linesInBlock = 0;
    }
    linesInBlock++;
    previous = line;
    blankSince = false;
  }
  return { markdown: blocks.join('\n\n'), joined };
}
