import { parseStructure } from '../structure/parse.ts';
import type { Validity } from '../validity/derive.ts';

/**
 * The open-data form of a text's structure and of a document's validity, in each document's JSON
 * twin. Anchors are those of the page (#dieu-12-khoan-2), from the same library.
 */
export interface StructureUnit {
  kind: 'part' | 'chapter' | 'section' | 'article' | 'clause' | 'point';
  /** As written: "I", "12", "a". */
  label: string;
  anchor: string;
  title: string;
  /** Anchor of the enclosing article, for clauses and points. */
  article: string | null;
}

export function structureRecord(entry: { data: { fullText: boolean }; body: string }): StructureUnit[] {
  if (!entry.data.fullText) return [];
  return parseStructure(entry.body).nodes.map(({ kind, label, anchor, title, article }) => ({ kind, label, anchor, title, article }));
}

/** Validity with the acting documents by id (their pages and numbers are in the graph). */
export function validityRecord(v: Validity) {
  const actor = (a: Validity['endedBy'][number]) => ({ id: a.id, label: a.label, relation: a.relation, effective: a.effective, pinpoint: a.pinpoint });
  return {
    status: v.status,
    statusLabel: v.statusLabel,
    summary: v.summary,
    effective: v.effective,
    endedOn: v.endedOn,
    endedBy: v.endedBy.map(actor),
    partlyRepealedBy: v.partlyRepealedBy.map(actor),
    amendedBy: v.amendedBy.map(actor),
    source: v.source,
    note: v.note,
  };
}
