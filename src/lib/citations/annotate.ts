import { pinpointAnchors } from '../structure/anchors.ts';
import { emptyAnchorIndex, type AnchorIndex } from '../structure/anchor-index.ts';
import type { Registry } from './registry.ts';
import { relationLabels } from './relation.ts';
import type { Citation, Relation } from './types.ts';

/**
 * Stage 5: annotate. Which spans of a text become links, and where they point. Only resolved
 * references are linked, never the citing document itself; the link covers the designation (type
 * word through number-symbol), so the date and issuer clause stay plain text and formatting around
 * them does not stop the link.
 */
export interface LinkSpec {
  start: number;
  end: number;
  documentId: string;
  url: string;
  /** "Căn cứ: Quy định trách nhiệm của bộ, ngành, …". */
  title: string;
  relation: Relation;
  /** A reference to a unit of the citing document itself ("khoản 1 Điều này"): a link within the page. */
  internal?: boolean;
}

/** The page of a document: `${base}van-ban/${id}/`, base being "/" or "/sub/". */
export function documentUrl(base: string, id: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}van-ban/${id}/`;
}

export function linkTitle(relation: Relation, citedTitle: string): string {
  return `${relationLabels[relation]}: ${citedTitle}`;
}

/**
 * The anchor a pinpointed reference links to: the smallest unit named that the cited text has
 * ("khoản 2 Điều 12" → #dieu-12-khoan-2, or #dieu-12 when this copy lacks the khoản); null when the
 * archive holds no text of the cited document, or the text has no such unit: the link goes to the page.
 */
export function citedAnchor(c: Pick<Citation, 'pinpoint' | 'documentId'>, anchors: AnchorIndex): string | null {
  return c.pinpoint && c.documentId ? anchors.first(c.documentId, pinpointAnchors(c.pinpoint)) : null;
}

export function linkSpecs(citations: readonly Citation[], registry: Registry, base = '/', anchors: AnchorIndex = emptyAnchorIndex): LinkSpec[] {
  const specs: LinkSpec[] = [];
  for (const c of citations) {
    if (c.status !== 'resolved' || c.self || !c.documentId) continue;
    const entry = registry.get(c.documentId);
    if (!entry) continue;
    const anchor = citedAnchor(c, anchors);
    specs.push({
      start: c.coreStart,
      end: c.coreEnd,
      documentId: c.documentId,
      url: `${documentUrl(base, c.documentId)}${anchor ? `#${anchor}` : ''}`,
      title: linkTitle(c.relation, c.pinpoint ? `${c.pinpoint.label}, ${entry.title}` : entry.title),
      relation: c.relation,
    });
  }
  return specs;
}

/**
 * Inserts markup around each span of a plain string, as eyecite's annotate does. `render` gets the
 * spec and the original text of the span; overlapping specs after the first are skipped.
 */
export function annotate(text: string, specs: readonly LinkSpec[], render: (spec: LinkSpec, inner: string) => string): string {
  let out = '';
  let at = 0;
  for (const spec of [...specs].sort((a, b) => a.start - b.start)) {
    if (spec.start < at) continue;
    out += text.slice(at, spec.start) + render(spec, text.slice(spec.start, spec.end));
    at = spec.end;
  }
  return out + text.slice(at);
}
