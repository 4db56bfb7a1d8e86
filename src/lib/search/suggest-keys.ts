import { foldText } from './normalize.ts';

/**
 * The suggestion catalogue's format and keys, shared by the build (suggest-catalogue.ts) and the
 * script of every page's search box (suggest.ts, src/scripts/search-suggest.ts): kept apart so
 * that the box's script carries no province or document-type tables.
 */

/** "08" → "8": numbers are printed with and without leading zeros (as number-keys.ts `bareNumber`). */
export function bareNumber(number: string): string {
  return number.replace(/^0+(?=\d)/, '');
}

/** One document in the catalogue, as an array to keep the files small. */
export type CatalogueEntry = [
  /** Archive id ("2019/kien-giang-68-ubnd-vhxh"); the page is /van-ban/ID/. */
  id: string,
  /** Type name ("Công văn"). */
  type: string,
  /** Number-symbol as printed, or '' when the document has none. */
  number: string,
  /** Year of issue; null when unknown (filed under chua-ro-nam/). */
  year: number | null,
  /** Province name, or '' for a central document. */
  province: string,
  /** Title (other names after " | "). */
  title: string,
  /** 1: the archive holds its full text; 0: known only from citations. */
  fullText: 0 | 1,
  /** Date of issue as YYYYMMDD (00 for an unknown part), for ordering. */
  date: number,
];

export interface CatalogueShard {
  /** False when entries were left out (more than shardCap documents share the key; the most cited are kept). */
  complete: boolean;
  entries: CatalogueEntry[];
}

/** Entries per shard at most: ≈150 bytes each, ≈20 KB uncompressed, ≈5 KB with brotli. */
export const shardCap = 120;

/** Letters and digits of a text, folded, split into tokens: "56/2012/NĐ-CP" → ["56", "2012", "nd", "cp"]. */
export function tokens(text: string): string[] {
  return foldText(text.normalize('NFC')).split(/[^a-z0-9]+/).filter(Boolean);
}

/**
 * The shard key of a token (folded, as `tokens` gives): a word ("binh" → "wbin", "ke" → "wke") or a
 * number. A number of one or two digits has a shard of its own ("5" → "n5", "056" → "n56": exactly
 * 56); a longer one shares its first three digits' ("215" and "2150" → "n215"). So "21" is not
 * filed with 210–219, 2100–2199…: at 10,000 documents that shard held hundreds and, capped, left
 * out Chỉ thị 21-CT/TW itself.
 */
export function keyOf(token: string): string {
  return /^\d/.test(token) ? `n${bareNumber(token.match(/^\d+/)![0]).slice(0, 3)}` : `w${token.slice(0, 3)}`;
}

/**
 * The sub-shard of a number shard for a symbol's first letters ("n5" + "kh" → "n5kh"): a number
 * so common that its shard is full (more than `shardCap` documents numbered 5) is also filed by
 * the first two letters of its symbol, so "5/kh" still finds every Kế hoạch numbered 5. Null for a
 * symbol of one letter (too little to choose).
 */
export function subKeyOf(numberKey: string, symbolToken: string): string | null {
  return symbolToken.length >= 2 && /^[a-z]/.test(symbolToken) ? `${numberKey}${symbolToken.slice(0, 2)}` : null;
}

