import type { DocumentData } from '../content/document-schema.ts';
import { documentType } from '../identity/document-types.ts';
import { findProvince } from '../places/provinces.ts';
import { keyOf, shardCap, subKeyOf, tokens, type CatalogueEntry, type CatalogueShard } from './suggest-keys.ts';

export { keyOf, shardCap, subKeyOf, tokens, type CatalogueEntry, type CatalogueShard };

/**
 * The catalogue behind the suggestions shown while typing (src/scripts/search-suggest.ts), built
 * at build time into small JSON files under /goi-y/ (src/pages/goi-y/[key].json.ts).
 *
 * Sharded by what a reader types first, so that a suggestion fetches one to three small files
 * whatever the archive's size: "n56" holds the documents numbered 56, "n215" those whose number
 * starts with 215 (three digits or more), "n5kh" those numbered 5 with a symbol starting "KH" (only
 * for a number whose own shard is full), "wbin" those with a word of their title (or other name) starting with
 * "bin", folded ("bình"), "wke" those with the two-letter word "kế". A shard keeps at most
 * `shardCap` entries, best first (the documents most cited by others, then full texts, then newest)
 * and says whether it is complete: a query with a rarer word or a number is answered exactly from
 * that word's complete shard; a query of common words only gets the best of each, and the best are
 * the laws, decrees and directives the archive's documents implement, which readers look up most.
 * Chosen over a Pagefind metadata index by measurement
 * (docs/search-ranking-and-suggestions.md): Pagefind's script and WebAssembly alone exceed the
 * 60 KB a cold suggestion may transfer.
 */

function dateNumber(issued: string | null, year: number | null): number {
  // An unknown year sorts as the oldest.
  const [y, m, d] = (issued ?? String(year ?? 0)).split('-');
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

// The build asks twice (the shards, their key list) for the same documents.
const built = new WeakMap<object, Map<string, CatalogueShard>>();

/**
 * The catalogue's shards by key. `citedBy` gives how many documents of the archive cite a document
 * (the citation graph's incoming documents): which entries a full shard keeps first.
 */
export function buildCatalogue(documents: ReadonlyArray<{ id: string; data: DocumentData }>, citedBy: (id: string) => number = () => 0): Map<string, CatalogueShard> {
  const done = built.get(documents);
  if (done) return done;
  const cited = new Map(documents.map((d) => [d.id, citedBy(d.id)]));
  // Most cited, then full texts, then newest.
  const priority = (a: CatalogueEntry, b: CatalogueEntry) => cited.get(b[0])! - cited.get(a[0])! || b[6] - a[6] || b[7] - a[7] || (a[0] < b[0] ? -1 : 1);
  const byKey = new Map<string, CatalogueEntry[]>();
  for (const { id, data } of documents) {
    const entry = catalogueEntry(id, data);
    for (const key of entryKeys(entry)) {
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push(entry);
    }
  }
  // A full number shard is also filed by the symbol's first letters ("n5kh", "n5ub").
  for (const [key, list] of [...byKey]) {
    if (!key.startsWith('n') || list.length <= shardCap) continue;
    for (const entry of list) {
      const symbol = tokens(entry[2]).find((t) => /^[a-z]/.test(t));
      const sub = symbol ? subKeyOf(key, symbol) : null;
      if (!sub) continue;
      let subList = byKey.get(sub);
      if (!subList) byKey.set(sub, (subList = []));
      subList.push(entry);
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
