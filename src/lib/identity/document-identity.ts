import { foldDiacritics, slugify } from '../text/vietnamese.ts';
import { parseNumberSymbol } from './number-symbol.ts';

/**
 * A document's identity (vietnamese-documents.md §3): numbers restart every year for every issuing
 * body, so identity is (scope of the issuing body, year, number, symbol). The scope is "tw" for
 * central bodies (nationally unique symbols) and the province, or province/district, for local ones.
 */
export interface IdentityInput {
  numberSymbol: string | null;
  /** null when the date of issue is unknown: such a document has no identity key. */
  year: number | null;
  level: 'trung-uong' | 'tinh' | 'huyen' | 'xa';
  province: string | null;
  district: string | null;
}

/**
 * Folder (and URL segment) of the documents whose year of issue is unknown, in place of the year:
 * content/van-ban/chua-ro-nam/NAME.md is /van-ban/chua-ro-nam/NAME/, listed at /nam/chua-ro-nam/.
 */
export const unknownYearFolder = 'chua-ro-nam';

/** The scope in which an issuing body's numbers are unique: "tw", "kien-giang", "bac-giang/tan-yen". */
export function identityScope(input: Pick<IdentityInput, 'level' | 'province' | 'district'>): string | null {
  if (input.level === 'trung-uong') return 'tw';
  if (!input.province) return null;
  return input.district ? `${input.province}/${slugify(input.district)}` : input.province;
}

/**
 * The canonical key "scope|year|number|SYMBOL", e.g. "tw|2012|56|ND-CP", "kien-giang|2019|68|UBND-VHXH".
 * Number without leading zeros ("08" = "8"), symbol folded and upper-cased ("NĐ" = "ND"), because
 * citations write them both ways. Null when the document has no number or no known scope: such a
 * document can be held, but never identified from a citation.
 */
export function canonicalKey(input: IdentityInput): string | null {
  if (!input.numberSymbol || input.year === null) return null;
  const parsed = parseNumberSymbol(input.numberSymbol);
  const scope = identityScope(input);
  if (!parsed || !scope) return null;
  return keyOf(scope, input.year, parsed.number, parsed.symbol);
}

/** Builds a canonical key from its parts; shared with the citation engine so both sides agree. */
export function keyOf(scope: string, year: number, number: string, symbol: string): string {
  // A letter suffix ("217b", "123A") is part of the number; written either case, keyed in lower case.
  const n = number.replace(/^0+(?=\d)/, '').toLowerCase();
  return `${scope}|${year}|${n}|${foldDiacritics(symbol).toUpperCase()}`;
}

/**
 * The id (path under content/van-ban/, and URL under /van-ban/) a document with this identity gets
 * by convention: "2019/kien-giang-68-ubnd-vhxh", "2012/56-2012-nd-cp". Unnumbered documents need a
 * descriptive name chosen by a person, passed as `fallbackName`. A document whose year is unknown
 * goes under "chua-ro-nam/".
 */
export function conventionalId(input: IdentityInput, fallbackName?: string): string {
  const scope = identityScope(input);
  const place = scope && scope !== 'tw' ? `${scope.replace('/', '-')}-` : '';
  const name = input.numberSymbol ? slugify(input.numberSymbol) : slugify(fallbackName ?? 'khong-so');
  return `${input.year ?? unknownYearFolder}/${place}${name}`;
}
