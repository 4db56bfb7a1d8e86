import { buildCatalogue, type CatalogueShard } from '../lib/search/suggest-catalogue.ts';
import { citationGraph } from './citation-graph.ts';
import { perCorpus } from './corpus-memo.ts';

/**
 * The suggestion catalogue of this build (src/lib/search/suggest-catalogue.ts), once for its two
 * endpoints (/goi-y/KEY.json, /goi-y/khoa.json). A shard too full keeps the documents the archive
 * cites most: the citation graph counts, for each document, the distinct documents citing it.
 */
export const suggestCatalogue: () => Promise<Map<string, CatalogueShard>> = perCorpus(async (documents) => {
  const graph = await citationGraph();
  return buildCatalogue(documents, (id) => new Set(graph.edgesTo(id).map((e) => e.from)).size);
});
