import { foldDiacritics } from '../text/vietnamese.ts';
import { provinces } from '../places/provinces.ts';
import { districts } from './districts.ts';
import { documentWords, fieldHeads, fieldNames, fixedPhrases, localityWords, officePhrases } from './known-names.ts';
import { isVietnameseSyllable } from './vietnamese-likeness.ts';

/**
 * Upper-case header lines → normal case: "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG" → "Ủy ban nhân dân tỉnh
 * Kiên Giang", "PHÓ CHỦ TỊCH" → "Phó Chủ tịch". Sentence case, then the capitals Vietnamese writes:
 * known names (known-names.ts), place names (every syllable; provinces and districts from their
 * tables), document names before a number. Abbreviations (UBND, VSTBCPN) and number-symbols stay.
 *
 * Modes: "name" for an issuing body (whatever follows a locality word is a place name, and long
 * known names are recognised despite OCR slips: "TIỂN BỘ" → "tiến bộ"); "title" for an abstract
 * (only known places); "office" for a signer's title (the word after "Phó" is capitalised).
 */
export type CaseMode = 'name' | 'title' | 'office';

interface Token {
  text: string;
  word: boolean;
}

const wordPattern = /[\p{L}\p{M}\d](?:[\p{L}\p{M}\d/&.'’]|-(?=[\p{L}\p{M}\d]))*/gu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(wordPattern)) {
    if (m.index > last) tokens.push({ text: text.slice(last, m.index), word: false });
    tokens.push({ text: m[0], word: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) tokens.push({ text: text.slice(last), word: false });
  return tokens;
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** Compares words regardless of case and of where the tone mark sits ("Ủy" = "Uỷ", "hòa" = "hoà"). */
function wordKey(word: string): string {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = (decomposed.match(TONES) ?? []).sort().join('');
  return `${decomposed.replace(TONES, '').normalize('NFC')}|${tones}`;
}

function foldKey(word: string): string {
  return foldDiacritics(word).toLowerCase();
}

const romanNumeral = /^(?=[IVXLC]{2,}$)C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/u;

/** "UBND", "VSTBCPN", "XII", "21-CT/TW": kept as written. */
function isKeptAsIs(word: string): boolean {
  if (/[\d/&]/u.test(word)) return true;
  if (word !== word.toUpperCase() || word === word.toLowerCase()) return false;
  if (romanNumeral.test(word)) return true;
  return word.split(/[-.']/u).some((part) => part !== '' && !isVietnameseSyllable(part));
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

interface Phrase {
  words: string[];
  keys: string[];
  folds: string[];
}

function phrase(text: string): Phrase {
  const words = tokenize(text).filter((t) => t.word).map((t) => t.text);
  return { words, keys: words.map(wordKey), folds: words.map(foldKey) };
}

const byLength = (a: Phrase, b: Phrase) => b.words.length - a.words.length;
const fixed = fixedPhrases.map(phrase).sort(byLength);
const fields = fieldNames.map(phrase).sort(byLength);
const heads = fieldHeads.map(phrase).sort(byLength);
const documents = documentWords.map(phrase).sort(byLength);
const offices = officePhrases.map(phrase).sort(byLength);
const localities = localityWords.map(phrase).sort(byLength);
const places = [...provinces.map((p) => phrase(p.name)), ...[...districts.keys()].map(phrase)].sort(byLength);
const partyCommittees = ['Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy'].map(phrase);

/**
 * Length of the match of `p` at word index i, or 0. Long names (4 words and more) also match with
 * the diacritics folded away when `fuzzy`, so an OCR slip in a known body name does not hide it.
 */
function matchAt(words: string[], i: number, p: Phrase, fuzzy: boolean): number {
  if (i + p.words.length > words.length) return 0;
  const exact = p.keys.every((k, j) => wordKey(words[i + j]!) === k);
  if (exact) return p.words.length;
  if (fuzzy && p.words.length >= 4 && p.folds.every((f, j) => foldKey(words[i + j]!) === f)) return p.words.length;
  return 0;
}

function firstMatch(words: string[], i: number, list: Phrase[], fuzzy: boolean): Phrase | null {
  return list.find((p) => matchAt(words, i, p, fuzzy) > 0) ?? null;
}

function apply(words: string[], i: number, p: Phrase): void {
  p.words.forEach((w, j) => (words[i + j] = w));
}

export function properCase(text: string, mode: CaseMode): string {
  const tokens = tokenize(text.normalize('NFC'));
  const wordTokens = tokens.filter((t) => t.word);
  const words = wordTokens.map((t) => (isKeptAsIs(t.text) ? t.text : t.text.toLowerCase()));
  const kept = wordTokens.map((t) => isKeptAsIs(t.text));
  // The separator before each word, to stop a place name at a comma or a bracket.
  const separatorBefore: string[] = [];
  let pending = '';
  for (const t of tokens) {
    if (t.word) {
      separatorBefore.push(pending);
      pending = '';
    } else pending += t.text;
  }
  const fuzzy = mode === 'name';

  for (let i = 0; i < words.length; ) {
    if (kept[i]) {
      i++;
      continue;
    }
    const locality = firstMatch(words, i, localities, false) ?? firstMatch(words, i, partyCommittees, false);
    const known = firstMatch(words, i, fixed, fuzzy);
    if (known && (!locality || known.words.length > locality.words.length)) {
      apply(words, i, known);
      i += known.words.length;
      // "Tỉnh ủy Lạng Sơn": a party committee is followed by its place.
      if (partyCommittees.some((p) => p.keys.join() === known.keys.join())) i = placeName(words, kept, separatorBefore, i, mode);
      continue;
    }
    if (locality) {
      i = placeName(words, kept, separatorBefore, i + locality.words.length, mode);
      continue;
    }
    const head = firstMatch(words, i, heads, false);
    const field = head ? firstMatch(words, i + head.words.length, fields, fuzzy) : null;
    if (head && field) {
      apply(words, i, head);
      apply(words, i + head.words.length, field);
      i += head.words.length + field.words.length;
      continue;
    }
    const document = firstMatch(words, i, documents, false);
    const next = document ? words[i + document.words.length] : undefined;
    if (document && next !== undefined && (next === 'số' || /\d/u.test(next))) {
      apply(words, i, document);
      i += document.words.length;
      continue;
    }
    // "Luật Bình đẳng giới": a law's name starts with a capital; "pháp luật" is a common noun.
    if (words[i] === 'luật' && words[i - 1] !== 'pháp' && mode !== 'office') {
      words[i] = 'Luật';
      if (i + 1 < words.length && !kept[i + 1]) words[i + 1] = capitalize(words[i + 1]!);
      i += 2;
      continue;
    }
    if (mode === 'office') {
      const office = firstMatch(words, i, offices, false);
      if (office) {
        apply(words, i, office);
        i += office.words.length;
        continue;
      }
      if (words[i] === 'phó' && i + 1 < words.length && !kept[i + 1]) {
        words[i] = 'Phó';
        words[i + 1] = capitalize(words[i + 1]!);
        i += 2;
        continue;
      }
    }
    i++;
  }
  if (words.length > 0 && !kept[0]) words[0] = capitalize(words[0]!);

  let w = 0;
  return tokens.map((t) => (t.word ? words[w++]! : t.text)).join('');
}

// The words after a locality word: a known province or district in its own spelling; in "name" mode
// any other name up to a comma or bracket, every syllable capitalised. Returns the next index.
function placeName(words: string[], kept: boolean[], separatorBefore: string[], i: number, mode: CaseMode): number {
  const place = firstMatch(words, i, places, false);
  if (place) {
    apply(words, i, place);
    return i + place.words.length;
  }
  if (mode !== 'name') return i;
  let j = i;
  while (j < words.length && (j === i || !/[,;()]/u.test(separatorBefore[j]!))) {
    if (!kept[j]) words[j] = capitalize(words[j]!);
    j++;
  }
  return j;
}
