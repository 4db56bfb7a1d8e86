import { parseStructure, type Structure } from './parse.ts';

/**
 * The structure of every full-text document, parsed on first use: a citation of "khoản 2 Điều 12"
 * links to #dieu-12-khoan-2 only when the cited text has that unit. Most documents are never the
 * target of a pinpoint, so most are never parsed.
 */
export interface AnchorIndex {
  /** The structure of a document's text; undefined for a document without full text or not known. */
  structure(id: string): Structure | undefined;
  /** The first of `anchors` (smallest unit first) the document has, or null. */
  first(id: string, anchors: readonly string[]): string | null;
}

export interface AnchorSource {
  id: string;
  data: { fullText: boolean };
  body: string;
}

export function createAnchorIndex(documents: readonly AnchorSource[]): AnchorIndex {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const parsed = new Map<string, Structure | undefined>();
  const structure = (id: string) => {
    if (!parsed.has(id)) {
      const d = byId.get(id);
      parsed.set(id, d?.data.fullText ? parseStructure(d.body) : undefined);
    }
    return parsed.get(id);
  };
  return {
    structure,
    first(id, anchors) {
      const s = structure(id);
      return s ? (anchors.find((a) => s.anchors.has(a)) ?? null) : null;
    },
  };
}

/** An index with no documents: nothing has anchors, every pinpoint links to the page. */
export const emptyAnchorIndex: AnchorIndex = createAnchorIndex([]);
