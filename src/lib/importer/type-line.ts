import { documentTypes, type DocumentTypeSlug } from '../identity/document-types.ts';
import { foldSameLength } from './fold.ts';

/**
 * Recognises the type name printed above the abstract: "KẾ HOẠCH", "THÔNG BÁO", "QUYẾT ĐỊNH".
 * A longer upper-case line that starts with one ("CHƯƠNG TRÌNH HÀNH ĐỘNG") gives the type and the
 * rest of the line, which belongs to the abstract.
 */
const names = documentTypes
  .filter((t) => t.slug !== 'cong-van')
  .map((t) => ({ slug: t.slug, folded: foldSameLength(t.name) }))
  .sort((a, b) => b.folded.length - a.folded.length);

export function readTypeLine(text: string): { type: DocumentTypeSlug; rest: string } | null {
  // Only an upper-case line is a type heading; "Kế hoạch số 08/KH-UBND …" in running text is not.
  if (text !== text.toUpperCase() || !/\p{Lu}/u.test(text)) return null;
  const folded = foldSameLength(text).replace(/\s+/gu, ' ');
  const squeezed = text.replace(/\s+/gu, ' ');
  for (const { slug, folded: name } of names) {
    if (folded === name) return { type: slug, rest: '' };
    if (folded.startsWith(`${name} `)) return { type: slug, rest: squeezed.slice(name.length + 1).trim() };
  }
  return null;
}
