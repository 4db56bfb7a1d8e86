import type { DocumentTypeSlug } from '../identity/document-types.ts';

/**
 * Type words written before a number ("Nghị định số 56/2012/NĐ-CP", "công văn số 1027-CV/TU"),
 * folded (lower case, no diacritics) because the finder matches them in the folded text, which also
 * absorbs "Uỷ"/"Ủy" spellings and all-caps titles. Longest first, so "Thông báo kết luận" wins over
 * "Thông báo". "Văn bản" names no type: the symbol then decides.
 */
export const typeWords: ReadonlyArray<readonly [folded: string, type: DocumentTypeSlug | null]> = [
  ['chuong trinh hanh dong', 'chuong-trinh'],
  ['thong bao ket luan', 'thong-bao'],
  ['thong tu lien tich', 'thong-tu-lien-tich'],
  ['chuong trinh', 'chuong-trinh'],
  ['nghi dinh', 'nghi-dinh'],
  ['nghi quyet', 'nghi-quyet'],
  ['quyet dinh', 'quyet-dinh'],
  ['chi thi', 'chi-thi'],
  ['ke hoach', 'ke-hoach'],
  ['cong van', 'cong-van'],
  ['huong dan', 'huong-dan'],
  ['thong bao', 'thong-bao'],
  ['thong tu', 'thong-tu'],
  ['thong tri', 'thong-tri'],
  ['phap lenh', 'phap-lenh'],
  ['ket luan', 'ket-luan'],
  ['quy dinh', 'quy-dinh'],
  ['quy che', 'quy-che'],
  ['de an', 'de-an'],
  ['bao cao', 'bao-cao'],
  ['to trinh', 'to-trinh'],
  ['cong dien', 'cong-dien'],
  ['luat', 'luat'],
  ['van ban', null],
];

/** Alternation of the type words, each space allowing any whitespace (a line break inside "Chỉ\nthị"). */
export const typeWordPattern = typeWords.map(([word]) => word.replace(/ /g, String.raw`\s+`)).join('|');

/** The type named by a folded type word with its whitespace collapsed, or undefined when it is not one. */
export function typeOfWord(folded: string): DocumentTypeSlug | null | undefined {
  const word = folded.replace(/\s+/g, ' ').trim();
  const entry = typeWords.find(([w]) => w === word);
  return entry ? entry[1] : undefined;
}
