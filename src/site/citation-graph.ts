import { buildCitationGraph, createRegistry, type CitationGraph, type GraphEdge, type Registry, type RelationGroup } from '../lib/citations/index.ts';
import { projectAnalysisCache } from '../lib/citations/analysis-cache.ts';
import type { CorpusDocument } from '../lib/content/corpus.ts';
import { perCorpus } from './corpus-memo.ts';
import { documentType } from '../lib/identity/document-types.ts';
import { citedArticles as citedArticlesOf, type CitedArticle } from '../lib/citations/cited-articles.ts';
import { createAnchorIndex, type AnchorIndex } from '../lib/structure/anchor-index.ts';

const citations = perCorpus((documents) => {
  const registry = createRegistry(documents);
  // Documents unchanged since the last build (or since `validate`) are not analysed again.
  const analysis = projectAnalysisCache(process.cwd(), registry);
  const anchors = createAnchorIndex(documents);
  const graph = buildCitationGraph(documents, registry, (d) => analysis.analyze(d), anchors);
  analysis.save();
  // Documents by id and their types, for naming the documents a page lists.
  const nodesById = new Map(graph.nodes.map((n) => [n.id, n]));
  const typeById = new Map(documents.map((d) => [d.id, d.data.type]));
  return { documents, registry, anchors, graph, nodesById, typeById };
});

/** The archive's citation graph, built once per build from every document's title and text. */
export async function citationGraph(): Promise<CitationGraph> {
  return (await citations()).graph;
}

/** Every document the archive knows, for resolving the references in the text being rendered. */
export async function citationRegistry(): Promise<Registry> {
  return (await citations()).registry;
}

/** The structure (Điều, khoản anchors) of every text, parsed on demand, shared by the graph and the pages. */
export async function citationAnchors(): Promise<AnchorIndex> {
  return (await citations()).anchors;
}

/** The anchors a document's references link to on other pages ([cited id, anchor]), for its page's cache key. */
export async function linkedAnchors(id: string): Promise<Array<[string | null, string | null]>> {
  const { graph } = await citations();
  return graph.edgesFrom(id).filter((e) => e.pinpoint).map((e) => [e.to, e.anchor ?? null]);
}

/**
 * The articles of a document that other documents cite by pinpoint ("khoản 2 Điều 12 Luật …"), by
 * article anchor, with the citing documents: the page shows them under each article.
 */
export async function citedArticles(id: string): Promise<Map<string, CitedArticle>> {
  const { graph, nodesById } = await citations();
  return citedArticlesOf(graph.edgesTo(id), (n) => nodesById.get(n), (slug) => documentType(slug).name);
}

/** What a document page lists under "Văn bản liên quan": its references, what cites it, and the types of those documents. */
export interface RelatedDocumentsData {
  outgoing: RelationGroup[];
  incoming: RelationGroup[];
  unresolved: GraphEdge[];
  /** Type slug of each listed document, to name it. */
  typeOf: Map<string, string>;
}

export async function relatedDocuments(id: string): Promise<RelatedDocumentsData> {
  const { graph, typeById } = await citations();
  const outgoing = graph.outgoing(id);
  const incoming = graph.incoming(id);
  const typeOf = new Map<string, string>();
  for (const group of [...outgoing, ...incoming]) {
    for (const item of group.items) if (item.id && typeById.has(item.id)) typeOf.set(item.id, typeById.get(item.id)!);
  }
  return { outgoing, incoming, unresolved: graph.unresolved(id), typeOf };
}
