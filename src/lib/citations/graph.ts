import { paths } from '../archive/paths.ts';
import { createAnchorIndex, type AnchorIndex } from '../structure/anchor-index.ts';
import { analyzeDocument, type AnalysableDocument } from './analyze.ts';
import { citedAnchor } from './annotate.ts';
import type { CitedPinpoint } from './pinpoint.ts';
import { createRegistry, type Registry, type RegistrySource } from './registry.ts';
import { inverseRelationLabels, relationLabels, relations } from './relation.ts';
import type { Citation, CitationStatus, Relation } from './types.ts';

/**
 * The citation graph of the corpus, for document pages ("Văn bản căn cứ", "Được thực hiện bởi") and
 * the open-data JSON. Pure: it takes documents, not files.
 *
 * Every document is analysed as title + "\n\n" + body (see analyzeDocument); edge offsets `start`
 * and `end` are UTF-16 offsets in that text, so an offset below the title's length is in the title.
 * Documents known only from citations are analysed too: their titles, stated by citing texts, can
 * cite further documents (57/NQ-CP "… thực hiện Nghị quyết số 11-NQ/TW …").
 */
export interface GraphNode {
  id: string;
  key: string | null;
  type: string;
  numberSymbol: string | null;
  /** null when the year of issue is unknown. */
  year: number | null;
  title: string;
  fullText: boolean;
  /** Site path without the deployment base: "/van-ban/2012/56-2012-nd-cp/". */
  url: string;
}

/** One reference in one document. */
export interface GraphEdge {
  from: string;
  /** Cited document id when resolved, else null. */
  to: string | null;
  key: string | null;
  /** Canonical number-symbol of the cited document, when known: "56/2012/NĐ-CP". */
  numberSymbol: string | null;
  relation: Relation;
  raw: string;
  start: number;
  end: number;
  status: CitationStatus;
  reason?: string;
  /** The unit cited ("khoản 2 Điều 12", anchor "dieu-12-khoan-2"), when the reference names one. */
  pinpoint?: CitedPinpoint;
  /**
   * With a pinpoint: the anchor the reference links to on the cited page (the smallest named unit its
   * text has), or null when the archive holds no text with that unit and the link goes to the page.
   */
  anchor?: string | null;
  /**
   * True for a relation stated in the frontmatter, not in the text (`attachedTo`: an Điều lệ issued
   * with a decision whose number the copy leaves blank; `relations`: what the dossier shows); raw
   * is '' and start = end = 0.
   */
  declared?: boolean;
  /** For a relation declared under `relations`: where the archivist knows it from. */
  note?: string;
}

export interface RelationGroupItem {
  /** Archive id, or null for a document identified but not in the archive. */
  id: string | null;
  key: string | null;
  title: string | null;
  numberSymbol: string | null;
  url: string | null;
  /** How many times the relation is stated for this document. */
  mentions: number;
  /** The archivist's note when the relation is declared (`relations`), not read from a text; else null. */
  declaredNote: string | null;
}

export interface RelationGroup {
  relation: Relation;
  /** "Căn cứ" for outgoing lists, "Được căn cứ bởi" for incoming ones. */
  label: string;
  /** Number of distinct documents in the group. */
  count: number;
  items: RelationGroupItem[];
}

export interface CitationGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Documents this one cites, by relation. Identified documents not in the archive are included with id null. */
  outgoing(id: string): RelationGroup[];
  /** Documents of the archive citing this one, by relation. */
  incoming(id: string): RelationGroup[];
  /** References in this document that could not be pinned to one document (ambiguous or unidentified). */
  unresolved(id: string): GraphEdge[];
  /** Every reference in this document, in text order. */
  edgesFrom(id: string): GraphEdge[];
  /** Every reference resolved to this document, by citing document then text order. */
  edgesTo(id: string): GraphEdge[];
}

export type GraphDocument = AnalysableDocument & RegistrySource;

interface Tally {
  item: RelationGroupItem;
  relations: Map<Relation, number>;
  /** Notes of declared relations, by relation. */
  notes: Map<Relation, string>;
}

/**
 * Groups edges by relation. A document mentioned both with a typed relation ("Căn cứ") and in
 * passing appears only under the typed one: "Dẫn chiếu" lists the documents that are only mentioned.
 */
function group(tallies: Tally[], labels: Readonly<Record<Relation, string>>): RelationGroup[] {
  const groups: RelationGroup[] = [];
  for (const relation of relations) {
    const items = tallies
      .filter((t) => t.relations.has(relation) && (relation !== 'dan-chieu' || t.relations.size === 1))
      .map((t) => ({ ...t.item, mentions: t.relations.get(relation)!, declaredNote: t.notes.get(relation) ?? null }));
    if (items.length) groups.push({ relation, label: labels[relation], count: items.length, items });
  }
  return groups;
}

