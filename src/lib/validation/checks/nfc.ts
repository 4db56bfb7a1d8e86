import type { Problem } from '../../content/corpus.ts';
import type { CorpusCheck } from '../corpus-check.ts';

/** The text of a file in Unicode NFC, and how many of its lines that changed; null when it is NFC already. */
export function nfcFix(source: string): { text: string; lines: number } | null {
  const text = source.normalize('NFC');
  if (text === source) return null;
  return { text, lines: source.split('\n').filter((line) => line !== line.normalize('NFC')).length };
}

/**
 * The archive stores text in Unicode NFC (vietnamese-documents.md §5): decomposed letters look the
 * same but are missed by search and by exact comparison. The whole file is checked, frontmatter and
 * body. A file typed or converted in NFD has it on nearly every line, so it is one error per file,
 * at its first such line, with the fix that `npm run validate -- --fix` applies (scripts/validate.ts).
 */
export const nfc: CorpusCheck = {
  name: 'nfc',
  run(documents) {
    const problems: Problem[] = [];
    for (const doc of documents) {
      const lines = doc.source.split('\n');
      const first = lines.findIndex((text) => text !== text.normalize('NFC'));
      if (first < 0) continue;
      const text = lines[first]!;
      const word = text.split(/\s+/u).find((w) => w !== w.normalize('NFC')) ?? text;
      const count = lines.filter((line) => line !== line.normalize('NFC')).length;
      problems.push({
        file: doc.file,
        line: first + 1,
        field: '',
        message: `text not in Unicode NFC on ${count} line${count > 1 ? 's' : ''} (first "${word.normalize('NFC')}"): the letters look right but search and citations miss them; fix: npm run validate -- --fix`,
        severity: 'error',
      });
    }
    return problems;
  },
};
