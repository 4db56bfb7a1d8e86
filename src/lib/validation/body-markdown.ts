import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import type { CorpusDocument } from '../content/corpus.ts';
import { unsafeLinksIn, type UnsafeLink } from '../markdown/link-safety.ts';
import { rawHtmlIn, type RawHtml } from '../markdown/raw-html.ts';

/** What the checks need from a document's parsed body; positions are lines of the body. */
export interface BodyFindings {
  rawHtml: RawHtml[];
  unsafeLinks: UnsafeLink[];
}

// Two checks read each body's tree: parse it once, keep only the findings (a tree with positions
// for each of 10,000 documents would not fit in memory).
const memo = new WeakMap<CorpusDocument, BodyFindings>();

/** The body of a document parsed as the site renders it (CommonMark + GFM), and what is wrong in it. */
export function bodyFindings(doc: CorpusDocument): BodyFindings {
  let findings = memo.get(doc);
  // Raw HTML starts with "<"; a link, image or definition with "[" or "<" (a bare www./https:// is
  // always http(s)): without either, nothing to find and no parse to pay (most bodies).
  if (!findings && !/[<[]/u.test(doc.body)) memo.set(doc, (findings = { rawHtml: [], unsafeLinks: [] }));
  if (!findings) {
    const tree = markdownToMdast(doc.body, { features: { gfm: { footnotes: false }, frontmatter: false }, position: true }) as unknown as Root;
    findings = { rawHtml: rawHtmlIn(tree), unsafeLinks: unsafeLinksIn(tree, doc.body) };
    memo.set(doc, findings);
  }
  return findings;
}
