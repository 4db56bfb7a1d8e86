import type { Problem } from '../../content/corpus.ts';
import type { CorpusCheck } from '../corpus-check.ts';

/**
 * Document bodies are Markdown written for reading, never HTML: a tag left by a conversion shows as
 * junk or hides text, and a script or javascript: link would run in readers' browsers. A "<" written
 * as "\<" is text and is not reported; nor are autolinks such as <https://…>.
 */
interface Finding {
  pattern: RegExp;
  message: (match: string) => string;
}

const findings: Finding[] = [
  { pattern: /(?<!\\)<script\b/iu, message: () => 'a <script> element in the body; remove it' },
  { pattern: /(?<!\\)<!--/u, message: () => 'an HTML comment "<!--" in the body; remove it (comments are not shown and can hide text)' },
  { pattern: /javascript\s*:/iu, message: () => 'a "javascript:" link in the body; remove the link' },
  {
    pattern: /(?<!\\)<\/?[A-Za-z][A-Za-z0-9-]*(?=[\s>/])[^>]*>?/u,
    message: (tag) => `raw HTML "${tag}" in the body; write it as Markdown (a blank line between paragraphs, two trailing spaces for a line break) or escape the "<" as "\\<"`,
  },
];

export const rawHtml: CorpusCheck = {
  name: 'raw-html',
  run(documents) {
    const problems: Problem[] = [];
    for (const doc of documents) {
      doc.body.split('\n').forEach((text, i) => {
        // One problem per line: the most serious finding.
        for (const { pattern, message } of findings) {
          const m = pattern.exec(text);
          if (!m) continue;
          problems.push({ file: doc.file, line: doc.bodyLine + i, field: '', message: message(m[0]), severity: 'error' });
          break;
        }
      });
    }
    return problems;
  },
};
