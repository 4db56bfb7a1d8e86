import { documentTypes } from './document-types.ts';

/**
 * Số, ký hiệu: the number and symbol printed on a document ("68/UBND-VHXH", "56/2012/NĐ-CP",
 * "21-CT/TW"). Parsing is strict: this reads the canonical form stored in frontmatter. The citation
 * engine has its own tolerant finder for the variants found in running text, and reduces them to
 * this form.
 */
export type NumberSymbolShape = 'normative' | 'party' | 'administrative' | 'cong-van';

export interface NumberSymbol {
  /** The whole number-symbol as stored, e.g. "96/KH-UBND". */
  text: string;
  /** The number as printed, leading zeros and a letter suffix kept: "08", "217b". */
  number: string;
  /** Year written inside the number (normative shape only), else null. */
  yearInNumber: number | null;
  /** Everything after the number (and year): "KH-UBND", "NĐ-CP", "CT/TW", "UBND-VHXH". */
  symbol: string;
  shape: NumberSymbolShape;
  /** Type abbreviation ("KH", "NĐ", "CT"), or null for a công văn, which has none. */
  typeCode: string | null;
  /** Issuer code: "UBND", "CP", "TW", "BVSTBCPN", "QH11". */
  issuerCode: string;
}

const typeCodes = new Set<string>(documentTypes.flatMap((t) => [...t.codes]).filter((c) => c !== 'CV'));
// Types that appear only in normative or administrative numbers, not listed as archive types.
for (const extra of ['QC', 'TC', 'PA', 'DA', 'BB', 'HĐ', 'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB']) {
  typeCodes.add(extra);
}

const code = String.raw`[A-Za-zĐđ][A-Za-zĐđ0-9&.]*`;
// Joint circulars name several issuers: 07/2011/TTLT-BYT-BNV.
const normative = new RegExp(String.raw`^(\d+[a-zA-Z]?)/(\d{4})/(${code})-(${code}(?:-${code})*)$`);
const law = new RegExp(String.raw`^(\d+[a-zA-Z]?)/(\d{4})/(QH\d+)$`);
const party = new RegExp(String.raw`^(\d+[a-zA-Z]?)-(${code})/(${code})$`);
const slashed = new RegExp(String.raw`^(\d+[a-zA-Z]?)/(${code})-(${code}(?:-${code})*)$`);

/** True when a symbol segment is a document-type abbreviation (so the document is not a công văn). */
export function isTypeCode(segment: string): boolean {
  return typeCodes.has(segment);
}

/** Parses a canonical number-symbol, or returns null when it has none of the known shapes. */
export function parseNumberSymbol(text: string): NumberSymbol | null {
  let m = normative.exec(text);
  if (m) {
    return { text, number: m[1]!, yearInNumber: Number(m[2]), symbol: `${m[3]}-${m[4]}`, shape: 'normative', typeCode: m[3]!, issuerCode: m[4]!.split('-')[0]! };
  }
  m = law.exec(text);
  if (m) {
    return { text, number: m[1]!, yearInNumber: Number(m[2]), symbol: m[3]!, shape: 'normative', typeCode: 'QH', issuerCode: m[3]! };
  }
  m = party.exec(text);
  if (m) {
    return { text, number: m[1]!, yearInNumber: null, symbol: `${m[2]}/${m[3]}`, shape: 'party', typeCode: m[2]!, issuerCode: m[3]! };
  }
  m = slashed.exec(text);
  if (m) {
    const [first, rest] = [m[2]!, m[3]!];
    if (isTypeCode(first)) {
      return { text, number: m[1]!, yearInNumber: null, symbol: `${first}-${rest}`, shape: 'administrative', typeCode: first, issuerCode: rest.split('-')[0]! };
    }
    return { text, number: m[1]!, yearInNumber: null, symbol: `${first}-${rest}`, shape: 'cong-van', typeCode: null, issuerCode: first };
  }
  return null;
}
