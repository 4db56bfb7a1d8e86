import type { CorpusDocument } from '../lib/content/corpus.ts';
import { paths } from '../lib/archive/paths.ts';
import { documentType } from '../lib/identity/document-types.ts';
import { deriveValidity, readEffectiveDate, type Validity, type ValidityActor } from '../lib/validity/index.ts';
import { citationGraph } from './citation-graph.ts';
import { perCorpus } from './corpus-memo.ts';

/** The effective date a document's page shows: the frontmatter's, else its text's. */
export function effectiveDateOf(entry: CorpusDocument): string | null {
  return entry.data.effective ?? (entry.data.fullText ? (readEffectiveDate(entry.body, entry.data.issued)?.date ?? null) : null);
}

const acting = new Set(['thay-the', 'bai-bo', 'sua-doi-bo-sung']);

/**
 * Validity of every document, derived once per build from the citation graph (who replaces, repeals
 * or amends whom) and each text's own effective date. "Today" is the day of the build: a static page
 * says what was true when it was built.
 */
const validities = perCorpus(async (documents): Promise<Map<string, Validity>> => {
  const graph = await citationGraph();
  const today = new Date().toISOString().slice(0, 10);
  const entries = new Map(documents.map((d) => [d.id, d]));
  const effective = new Map(documents.map((d) => [d.id, effectiveDateOf(d)]));
  const byId = new Map<string, Validity>();
  for (const d of documents) {
    const actors: ValidityActor[] = [];
    for (const e of graph.edgesTo(d.id)) {
      if (!acting.has(e.relation)) continue;
      const from = entries.get(e.from);
      if (!from) continue;
      const pinpoint = e.pinpoint?.label ?? null;
      if (actors.some((a) => a.id === from.id && a.relation === e.relation && a.pinpoint === pinpoint)) continue;
      const type = documentType(from.data.type).name;
      actors.push({
        id: from.id,
        label: from.data.numberSymbol ? `${type} số ${from.data.numberSymbol}` : `${type} (không số)`,
        url: paths.document(from.id),
        relation: e.relation as ValidityActor['relation'],
        effective: effective.get(from.id) ?? null,
        pinpoint,
      });
    }
    byId.set(d.id, deriveValidity({ effective: effective.get(d.id) ?? null, override: d.data.validity, actors, today }));
  }
  return byId;
});

/** The validity of one document (see deriveValidity). */
export async function validityOf(id: string): Promise<Validity> {
  const v = (await validities()).get(id);
  if (!v) throw new Error(`No document ${id}`);
  return v;
}
