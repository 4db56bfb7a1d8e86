import type { DocumentData } from '../content/document-schema.ts';
import { canonicalKey } from '../identity/document-identity.ts';
import { foldForMatch } from '../text/vietnamese.ts';

/**
 * The documents the archive knows, indexed the ways citations reach them: by canonical key, by key
 * without the year (for undated Party and Government numbers), and by the names in `aliases`.
 * Built from the corpus; pure, so tests build it from fixtures.
 */
export interface RegistryEntry {
  id: string;
  key: string | null;
  title: string;
  type: DocumentData['type'];
  numberSymbol: string | null;
  /** null when the year of issue is unknown. */
  year: number | null;
  fullText: boolean;
  aliases: readonly string[];
}

export interface Registry {
  readonly entries: readonly RegistryEntry[];
  /** Names documents are cited by, as written in `aliases`. */
  readonly names: readonly string[];
  get(id: string): RegistryEntry | undefined;
  byKey(key: string): readonly RegistryEntry[];
  /** Documents with this scope, number and symbol in any year: "tw|11|NQ/TW". */
  byYearlessKey(yearless: string): readonly RegistryEntry[];
  byName(name: string): readonly RegistryEntry[];
}

/** "tw|2007|11|NQ/TW" → "tw|11|NQ/TW". */
export function yearlessKey(key: string): string {
  const [scope, , number, symbol] = key.split('|');
  return `${scope}|${number}|${symbol}`;
}

/** The minimum a registry needs from a corpus document. */
export interface RegistrySource {
  id: string;
  data: Pick<DocumentData, 'title' | 'type' | 'numberSymbol' | 'year' | 'fullText' | 'aliases' | 'issuer' | 'province' | 'district'>;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function createRegistry(documents: readonly RegistrySource[]): Registry {
  const entries: RegistryEntry[] = documents.map(({ id, data }) => ({
    id,
    key: canonicalKey({ numberSymbol: data.numberSymbol, year: data.year, level: data.issuer.level, province: data.province, district: data.district }),
    title: data.title,
    type: data.type,
    numberSymbol: data.numberSymbol,
    year: data.year,
    fullText: data.fullText,
    aliases: data.aliases ?? [],
  }));
  const byId = new Map(entries.map((e) => [e.id, e]));
  const keys = new Map<string, RegistryEntry[]>();
  const yearless = new Map<string, RegistryEntry[]>();
  const names = new Map<string, RegistryEntry[]>();
  for (const entry of entries) {
    if (entry.key) {
      push(keys, entry.key, entry);
      push(yearless, yearlessKey(entry.key), entry);
    }
    for (const alias of entry.aliases) push(names, foldForMatch(alias), entry);
  }
  return {
    entries,
    names: [...new Set(entries.flatMap((e) => e.aliases))],
    get: (id) => byId.get(id),
    byKey: (key) => keys.get(key) ?? [],
    byYearlessKey: (key) => yearless.get(key) ?? [],
    byName: (name) => names.get(foldForMatch(name)) ?? [],
  };
}

/** A registry with no documents: every identified reference is then "unknown". */
export const emptyRegistry: Registry = createRegistry([]);
