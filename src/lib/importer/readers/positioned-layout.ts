/**
 * Rebuilds lines of text from words with positions on a page, as PDF text layers (poppler's
 * `pdftotext -bbox-layout`) and OCR (Tesseract's TSV) give them. A document header is laid out in
 * two columns whose lines do not share a baseline exactly (issuer and number on the left, motto
 * and place-date on the right); reading such a page line by line would interleave them. Words are
 * grouped into rows by vertical overlap, and a row is split into cells wherever the horizontal gap
 * between two words is much wider than a space. A row with several cells becomes a Markdown table
 * row ("| left | right |"), which the header reader splits back into cells and reads by what each
 * says. A blank line separates paragraphs, found by vertical gaps and first-line indents.
 */
export interface PositionedWord {
  text: string;
  /** Left, top, right, bottom in page units (points or pixels), y growing downwards. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PositionedPage {
  width: number;
  height: number;
  words: PositionedWord[];
}

interface Row {
  words: PositionedWord[];
  top: number;
  bottom: number;
}

const percentile = (values: number[], p: number): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
};
const median = (values: number[]) => percentile(values, 0.5);

// Two words share a row when their vertical extents overlap by more than half the smaller height.
function sameRow(row: Row, word: PositionedWord): boolean {
  const overlap = Math.min(row.bottom, word.y1) - Math.max(row.top, word.y0);
  const height = Math.min(row.bottom - row.top, word.y1 - word.y0);
  return overlap > height * 0.5;
}

function groupRows(words: readonly PositionedWord[]): Row[] {
  const rows: Row[] = [];
  const byTop = [...words].filter((w) => w.text.trim() !== '').sort((a, b) => (a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2);
  for (const word of byTop) {
    const row = rows.find((r) => sameRow(r, word));
    if (row) {
      row.words.push(word);
      row.top = Math.min(row.top, word.y0);
      row.bottom = Math.max(row.bottom, word.y1);
    } else rows.push({ words: [word], top: word.y0, bottom: word.y1 });
  }
  for (const row of rows) row.words.sort((a, b) => a.x0 - b.x0);
  return rows.sort((a, b) => a.top - b.top);
}

// Blanks left for a number or a day, filled in by hand or stamped by an e-signature system, make wide
// gaps that are not column gaps: "Số: 82      /TTr-SNV", "ngày 16      tháng 9".
const fillInBefore = /^(?:s[ốo]:?|\d{1,4}|ngày|tháng|năm)$/iu;
const fillInAfter = /^(?:\/|-|tháng|năm|\d{1,4}\b)/iu;

/** The words of one row, split into cells at gaps wider than `gap`. */
function cellsOfRow(row: Row, gap: number): string[] {
  const cells: string[][] = [[]];
  row.words.forEach((word, i) => {
    const previous = row.words[i - 1];
    const fillIn = previous && fillInBefore.test(previous.text) && fillInAfter.test(word.text);
    if (previous && word.x0 - previous.x1 > gap && !fillIn) cells.push([]);
    cells.at(-1)!.push(word.text);
  });
  return cells.map((words) => words.join(' '));
}

export interface LayoutOptions {
  /**
   * Drop rows without a single letter. For OCR: a seal, a signature or a stamp is recognised as a
   * row of stray marks and digits ("“4") that would otherwise stand above the header.
   */
  dropRowsWithoutLetters?: boolean;
}

/** Text lines of one page: rows of one cell as plain lines, rows of several as table rows. */
export function pageLines(page: PositionedPage, options: LayoutOptions = {}): string[] {
  const rows = groupRows(page.words).filter((row) => !options.dropRowsWithoutLetters || row.words.some((w) => /\p{L}/u.test(w.text)));
  if (rows.length === 0) return [];
  const heights = rows.map((r) => r.bottom - r.top);
  const lineHeight = median(heights);
  // A column gap is several spaces wide; a space is about a quarter of the line height.
  const gap = Math.max(lineHeight * 1.4, page.width * 0.03);
  const lefts = rows.map((r) => r.words[0]!.x0);
  const rights = rows.map((r) => r.words.at(-1)!.x1);
  // The text block's edges: most lines start at the left margin, the longest reach the right one.
  const margin = percentile(lefts, 0.1);
  const rightMargin = percentile(rights, 0.9);
  // A centred line (a title wrapped over lines, a heading) has about as much room on its left as
  // on its right: its indent does not start a paragraph.
  const centred = (r: Row) => {
    const left = r.words[0]!.x0 - margin;
    const right = rightMargin - r.words.at(-1)!.x1;
    return left > lineHeight && right > lineHeight && Math.abs(left - right) < lineHeight * 2;
  };
  const lines: string[] = [];
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    const cells = cellsOfRow(row, gap);
    const spacing = previous ? row.top - previous.bottom : 0;
    const indented = row.words[0]!.x0 - margin > lineHeight * 0.8 && !centred(row);
    if (previous && (spacing > lineHeight * 0.9 || (indented && cells.length === 1))) lines.push('');
    lines.push(cells.length > 1 ? `| ${cells.join(' | ')} |` : cells[0]!);
  });
  return lines;
}

/** Text of a document from its pages, pages separated by a blank line. */
export function layoutText(pages: readonly PositionedPage[], options: LayoutOptions = {}): string {
  return pages
    .map((page) => pageLines(page, options).join('\n'))
    .filter((text) => text.trim() !== '')
    .join('\n\n');
}
