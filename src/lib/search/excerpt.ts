import { foldText } from './normalize.ts';
import type { QueryTerm } from './query.ts';

/**
 * Excerpts and term checks on a result's text. Pagefind's own excerpt marks only the words it
 * matched in the body, so a word typed without đ ("dang") that matched through the folded copies
 * would not be marked; this builds the excerpt from the page text instead, marking every word
 * whose folded form starts with a folded query term, the way Pagefind matches (prefixes).
 */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * The words of one text, split at whitespace, with their folded forms. The whole text is folded in
 * one call (a native normalize, where folding word by word cost ~5 µs a word: 50 ms for the ten
 * 2,000-word texts of a result page); the forms a match needs beyond that are computed only for
 * the words that can match.
 */
export class TextWords {
  /** The words as written. */
  readonly texts: string[];
  /** The same words folded (no diacritics, đ→d, lower case). */
  readonly folded: string[];
  private readonly cores: Array<string | undefined> = [];
  private readonly matching = new Map<string, number[]>();
  /** The folded words joined by one space, and where each word starts in it. */
  private joined: { text: string; starts: number[] } | null = null;
  /** Words with a character other than a–z and 0–9: the only ones a compact match can concern. */
  private punctuated: number[] | null = null;

  constructor(content: string) {
    this.texts = content.split(/\s+/).filter(Boolean);
    const folded = foldText(content).split(/\s+/).filter(Boolean);
    // Folding never moves whitespace, except when a word is nothing but combining marks.
    this.folded = folded.length === this.texts.length ? folded : this.texts.map((t) => foldText(t));
  }

  get length(): number {
    return this.texts.length;
  }

  /** Folded letters and digits of word i, punctuation dropped at its ends. */
  core(i: number): string {
    let core = this.cores[i];
    if (core === undefined) {
      core = this.folded[i]!.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      this.cores[i] = core;
    }
    return core;
  }

  /**
   * Does word i match a folded term? Its core starts with the term, or a part of it split at inner
   * punctuation does ("BĐG/VSTBPN"), or its letters and digits alone do ("56/2012/NĐ-CP" →
   * "562012ndcp"), the way Pagefind matches (prefixes of its compact words).
   */
  matches(i: number, term: string): boolean {
    if (!term) return false;
    const folded = this.folded[i]!;
    if (folded.includes(term)) {
      const core = this.core(i);
      if (core.startsWith(term)) return true;
      if (core.split(/[^\p{L}\p{N}]+/u).some((part) => part.startsWith(term))) return true;
    }
    // A compact match needs the term's first character and some punctuation to drop.
    if (!folded.includes(term[0]!) || !/[^a-z0-9]/.test(folded)) return false;
    return folded.replace(/[^a-z0-9]/g, '').startsWith(term);
  }

  /**
   * Indexes of the words that match a folded term, ascending. The same answer as calling
   * `matches` on every word, found faster: a word can only match when its folded form contains the
   * term (one native search through the joined text finds those) or when it has punctuation (the
   * compact match); `matches` decides for those candidates alone. Testing every word of the ten
   * 2,000-word texts of a result page for each term took ≈40 ms of CPU profile; the page-level
   * difference was within the benchmark's noise (README, Performance).
   */
  wordsMatching(term: string): number[] {
    let found = this.matching.get(term);
    if (found) return found;
    const candidates = new Set<number>();
    if (term) {
      const { text, starts } = (this.joined ??= joinWords(this.folded));
      for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) candidates.add(wordAt(starts, at));
      this.punctuated ??= this.folded.flatMap((w, i) => (/[^a-z0-9]/.test(w) ? [i] : []));
      for (const i of this.punctuated) candidates.add(i);
    }
    found = [...candidates].filter((i) => this.matches(i, term)).sort((a, b) => a - b);
    this.matching.set(term, found);
    return found;
  }
}

