import type { CorpusDocument } from '../lib/content/corpus.ts';
import { allDocuments } from './collection.ts';

/**
 * A value derived from the whole corpus (validity of every document, the trackers…), computed once
 * per document list and shared by every caller. The promise is kept, not the value: a build asks for
 * it from every page's getStaticPaths at once (Promise.all), and a cache filled only when the
 * derivation ends let each of those N callers derive it again, N × N work (1,000 documents: 10 s of
 * a 23 s site build went to reading effective dates; 10,000 documents never finished).
 */
export function memoByKey<K, T>(key: () => Promise<K>, derive: (key: K) => Promise<T> | T): () => Promise<T> {
  let memo: { key: K; value: Promise<T> } | undefined;
  return async () => {
    const current = await key();
    // Nothing is awaited between this check and the assignment, so concurrent callers share one derivation.
    if (memo?.key !== current) memo = { key: current, value: Promise.resolve().then(() => derive(current)) };
    return memo.value;
  };
}

/** memoByKey keyed by the corpus: allDocuments() returns the same list until the corpus changes (dev server). */
export function perCorpus<T>(derive: (documents: CorpusDocument[]) => Promise<T> | T): () => Promise<T> {
  return memoByKey(allDocuments, derive);
}
