import type { Problem } from '../../content/corpus.ts';
import { bodyFindings } from '../body-markdown.ts';
import type { CorpusCheck } from '../corpus-check.ts';

const kindNames = { link: 'a link', image: 'an image', definition: 'a link definition', autolink: 'an autolink' } as const;

/**
 * Every link, image, link definition and autolink of a body must lead to an http:, https: or mailto:
 * address, a page of this site or an anchor (src/lib/markdown/link-safety.ts), judged on the parsed
 * text after entities are decoded: "[x](&#106;avascript:…)" is a javascript: link.
 */
export const unsafeLinks: CorpusCheck = {
  name: 'unsafe-links',
  run(documents) {
    const problems: Problem[] = [];
    for (const doc of documents) {
      for (const link of bodyFindings(doc).unsafeLinks) {
        problems.push({
          file: doc.file,
          line: doc.bodyLine + link.line - 1,
          field: '',
          message: `${kindNames[link.kind]} to ${JSON.stringify(link.url)} (column ${link.column}): ${link.reason}; only http:, https: and mailto: addresses, links within the site and # anchors are allowed. Remove the link, keeping its text, or write the full https:// address`,
          severity: 'error',
        });
      }
    }
    return problems;
  },
};
