import { buildCitationGraph, createRegistry, type CitationGraph, type GraphEdge, type Registry, type RelationGroup } from '../lib/citations/index.ts';
import { projectAnalysisCache } from '../lib/citations/analysis-cache.ts';
import type { CorpusDocument } from '../lib/content/corpus.ts';
import { allDocuments } from './collection.ts';

// Keyed by the document list, which allDocuments() replaces only when the corpus changed (dev server).
let built: { documents: CorpusDocument[]; registry: Registry; graph: CitationGraph } | undefined;

async function citations() {
  const documents = await allDocuments();
  if (built?.documents !== documents) {
    const registry = createRegistry(documents);
    // Documents unchanged since the last build (or since `validate`) are not analysed again.
    const analysis = projectAnalysisCache(process.cwd(), registry);
    built = { documents, registry, graph: buildCitationGraph(documents, registry, (d) => analysis.analyze(d)) };
    analysis.save();
  }
  return built;
}

/** The archive's citation graph, built once per build from every document's title and text. */
export async function citationGraph(): Promise<CitationGraph> {
  return (await citations()).graph;
}

/** Every document the archive knows, for resolving the references in the text being rendered. */
export async function citationRegistry(): Promise<Registry> {
  return (await citations()).registry;
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
  const { graph, documents } = await citations();
  const outgoing = graph.outgoing(id);
  const incoming = graph.incoming(id);
  const typeById = await documentTypes(documents);
  const typeOf = new Map<string, string>();
  for (const group of [...outgoing, ...incoming]) {
    for (const item of group.items) if (item.id && typeById.has(item.id)) typeOf.set(item.id, typeById.get(item.id)!);
  }
  return { outgoing, incoming, unresolved: graph.unresolved(id), typeOf };
}

let types: { documents: CorpusDocument[]; byId: Map<string, string> } | undefined;

async function documentTypes(documents: CorpusDocument[]): Promise<Map<string, string>> {
  if (types?.documents !== documents) types = { documents, byId: new Map(documents.map((d) => [d.id, d.data.type])) };
  return types.byId;
}
