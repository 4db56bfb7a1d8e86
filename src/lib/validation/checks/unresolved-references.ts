import { analyzeDocument, createRegistry, titleSeparator } from '../../citations/index.ts';
import type { Problem } from '../../content/corpus.ts';
import type { CorpusCheck } from '../corpus-check.ts';
import { fieldLine } from './field-line.ts';

/**
 * References the citation engine found but could not pin to one document. They stay plain text on
 * the site, which is right when the text itself is ambiguous (seed 003's "Kế hoạch số 60/KH-UBND"
 * has neither date nor issuer), so these are warnings: the archivist decides whether a note or a
 * new cited-document entry can settle them. References to documents the archive does not hold yet
 * ("unknown") are not reported: they are identified, just not filed.
 */
const advice: Record<string, string> = {
  ambiguous: 'could be several documents; it stays unlinked. If another source pins it down, add that document with fullText: false and an alias, or leave it',
  unidentified: 'was found but could not be identified; check the number and symbol as printed',
};

export const unresolvedReferences: CorpusCheck = {
  name: 'unresolved-references',
  run(documents, context) {
    const registry = createRegistry(documents);
    const analyze = context.analyze ?? ((doc) => analyzeDocument(doc, registry));
    const problems: Problem[] = [];
    for (const doc of documents) {
      const { citations } = analyze(doc);
      const bodyStart = doc.data.title.length + titleSeparator.length;
      for (const c of citations) {
        if (c.self || (c.status !== 'ambiguous' && c.status !== 'unidentified')) continue;
        const line = c.start < bodyStart ? fieldLine(doc, 'title') : doc.bodyLine + (doc.body.slice(0, c.start - bodyStart).match(/\n/g)?.length ?? 0);
        const reason = c.reason ? ` (${c.reason})` : '';
        problems.push({
          file: doc.file,
          line,
          field: c.start < bodyStart ? 'title' : '',
          message: `reference "${c.raw.replace(/\s+/g, ' ')}" ${advice[c.status]}${reason}`,
          severity: 'warning',
        });
      }
    }
    return problems;
  },
};
