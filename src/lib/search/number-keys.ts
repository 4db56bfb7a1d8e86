import { typeWords as citationTypeWords } from '../citations/type-words.ts';
import type { DocumentTypeSlug } from '../identity/document-types.ts';
import { parseNumberSymbol } from '../identity/number-symbol.ts';
import { compactFolded, foldText } from './normalize.ts';

/**
 * Search keys for document numbers. Each document page carries, in a searchable meta field, a few
 * made-up words that no text contains: "zsh" + the compact folded number-symbol ("zsh96khubnd",
 * "zsh562012ndcp", also "zsh56ndcp" without the year) and "zts" + the folded type + number
 * ("ztsnghidinh56"). The search page turns a number typed in any form ("56/2012/ND-CP",
 * "96 kh ubnd", "nghị định 56") into the same key, searches for it alone, and puts the documents
 * whose key matches exactly first. Vietnamese words never start with z, so the keys match nothing else.
 */

export const numberKeyPrefix = 'zsh';
export const typeNumberKeyPrefix = 'zts';

/** "08" → "8": numbers are printed with and without leading zeros. */
export function bareNumber(number: string): string {
  return number.replace(/^0+(?=\d)/, '');
}

/** Folded type slug without hyphens: "nghi-dinh" → "nghidinh". */
export function typeKeyPart(typeSlug: string): string {
  return typeSlug.replace(/-/g, '');
}

/** The key of a number-symbol's parts: number, year written in it (or null), symbol letters. */
export function numberKey(number: string, year: number | null, symbol: string): string {
  return `${numberKeyPrefix}${bareNumber(number)}${year ?? ''}${compactFolded(symbol)}`;
}

export function typeNumberKey(typeSlug: string, number: string): string {
  return `${typeNumberKeyPrefix}${typeKeyPart(typeSlug)}${bareNumber(number)}`;
}

/** Every key of a document: its number-symbol (with and without the year) and its type + number. */
export function documentNumberKeys(numberSymbol: string | null, typeSlug: string): string[] {
  if (!numberSymbol) return [];
  const parsed = parseNumberSymbol(numberSymbol);
  if (!parsed) {
    const compact = compactFolded(numberSymbol);
    return compact ? [`${numberKeyPrefix}${compact}`] : [];
  }
  const keys = [numberKey(parsed.number, parsed.yearInNumber, parsed.symbol), typeNumberKey(typeSlug, parsed.number)];
  if (parsed.yearInNumber !== null) keys.push(numberKey(parsed.number, null, parsed.symbol));
  return [...new Set(keys)];
}

// Type and issuer codes, folded: what may follow a number in a loosely typed number-symbol.
const typeCodes = [
  'nq', 'qd', 'ct', 'qc', 'qyd', 'qdi', 'tc', 'tb', 'hd', 'ctr', 'kh', 'pa', 'da', 'bc', 'bb', 'ttr', 'cd', 'bgn', 'btt', 'guq',
  'gm', 'ggt', 'gnp', 'pg', 'pc', 'pb', 'nd', 'tt', 'ttlt', 'pl', 'kl', 'cv',
];
const issuerCodes = [
  'cp', 'ttg', 'tw', 'tu', 'hu', 'du', 'duk', 'ubnd', 'hdnd', 'bnv', 'btc', 'ldtbxh', 'bldtbxh', 'ubqg', 'bvstbcpn', 'vpcp', 'ubtvqh',
  'bca', 'bct', 'bgddt', 'byt', 'btp', 'bqp', 'bng', 'bxd', 'bnnptnt', 'btnmt', 'btttt', 'bvhttdl', 'bkhdt', 'bkhcn', 'nhnn',
  'ubmttq', 'tldld', 'bcs', 'vp', 'vpub', 'vpubnd', 'snv', 'sldtbxh', 'ctn',
  // Drafting units that follow the issuer in công văn numbers.
  'vhxh', 'vx', 'kgvx', 'th', 'nc', 'kt', 'tc', 'xd', 'bvcste', 'bdg', 'vstbpn', 'vstbcpn',
];
const knownCodes = new Set([...typeCodes, ...issuerCodes]);
const isCode = (token: string) => knownCodes.has(token) || /^qh\d{0,2}$/.test(token);

/** A number-symbol found in a query. */
export interface QueryNumber {
  /** The span of the query it was read from, as typed. */
  text: string;
  start: number;
  end: number;
  /** What Pagefind indexes for it, folded: "96khubnd", "562012ndcp". */
  compact: string;
  /** The search key ("zsh96khubnd"). */
  key: string;
}

/** "Nghị định 56", "chỉ thị số 21": a type word and a bare number. */
export interface QueryTypeNumber {
  text: string;
  start: number;
  end: number;
  typeSlug: string;
  number: string;
  key: string;
}

