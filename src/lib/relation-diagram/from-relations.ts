import type { RelationGroup, RelationGroupItem } from '../citations/graph.ts';
import type { Relation } from '../citations/types.ts';
import { documentType } from '../identity/document-types.ts';
import type { DiagramGroup, DiagramInput, DiagramItem } from './layout.ts';

/** Relations that change another document's force: drawn beside the document, not above or below. */
const beside: ReadonlySet<Relation> = new Set(['sua-doi-bo-sung', 'thay-the', 'bai-bo']);

export interface CenterDocument {
  type: string;
  numberSymbol: string | null;
  year: number;
  title: string;
}

/**
 * The diagram of a document from the groups its "Văn bản liên quan" panel lists, so the picture
 * and the lists always say the same. `typeOf` gives the type slug of archive documents.
 */
export function diagramInput(
  center: CenterDocument,
  outgoing: readonly RelationGroup[],
  incoming: readonly RelationGroup[],
  typeOf: ReadonlyMap<string, string>,
  documentPath: (id: string) => string,
): DiagramInput {
  const item = (i: RelationGroupItem): DiagramItem => ({
    label: i.id ? `${documentType(typeOf.get(i.id) ?? 'cong-van').name} ${i.numberSymbol ?? '(không số)'}` : (i.numberSymbol ?? i.key ?? 'Văn bản chưa xác định'),
    // Archive ids start with the year of the document (content/van-ban/YEAR/NAME.md).
    year: i.id ? Number(i.id.slice(0, 4)) : yearOfNumber(i.numberSymbol),
    title: i.title,
    href: i.id ? documentPath(i.id) : null,
  });
  const groups = (list: readonly RelationGroup[], side: boolean, moreHref: string): DiagramGroup[] =>
    list.filter((g) => beside.has(g.relation) === side).map((g) => ({ label: g.label, items: g.items.map(item), moreHref }));
  return {
    center: { label: `${documentType(center.type).name} ${center.numberSymbol ?? ''}`.trim(), year: center.year, title: center.title, href: null },
    above: groups(outgoing, false, '#dan-chieu-di'),
    below: groups(incoming, false, '#duoc-dan-chieu'),
    left: groups(outgoing, true, '#dan-chieu-di'),
    right: groups(incoming, true, '#duoc-dan-chieu'),
  };
}

/** The year in a normative number ("56/2012/NĐ-CP" → 2012), else null. */
function yearOfNumber(numberSymbol: string | null): number | null {
  const m = numberSymbol ? /\/((?:19|20)\d\d)\//.exec(numberSymbol) : null;
  return m ? Number(m[1]) : null;
}
