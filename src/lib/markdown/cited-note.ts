import type { ElementContent } from 'hast';

/** An article of a text cited by pinpoint from other documents, with those documents. */
export interface CitedArticle {
  citedBy: ReadonlyArray<{ url: string; label: string; title: string }>;
}

/**
 * The note under a cited article: "Được dẫn chiếu bởi 2 văn bản trong kho: Kế hoạch 96/KH-UBND,
 * Công văn …", each a link (title: the citing document's title). Not indexed for search.
 */
export function articleCitedNote(unit: CitedArticle | undefined, href: (path: string) => string): ElementContent[] | null {
  if (!unit || unit.citedBy.length === 0) return null;
  const children: ElementContent[] = [{ type: 'text', value: `Được dẫn chiếu bởi ${unit.citedBy.length} văn bản trong kho: ` }];
  unit.citedBy.forEach((c, i) => {
    if (i > 0) children.push({ type: 'text', value: ', ' });
    children.push({ type: 'element', tagName: 'a', properties: { href: href(c.url), title: c.title }, children: [{ type: 'text', value: c.label }] });
  });
  return [{ type: 'text', value: '\n' }, { type: 'element', tagName: 'p', properties: { className: ['dieu-trich-dan'], dataPagefindIgnore: true }, children }];
}
