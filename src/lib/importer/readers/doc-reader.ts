import type { ReadFailure, ReadResult } from './read-result.ts';
import { runTool } from './system-tools.ts';

/**
 * Legacy Word 97–2003 (.doc): Debian's `antiword`, which writes tables as rows of "|cell|cell|",
 * one line per row, in UTF-8. Measured against the alternatives on the corpus's three .doc files:
 * the npm `word-extractor` turns table cells into tab characters that cannot be told from the tabs
 * typed to align a signature block, so the header's two columns are lost; `wvHtml` (package wv)
 * writes broken markup. antiword reads each file in about 50 ms.
 */
export async function readDoc(path: string): Promise<ReadResult | ReadFailure> {
  let text: string;
  try {
    text = (await runTool('antiword', ['-m', 'UTF-8.txt', '-w', '0', path])).toString('utf8');
  } catch (error) {
    return { ok: false, message: `cannot read it as a Word 97–2003 document (${(error as Error).message}); if it is a newer Word file, save it as .docx` };
  }
  // antiword pads table cells with spaces to align them: keep the cells, drop the padding.
  const lines = text
    .normalize('NFC')
    .split('\n')
    .map((line) => (/^\s*\|.*\|\s*$/u.test(line) ? `| ${line.trim().slice(1, -1).split('|').map((c) => c.trim()).join(' | ')} |` : line.replace(/\s+$/u, '')));
  return { ok: true, format: 'doc', text: lines.join('\n'), pages: null, ocr: null, notes: ['văn bản lấy từ tệp Word (.doc)'] };
}
