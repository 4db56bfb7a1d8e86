import type { TrackedDocument, TrackedEdge } from '../../../src/lib/implementation/tracked-document.ts';

/** A tracked document with defaults: a provincial công văn of 2019 without a date. */
export function doc(id: string, fields: Partial<TrackedDocument> = {}): TrackedDocument {
  return {
    id,
    type: 'cong-van',
    numberSymbol: null,
    year: 2019,
    title: id,
    issued: null,
    issuerName: 'Ủy ban nhân dân tỉnh',
    level: 'tinh',
    province: null,
    district: null,
    ...fields,
  };
}

/** Lookup functions over a small graph, as the site builds them from the citation graph. */
export function graph(documents: TrackedDocument[], edges: TrackedEdge[]) {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return {
    documents,
    edgesTo: (id: string) => edges.filter((e) => e.to === id),
    documentOf: (id: string) => byId.get(id),
  };
}
