import { foldDiacritics } from '../text/vietnamese.ts';

/**
 * Stage 1: normalize. References are found in a cleaned copy of the input (NFC, every dash a "-",
 * no invisible characters), but every offset the engine reports must point into the ORIGINAL input,
 * so the cleaned copy keeps, for each of its UTF-16 code units, the span of the input it came from.
 *
 * A second copy, the `folded` text, has exactly one code unit per code unit of `text`: lower case and
 * without diacritics ("Nghị định" → "nghi dinh", "Uỷ"/"Ủy" → "uy"). Words (type words, verbs, issuer
 * bodies) are matched there; number-symbols, whose letter case matters ("TTg", "CTr"), in `text`.
 */
export interface Normalized {
  /** The original input. */
  input: string;
  /** NFC, dashes unified, invisible characters removed. */
  text: string;
  /** Same length as `text`: lower case, diacritics folded, one code unit for one code unit. */
  folded: string;
  /** Maps a span [start, end) of `text` to the span of `input` it came from. */
  toOriginal(start: number, end: number): [number, number];
}

// Hyphens, dashes and minus signs written for "-" in real documents (en dash in "21–CT/TW", em dash
// in "NĐ—CP"), spaces that are not U+0020, and the Icelandic eth some fonts produce for "Đ".
const replacements = new Map<string, string>([
  ['\u2010', '-'], ['\u2011', '-'], ['\u2012', '-'], ['\u2013', '-'], ['\u2014', '-'], ['\u2015', '-'],
  ['\u2212', '-'], ['\uFE58', '-'], ['\uFE63', '-'], ['\uFF0D', '-'], ['\uFF0F', '/'],
  ['\u00A0', ' '], ['\u2007', ' '], ['\u202F', ' '],
  ['\u00D0', 'Đ'], ['\u00F0', 'đ'],
]);
// Characters with no visible width: a soft hyphen or zero-width space inside "56/2012/NĐ-CP" must not
// break the reference.
const removed = new Set(['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF']);

const needsWork = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\uFF0F\u00A0\u2007\u202F\u00D0\u00F0\u00AD\u200B-\u200D\u2060\uFEFF]/;

export function normalize(input: string): Normalized {
  if (!needsWork.test(input) && input.normalize('NFC') === input) {
    return { input, text: input, folded: foldText(input), toOriginal: (s, e) => [s, e] };
  }
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // A base character with its combining marks is the unit NFC recomposes; normalising cluster by
  // cluster keeps every output code unit tied to the input span it came from.
  for (const match of input.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    const from = match.index;
    const to = from + match[0].length;
    for (const unit of match[0].normalize('NFC')) {
      if (removed.has(unit)) continue;
      const replaced = replacements.get(unit) ?? unit;
      for (let i = 0; i < replaced.length; i++) {
        out.push(replaced[i]!);
        starts.push(from);
        ends.push(to);
      }
    }
  }
  const text = out.join('');
  return {
    input,
    text,
    folded: foldText(text),
    toOriginal(s, e) {
      if (e <= s) {
        const at = s < starts.length ? starts[s]! : input.length;
        return [at, at];
      }
      return [starts[s]!, ends[e - 1]!];
    },
  };
}

const foldCache = new Map<string, string>();

/** Lower-cases and folds each code unit on its own, keeping the length (a unit that would grow stays as it is). */
export function foldText(text: string): string {
  let result = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text[i]!;
    let folded = foldCache.get(unit);
    if (folded === undefined) {
      const candidate = (unit.charCodeAt(0) >= 0xd800 && unit.charCodeAt(0) <= 0xdfff ? unit : foldDiacritics(unit)).toLowerCase();
      folded = candidate.length === 1 ? candidate : unit.toLowerCase().length === 1 ? unit.toLowerCase() : unit;
      foldCache.set(unit, folded);
    }
    result += folded;
  }
  return result;
}
