import type { Normalized } from './normalize.ts';

/**
 * "No sentence or clause boundary between two positions", asked once per (reference, alias) pair.
 * Scanning the text between them each time made alias binding cubic on a long list of references
 * separated by commas (a 240 KB run took 42 s): here the boundaries are found once per text and
 * each question is a binary search.
 *
 * A boundary is a ";", two line breaks with only white space between them, or a ".", "!" or "?"
 * followed by white space and a capital. Each is kept as the span [start, end) it needs (up to and
 * including the capital), so "is there a boundary inside [from, to)" has exactly the answer a
 * regular expression over text.slice(from, to) gives.
 */
export interface SentenceBounds {
  /** True when no boundary lies wholly inside [from, to). */
  sameSentence(from: number, to: number): boolean;
}

const memo = new WeakMap<Normalized, SentenceBounds>();

export function sentenceBounds(n: Normalized): SentenceBounds {
  let bounds = memo.get(n);
  if (!bounds) {
    bounds = indexBounds(n.text);
    memo.set(n, bounds);
  }
  return bounds;
}

function indexBounds(text: string): SentenceBounds {
  const spans: Array<[number, number]> = [];
  // Consecutive line breaks with only white space between: any "\n\s*\n" contains such a pair.
  for (const m of text.matchAll(/\n(?=[^\S\n]*\n)/gu)) spans.push([m.index, text.indexOf('\n', m.index + 1) + 1]);
  for (const m of text.matchAll(/;|[.!?](?=(\s+\p{Lu}))/gu)) {
    spans.push([m.index, m.index + 1 + (m[1]?.length ?? 0)]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const starts = spans.map(([s]) => s);
  // Smallest end among the spans from index i on.
  const minEndFrom = new Array<number>(spans.length + 1).fill(Number.POSITIVE_INFINITY);
  for (let i = spans.length - 1; i >= 0; i--) minEndFrom[i] = Math.min(spans[i]![1], minEndFrom[i + 1]!);
  return {
    sameSentence(from, to) {
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid]! < from) lo = mid + 1;
        else hi = mid;
      }
      return minEndFrom[lo]! > to;
    },
  };
}
