/**
 * What is wrong with a document file's text as text, before its frontmatter is read: a byte order
 * mark in front of the "---", line endings of a lone carriage return (old Mac OS: the whole file is
 * one line), NUL characters, and replacement characters "�" left by an earlier lossy conversion.
 * Each problem is located and says how to fix it. Pure.
 */
export interface TextProblem {
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface CheckedText {
  /** The text to parse: without a leading byte order mark. */
  text: string;
  /** False when the text cannot be read as lines at all (CR-only line endings). */
  readable: boolean;
  problems: TextProblem[];
}

/** At most this many lines are listed per kind of problem; the rest are counted. */
const listed = 5;

export function checkFileText(source: string): CheckedText {
  const problems: TextProblem[] = [];
  let text = source;
  if (text.startsWith('\uFEFF')) {
    problems.push({ line: 1, severity: 'error', message: 'the file starts with a byte order mark (BOM, U+FEFF) before the "---"; save it as UTF-8 without BOM (in most editors: encoding "UTF-8", not "UTF-8 with BOM")' });
    text = text.slice(1);
  }
  if (text.includes('\r') && !text.includes('\n')) {
    problems.push({ line: 1, severity: 'error', message: 'lines end with a lone carriage return (CR, old Mac OS line endings), so the whole file reads as one line; save it with LF (Unix) line endings' });
    return { text, readable: false, problems };
  }
  const lines = text.split('\n');
  located(lines, /\r(?!$)/u, problems, 'error', (column) => `a lone carriage return (CR) at column ${column} ends a line without a line feed; save the file with LF (Unix) line endings`);
  located(lines, /\u0000/u, problems, 'error', (column) => `a NUL character (U+0000) at column ${column}, invisible in most editors; remove it (it is left by a binary file or a UTF-16 conversion)`);
  located(lines, /\uFFFD/u, problems, 'warning', (column) => `a replacement character "�" (U+FFFD) at column ${column}: a letter was lost by an earlier conversion; restore it from the original`);
  return { text, readable: true, problems };
}

function located(lines: string[], pattern: RegExp, problems: TextProblem[], severity: TextProblem['severity'], message: (column: number) => string): void {
  const hits: Array<{ line: number; column: number }> = [];
  lines.forEach((text, i) => {
    const m = pattern.exec(text);
    if (m) hits.push({ line: i + 1, column: [...text.slice(0, m.index)].length + 1 });
  });
  hits.slice(0, listed).forEach(({ line, column }, k) => {
    const rest = k === listed - 1 && hits.length > listed ? ` (and ${hits.length - listed} more line${hits.length - listed > 1 ? 's' : ''} like it)` : '';
    problems.push({ line, severity, message: `${message(column)}${rest}` });
  });
}
