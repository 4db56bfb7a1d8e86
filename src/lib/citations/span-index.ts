/** A span [start, end) of the normalized text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A fixed set of spans, sorted once, answering "which of them overlap [from, to)" by binary search.
 * The engine asks it once per reference against every other reference of the text: scanning the whole
 * list each time made long texts quadratic (a 1 MB run of references: seconds in `some(overlaps)`).
 * The spans must not change after the index is built.
 */
export interface SpanIndex {
  overlapping(from: number, to: number): Span[];
  overlaps(span: Span): boolean;
}

export function spanIndex(spans: readonly Span[]): SpanIndex {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // Largest end among the first k spans: walking back from a position, stop once none can reach `from`.
  const maxEnd: number[] = [];
  for (const s of sorted) maxEnd.push(Math.max(s.end, maxEnd[maxEnd.length - 1] ?? Number.NEGATIVE_INFINITY));
  const lastStartingBefore = (to: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < to) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  return {
    overlapping(from, to) {
      const found: Span[] = [];
      for (let k = lastStartingBefore(to); k >= 0 && maxEnd[k]! > from; k--) if (sorted[k]!.end > from) found.push(sorted[k]!);
      return found;
    },
    overlaps({ start, end }) {
      for (let k = lastStartingBefore(end); k >= 0 && maxEnd[k]! > start; k--) if (sorted[k]!.end > start) return true;
      return false;
    },
  };
}
