import { trackedDocument, type TrackedEdge } from '../lib/implementation/tracked-document.ts';
import { buildTrackers } from '../lib/implementation/trackers.ts';
import type { Tracker } from '../lib/implementation/tracker.ts';
import { citationGraph } from './citation-graph.ts';
import { perCorpus } from './corpus-memo.ts';

/** The implementation trackers of the archive (/thuc-hien/), built once per build from the citation graph. */
export const implementationTrackers: () => Promise<{ trackers: Tracker[]; byId: Map<string, Tracker> }> = perCorpus(async (documents) => {
  const graph = await citationGraph();
  const edgesTo = (id: string): TrackedEdge[] => graph.edgesTo(id).map((e) => ({ from: e.from, to: e.to!, relation: e.relation }));
  const trackers = buildTrackers(documents.map(trackedDocument), edgesTo);
  return { trackers, byId: new Map(trackers.map((t) => [t.target.id, t])) };
});