// The citation engine's folded type words (longest first), less "văn bản", which names no type.
const typeWords = citationTypeWords.filter((entry): entry is readonly [string, DocumentTypeSlug] => entry[1] !== null);

/**
 * The query folded character by character, so that positions in the folded text are positions in
 * the query (every Vietnamese letter folds to one letter).
 */
function foldAligned(query: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  let index = 0;
  for (const char of query) {
    const f = foldText(char);
    const one = f.length === 1 ? f : f.length === 0 ? ' ' : f[0]!;
    folded += one;
    offsets.push(index);
    index += char.length;
  }
  offsets.push(index);
  return { folded, offsets };
}

/**
 * Number-symbols in a query, typed as printed or loosely: "56/2012/NĐ-CP", "56/2012/nd-cp",
 * "96/KH-UBND", "96 kh ubnd", "21-CT/TW", "21 ct tw". After the number (and a year), the words that
 * follow are taken as codes while they are known codes, or are joined to what precedes them with
 * "-" or "/" and look like codes ("2458/bvstbcpn-vx"), so "96 kh ubnd lạng sơn" stops before "lạng".
 */
export function findQueryNumbers(query: string): QueryNumber[] {
  const nfc = query.normalize('NFC');
  const { folded, offsets } = foldAligned(nfc);
  const found: QueryNumber[] = [];
  const sep = /^(\s*[/.-]\s*|\s+)/;
  let i = 0;
  while (i < folded.length) {
    const m = /(?<![a-z0-9])\d{1,5}(?![0-9])/g;
    m.lastIndex = i;
    const hit = m.exec(folded);
    if (!hit) break;
    const start = hit.index;
    const number = hit[0];
    let pos = start + number.length;
    i = pos;
    let year: string | null = null;
    const afterNumber = sep.exec(folded.slice(pos));
    if (!afterNumber) continue;
    let cursor = pos + afterNumber[0].length;
    let joined = afterNumber[0].trim() !== '' && afterNumber[0].trim() !== '.';
    const yearMatch = /^(\d{4})(?![0-9])/.exec(folded.slice(cursor));
    if (yearMatch) {
      const afterYear = sep.exec(folded.slice(cursor + 4));
      if (!afterYear) continue;
      year = yearMatch[1]!;
      joined = afterYear[0].trim() !== '';
      cursor += 4 + afterYear[0].length;
    }
    const codes: string[] = [];
    let end = -1;
    for (;;) {
      const token = /^[a-z][a-z0-9&]*/.exec(folded.slice(cursor));
      if (!token) break;
      const code = token[0];
      const ok = isCode(code) || (joined && (codes.length > 0 || looksLikeCode(code)));
      if (!ok) break;
      codes.push(code);
      end = cursor + code.length;
      const next = sep.exec(folded.slice(end));
      if (!next) break;
      joined = /[/-]/.test(next[0]);
      cursor = end + next[0].length;
    }
    if (codes.length === 0) continue;
    const text = nfc.slice(offsets[start], offsets[end]);
    found.push({
      text,
      start: offsets[start]!,
      end: offsets[end]!,
      compact: compactFolded(text),
      key: numberKey(number, year ? Number(year) : null, codes.join('')),
    });
    i = end;
  }
  return found;
}

// A code joined to a number with "/" or "-" but missing from the tables ("2458/bvstbcpn"): codes are
// runs of consonants with at most one vowel, unlike most Vietnamese words.
function looksLikeCode(token: string): boolean {
  return (token.match(/[aeiouy]/g) ?? []).length <= 1;
}

const typeWordPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${typeWords.map(([w]) => w.replace(/ /g, String.raw`\s+`)).join('|')})\s+(?:so\s+)?(\d{1,5})(?![\p{L}\p{N}]|\s*[/-]\s*[\p{L}\p{N}])`,
  'gu',
);

/** Type word + number in a query: "nghị định 56", "Chỉ thị số 21", "ke hoach 96". */
export function findQueryTypeNumbers(query: string): QueryTypeNumber[] {
  const nfc = query.normalize('NFC');
  const { folded, offsets } = foldAligned(nfc);
  const found: QueryTypeNumber[] = [];
  for (const m of folded.matchAll(typeWordPattern)) {
    const [, word, number] = m as unknown as [string, string, string];
    const typeSlug = typeWords.find(([w]) => w === word.replace(/\s+/g, ' '))![1];
    const start = m.index!;
    const end = start + m[0].length;
    found.push({ text: nfc.slice(offsets[start], offsets[end]), start: offsets[start]!, end: offsets[end]!, typeSlug, number: bareNumber(number), key: typeNumberKey(typeSlug, number) });
  }
  return found;
}
