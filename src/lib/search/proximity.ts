import { toWords, type TextWords } from './excerpt.ts';
import { words } from './normalize.ts';

/**
 * Proximity of a query's words in a result, which Pagefind does not rank (it sums BM25 per word,
 * upstream issue #11): a reader who types a sentence fragment expects the document that holds it
 * first, not one with the same words scattered. Words compare folded (no diacritics, đ→d), each a
 * prefix match as in Pagefind, so a fragment typed without diacritics, without đ or in NFD (the
 * query is NFC by then) finds the same places.
 *
 * - `adjacent` (0): the words occur one after the other in the typed order;
 * - `window` (1): all of them occur within a short span, in any order;
 * - `scattered` (2): anything else (or a one-word query: nothing to compare).
 */
export const proximityTiers = { adjacent: 0, window: 1, scattered: 2 } as const;
export type ProximityTier = (typeof proximityTiers)[keyof typeof proximityTiers];

/** Longest span, in words, that counts as "near" for a query of n words: n + max(3, n) (2 words: 5, 8 words: 16). */
export function windowSpan(n: number): number {
  return n + Math.max(3, n);
}

/**
 * Where each word of the sequence occurs: the last as a prefix (it may be unfinished), the others
 * whole, so that "do" (đỗ) is not found in "đối", "đồng", "độ" near every other word.
 */
function positionsOf(text: TextWords, sequence: readonly string[]): number[][] {
  return sequence.map((term, k) => {
    const found = text.wordsMatching(term);
    return k === sequence.length - 1 ? found : found.filter((i) => text.core(i).split(/[^\p{L}\p{N}]+/u).includes(term) || text.core(i) === term);
  });
}

function adjacentIn(text: TextWords, sequence: readonly string[]): boolean {
  const positions = positionsOf(text, sequence);
  if (positions.some((p) => p.length === 0)) return false;
  const sets = positions.map((p) => new Set(p));
  return positions[0]!.some((start) => sequence.every((_, k) => sets[k]!.has(start + k)));
}

/** Smallest span (in words) holding every distinct term of the sequence, or Infinity. */
function smallestSpan(text: TextWords, sequence: readonly string[]): number {
  const distinct = [...new Set(sequence)];
  const positions = positionsOf(text, distinct);
  const occurrences: Array<[position: number, term: number]> = [];
  for (const k of distinct.keys()) {
    const found = positions[k]!;
    if (found.length === 0) return Infinity;
    for (const p of found) occurrences.push([p, k]);
  }
  occurrences.sort((a, b) => a[0] - b[0]);
  const inWindow = new Array<number>(distinct.length).fill(0);
  let covered = 0;
  let best = Infinity;
  let left = 0;
  for (const [position, term] of occurrences) {
    if (inWindow[term]!++ === 0) covered++;
    while (covered === distinct.length) {
      const [leftPosition, leftTerm] = occurrences[left]!;
      best = Math.min(best, position - leftPosition + 1);
      if (--inWindow[leftTerm]! === 0) covered--;
      left++;
    }
  }
  return best;
}

/**
 * The proximity tier of a result whose texts (page text, title…) are given, for the query's words
 * folded and in typed order (`sequence`, repeats kept). The best tier of any text counts.
 */
export function proximityTier(texts: readonly string[], sequence: readonly string[]): ProximityTier {
  const terms = sequence.filter(Boolean);
  if (terms.length < 2) return proximityTiers.scattered;
  let best: ProximityTier = proximityTiers.scattered;
  for (const content of texts) {
    if (!content) continue;
    const text = toWords(content);
    if (adjacentIn(text, terms)) return proximityTiers.adjacent;
    if (smallestSpan(text, terms) <= windowSpan(terms.length)) best = proximityTiers.window;
  }
  return best;
}

/**
 * True when the query names the document by its title (or another name it is known by): the
 * query's words, folded, run consecutively in the title, and cover at least half of its words or
 * are four or more. "binh dang gioi" names "Luật Bình đẳng giới"; "tân yên" does not name a plan
 * whose title merely says "huyện Tân Yên" among twenty other words.
 */
export function namesTitle(titles: readonly string[], sequence: readonly string[]): boolean {
  const terms = sequence.filter(Boolean);
  if (terms.length === 0) return false;
  return titles.some((title) => {
    if (!title) return false;
    const titleWords = words(title).length;
    if (terms.length < 4 && terms.length * 2 < titleWords) return false;
    return terms.length === 1 ? toWords(title).wordsMatching(terms[0]!).length > 0 : adjacentIn(toWords(title), terms);
  });
}
