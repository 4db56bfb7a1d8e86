import { parseNumberSymbol } from '../identity/number-symbol.ts';

/**
 * Reads "Số: 68 /UBND-VHXH", "Số:2458/BVSTBCPN-VX", "Số: **146**.../UBND-LĐTBXH" (filled in by hand
 * on a printed form), "Số 61-KH/TU" (Party style, often without colon), and the blank number of a
 * draft, "Số:      /KH-UBND". Works on plain text (emphasis and fill-in dots already removed).
 */
export interface NumberReading {
  /** Canonical number-symbol, e.g. "68/UBND-VHXH"; null when blank or not of a known shape. */
  numberSymbol: string | null;
  /** The symbol part even when the number is blank ("KH-UBND"), to tell the type and issuer. */
  symbol: string | null;
  /** The number was left blank (a draft, or a copy made before numbering). */
  blank: boolean;
  /** The number-symbol as printed, squeezed of spaces. */
  printed: string;
  /** Where the reading ends in the cell, so that a date on the same line can be read after it. */
  end: number;
}

// "Số:", and "Luật số:", "Nghị quyết số:" on laws and resolutions (with the colon only, so a body
// line that starts "Luật số 73/2006/QH11 …" is not a number line).
const label = /^(?:(?:(?:Bộ\s+)?luật|pháp\s+lệnh|nghị\s+quyết|nghị\s+định|lệnh)\s+s[ốo]\s*:|s[ốo]\s*(?::|\.)?)\s*/iu;
// A number that OCR or a hand made unreadable: digits mixed with look-alike letters ("0l", "1O", "I0").
const misread = /^([\dlIoO|]{1,5})(?=\s*[/-])/u;

/** The symbol of a number-symbol whose number is missing or unreadable: "TTr-SNV" from "/TTr-SNV". */
function symbolOf(rest: string): string | null {
  const parsed = parseNumberSymbol(rest.startsWith('-') ? `1${rest}` : `1/${rest.replace(/^\//u, '')}`);
  return parsed?.symbol ?? (rest.replace(/^[/-]/u, '') || null);
}

export function readNumberLine(text: string): NumberReading | null {
  const start = label.exec(text);
  if (!start) return null;
  // Laws print their term apart: "73/2006/QH 11" is 73/2006/QH11.
  const rest = text.slice(start[0].length).replace(/(\/\s*QH)\s+(\d+)\b/u, '$1$2');
  const shift = text.length - start[0].length - rest.length;
  const wrong = misread.exec(rest);
  if (wrong && /\d/u.test(wrong[1]!) && /\D/u.test(wrong[1]!)) {
    const after = /^\s*((?:[/-]\s*[\p{L}\d&.]+\s*?)+)/u.exec(rest.slice(wrong[0].length));
    if (after) {
      const tail = after[1]!.replace(/\s+/gu, '').replace(/[.,;]+$/u, '');
      return { numberSymbol: null, symbol: symbolOf(tail), blank: false, printed: `${wrong[1]}${tail}`, end: start[0].length + shift + wrong[0].length + after[0].length };
    }
  }
  // A number-symbol is digits, letters, slashes and dashes; spaces are allowed around "/" and "-"
  // ("68 /UBND-VHXH", "61- KH/TU"). The first space elsewhere ends it.
  const m = /^(\d*)\s*((?:[/-]\s*[\p{L}\d&.]+\s*?)*)/u.exec(rest);
  if (!m || (m[1] === '' && !m[2]!.startsWith('/'))) {
    // "Số:" with nothing that looks like a number: only a blank draft number is accepted.
    if (/^\s*$/u.test(rest)) return { numberSymbol: null, symbol: null, blank: true, printed: '', end: text.length };
    return null;
  }
  const printed = `${m[1]}${m[2]!.replace(/\s+/gu, '')}`.replace(/[.,;]+$/u, '');
  const end = Math.min(text.length, start[0].length + shift + m[0].length);
  if (m[1] === '') {
    return { numberSymbol: null, symbol: printed ? symbolOf(printed) : null, blank: true, printed, end };
  }
  const parsed = parseNumberSymbol(printed);
  return { numberSymbol: parsed ? printed : null, symbol: parsed?.symbol ?? null, blank: false, printed, end };
}
