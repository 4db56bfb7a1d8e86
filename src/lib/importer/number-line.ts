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

const label = /^s[ốo]\s*(?::|\.)?\s*/iu;

export function readNumberLine(text: string): NumberReading | null {
  const start = label.exec(text);
  if (!start) return null;
  const rest = text.slice(start[0].length);
  // A number-symbol is digits, letters, slashes and dashes; spaces are allowed around "/" and "-"
  // ("68 /UBND-VHXH", "61- KH/TU"). The first space elsewhere ends it.
  const m = /^(\d*)\s*((?:[/-]\s*[\p{L}\d&.]+\s*?)*)/u.exec(rest);
  if (!m || (m[1] === '' && !m[2]!.startsWith('/'))) {
    // "Số:" with nothing that looks like a number: only a blank draft number is accepted.
    if (/^\s*$/u.test(rest)) return { numberSymbol: null, symbol: null, blank: true, printed: '', end: text.length };
    return null;
  }
  const printed = `${m[1]}${m[2]!.replace(/\s+/gu, '')}`.replace(/[.,;]+$/u, '');
  const end = start[0].length + m[0].length;
  if (m[1] === '') {
    return { numberSymbol: null, symbol: printed.replace(/^\//u, '') || null, blank: true, printed, end };
  }
  const parsed = parseNumberSymbol(printed);
  return { numberSymbol: parsed ? printed : null, symbol: parsed?.symbol ?? null, blank: false, printed, end };
}