function tally(tallies: Map<string, Tally>, identity: string, item: () => RelationGroupItem, edge: GraphEdge): void {
  let t = tallies.get(identity);
  if (!t) {
    t = { item: item(), relations: new Map(), notes: new Map() };
    tallies.set(identity, t);
  }
  t.relations.set(edge.relation, (t.relations.get(edge.relation) ?? 0) + 1);
  if (edge.note) t.notes.set(edge.relation, edge.note);
}

/**
 * `analyze` is the engine's analysis of one document against `registry`; pass a memo's
 * (analysis-cache.ts) to skip documents analysed in an earlier build.
 */
export function buildCitationGraph(
  documents: readonly GraphDocument[],
  registry: Registry = createRegistry(documents),
  analyze: (document: GraphDocument) => { citations: Citation[] } = (d) => analyzeDocument(d, registry),
  anchors: AnchorIndex = createAnchorIndex(documents),
): CitationGraph {
  const nodes: GraphNode[] = documents.map((d) => {
    const entry = registry.get(d.id);
    return {
      id: d.id,
      key: entry?.key ?? null,
      type: d.data.type,
      numberSymbol: d.data.numberSymbol,
      year: d.data.year,
      title: d.data.title,
      fullText: d.data.fullText,
      url: paths.document(d.id),
    };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: GraphEdge[] = [];
  for (const d of documents) {
    for (const c of analyze(d).citations) {
      if (c.self) continue;
      edges.push({
        from: d.id,
        to: c.status === 'resolved' ? c.documentId : null,
        key: c.key,
        numberSymbol: c.numberSymbol,
        relation: c.relation,
        raw: c.raw,
        start: c.start,
        end: c.end,
        status: c.status,
        ...(c.reason ? { reason: c.reason } : {}),
        ...(c.pinpoint ? { pinpoint: c.pinpoint, anchor: c.status === 'resolved' ? citedAnchor(c, anchors) : null } : {}),
      });
    }
  }
  // "Ban hành kèm theo": stated by the archivist when the text cannot say it (a blank number).
  for (const d of documents) {
    const attachedTo = (d.data as { attachedTo?: unknown }).attachedTo;
    if (typeof attachedTo !== 'string' || !byId.has(attachedTo) || attachedTo === d.id) continue;
    if (edges.some((e) => e.from === d.id && e.to === attachedTo && e.relation === 'kem-theo')) continue;
    const target = byId.get(attachedTo)!;
    edges.push({ from: d.id, to: attachedTo, key: target.key, numberSymbol: target.numberSymbol, relation: 'kem-theo', raw: '', start: 0, end: 0, status: 'resolved', declared: true });
  }
  // Relations the archivist recorded from the dossier (`relations`), when no text states them.
  for (const d of documents) {
    const declared = (d.data as { relations?: ReadonlyArray<{ to: string; relation: Relation; note: string }> }).relations ?? [];
    for (const r of declared) {
      if (r.to === d.id || !byId.has(r.to)) continue;
      const target = byId.get(r.to)!;
      edges.push({ from: d.id, to: r.to, key: target.key, numberSymbol: target.numberSymbol, relation: r.relation, raw: '', start: 0, end: 0, status: 'resolved', declared: true, note: r.note });
    }
  }
  // Indexed once: pages ask for one document's edges, and scanning every edge for each of 10,000
  // pages made the build quadratic.
  const from = new Map<string, GraphEdge[]>();
  const to = new Map<string, GraphEdge[]>();
  const add = (index: Map<string, GraphEdge[]>, id: string, e: GraphEdge) => {
    const list = index.get(id);
    if (list) list.push(e);
    else index.set(id, [e]);
  };
  for (const e of edges) {
    add(from, e.from, e);
    if (e.to) add(to, e.to, e);
  }
  const edgesFrom = (id: string) => from.get(id) ?? [];
  const edgesTo = (id: string) => to.get(id) ?? [];
  const itemFor = (to: string | null, key: string | null, numberSymbol: string | null) => (): RelationGroupItem => {
    const node = to ? byId.get(to) : undefined;
    return { id: to, key, title: node?.title ?? null, numberSymbol: node?.numberSymbol ?? numberSymbol, url: node?.url ?? null, mentions: 0, declaredNote: null };
  };

  return {
    nodes,
    edges,
    outgoing(id) {
      const tallies = new Map<string, Tally>();
      for (const e of edgesFrom(id)) {
        if ((e.status !== 'resolved' && e.status !== 'unknown')) continue;
        tally(tallies, e.to ?? `key:${e.key}`, itemFor(e.to, e.key, e.numberSymbol), e);
      }
      return group([...tallies.values()], relationLabels);
    },
    incoming(id) {
      const tallies = new Map<string, Tally>();
      for (const e of edgesTo(id)) {
        tally(tallies, e.from, itemFor(e.from, byId.get(e.from)?.key ?? null, null), e);
      }
      return group([...tallies.values()], inverseRelationLabels);
    },
    // "unknown" references are identified, just not held: they are listed with the outgoing ones.
    unresolved: (id) => edgesFrom(id).filter((e) => e.status === 'ambiguous' || e.status === 'unidentified'),
    edgesFrom,
    edgesTo,
  };
}
