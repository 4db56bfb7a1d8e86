import { foldForMatch } from '../text/vietnamese.ts';

/**
 * Whether the subject a citation states ("về công tác phụ nữ trong thời kỳ công nghiệp hóa - hiện
 * đại hóa đất nước") is the title the archive holds for a document. Used only to date an undated
 * reference to a number the archive holds exactly once, so it must tolerate rewording and OCR noise
 * yet not be satisfied by a few common words: most of the title's words must appear in the subject.
 */
const tokens = (text: string) => new Set(foldForMatch(text).split(/[^a-z0-9]+/).filter(Boolean));

export const titleCoverageThreshold = 0.7;

/** Share (0–1) of the title's words found in the stated subject. */
export function titleCoverage(stated: string, title: string): number {
  const wanted = tokens(title);
  if (wanted.size < 4) return 0;
  const have = tokens(stated);
  let hits = 0;
  for (const t of wanted) if (have.has(t)) hits++;
  return hits / wanted.size;
}

export function titleMatches(stated: string | null, title: string): boolean {
  return stated !== null && titleCoverage(stated, title) >= titleCoverageThreshold;
}
