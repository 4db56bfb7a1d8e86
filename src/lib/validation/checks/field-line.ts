import type { CorpusDocument } from '../../content/corpus.ts';
import { splitFrontmatter } from '../../content/frontmatter.ts';

/**
 * The line of a frontmatter field in a document's file, so a check can point at "issued" or
 * "numberSymbol" rather than at the top of the file. Parsed once per document.
 */
const cache = new WeakMap<CorpusDocument, (path: ReadonlyArray<PropertyKey>) => number>();

export function fieldLine(doc: CorpusDocument, ...path: PropertyKey[]): number {
  let lineOf = cache.get(doc);
  if (!lineOf) {
    lineOf = splitFrontmatter(doc.source).lineOf;
    cache.set(doc, lineOf);
  }
  return lineOf(path);
}
