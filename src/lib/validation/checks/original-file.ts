import { createHash } from 'node:crypto';
import type { Problem } from '../../content/corpus.ts';
import { originalFileOf } from '../../archive/original-file.ts';
import type { CorpusCheck } from '../corpus-check.ts';
import { fieldLine } from './field-line.ts';

/**
 * A document that says its original is kept (`source.kept: true`) must have it beside it, byte for
 * byte the file it was imported from (sha256 and size as recorded): the download link would
 * otherwise be dead, or serve another file.
 */
export const originalFile: CorpusCheck = {
  name: 'original-file',
  run(documents, { readFile }) {
    if (!readFile) return [];
    const problems: Problem[] = [];
    for (const doc of documents) {
      const original = originalFileOf(doc);
      if (!original) continue;
      const line = fieldLine(doc, 'source');
      const bytes = readFile(original.file);
      if (!bytes) {
        problems.push({ file: doc.file, line, field: 'source.kept', message: `is true but the original ${original.file} is missing; put the original file there, or write kept: false`, severity: 'error' });
        continue;
      }
      if (original.size !== null && bytes.length !== original.size) {
        problems.push({ file: doc.file, line, field: 'source.size', message: `is ${original.size} but ${original.file} has ${bytes.length} bytes; the kept file is not the original that was imported`, severity: 'error' });
      } else if (original.sha256 !== null && createHash('sha256').update(bytes).digest('hex') !== original.sha256) {
        problems.push({ file: doc.file, line, field: 'source.sha256', message: `does not match ${original.file}; the kept file is not the original that was imported`, severity: 'error' });
      }
    }
    return problems;
  },
};
