import type { IssuerLevel, Relation } from '../citations/types.ts';
import type { DocumentData } from '../content/document-schema.ts';

/** What a tracker needs of a document: its identity, date and issuing body. */
export interface TrackedDocument {
  /** Archive id, e.g. "2019/kien-giang-68-ubnd-vhxh". */
  id: string;
  /** Type slug, e.g. "ke-hoach". */
  type: string;
  /** "68/UBND-VHXH", or null for an unnumbered document. */
  numberSymbol: string | null;
  year: number | null;
  title: string;
  /** Date of issue, as precise as known ("2019-01-16", "2019-01", "2019"), or null. */
  issued: string | null;
  issuerName: string;
  level: IssuerLevel;
  /** Province slug of the era of `issued`, or null (central bodies, or unknown). */
  province: string | null;
  /** District name, or null. */
  district: string | null;
}

/** One citation between archive documents: `from` cites `to` with `relation`. */
export interface TrackedEdge {
  from: string;
  to: string;
  relation: Relation;
}

/** The tracker's view of a corpus document. */
export function trackedDocument(d: { id: string; data: DocumentData }): TrackedDocument {
  const { data } = d;
  return {
    id: d.id,
    type: data.type,
    numberSymbol: data.numberSymbol,
    year: data.year,
    title: data.title,
    issued: data.issued,
    issuerName: data.issuer.name,
    level: data.issuer.level,
    province: data.province,
    district: data.district,
  };
}
