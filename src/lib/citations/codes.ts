import { documentTypes, type DocumentTypeSlug } from '../identity/document-types.ts';
import { foldDiacritics } from '../text/vietnamese.ts';

/**
 * The codes written inside a number-symbol (vietnamese-documents.md §2): type abbreviations
 * ("KH", "NĐ", "CTr") and issuer codes ("CP", "TTg", "TW", "UBND", "BNV"). Running text spells them
 * loosely ("ND" for "NĐ", "TTG" for "TTg"); these tables give the canonical spelling and say which
 * issuers are central (numbers unique nationally) and which are Party bodies.
 */

const typeCodeList = [
  'NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'QĐi', 'TC', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'TTr', 'HĐ', 'CĐ',
  'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB', 'NĐ', 'TT', 'TTLT', 'PL', 'KL', 'CV',
];

/** Issuers whose numbers are unique nationally: the Government, the Prime Minister, the Party centre, ministries. */
const centralIssuers = [
  'CP', 'TTg', 'TW', 'CTN', 'UBTVQH', 'VPCP', 'VPTW', 'UBQG', 'UBDT', 'NHNN', 'TANDTC', 'VKSNDTC', 'KTNN',
  'BCA', 'BCT', 'BGDĐT', 'BGTVT', 'BKHCN', 'BKHĐT', 'BLĐTBXH', 'BNG', 'BNN', 'BNNPTNT', 'BNV', 'BQP', 'BTC', 'BTNMT',
  'BTP', 'BTTTT', 'BVHTTDL', 'BXD', 'BYT', 'BTGTW', 'BTCTW', 'BDVTW', 'UBKTTW', 'QUTW', 'ĐUQSTW', 'ĐUCA', 'TLĐ',
];

/** Party committees: a symbol "NUMBER/TYPE-X" with one of these is a Party number misspelt, "21/CT-TW" for "21-CT/TW". */
const partyIssuers = [
  'TW', 'TU', 'HU', 'ĐU', 'ĐUK', 'QUTW', 'ĐUQSTW', 'ĐUCA', 'BCS', 'BCSĐ', 'BTGTW', 'BTCTW', 'BDVTW', 'UBKTTW', 'VPTW',
  'BTGTU', 'BTCTU', 'BDVTU', 'UBKTTU', 'VPTU', 'BTGHU', 'BTCHU', 'UBKTHU',
];

/** Local issuers, with the level their code implies (null: any local level, e.g. every Ủy ban nhân dân). */
const localIssuers: ReadonlyArray<readonly [string, 'tinh' | 'huyen' | null]> = [
  ['UBND', null], ['HĐND', null], ['ĐU', null], ['ĐUK', null], ['BCS', null], ['BCSĐ', null],
  ['TU', 'tinh'], ['BTGTU', 'tinh'], ['BTCTU', 'tinh'], ['BDVTU', 'tinh'], ['UBKTTU', 'tinh'], ['VPTU', 'tinh'],
  ['HU', 'huyen'], ['BTGHU', 'huyen'], ['BTCHU', 'huyen'], ['UBKTHU', 'huyen'],
];

const key = (code: string) => foldDiacritics(code).toUpperCase();

function canonicalMap(codes: readonly string[]): Map<string, string> {
  const byKey = new Map<string, string[]>();
  for (const code of codes) byKey.set(key(code), [...(byKey.get(key(code)) ?? []), code]);
  // A folded spelling is read back only when it names a single code: "QD" is QĐ, but "HD" stays HD
  // (hướng dẫn) rather than guessing HĐ (hợp đồng).
  return new Map([...byKey].filter(([, list]) => list.length === 1).map(([k, list]) => [k, list[0]!]));
}

const typeCodes = new Set(typeCodeList);
const typeByKey = canonicalMap(typeCodeList);
const issuerCodes = [...new Set([...centralIssuers, ...partyIssuers, ...localIssuers.map(([c]) => c), 'LĐTBXH'])];
const issuerByKey = canonicalMap(issuerCodes);
const central = new Set(centralIssuers);
const party = new Set(partyIssuers);
const local = new Map(localIssuers);

/** Canonical type code ("ND" → "NĐ", "CTR" → "CTr"), or null when the segment is no type code. */
export function canonicalTypeCode(segment: string): string | null {
  if (typeCodes.has(segment)) return segment;
  return typeByKey.get(key(segment)) ?? null;
}

/** Canonical issuer code ("TTG" → "TTg", "TƯ" → "TW"); an unknown code is returned as written. */
export function canonicalIssuerCode(segment: string): string {
  if (segment === 'TƯ') return 'TW';
  if (/^QH\d*$/i.test(segment)) return segment.toUpperCase();
  if (issuerCodes.includes(segment)) return segment;
  return issuerByKey.get(key(segment)) ?? segment;
}

/** True for central issuers (and every Quốc hội code: QH, QH11…). */
export function isCentralIssuer(code: string): boolean {
  return central.has(code) || /^QH\d*$/.test(code);
}

export function isPartyIssuer(code: string): boolean {
  return party.has(code);
}

/** For a known local issuer code, the level it implies (null: any); undefined when the code is not a known local one. */
export function localIssuerLevel(code: string): 'tinh' | 'huyen' | null | undefined {
  return local.has(code) ? local.get(code)! : undefined;
}

/** True when the code is in one of the tables (so an unknown one may be an OCR error). */
export function isKnownIssuer(code: string): boolean {
  return issuerCodes.includes(code) || /^QH\d*$/.test(code);
}

const typeCodeSlugs = new Map<string, DocumentTypeSlug>(
  documentTypes.flatMap((t) => t.codes.map((c) => [c, t.slug] as [string, DocumentTypeSlug])),
);

/**
 * The archive type a type code stands for. TT is a Thông tư in a normative number but a Thông tri in
 * a Party number; CV exists only in Party numbers (công văn of a Party committee).
 */
export function typeOfCode(code: string, shape: 'normative' | 'party' | 'administrative'): DocumentTypeSlug | null {
  if (code === 'TT') return shape === 'party' ? 'thong-tri' : 'thong-tu';
  if (code === 'QĐi') return 'quy-dinh';
  if (code === 'CV') return 'cong-van';
  return typeCodeSlugs.get(code) ?? null;
}
