import { canonicalKey } from '../../identity/document-identity.ts';
import type { CorpusDocument, Problem } from '../../content/corpus.ts';
import type { CorpusCheck } from '../corpus-check.ts';

/**
 * Two files for one document: same identity (scope, year, number, symbol). Ids are file paths, so
 * the file system already prevents duplicate URLs except by letter case, checked here too.
 */
export const duplicateIdentity: CorpusCheck = {
  name: 'duplicate-identity',
  run(documents) {
    const problems: Problem[] = [];
    const byKey = new Map<string, CorpusDocument>();
    const byLowerId = new Map<string, CorpusDocument>();
    for (const doc of documents) {
      const key = canonicalKey({ ...doc.data, level: doc.data.issuer.level });
      if (key) {
        const first = byKey.get(key);
        if (first) {
          problems.push({
            file: doc.file,
            line: 1,
            field: 'numberSymbol',
            message: `same document as ${first.file} (identity ${key}); merge the two files or correct the number, year or province`,
            severity: 'error',
          });
        } else byKey.set(key, doc);
      }
      const lower = doc.id.toLowerCase();
      const other = byLowerId.get(lower);
      if (other) {
        problems.push({ file: doc.file, line: 1, field: '', message: `has the same URL as ${other.file} apart from letter case; rename one`, severity: 'error' });
      } else byLowerId.set(lower, doc);
    }
    return problems;
  },
};
