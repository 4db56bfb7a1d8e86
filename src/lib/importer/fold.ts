/**
 * Lower-case, diacritic-free copy of a text with exactly one character per character of the input,
 * so a match found in the folded copy is at the same offsets in the original. (The shared
 * `foldDiacritics` may change lengths: it transliterates every script.)
 */
export function foldSameLength(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const base = lower === 'đ' ? 'd' : lower.normalize('NFD').replace(/\p{M}/gu, '');
    out += base.length === char.length ? base : char;
  }
  return out;
}
