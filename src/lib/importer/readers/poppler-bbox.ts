import type { PositionedPage } from './positioned-layout.ts';

/**
 * Parses the XHTML of poppler's `pdftotext -bbox-layout`: pages with their size, and words with
 * their boxes. The format is fixed by poppler (one `<page>` per page, one `<word>` per word, text
 * escaped as XML), so a few patterns read it without an HTML parser.
 */
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return entities[name] ?? whole;
  });
}

export function parseBboxLayout(xhtml: string): PositionedPage[] {
  const pages: PositionedPage[] = [];
  const pagePattern = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/gu;
  const wordPattern = /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([\s\S]*?)<\/word>/gu;
  for (const page of xhtml.matchAll(pagePattern)) {
    const words = [...page[3]!.matchAll(wordPattern)].map((w) => ({
      x0: Number(w[1]),
      y0: Number(w[2]),
      x1: Number(w[3]),
      y1: Number(w[4]),
      text: unescape(w[5]!).normalize('NFC'),
    }));
    pages.push({ width: Number(page[1]), height: Number(page[2]), words });
  }
  return pages;
}
