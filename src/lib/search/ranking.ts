/**
 * Pagefind ranking options (pagefind.options({ ranking })), tuned on the search-quality suite
 * (tests/fixtures/search-queries.json; 0.3 and 0.4 pass it too, 0.5 and the default 0.75 do not):
 *
 * - pageLength 0.35 instead of 0.75: the default strongly favours short pages, so the
 *   one-paragraph pages of documents known only from citations outranked the documents whose full
 *   text the archive holds ("tan yen" put the Tân Yên seed fourth behind three cited plans).
 * - metaWeights: the title without diacritics (meta "tieudekd", written when the title has đ)
 *   weighs like the title (Pagefind's default 5), so "binh dang gioi" finds "Luật Bình đẳng giới"
 *   by its title as "bình đẳng giới" does; the signer's name (meta "nguoiky", shown only in the
 *   metadata panel) weighs as much, so a name finds the documents that person signed.
 */
export const pagefindRanking = {
  pageLength: 0.35,
  metaWeights: { tieudekd: 5, nguoiky: 5 },
} as const;
