import { implementersOf } from './implementers.ts';
import { buildTracker, type Tracker } from './tracker.ts';
import type { TrackedDocument, TrackedEdge } from './tracked-document.ts';

/**
 * Every tracker of the archive: one per central document that at least one archive document
 * implements. Trackers are about national documents: a local plan's implementers are listed on its
 * own page ("Được thực hiện bởi"). Cost: each tracker walks only its own implementers (at most
 * `maxChain` steps), so the whole is linear in the citation edges.
 */
export function buildTrackers(
  documents: readonly TrackedDocument[],
  edgesTo: (id: string) => readonly TrackedEdge[],
): Tracker[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const trackers: Tracker[] = [];
  for (const target of documents) {
    if (target.level !== 'trung-uong') continue;
    const implementers = implementersOf(target.id, edgesTo, (id) => byId.get(id));
    if (implementers.local.length === 0 && implementers.central.length === 0) continue;
    trackers.push(buildTracker(target, implementers));
  }
  return trackers;
}
