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
  const decomposed = text.normalize('NFD').replace(latinMarks, '');
  // Another script's marks can only be left when some character lies outside the mark-free ranges.
  const stripped = markFree.test(decomposed) ? decomposed : decomposed.replace(/\p{M}+/gu, '');
  return stripped.replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

// Every Vietnamese diacritic decomposes to one of these (Combining Diacritical Marks, all \p{M}).
// Scanning for them is ≈7 times faster than a Unicode-mode \p{M} scan, which cost ≈1 ms per
// result text on the search page.
const latinMarks = /[\u0300-\u036f]+/g;
// Ranges without any combining mark: Basic Latin to Spacing Modifier Letters, Latin Extended
// Additional, General Punctuation (“ ” … –), currency and letterlike symbols.
const markFree = /^[\u0000-\u02ff\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f]*$/;