function joinWords(words: readonly string[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let at = 0;
  for (const w of words) {
    starts.push(at);
    at += w.length + 1;
  }
  return { text: words.join(' '), starts };
}

/** The word whose span holds character `at` of the joined text (binary search on the starts). */
function wordAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// The page folds the same result texts several times (the missing-word check, then the excerpts).
const wordsOfText = new Map<string, TextWords>();

/** The words of a text, folded once and kept for the next few calls on the same text. */
export function toWords(content: string): TextWords {
  let words = wordsOfText.get(content);
  if (!words) {
    words = new TextWords(content);
    if (wordsOfText.size >= 64) wordsOfText.delete(wordsOfText.keys().next().value!);
    wordsOfText.set(content, words);
  }
  return words;
}

/** True when some word of the text (or of a meta value) starts with the term, folded. */
export function textHasTerm(texts: string[], term: Pick<QueryTerm, 'folded'>): boolean {
  return texts.some((t) => toWords(t).wordsMatching(term.folded).length > 0);
}

/** Positions where the phrase starts: consecutive words equal to its words (the last may be a prefix). */
function phrasePositions(wordsOf: TextWords, phrase: string[]): number[] {
  const out: number[] = [];
  if (phrase.length === 0) return out;
  for (let i = 0; i + phrase.length <= wordsOf.length; i++) {
    // Cheap reject before the word's core is computed.
    if (!wordsOf.folded[i]!.includes(phrase[0]!)) continue;
    let ok = true;
    for (let j = 0; j < phrase.length && ok; j++) {
      const core = wordsOf.core(i + j);
      ok = j === phrase.length - 1 ? core.startsWith(phrase[j]!) : core === phrase[j];
    }
    if (ok) out.push(i);
  }
  return out;
}

/** How many times the phrase occurs in a text (folded comparison). */
export function countPhrase(content: string, phrase: QueryTerm[]): number {
  return phrasePositions(toWords(content), phrase.map((t) => t.folded)).length;
}

/**
 * An excerpt of about `length` words around the place where most distinct query terms (or the
 * phrase) occur, with matched words marked. Starts at the text's beginning when nothing matches.
 */
export function buildExcerpt(content: string, terms: Array<Pick<QueryTerm, 'folded'>>, phrase: QueryTerm[] | null, length = 32): ExcerptPart[] {
  const all = toWords(content);
  if (all.length === 0) return [];
  const folded = terms.map((t) => t.folded).filter(Boolean);
  const marked = new Array<boolean>(all.length).fill(false);
  const termAt = new Array<number>(all.length).fill(-1);
  // A word matching several terms counts for the first of them.
  folded.forEach((f, k) => {
    for (const i of all.wordsMatching(f)) {
      if (termAt[i] !== -1) continue;
      marked[i] = true;
      termAt[i] = k;
    }
  });
  let best = 0;
  const phraseStarts = phrase ? phrasePositions(all, phrase.map((t) => t.folded)) : [];
  for (const start of phraseStarts) for (let j = 0; j < phrase!.length; j++) marked[start + j] = true;
  if (phraseStarts.length > 0) {
    best = Math.max(0, phraseStarts[0]! - Math.floor(length / 3));
  } else if (folded.length > 0) {
    // Slide a window: most distinct terms first, then most marked words.
    let bestScore = -1;
    for (let start = 0; start < all.length; start++) {
      if (!marked[start]) continue;
      const from = Math.max(0, start - Math.floor(length / 4));
      const distinct = new Set<number>();
      let count = 0;
      for (let i = from; i < Math.min(all.length, from + length); i++) {
        if (termAt[i]! >= 0) {
          distinct.add(termAt[i]!);
          count++;
        }
      }
      const score = distinct.size * 1000 + count;
      if (score > bestScore) {
        bestScore = score;
        best = from;
      }
    }
  }
  const end = Math.min(all.length, best + length);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (best > 0) push('… ', false);
  for (let i = best; i < end; i++) {
    if (i > best) push(' ', marked[i - 1]! && marked[i]!);
    push(all.texts[i]!, marked[i]!);
  }
  if (end < all.length) push(' …', false);
  return parts;
}
