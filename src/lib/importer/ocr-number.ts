import { parseNumberSymbol } from '../identity/number-symbol.ts';
import { plainText, type SourceLine } from './source-lines.ts';

/**
 * OCR reads the digits of a handwritten or stamped number as the letters they look like: "0I" for
 * "01", "l0" for "10", "O5" for "05". In the number of a "Số:" line, and only there, those letters
 * are read back as digits; the text of the document keeps what was recognised, and the reading is
 * flagged for review with what OCR saw, so nothing is corrected silently.
 */
const lookalikes: Record<string, string> = { O: '0', o: '0', D: '0', Q: '0', I: '1', l: '1', '|': '1', i: '1', '!': '1', Z: '2', S: '5', s: '5', B: '8', g: '9' };

export interface OcrNumberReading {
  /** The number-symbol with its number read as digits, e.g. "01/NQ-HĐQL". */
  numberSymbol: string;
  /** What OCR recognised, e.g. "0I/NQ-HĐQL". */
  recognised: string;
  line: number;
}

// "Số:0I/NQ-HĐQL", "Số: l0 /QĐ-UBND": up to four characters that are digits or their lookalikes,
// with at least one digit or a leading "0"-like letter, then the symbol.
const numberLine = /^[sS][ốỐoO]\s*[:.]?\s*([\dOoDQIli|!ZSsBg]{1,4})\s*(\/\s*[\p{Lu}\d][\p{L}\d&.]*(?:\s*[-/]\s*[\p{L}\d&.]+)*)/u;

/** The number of the first "Số:" line among the top lines when OCR misread its digits; null when it needs no reading back. */
export function readOcrNumber(lines: readonly SourceLine[]): OcrNumberReading | null {
  for (const line of lines.slice(0, 40)) {
    for (const cell of line.text.split('|')) {
      const text = plainText(cell);
      const m = numberLine.exec(text);
      if (!m) continue;
      const printedNumber = m[1]!;
      if (/^\d+$/u.test(printedNumber)) return null;
      if (!/\d/u.test(printedNumber) && printedNumber.length < 2) return null;
      const digits = [...printedNumber].map((c) => lookalikes[c] ?? c).join('');
      const symbol = m[2]!.replace(/\s+/gu, '');
      const numberSymbol = `${digits}${symbol}`;
      if (!/^\d+$/u.test(digits) || !parseNumberSymbol(numberSymbol)) return null;
      return { numberSymbol, recognised: `${printedNumber}${symbol}`, line: line.line };
    }
  }
  return null;
}
