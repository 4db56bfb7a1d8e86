/**
 * Fits text into at most `maxLines` lines of `maxChars` characters, breaking between words and
 * ending with "…" when something was left out. SVG text does not wrap, so boxes need this; the
 * character budget is a measure of the box, not of the font, which keeps it deterministic.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    let word = words[i]!;
    if (word.length > maxChars) word = `${word.slice(0, maxChars - 1)}…`;
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= maxChars) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) {
    lines.push(line);
    line = '';
  }
  const cut = i < words.length || line !== '';
  if (cut && lines.length) {
    const last = lines[lines.length - 1]!;
    lines[lines.length - 1] = last.length + 1 <= maxChars ? `${last}…` : `${last.slice(0, maxChars - 1)}…`;
  }
  return lines;
}
