import slugifyLibrary from '@sindresorhus/slugify';
import transliterate from '@sindresorhus/transliterate';

/**
 * Vietnamese text helpers. Folding goes through @sindresorhus/transliterate because it maps
 * đ/Đ (which has no Unicode decomposition) and ỷ/ỹ/ỵ, and accepts NFD input; checked in
 * tests/unit/vietnamese.test.ts. Popular "remove accents" packages miss some of these.
 */

/** Text in NFC, the form the archive stores and indexes. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/** Removes every diacritic, including đ→d, keeping case and punctuation: "Nghị định" → "Nghi dinh". */
export function foldDiacritics(text: string): string {
  return transliterate(text.normalize('NFC'));
}

/** Lower-case, diacritic-free, whitespace-collapsed form for comparisons and matching. */
export function foldForMatch(text: string): string {
  return foldDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** URL slug without diacritics: "Kiên Giang" → "kien-giang", "68/UBND-VHXH" → "68-ubnd-vhxh". */
export function slugify(text: string): string {
  return slugifyLibrary(text.normalize('NFC'), { decamelize: false });
}

const collator = new Intl.Collator('vi');

/** Compares two strings in Vietnamese alphabetical order (a, ă, â, b, …, đ after d). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
