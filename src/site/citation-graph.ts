import { buildCitationGraph, type CitationGraph } from '../lib/citations/index.ts';
import { allDocuments } from './collection.ts';

let graph: Promise<CitationGraph> | undefined;

/** The archive's citation graph, built once per build from every document's title and text. */
export function citationGraph(): Promise<CitationGraph> {
  graph ??= allDocuments().then((entries) => buildCitationGraph(entries.map((e) => ({ id: e.id, data: e.data, body: e.body ?? '' }))));
  return graph;
}
