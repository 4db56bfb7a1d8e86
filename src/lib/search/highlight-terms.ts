import { normalizeQueryText } from './normalize.ts';

// Characters with no visible width that a copied or typed word may carry: soft hyphen, zero-width
// space, non-joiner and joiner, word joiner, byte order mark. Invisible in the address bar, they
// kept a word from matching the page's text.
const invisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

/**
 * The words of `?highlight=` as the page's text is searched for them, normalised like a query
 * (normalize.ts: NFC, one tone placement, lower case, single spaces) with invisible characters
 * removed: "bi\u0300nh" (NFD) and "bình\u200B" mark the same "bình". Empty and repeated words are
 * dropped.
 */
export function highlightTerms(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => normalizeQueryText(value.replace(invisible, ''))).filter(Boolean))];
}
