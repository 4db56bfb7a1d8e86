import type { NumberSymbolShape } from '../identity/number-symbol.ts';
import { canonicalIssuerCode, canonicalTypeCode, isPartyIssuer } from './codes.ts';
import type { SymbolPart } from './types.ts';

/**
 * Reads the symbol parts written after a number, tolerantly ("21- CT/TW", "21/CT-TW", "56/2012/ND-CP",
 * "56/2012/NĐCP", "498/QĐ-TTG"), and gives the canonical form the strict parser of
 * src/lib/identity/number-symbol.ts reads. `used` says how many parts belong to the reference: parts
 * after the required ones are taken only when written tight ("KH-UBND-VX", not "KH-UBND - VX").
 */
export interface ReadSymbol {
  shape: NumberSymbolShape;
  used: number;
  yearInNumber: number | null;
  /** Type code, canonical ("NĐ", "CTr"), or null for a công văn. */
  typeCode: string | null;
  /** Issuer code, canonical ("CP", "TTg", "TW", "UBND"). */
  issuerCode: string;
  /** Symbol after the number (and year), canonical: "NĐ-CP", "CT/TW", "UBND-VHXH", "QH11". */
  symbol: string;
  notes: string[];
}

// Normative type codes that running text glues to the issuer: "NĐCP", "QĐTTg".
const gluable = ['TTLT', 'NĐ', 'QĐ', 'NQ', 'TT', 'CT', 'PL'];

function splitGlued(segment: string): [string, string] | null {
  for (const code of gluable) {
    const length = code.length;
    const head = segment.slice(0, length);
    if (canonicalTypeCode(head) === code && segment.length > length + 1) return [code, segment.slice(length)];
  }
  return null;
}

function tightUnits(parts: SymbolPart[], from: number): string[] {
  const units: string[] = [];
  for (let k = from; k < parts.length; k++) {
    const part = parts[k]!;
    if (part.separator !== '-' || part.spaced || /^\d/.test(part.text)) break;
    units.push(part.text);
  }
  return units;
}

export function readSymbol(parts: SymbolPart[]): ReadSymbol | null {
  const [p0, p1, p2] = parts;
  if (!p0 || !p1) return null;
  const notes: string[] = [];
  const respelled = (written: string, canonical: string) => {
    if (written !== canonical) notes.push(`"${written}" read as "${canonical}"`);
    return canonical;
  };

  // NUMBER/YEAR/TYPE-ISSUER, or a law: NUMBER/YEAR/QH11.
  if (p0.separator === '/' && /^\d{4}$/.test(p0.text)) {
    if (p1.separator !== '/' || /^\d/.test(p1.text)) return null;
    const year = Number(p0.text);
    if (/^QH\d+$/i.test(p1.text)) {
      const code = respelled(p1.text, p1.text.toUpperCase());
      return { shape: 'normative', used: 2, yearInNumber: year, typeCode: 'QH', issuerCode: code, symbol: code, notes };
    }
    let typeWritten = p1.text;
    let issuers: string[];
    let used: number;
    if (p2 && p2.separator === '-' && !/^\d/.test(p2.text)) {
      issuers = [p2.text, ...tightUnits(parts, 3)];
      used = 2 + issuers.length;
    } else {
      const glued = splitGlued(p1.text);
      if (!glued) return null;
      notes.push(`"${p1.text}" read as "${glued[0]}-${canonicalIssuerCode(glued[1])}"`);
      typeWritten = glued[0];
      issuers = [glued[1]];
      used = 2;
    }
    const typeCode = canonicalTypeCode(typeWritten) ?? typeWritten;
    if (typeCode !== typeWritten) respelled(typeWritten, typeCode);
    const issuerCodes = issuers.map((i) => respelled(i, canonicalIssuerCode(i)));
    return { shape: 'normative', used, yearInNumber: year, typeCode, issuerCode: issuerCodes[0]!, symbol: [typeCode, ...issuerCodes].join('-'), notes };
  }
  if (/^\d/.test(p0.text) || /^\d/.test(p1.text)) return null;

  // Party: NUMBER-TYPE/ISSUER.
  if (p0.separator === '-' && p1.separator === '/') {
    const typeCode = respelled(p0.text, canonicalTypeCode(p0.text) ?? p0.text);
    const issuerCode = respelled(p1.text, canonicalIssuerCode(p1.text));
    return { shape: 'party', used: 2, yearInNumber: null, typeCode, issuerCode, symbol: `${typeCode}/${issuerCode}`, notes };
  }
  if (p0.separator !== '/' || p1.separator !== '-') return null;

  const typeCode = canonicalTypeCode(p0.text);
  const units = tightUnits(parts, 2);
  // "21/CT-TW": a Party number written with the slash of an administrative one.
  if (typeCode && units.length === 0 && isPartyIssuer(canonicalIssuerCode(p1.text))) {
    const issuerCode = canonicalIssuerCode(p1.text);
    notes.push(`"/${p0.text}-${p1.text}" read as the Party symbol "-${typeCode}/${issuerCode}"`);
    return { shape: 'party', used: 2, yearInNumber: null, typeCode, issuerCode, symbol: `${typeCode}/${issuerCode}`, notes };
  }
  if (typeCode) {
    respelled(p0.text, typeCode);
    const issuerCode = respelled(p1.text, canonicalIssuerCode(p1.text));
    return { shape: 'administrative', used: 2 + units.length, yearInNumber: null, typeCode, issuerCode, symbol: [typeCode, issuerCode, ...units].join('-'), notes };
  }
  // Công văn: NUMBER/ISSUER-UNIT; the first segment is not a type, so it is the issuer.
  const issuerCode = respelled(p0.text, canonicalIssuerCode(p0.text));
  return { shape: 'cong-van', used: 2 + units.length, yearInNumber: null, typeCode: null, issuerCode, symbol: [issuerCode, p1.text, ...units].join('-'), notes };
}

/** The canonical number-symbol: "56/2012/NĐ-CP", "21-CT/TW", "96/KH-UBND". */
export function formatNumberSymbol(number: string, read: ReadSymbol): string {
  if (read.shape === 'normative') return `${number}/${read.yearInNumber}/${read.symbol}`;
  if (read.shape === 'party') return `${number}-${read.symbol}`;
  return `${number}/${read.symbol}`;
}
