import type { DocumentTypeSlug } from '../identity/document-types.ts';
import type { CitedPinpoint } from './pinpoint.ts';

/**
 * Types shared by the stages of the citation engine (normalize → find → identify → resolve →
 * annotate). Every stage is a pure function over these plain objects, so each can be tested alone.
 */

/** How a reference is written: the four number-symbol shapes, a short form ("Nghị định 56"), or a name ("Luật Bình đẳng giới"). */
export type CitationShape = 'normative' | 'party' | 'administrative' | 'cong-van' | 'short' | 'name';

/** How the citing document relates to the cited one, read from the verb before the reference. */
/** kem-theo: the citing document is issued with the cited one ("Điều lệ … ban hành kèm theo Quyết định số …"). */
export type Relation = 'can-cu' | 'thuc-hien' | 'theo' | 'huong-dan' | 'sua-doi-bo-sung' | 'thay-the' | 'bai-bo' | 'kem-theo' | 'dan-chieu';

/**
 * resolved: exactly one document of the archive; unknown: identified (has a key) but the archive
 * holds no document with that key; ambiguous: the text fits several documents; unidentified: no
 * identity can be formed at all (e.g. a short form with nothing to refer back to).
 */
export type CitationStatus = 'resolved' | 'unknown' | 'ambiguous' | 'unidentified';

export type IssuerLevel = 'trung-uong' | 'tinh' | 'huyen' | 'xa';

/** What the text says about the issuing body ("của Ủy ban nhân dân tỉnh Kiên Giang"). */
export interface IssuerClause {
  /** The body as written, whitespace collapsed: "Ủy ban nhân dân tỉnh", "Ban Bí thư Trung ương Đảng". */
  name: string;
  /** Level of the body, when the words tell it; null for a bare "UBND". */
  level: IssuerLevel | null;
  /** Province slug when the clause names one ("tỉnh Kiên Giang", "Tỉnh ủy Lạng Sơn"). */
  province: string | null;
  /** District name when the clause names one ("huyện Tân Yên"). */
  district: string | null;
  /** The place name as written ("Kiên Giang", "Tân Yên"), also when it is not a known province. */
  place: string | null;
  /** Issuer code of a central body named by the clause ("Bộ Tài chính" → "BTC"), else null. */
  code: string | null;
  /** True when the clause came before the reference: "của Ban Thường vụ Tỉnh ủy tại Công văn số …". */
  preceding: boolean;
}

/** A date as precise as written. */
export interface CitedDate {
  year: number;
  month: number | null;
  day: number | null;
}

/** An explicit alias: "(sau đây gọi tắt là Nghị định 56)". Offsets in the normalized text. */
export interface AliasDefinition {
  text: string;
  start: number;
  end: number;
  /** Type and number the alias names, when it has the form "type word + number". */
  type: DocumentTypeSlug | null;
  number: string | null;
}

/** One symbol part after the number, with the separator written before it. */
export interface SymbolPart {
  separator: '/' | '-';
  text: string;
  /** True when whitespace (spaces or line breaks) surrounds the separator. */
  spaced: boolean;
}

/** A candidate reference found in the normalized text (find stage). Offsets are in the normalized text. */
export interface Candidate {
  kind: 'full' | 'short' | 'name';
  /** Whole reference: type word … number-symbol, date, issuer clause. */
  start: number;
  end: number;
  /** The designation: type word (and "số") through the number-symbol; the span a link covers. */
  coreStart: number;
  coreEnd: number;
  /** Type from the type word ("Nghị định" → nghi-dinh), null when there is none or it names no type ("Văn bản"). */
  typeWordType: DocumentTypeSlug | null;
  /** True when a type word was written. */
  hasTypeWord: boolean;
  /** The number as written, leading zeros kept. */
  number: string | null;
  /** Symbol parts as written (full references only). */
  parts: SymbolPart[];
  /** Year written with a short form: "Nghị định 56/2012". */
  shortYear: number | null;
  date: CitedDate | null;
  issuer: IssuerClause | null;
  /** Text after the reference that states its subject ("về tiếp tục đẩy mạnh …"), used to corroborate titles. */
  abstract: string | null;
  /** Text after the reference up to the end of its clause, to corroborate an undated reference with a title. */
  following: string | null;
  /** Registry name matched, for kind "name". */
  name: string | null;
}

/** The citing document, as far as it is known; local references without a place are read in its scope. */
export interface CitingContext {
  /** Archive id of the citing document, to avoid linking a document to itself. */
  id: string | null;
  level: IssuerLevel | null;
  /** Province slug. */
  province: string | null;
  /** District name, e.g. "Tân Yên". */
  district: string | null;
  /** Issuer code of its own number-symbol ("UBND" for 68/UBND-VHXH), for the own-body rule. */
  issuerCode: string | null;
  /** Its own number-symbol and year, to recognise a mention of itself ("Kế hoạch số 08/KH-UBND (chưa có trích yếu)"). */
  numberSymbol: string | null;
  year: number | null;
  /** Its own canonical key, to avoid linking it to itself. */
  key: string | null;
}

/** Identity of a cited document as far as the reference itself (and the citing context) pins it down. */
export interface Identity {
  shape: CitationShape;
  type: DocumentTypeSlug | null;
  /** Canonical number-symbol: "56/2012/NĐ-CP", "21-CT/TW". */
  numberSymbol: string | null;
  number: string | null;
  /** Canonical symbol after the number (and year): "NĐ-CP", "CT/TW", "UBND-VHXH". */
  symbol: string | null;
  issuerCode: string | null;
  year: number | null;
  /** "tw", a province slug or "province/district-slug"; null when it cannot be told. */
  scope: string | null;
  key: string | null;
  /** Why no key could be formed; empty when there is a key. */
  problems: string[];
  /** Corrections made on the way: "21/CT-TW written for 21-CT/TW". */
  notes: string[];
}

/** A reference, fully analysed. Offsets are UTF-16 code unit offsets in the ORIGINAL input. */
export interface Citation {
  raw: string;
  start: number;
  end: number;
  /** The designation span (type word through number-symbol), original offsets. */
  coreStart: number;
  coreEnd: number;
  shape: CitationShape;
  type: DocumentTypeSlug | null;
  number: string | null;
  year: number | null;
  symbol: string | null;
  numberSymbol: string | null;
  /** Issuing body as the text names it. */
  issuer: string | null;
  /** ISO date as precise as written: "2012-07-16", "2007-08", "2018". */
  date: string | null;
  abstract: string | null;
  relation: Relation;
  key: string | null;
  status: CitationStatus;
  reason: string | null;
  documentId: string | null;
  /** True when the reference is the citing document's own number: never linked, never an edge. */
  self: boolean;
  /** Index (in the returned list) of the reference this short form or alias resolved through. */
  antecedent: number | null;
  notes: string[];
  /**
   * The unit of the cited document named before the reference ("khoản 2 Điều 12 Luật …"), with its
   * anchor (src/lib/structure/anchors.ts); null when the whole document is cited. When there is one,
   * `start` and `coreStart` are where the pinpoint starts, so the link covers "khoản 2 Điều 12 Luật …".
   */
  pinpoint: CitedPinpoint | null;
}
