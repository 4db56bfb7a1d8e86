import type { Problem } from '../../content/corpus.ts';
import type { CorpusCheck } from '../corpus-check.ts';
import { fieldLine } from './field-line.ts';

/**
 * `relations` records what a dossier shows and no text states: each must name another document of
 * the archive, once per relation. A wrong id would silently drop the link, so it is an error.
 */
export const declaredRelations: CorpusCheck = {
  name: 'declared-relations',
  run(documents) {
    const problems: Problem[] = [];
    const ids = new Set(documents.map((d) => d.id));
    for (const doc of documents) {
      const seen = new Set<string>();
      doc.data.relations.forEach((r, i) => {
        const line = fieldLine(doc, 'relations', i, 'to');
        const at = { file: doc.file, line, field: `relations[${i}].to`, severity: 'error' as const };
        if (r.to === doc.id) problems.push({ ...at, message: 'names the document itself; give the id of the other document' });
        else if (!ids.has(r.to)) problems.push({ ...at, message: `"${r.to}" is not a document of the archive; give the id (YEAR/name) of its file under content/van-ban/, adding it (fullText: false if its text is not held) first` });
        else if (seen.has(`${r.to} ${r.relation}`)) problems.push({ ...at, message: `repeats the relation ${r.relation} to "${r.to}"; keep one` });
        seen.add(`${r.to} ${r.relation}`);
      });
    }
    return problems;
  },
};
