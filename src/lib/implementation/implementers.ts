import type { Relation } from '../citations/types.ts';
import { provinceNowOf } from './eras.ts';
import type { TrackedDocument, TrackedEdge } from './tracked-document.ts';

/**
 * Relations by which a document acts on another: "thực hiện" (also "triển khai", "thi hành") and
 * "hướng dẫn". A title such as "Kế hoạch triển khai thực hiện Chỉ thị số 21-CT/TW" is analysed like
 * the text, so its reference is a "thực hiện" edge too. "Căn cứ" and "theo" only name a legal basis.
 */
export const implementingRelations: ReadonlySet<Relation> = new Set(['thuc-hien', 'huong-dan']);

/** Most documents between an indirect implementer and the national document (tỉnh → huyện → xã). */
export const maxChain = 3;

/** A document that implements the tracked one, directly or through documents of its own province. */
export interface Implementer {
  document: TrackedDocument;
  /** False when it implements the tracked document only through another implementer of its province. */
  direct: boolean;
  /** For an indirect one, the implementer it implements (nearest the tracked document), else null. */
  via: TrackedDocument | null;
}

export interface Implementers {
  /** Local implementers (tỉnh, huyện, xã), direct first found, in no particular order. */
  local: Implementer[];
  /** Central documents implementing or guiding it (a ministry's guidance of a decree). */
  central: TrackedDocument[];
}

/**
 * Who implements `target`. Direct: a document with an implementing relation to it. Indirect: a
 * local document implementing a local implementer of the same province (today's boundaries), at
 * most `maxChain` documents from the target: a district's plan carrying out its province's plan
 * counts for the province. Central implementers are listed but not followed: their own trackers
 * show who carried them out.
 */
export function implementersOf(
  target: string,
  edgesTo: (id: string) => readonly TrackedEdge[],
  documentOf: (id: string) => TrackedDocument | undefined,
): Implementers {
  const local = new Map<string, Implementer>();
  const central: TrackedDocument[] = [];
  const seenCentral = new Set<string>();
  let frontier: Array<{ id: string; via: TrackedDocument | null; depth: number }> = [{ id: target, via: null, depth: 0 }];
  while (frontier.length) {
    const next: typeof frontier = [];
    for (const { id, via, depth } of frontier) {
      const parent = depth === 0 ? undefined : documentOf(id);
      for (const edge of edgesTo(id)) {
        if (!implementingRelations.has(edge.relation) || edge.from === target || local.has(edge.from)) continue;
        const doc = documentOf(edge.from);
        if (!doc) continue;
        if (doc.level === 'trung-uong') {
          if (depth === 0 && !seenCentral.has(doc.id)) {
            seenCentral.add(doc.id);
            central.push(doc);
          }
          continue;
        }
        if (parent && !sameProvince(doc, parent)) continue;
        const found: Implementer = { document: doc, direct: depth === 0, via: depth === 0 ? null : (via ?? parent!) };
        local.set(doc.id, found);
        if (depth + 1 < maxChain) next.push({ id: doc.id, via: found.via ?? doc, depth: depth + 1 });
      }
    }
    frontier = next;
  }
  return { local: [...local.values()], central };
}

function sameProvince(a: TrackedDocument, b: TrackedDocument): boolean {
  if (!a.province || !b.province) return false;
  return provinceNowOf(a.province, a.issued) === provinceNowOf(b.province, b.issued);
}
