/**
 * The importer works on lines that remember where they came from, so every missing field and every
 * refusal can name `source-file:line`, even after residue lines were dropped and wrapped lines joined.
 */
export interface SourceLine {
  /** The line as in the source, without the line end. */
  text: string;
  /** 1-based line number in the source file. */
  line: number;
}

/** Splits decoded text into numbered lines. */
export function toSourceLines(text: string): SourceLine[] {
  return text.split('\n').map((t, i) => ({ text: t.replace(/\s+$/u, (s) => (s.endsWith('  ') ? '  ' : '')), line: i + 1 }));
}

/** True for an empty or whitespace-only line. */
export function isBlank(line: SourceLine): boolean {
  return line.text.trim() === '';
}

/** True when the line ends in a Markdown hard break (two trailing spaces): the next line continues it. */
export function hasHardBreak(line: SourceLine): boolean {
  return line.text.endsWith('  ');
}

/**
 * The words of a header line without Markdown emphasis, heading marks, fill-in dots or table pipes:
 * "**Số: **146**.../UBND**" → "Số: 146 /UBND". For recognising header elements only; the body keeps
 * its Markdown.
 */
export function plainText(text: string): string {
  return text
    .replace(/^\s{0,3}#{1,6}\s+/u, '')
    // A bold run closed or opened between two upper-case words ("DÂN**TỈNH") also ends a word.
    .replace(/(?<=\p{Lu})(?:\*\*|__)(?=\p{Lu})/gu, ' ')
    .replace(/\*\*|__|(?<![\p{L}\d])[*_]|[*_](?![\p{L}\d])/gu, '')
    .replace(/…|\.{2,}/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}
