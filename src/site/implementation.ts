import type { CorpusDocument } from '../lib/content/corpus.ts';
import { trackedDocument, type TrackedEdge } from '../lib/implementation/tracked-document.ts';
import { buildTrackers } from '../lib/implementation/trackers.ts';
import type { Tracker } from '../lib/implementation/tracker.ts';
import { allDocuments } from './collection.ts';
import { citationGraph } from './citation-graph.ts';

// Keyed by the document list, which allDocuments() replaces only when the corpus changed (dev server).
let built: { documents: CorpusDocument[]; trackers: Tracker[]; byId: Map<string, Tracker> } | undefined;

/** The implementation trackers of the archive (/thuc-hien/), built once per build from the citation graph. */
export async function implementationTrackers(): Promise<{ trackers: Tracker[]; byId: Map<string, Tracker> }> {
  const documents = await allDocuments();
  if (built?.documents !== documents) {
    const graph = await citationGraph();
    const edgesTo = (id: string): TrackedEdge[] => graph.edgesTo(id).map((e) => ({ from: e.from, to: e.to!, relation: e.relation }));
    const trackers = buildTrackers(documents.map(trackedDocument), edgesTo);
    built = { documents, trackers, byId: new Map(trackers.map((t) => [t.target.id, t])) };
  }
  return built;
}
