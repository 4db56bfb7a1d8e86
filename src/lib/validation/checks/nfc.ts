import type { Problem } from '../../content/corpus.ts';
import type { CorpusCheck } from '../corpus-check.ts';

/**
 * The archive stores text in Unicode NFC (vietnamese-documents.md §5): decomposed letters look the
 * same but are missed by search and by exact comparison. Every line of the file is checked,
 * frontmatter and body, and the first word not in NFC is shown.
 */
export const nfc: CorpusCheck = {
  name: 'nfc',
  run(documents) {
    const problems: Problem[] = [];
    for (const doc of documents) {
      doc.source.split('\n').forEach((text, i) => {
        if (text === text.normalize('NFC')) return;
        const word = text.split(/\s+/u).find((w) => w !== w.normalize('NFC')) ?? text;
        problems.push({
          file: doc.file,
          line: i + 1,
          field: '',
          message: `text not in Unicode NFC (decomposed letters in "${word.normalize('NFC')}"); re-save the file normalised to NFC, e.g. node -e "fs.writeFileSync(f, fs.readFileSync(f, 'utf8').normalize('NFC'))"`,
          severity: 'error',
        });
      });
    }
    return problems;
  },
};
