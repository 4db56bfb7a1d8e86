import { foldText, hasNoDiacritics, normalizeTonePlacement, words } from './normalize.ts';
import { findQueryNumbers, findQueryTypeNumbers, type QueryNumber, type QueryTypeNumber } from './number-keys.ts';

/**
 * A reader's query, taken apart for the search page: the words, the number-symbols typed in any
 * form, "type + number" short forms, and a phrase in double quotes.
 */
export interface QueryTerm {
  /** The word as the search sends it: NFC, lower case, one tone placement ("hòa"). */
  text: string;
  /** Without diacritics, đ→d ("hoa"). */
  folded: string;
}

export interface ParsedQuery {
  /** The query as typed, trimmed. */
  raw: string;
  /** NFC, lower case, one tone placement, single spaces. */
  normalized: string;
  /** The words of a part in double quotes, or null when the query has no phrase. */
  phrase: QueryTerm[] | null;
  /** Words outside the phrase and outside number-symbols. */
  terms: QueryTerm[];
  /** The same words in the order typed, repeats kept (proximity ranking compares their order). */
  sequence: QueryTerm[];
  numbers: QueryNumber[];
  typeNumbers: QueryTypeNumber[];
}

const quote = /["“”„«»]/g;
const maxLength = 200;

const term = (text: string): QueryTerm => ({ text, folded: foldText(text) });

export function parseQuery(input: string): ParsedQuery {
  const raw = input.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, maxLength);
  // Same length as `normalized`, case kept: number-symbols are shown as typed ("96/KH-UBND").
  const display = normalizeTonePlacement(raw.replace(quote, '"'));
  const normalized = display.toLowerCase();
  // A phrase: the first pair of quotes; a lone quote is ignored.
  let phrase: QueryTerm[] | null = null;
  let rest = display;
  const quoted = /"([^"]*)"/.exec(display);
  if (quoted) {
    const phraseWords = words(quoted[1]!.toLowerCase());
    if (phraseWords.length > 0) phrase = phraseWords.map(term);
    rest = `${display.slice(0, quoted.index)} ${display.slice(quoted.index + quoted[0].length)}`;
  }
  rest = rest.replace(/"/g, ' ');
  const numbers = findQueryNumbers(rest);
  const typeNumbers = findQueryTypeNumbers(rest);
  let outside = rest;
  for (const n of [...numbers].sort((a, b) => b.start - a.start)) outside = `${outside.slice(0, n.start)} ${outside.slice(n.end)}`;
  outside = outside.toLowerCase();
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  const sequence: QueryTerm[] = [];
  for (const w of words(outside)) {
    sequence.push(term(w));
    if (seen.has(w)) continue;
    seen.add(w);
    terms.push(term(w));
  }
  return { raw, normalized, phrase, terms, sequence, numbers, typeNumbers };
}

/** True when there is nothing to search for. */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return !query.phrase && query.terms.length === 0 && query.numbers.length === 0;
}

/**
 * The query Pagefind runs for the main, ranked search: the words, and every number-symbol in the
 * compact folded form the index holds for it ("96khubnd"). Words not found anywhere are left out
 * (the page says so). A phrase is searched separately (phraseQueries).
 */
export function mainQueryText(query: ParsedQuery, leaveOut: ReadonlySet<string> = new Set()): string {
  return [...query.terms.filter((t) => !leaveOut.has(t.text)).map((t) => t.text), ...query.numbers.map((n) => n.compact)].join(' ');
}

/**
 * Pagefind exact-phrase queries for a phrase. Pagefind folds every diacritic except đ, so a phrase
 * typed without diacritics ("binh dang gioi") is also tried with đ for each d of each word typed
 * without diacritics ("binh đang gioi"); the results are merged. At most 16 variants.
 *
 * `spellings` (from `dSpellingsIn`), when it has a word, replaces the guesses for it by the
 * spellings the texts already loaded use: "duy" seen only as "duy" is not also tried as "đuy",
 * which would fetch an index chunk for a word the archive may not have.
 */
export function phraseQueries(phrase: QueryTerm[], spellings: ReadonlyMap<string, readonly string[]> = new Map()): string[] {
  let variants: string[][] = [[]];
  for (const word of phrase) {
    const options = [word.text];
    const seen = spellings.get(word.text);
    if (seen?.length && hasNoDiacritics(word.text)) {
      options.splice(0, 1, ...seen);
    } else if (hasNoDiacritics(word.text) && word.text.includes('d')) {
      const positions = [...word.text].flatMap((c, i) => (c === 'd' ? [i] : []));
      for (let mask = 1; mask < 1 << positions.length; mask++) {
        const chars = [...word.text];
        positions.forEach((p, bit) => {
          if (mask & (1 << bit)) chars[p] = 'đ';
        });
        options.push(chars.join(''));
      }
    }
    variants = variants.flatMap((v) => options.map((o) => [...v, o])).slice(0, 16);
  }
  return variants.map((v) => `"${v.join(' ')}"`);
}

/**
 * For each word typed without diacritics and with a d, the forms Pagefind indexes for it (every
 * diacritic folded but đ) that the given texts use, most frequent first: "dinh" in "gia đình …
 * dinh dưỡng" → ["đinh", "dinh"]. Words the texts do not hold are left out (nothing is known).
 */
export function dSpellingsIn(texts: readonly string[], phrase: readonly QueryTerm[]): Map<string, string[]> {
  const wanted = new Set(phrase.filter((w) => w.text.includes('d') && hasNoDiacritics(w.text)).map((w) => w.text));
  const counts = new Map<string, Map<string, number>>();
  if (wanted.size === 0) return new Map();
  for (const text of texts) {
    for (const w of words(text)) {
      if (!/[dDđĐ]/.test(w)) continue;
      const key = foldText(w);
      if (!wanted.has(key)) continue;
      const form = foldText(w.replace(/[đĐ]/g, '\u0000')).replace(/\u0000/g, 'đ');
      const forms = counts.get(key) ?? new Map<string, number>();
      forms.set(form, (forms.get(form) ?? 0) + 1);
      counts.set(key, forms);
    }
  }
  return new Map([...counts].map(([key, forms]) => [key, [...forms].sort((a, b) => b[1] - a[1]).map(([form]) => form)]));
}

/** The query as a reader would type it again, without the given words (for "search without X"). */
export function queryWithout(query: ParsedQuery, leaveOut: ReadonlySet<string>): string {
  const parts: string[] = [];
  if (query.phrase) parts.push(`"${query.phrase.map((t) => t.text).join(' ')}"`);
  parts.push(...query.numbers.map((n) => n.text));
  parts.push(...query.terms.filter((t) => !leaveOut.has(t.text)).map((t) => t.text));
  return parts.join(' ').trim();
}

/** Every word the reader searched for, for highlighting on the document page. */
export function highlightTerms(query: ParsedQuery, leaveOut: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  if (query.phrase) out.push(query.phrase.map((t) => t.text).join(' '));
  out.push(...query.numbers.map((n) => n.text));
  out.push(...query.terms.filter((t) => !leaveOut.has(t.text)).map((t) => t.text));
  return out;
}
