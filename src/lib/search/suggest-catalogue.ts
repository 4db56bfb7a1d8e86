import type { DocumentData } from '../content/document-schema.ts';
import { documentType } from '../identity/document-types.ts';
import { findProvince } from '../places/provinces.ts';
import { bareNumber } from './number-keys.ts';
import { foldText } from './normalize.ts';

/**
 * The catalogue behind the suggestions shown while typing (src/scripts/search-suggest.ts), built
 * at build time into small JSON files under /goi-y/ (src/pages/goi-y/[key].json.ts).
 *
 * Sharded by what a reader types first, so that a suggestion fetches one to three small files
 * whatever the archive's size: "n56" holds the documents whose number starts with 56 (one digit:
 * exactly that number), "wbin" those with a word of their title (or other name) starting with
 * "bin", folded ("bình"), "wke" those with the two-letter word "kế". A shard keeps at most
 * `shardCap` entries, best first (full texts, then newest), and says whether it is complete: a
 * query with a rarer word or a number is answered exactly from that word's complete shard; a query
 * of common words only gets the best of each. Chosen over a Pagefind metadata index by measurement
 * (docs/search-ranking-and-suggestions.md): Pagefind's script and WebAssembly alone exceed the
 * 60 KB a cold suggestion may transfer.
 */

/** One document in the catalogue, as an array to keep the files small. */
export type CatalogueEntry = [
  /** Archive id ("2019/kien-giang-68-ubnd-vhxh"); the page is /van-ban/ID/. */
  id: string,
  /** Type name ("Công văn"). */
  type: string,
  /** Number-symbol as printed, or '' when the document has none. */
  number: string,
  /** Year of issue. */
  year: number,
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
  /** False when entries were left out (more than shardCap documents share the key). */
  complete: boolean;
  entries: CatalogueEntry[];
}

/** Entries per shard at most: ≈150 bytes each, ≈20 KB uncompressed, ≈5 KB with brotli. */
export const shardCap = 120;

/** Letters and digits of a text, folded, split into tokens: "56/2012/NĐ-CP" → ["56", "2012", "nd", "cp"]. */
export function tokens(text: string): string[] {
  return foldText(text.normalize('NFC')).split(/[^a-z0-9]+/).filter(Boolean);
}

/** The shard key of a token (folded, as `tokens` gives): a word ("binh" → "wbin", "ke" → "wke") or a number ("56" → "n56", "5" → "n5"). */
export function keyOf(token: string): string {
  return /^\d/.test(token) ? `n${bareNumber(token.match(/^\d+/)![0]).slice(0, 2)}` : `w${token.slice(0, 3)}`;
}

function dateNumber(issued: string | null, year: number): number {
  const [y, m, d] = (issued ?? String(year)).split('-');
  return Number(`${y}${m ?? '00'}${d ?? '00'}`);
}

export function catalogueEntry(id: string, data: DocumentData): CatalogueEntry {
  const province = data.province ? (findProvince(data.province)?.name ?? '') : '';
  const title = [data.title, ...data.aliases].join(' | ');
  return [id, documentType(data.type).name, data.numberSymbol ?? '', data.year, province, title, data.fullText ? 1 : 0, dateNumber(data.issued, data.year)];
}

/** Keys a document is filed under: its number's, and each word's of its title and other names. */
export function entryKeys(entry: CatalogueEntry): string[] {
  const keys = new Set<string>();
  const number = tokens(entry[2])[0];
  if (number && /^\d/.test(number)) keys.add(keyOf(number));
  for (const t of tokens(entry[5])) if (/^[a-z]/.test(t)) keys.add(keyOf(t));
  return [...keys];
}

/** Full texts first, then newest: which entries a full shard keeps. */
function priority(a: CatalogueEntry, b: CatalogueEntry): number {
  return b[6] - a[6] || b[7] - a[7] || (a[0] < b[0] ? -1 : 1);
}

// The build asks twice (the shards, their key list) for the same documents.
const built = new WeakMap<object, Map<string, CatalogueShard>>();

export function buildCatalogue(documents: ReadonlyArray<{ id: string; data: DocumentData }>): Map<string, CatalogueShard> {
  const done = built.get(documents);
  if (done) return done;
  const byKey = new Map<string, CatalogueEntry[]>();
  for (const { id, data } of documents) {
    const entry = catalogueEntry(id, data);
    for (const key of entryKeys(entry)) {
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push(entry);
    }
  }
  const shards = new Map<string, CatalogueShard>();
  for (const [key, list] of [...byKey].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    list.sort(priority);
    shards.set(key, { complete: list.length <= shardCap, entries: list.slice(0, shardCap) });
  }
  built.set(documents, shards);
  return shards;
}
