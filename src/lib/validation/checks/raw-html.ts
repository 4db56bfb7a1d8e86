import type { Problem } from '../../content/corpus.ts';
import type { RawHtml } from '../../markdown/raw-html.ts';
import { bodyFindings } from '../body-markdown.ts';
import type { CorpusCheck } from '../corpus-check.ts';

/**
 * Document bodies are Markdown written for reading, never HTML: a tag left by a conversion shows as
 * junk or hides text, and a script would run in readers' browsers. Found as the Markdown parser sees
 * it (src/lib/markdown/raw-html.ts), so a tag split over lines is one problem at its first line, and
 * a "<" written as "\<", a comparison "a < b", an autolink <https://…> or code are not reported.
 * Links of a refused kind are the unsafe-links check's.
 */
const messages: Record<RawHtml['kind'], (snippet: string) => string> = {
  script: () => 'a <script> element in the body; remove it',
  comment: () => 'an HTML comment "<!--" in the body; remove it (comments are not shown and can hide text)',
  'processing-instruction': (s) => `a processing instruction "${s}" in the body; remove it (it is not text of the document)`,
  cdata: (s) => `a CDATA section "${s}" in the body; remove the "<![CDATA[" and "]]>" and keep the text`,
  declaration: (s) => `an HTML declaration "${s}" in the body; remove it`,
  tag: (s) =>
    `raw HTML "${s}" in the body; write it as Markdown (a blank line between paragraphs, two trailing spaces for a line break) or escape the "<" as "\\<"`,
};

const severity: ReadonlyArray<RawHtml['kind']> = ['script', 'comment', 'processing-instruction', 'cdata', 'declaration', 'tag'];

export const rawHtml: CorpusCheck = {
  name: 'raw-html',
  run(documents) {
    const problems: Problem[] = [];
    for (const doc of documents) {
      // One problem per line: the most serious finding ("<b>x</b>" is one problem, not two).
      const byLine = new Map<number, RawHtml>();
      for (const found of bodyFindings(doc).rawHtml) {
        const seen = byLine.get(found.line);
        if (!seen || severity.indexOf(found.kind) < severity.indexOf(seen.kind)) byLine.set(found.line, found);
      }
      for (const found of byLine.values()) {
        problems.push({ file: doc.file, line: doc.bodyLine + found.line - 1, field: '', message: messages[found.kind](found.snippet), severity: 'error' });
      }
    }
    return problems;
  },
};
