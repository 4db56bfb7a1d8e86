import type { SourceLine } from './source-lines.ts';

/**
 * Removes what a conversion left behind and is not part of the document: the `|` and `-------`
 * lines of a table layout and page numbers on their own line. Words are never touched. Returns what
 * was removed so the import summary and the quality note can say so.
 */
export interface Residue {
  /** Source lines of dropped table borders and rules. */
  tableLines: number[];
  /** Source lines of dropped page numbers. */
  pageNumbers: number[];
}

// A line made only of table borders and rules: "|", "| |", "-------", "|---|---|", "===", "***", "___".
const tableResidue = /^[\s|+:]*(?:[-=_*~]{3,}[\s|+:]*)*$/u;
// A page number alone on a line: "2", "- 2 -", "Trang 3".
const pageNumber = /^\s*(?:-\s*)?(?:Trang\s+)?\d{1,3}(?:\s*-)?\s*$/iu;

/** True when the line is a table border or rule and not text (blank lines are not residue). */
export function isTableResidue(text: string): boolean {
  return text.trim() !== '' && tableResidue.test(text) && /[|\-=_*~]/u.test(text);
}

/** A Markdown table row with text in it: "| Số: 96/KH-UBND | Lạng Sơn, ngày … |". */
export function isTableRow(text: string): boolean {
  return (text.match(/\|/gu)?.length ?? 0) >= 2 && /[\p{L}\d]/u.test(text);
}

export function removeResidue(lines: readonly SourceLine[]): { lines: SourceLine[]; residue: Residue } {
  const residue: Residue = { tableLines: [], pageNumbers: [] };
  const kept: SourceLine[] = [];
  lines.forEach((line, i) => {
    if (isTableResidue(line.text)) {
      // The delimiter row of a real Markdown table ("|---|---|" between rows with text) is kept:
      // without it the table falls apart. Borders of a flattened layout go.
      const delimiterRow = /\|.*-{3,}.*\|/u.test(line.text) && (isTableRow(lines[i - 1]?.text ?? '') || isTableRow(lines[i + 1]?.text ?? ''));
      if (!delimiterRow) {
        residue.tableLines.push(line.line);
        return;
      }
    }
    if (pageNumber.test(line.text)) {
      residue.pageNumbers.push(line.line);
      return;
    }
    kept.push(line);
  });
  return { lines: kept, residue };
}
