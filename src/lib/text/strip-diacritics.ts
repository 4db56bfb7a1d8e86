/**
 * Vietnamese without diacritics, the light way: NFD, every combining mark dropped, đ/Đ → d/D
 * (đ has no decomposition), back to NFC. "Đảng ủy" → "Dang uy".
 *
 * This is the rule Pagefind itself folds the index and the query with (except that it leaves đ
 * alone), so the search uses it on both sides: the folded copies written at build time and the
 * words the search page compares in the browser agree by construction. On every Vietnamese letter
 * it gives what `foldDiacritics` (@sindresorhus/transliterate) gives (tests/unit/vietnamese.test.ts),
 * but it is one regular expression: transliterate builds a 1,880-key pattern per locale when it
 * loads (measured ≈150 ms on the search page before its first search could start) and runs that
 * pattern on every call. It does not transliterate other scripts or letters such as ø or ß: the
 * search keeps those as they are, the way Pagefind does.
 */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}
