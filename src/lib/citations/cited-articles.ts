import { articleAnchor } from '../structure/anchors.ts';
import type { GraphEdge, GraphNode } from './graph.ts';

/** An article of a document cited by pinpoint from other documents of the archive. */
export interface CitedArticle {
  /** Anchor of the article: "dieu-12". */
  anchor: string;
  /** Citing documents, each once, in the order of the edges. */
  citedBy: Array<{ id: string; url: string; label: string; title: string }>;
}

/**
 * The articles of a document that others cite by pinpoint ("khoản 2 Điều 12 Luật …" counts for
 * Điều 12), by article anchor. Only references that link to an anchor of the text count: a pinpoint
 * to a unit the text lacks is a citation of the document, not of an article.
 */
export function citedArticles(edgesTo: readonly GraphEdge[], nodeOf: (id: string) => GraphNode | undefined, typeName: (slug: string) => string): Map<string, CitedArticle> {
  const units = new Map<string, CitedArticle>();
  for (const edge of edgesTo) {
    if (!edge.anchor || !edge.pinpoint?.article) continue;
    const anchor = articleAnchor(edge.pinpoint.article);
    if (!edge.anchor.startsWith(anchor)) continue;
    const node = nodeOf(edge.from);
    if (!node) continue;
    const unit = units.get(anchor) ?? { anchor, citedBy: [] };
    units.set(anchor, unit);
    if (unit.citedBy.some((c) => c.id === node.id)) continue;
    unit.citedBy.push({ id: node.id, url: node.url, label: `${typeName(node.type)}${node.numberSymbol ? ` ${node.numberSymbol}` : ''}`, title: node.title });
  }
  return units;
}
