import { bareNumber, keyOf, subKeyOf, tokens, type CatalogueEntry, type CatalogueShard } from './suggest-keys.ts';

/**
 * Suggestions while typing, from the catalogue shards (suggest-catalogue.ts): which shards a query
 * needs, and the best documents in them. Any spelling the number keys accept works ("56/2012/NĐ-CP",
 * "56/2012/nd-cp", "56/20", "96 kh", "chỉ thị số 21", "nghi dinh 56"), as do title words typed with
 * or without diacritics; the last word may be unfinished.
 */
export const maxSuggestions = 8;

export interface SuggestQuery {
  /** Folded tokens, "số"/"so" before a number dropped. */
  tokens: string[];
  /** The last token is still being typed (no space after it): matched as a prefix only. */
  partialLast: boolean;
}

export function parseSuggestQuery(input: string): SuggestQuery {
  const all = tokens(input);
  const kept = all.filter((t, i) => !(t === 'so' && /^\d/.test(all[i + 1] ?? '')));
  return { tokens: kept, partialLast: !/\s$/.test(input) };
}

/**
 * The shards to fetch, most selective first, at most three: the first number's, then the words'
 * (longest first). A word of one or two letters still being typed says too little to choose one.
 * `known`, the keys the catalogue has (/goi-y/khoa.json), lets a number typed with its symbol
 * ("5/kh") use the number's sub-shard when the number's own is full.
 */
export function shardKeys(query: SuggestQuery, limit = 3, known?: ReadonlySet<string>): string[] {
  const keys: string[] = [];
  const number = query.tokens.find((t) => /^\d/.test(t));
  if (number) {
    // A number-symbol typed compact with its year ("562012ndcp"): the number is what precedes the year.
    const digits = number.match(/^\d+/)![0];
    const withYear = /^(\d+?)(19[4-9]\d|20\d\d)$/.exec(digits);
    if (withYear && digits.length >= 5) keys.push(keyOf(withYear[1]!));
    const key = keyOf(number);
    const symbol = query.tokens[query.tokens.indexOf(number) + 1];
    const sub = symbol ? subKeyOf(key, symbol) : null;
    keys.push(sub && known?.has(sub) ? sub : key);
  }
  const last = query.tokens.length - 1;
  const words = query.tokens
    .map((t, i) => ({ t, i }))
    .filter(({ t, i }) => /^[a-z]/.test(t) && (t.length >= 3 || !(query.partialLast && i === last)))
    .sort((a, b) => b.t.length - a.t.length);
  for (const { t } of words) keys.push(keyOf(t));
  return [...new Set(keys)].slice(0, limit);
}

/** A suggestion as the box shows it. */
export interface SuggestionItem {
  id: string;
  /** "Nghị định 56/2012/NĐ-CP · 2012 · Kiên Giang" (type, number, year, province). */
  line: string;
  /** Title, shortened to about 90 characters. */
  title: string;
  fullText: boolean;
}

export function shortTitle(title: string, max = 90): string {
  const first = title.split(' | ')[0]!;
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).replace(/[\s,;:.-]+$/, '')}…`;
}

function item(entry: CatalogueEntry): SuggestionItem {
  const [id, type, number, year, province, title, fullText] = entry;
  const line = [`${type}${number ? ` ${number}` : ' (không số)'}`, year === null ? 'chưa rõ năm' : String(year), province].filter(Boolean).join(' · ');
  return { id, line, title: shortTitle(title), fullText: fullText === 1 };
}

interface Scored {
  entry: CatalogueEntry;
  score: number;
}

function score(entry: CatalogueEntry, query: SuggestQuery): number | null {
  const [, type, number, , province, title] = entry;
  const numberTokens = tokens(number);
  const titleTokens = tokens(title);
  const all = [...tokens(type), ...numberTokens, numberTokens.join(''), ...titleTokens, ...tokens(province)];
  const last = query.tokens.length - 1;
  for (const [i, q] of query.tokens.entries()) {
    const prefixOk = query.partialLast && i === last;
    // A number is matched whole unless it is still being typed ("21" is not "210"), words as prefixes.
    const ok = /^\d/.test(q) && !prefixOk ? all.some((t) => t === q || bareNumber(t) === bareNumber(q) || (t.startsWith(q) && !/^\d+$/.test(q))) : all.some((t) => t.startsWith(q));
    if (!ok) return null;
  }
  let s = entry[6];
  const firstNumber = query.tokens.findIndex((t) => /^\d/.test(t));
  if (firstNumber >= 0 && numberTokens[0] && bareNumber(numberTokens[0]) === bareNumber(query.tokens[firstNumber]!.match(/^\d+/)![0])) {
    s += 8;
    // The number-symbol typed on from its number ("96 kh", "56/20"): its compact form continues it.
    const typed = query.tokens.slice(firstNumber).join('');
    if (numberTokens.join('').startsWith(typed)) s += 4;
  }
  // The type named ("nghi dinh 56", "chi thi 21", "luat binh dang"): above a document whose title
  // merely mentions one of that type.
  if (runsIn(tokens(type), query)) s += 5;
  // The words in the title, one after the other, in the typed order.
  const words = query.tokens.filter((t) => /^[a-z]/.test(t));
  if (words.length > 0 && titleTokens.some((_, k) => words.every((w, j) => (j === words.length - 1 ? titleTokens[k + j]?.startsWith(w) : titleTokens[k + j] === w)))) s += 2;
  return s;
}

/** True when the words run one after the other in the query (the last may be unfinished). */
function runsIn(words: readonly string[], query: SuggestQuery): boolean {
  const q = query.tokens;
  const last = q.length - 1;
  if (words.length === 0) return false;
  for (let k = 0; k + words.length <= q.length; k++) {
    if (words.every((w, j) => q[k + j] === w || (query.partialLast && k + j === last && w.startsWith(q[k + j]!)))) return true;
  }
  return false;
}

/** The best documents for the query in the shards fetched, at most `maxSuggestions`. */
export function suggest(query: SuggestQuery, shards: readonly CatalogueShard[]): SuggestionItem[] {
  if (query.tokens.length === 0) return [];
  const seen = new Set<string>();
  const scored: Scored[] = [];
  for (const shard of shards) {
    for (const entry of shard.entries) {
      if (seen.has(entry[0])) continue;
      seen.add(entry[0]);
      const s = score(entry, query);
      if (s !== null) scored.push({ entry, score: s });
    }
  }
  scored.sort((a, b) => b.score - a.score || b.entry[7] - a.entry[7] || (a.entry[0] < b.entry[0] ? -1 : 1));
  return scored.slice(0, maxSuggestions).map((s) => item(s.entry));
}
