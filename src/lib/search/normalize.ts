import { stripDiacritics } from '../text/strip-diacritics.ts';

/**
 * Vietnamese text as the search compares it. Pagefind folds diacritics itself (NFD, marks dropped)
 * except đ/Đ, which has no decomposition; it ranks exact spellings higher, and only for NFC input.
 * So a query is brought to NFC, lower case and one tone placement, and a folded twin (đ→d) is kept
 * for matching against the index-side copies of words with đ (see index-fields.ts).
 */

// The five tone marks once decomposed: huyền, sắc, hỏi, ngã, nặng.
const tone = '\u0300\u0301\u0309\u0303\u0323';
// A word ending in oa, oe or uy with the tone on its last vowel ("hoà", "khoẻ", "thuỷ", "Uỷ"), in NFD.
// A vowel with a breve or circumflex ("oă", "oê") has that mark before the tone, so it does not match;
// nor does a word whose tone already sits on the first vowel ("hòa" is o, mark, a).
const newStyleEnding = new RegExp(`^(.*?)([oO][aAeE]|[uU][yY])([${tone}])$`, 'u');

/**
 * Puts the tone of a word-final oa, oe, uy on the first vowel, the placement most of the archive's
 * texts use: "hoà" → "hòa", "thuỷ" → "thủy", "Uỷ" → "Ủy", "khoẻ" → "khỏe". "quý" keeps its tone
 * (u belongs to qu), as do syllables that go on after the pair ("hoàn", "tuyển"). Returns NFC.
 */
export function normalizeTonePlacement(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\p{L}\p{M}]+/gu, (word) => {
      const m = newStyleEnding.exec(word);
      if (!m) return word;
      const [, head, pair, mark] = m as unknown as [string, string, string, string];
      if (/[qQ]$/.test(head) && /^[uU]/.test(pair)) return word;
      return `${head}${pair[0]}${mark}${pair[1]}`;
    })
    .normalize('NFC');
}

/** NFC, one tone placement, lower case, single spaces: "  Hoà   BÌNH " → "hòa bình". */
export function normalizeQueryText(text: string): string {
  return normalizeTonePlacement(text.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Without any diacritic, đ→d included, lower case: "Đảng ủy" → "dang uy". */
export function foldText(text: string): string {
  return stripDiacritics(text).toLowerCase();
}

/** True when the text has no Vietnamese diacritic at all (the reader typed without them). */
export function hasNoDiacritics(text: string): boolean {
  return foldText(text) === text.normalize('NFC').toLowerCase();
}

/**
 * The compact form Pagefind gives a word with punctuation inside ("56/2012/NĐ-CP" → "562012nđcp"),
 * folded: "562012ndcp". Used for number-symbols, which readers type with or without đ.
 */
export function compactFolded(text: string): string {
  return foldText(text).replace(/[^a-z0-9]/g, '');
}

/** Words of a text, split on anything that is neither a letter, a mark nor a digit. */
export function words(text: string): string[] {
  return text.normalize('NFC').split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
}
