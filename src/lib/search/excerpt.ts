import { compactFolded, foldText } from './normalize.ts';
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

interface Word {
  text: string;
  /** Folded letters and digits of the word, punctuation dropped at its ends. */
  core: string;
  /** Folded letters and digits only ("56/2012/NĐ-CP" → "562012ndcp"). */
  compact: string;
}

// Folding goes through a general transliteration table and costs ~10 µs a word; a 2,000-word text
// has a few hundred distinct words, and the page folds the same result texts several times (the
// missing-word check, then the excerpts). Both memos are pure and bounded.
const foldedWords = new Map<string, Omit<Word, 'text'>>();
const wordsOfText = new Map<string, Word[]>();

function foldWord(text: string): Omit<Word, 'text'> {
  let folded = foldedWords.get(text);
  if (!folded) {
    folded = { core: foldText(text).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''), compact: compactFolded(text) };
    if (foldedWords.size >= 200_000) foldedWords.clear();
    foldedWords.set(text, folded);
  }
  return folded;
}

function toWords(content: string): Word[] {
  let words = wordsOfText.get(content);
  if (!words) {
    words = content
      .split(/\s+/)
      .filter(Boolean)
      .map((text) => ({ text, ...foldWord(text) }));
    if (wordsOfText.size >= 64) wordsOfText.delete(wordsOfText.keys().next().value!);
    wordsOfText.set(content, words);
  }
  return words;
}

/** Does a word match a term? Words are split further at inner punctuation ("BĐG/VSTBPN"). */
function matches(word: Word, folded: string): boolean {
  if (!folded) return false;
  if (word.core.startsWith(folded) || word.compact.startsWith(folded)) return true;
  return word.core.split(/[^\p{L}\p{N}]+/u).some((part) => part.startsWith(folded));
}

/** True when some word of the text (or of a meta value) starts with the term, folded. */
export function textHasTerm(texts: string[], term: Pick<QueryTerm, 'folded'>): boolean {
  return texts.some((t) => toWords(t).some((w) => matches(w, term.folded)));
}

/** Positions where the phrase starts: consecutive words equal to its words (the last may be a prefix). */
export function phrasePositions(wordsOf: Word[], phrase: string[]): number[] {
  const out: number[] = [];
  if (phrase.length === 0) return out;
  for (let i = 0; i + phrase.length <= wordsOf.length; i++) {
    let ok = true;
    for (let j = 0; j < phrase.length && ok; j++) {
      const core = wordsOf[i + j]!.core;
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
  all.forEach((w, i) => {
    const k = folded.findIndex((f) => matches(w, f));
    if (k >= 0) {
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
    push(all[i]!.text, marked[i]!);
  }
  if (end < all.length) push(' …', false);
  return parts;
}
