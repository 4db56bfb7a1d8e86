import type { Problem } from '../../content/corpus.ts';
import type { CorpusCheck } from '../corpus-check.ts';
import { fieldLine } from './field-line.ts';

/**
 * A document cannot have been issued after today: a date in the future is a typing or OCR error
 * ("2091" for "2019"). A partial date ("2031-05", "2031") is in the future when its first day is.
 */
export const futureDate: CorpusCheck = {
  name: 'future-date',
  run(documents, { today }) {
    const problems: Problem[] = [];
    const todayIso = today.toISOString().slice(0, 10);
    for (const doc of documents) {
      const { issued, year } = doc.data;
      if (issued !== null) {
        const firstDay = issued.length === 4 ? `${issued}-01-01` : issued.length === 7 ? `${issued}-01` : issued;
        if (firstDay > todayIso) {
          problems.push({ file: doc.file, line: fieldLine(doc, 'issued'), field: 'issued', message: `"${issued}" is in the future; correct the date of issue`, severity: 'error' });
        }
      } else if (year !== null && year > today.getUTCFullYear()) {
        problems.push({ file: doc.file, line: fieldLine(doc, 'year'), field: 'year', message: `${year} is in the future; correct the year of issue`, severity: 'error' });
      }
    }
    return problems;
  },
};
