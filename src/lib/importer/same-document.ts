import { foldSameLength } from './fold.ts';

/**
 * A draft (.docx with "Số:     /TTr-SNV", day left blank) and the issued PDF of the same document
 * are one document. Before signing, a draft has no number, so identity cannot tell; what stays the
 * same is who issues it, what kind of document it is and what it is about. Two documents with the
 * same issuing body, type and abstract (compared without case, diacritics, punctuation, and a
 * leading "Về việc"/"V/v") are taken as versions of one; the numbered one is the issued version.
 */
export interface VersionKey {
  issuer: string;
  type: string;
  title: string;
}

const fold = (text: string) =>
  foldSameLength(text.normalize('NFC'))
    .replace(/^\s*(?:ve viec|v\/v)\s*/u, '')
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();

/** The comparison key of a document's issuer, type and abstract. */
export function versionKey(doc: { issuer: { name: string } | null; type: string; title: string | null }): string | null {
  if (!doc.issuer || !doc.title) return null;
  return `${doc.type}|${fold(doc.issuer.name)}|${fold(doc.title)}`;
}

/** Which of two versions is the record: the one with a number, else the one with the fuller date. */
export function isIssuedVersion(doc: { numberSymbol?: unknown; issued?: unknown }): boolean {
  return typeof doc.numberSymbol === 'string' && typeof doc.issued === 'string' && doc.issued.length === 10;
}

/**
 * Two version keys name one document: same type and issuing body, and the same abstract, or one
 * abstract the start of the other with at least six words (a draft whose title was laid out over
 * paragraphs the importer read only in part).
 */
export function sameVersion(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [typeA, issuerA, titleA] = a.split('|') as [string, string, string];
  const [typeB, issuerB, titleB] = b.split('|') as [string, string, string];
  if (typeA !== typeB || issuerA !== issuerB) return false;
  const [shorter, longer] = titleA.length <= titleB.length ? [titleA, titleB] : [titleB, titleA];
  return shorter.split(' ').length >= 6 && (longer === shorter || longer.startsWith(`${shorter} `));
}
