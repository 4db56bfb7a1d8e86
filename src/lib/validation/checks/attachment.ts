import type { Problem } from '../../content/corpus.ts';
import type { CorpusCheck } from '../corpus-check.ts';
import { fieldLine } from './field-line.ts';

/**
 * `attachedTo` names the document an attachment (an Điều lệ, a Quy chế) is issued with: it must be
 * another document of the archive, and not an attachment itself (a chain would hide the decision).
 */
export const attachment: CorpusCheck = {
  name: 'attachment',
  run(documents) {
    const problems: Problem[] = [];
    const byId = new Map(documents.map((d) => [d.id, d]));
    for (const doc of documents) {
      const target = doc.data.attachedTo;
      if (target === null) continue;
      const line = fieldLine(doc, 'attachedTo');
      const other = byId.get(target);
      if (target === doc.id) {
        problems.push({ file: doc.file, line, field: 'attachedTo', message: 'names the document itself; give the id of the decision it is issued with', severity: 'error' });
      } else if (!other) {
        problems.push({ file: doc.file, line, field: 'attachedTo', message: `"${target}" is not a document of the archive; give the id (YEAR/name) of the decision's file under content/van-ban/, adding it (fullText: false if its text is not held) first`, severity: 'error' });
      } else if (other.data.attachedTo !== null) {
        problems.push({ file: doc.file, line, field: 'attachedTo', message: `"${target}" is itself an attachment (of ${other.data.attachedTo}); name the decision that issues both`, severity: 'error' });
      }
    }
    return problems;
  },
};
