/**
 * How much a text looks like Vietnamese written in Unicode: the share of its non-ASCII words that
 * are well-formed Vietnamese syllables. Decoding the wrong way (TCVN3 read as Latin-1, UTF-8 read as
 * Windows-1252, …) leaves symbols, stray letters and several tone marks inside words, so the right
 * decoding scores near 1 and the wrong ones far lower. Words in plain ASCII ("UBND", "Nam") say
 * nothing about the encoding and are not counted.
 */

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const onset = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?';
// Vowel groups of Vietnamese syllables (with their off-glides), so "xii" or "ae" are not syllables.
const nucleus = `(?:${[
  'iêu', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyê', 'uyu', 'ươi', 'ươu', 'yêu',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi', 'ơi', 'oo',
  'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ưu', 'ươ', 'yê',
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
].join('|')})`;
const coda = '(?:ch|ng|nh|[cmnpt])?';
const syllable = new RegExp(`^${onset}${nucleus}${coda}$`, 'u');
// Words are split at spaces and ASCII punctuation ("NĐ-CP", "B/cáo") and lose the quotes and
// digits around them; non-ASCII symbols stay, they are what gives mojibake away.
const separators = /[\s\/\-&.,;:()[\]{}!?"'*_|+=<>]+/u;
const edges = /^[\d“”‘’…–—#%@~`^\\$]+|[\d“”‘’…–—#%@~`^\\$]+$/gu;
// Abbreviations such as "HĐND", "BĐG": capitals whose only non-ASCII letter is Đ carry no tone to check.
const abbreviation = /^[A-ZĐ]+$/u;

/** True when the word (no spaces) is a well-formed Vietnamese syllable with at most one tone mark. */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONES)?.length ?? 0;
  if (tones > 1) return false;
  return syllable.test(decomposed.replace(TONES, '').normalize('NFC'));
}

export interface Likeness {
  /** Non-ASCII words looked at. */
  words: number;
  /** How many of them are Vietnamese syllables. */
  valid: number;
  /** valid / words; 1 when there is no non-ASCII word. */
  score: number;
  /** The first word that is not a syllable, with its 1-based line, to show in a message. */
  firstInvalid: { word: string; line: number } | null;
}

export function vietnameseLikeness(text: string): Likeness {
  let words = 0;
  let valid = 0;
  let firstInvalid: Likeness['firstInvalid'] = null;
  text.split('\n').forEach((lineText, i) => {
    for (const raw of lineText.split(separators)) {
      const word = raw.replace(edges, '');
      if (!/[^\x00-\x7F]/.test(word) || abbreviation.test(word)) continue;
      words++;
      if (isVietnameseSyllable(word)) valid++;
      else firstInvalid ??= { word: raw, line: i + 1 };
    }
  });
  return { words, valid, score: words === 0 ? 1 : valid / words, firstInvalid };
}
