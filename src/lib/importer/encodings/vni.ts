/**
 * VNI-Windows: the one-byte legacy encoding of the VNI fonts (VNI-Times …). A toned vowel is its
 * ASCII base letter followed by one modifier byte ("e" + 0xE4 = "ệ", written "eä" when the bytes are
 * read as Latin-1); đ, ơ, ư and the i and ỵ letters have bytes of their own. Upper case uses the
 * upper-case base letter and the upper-case modifier byte.
 */

const GRAVE = '\u0300';
const ACUTE = '\u0301';
const TILDE = '\u0303';
const HOOK = '\u0309';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031B';

// Modifier byte (lower-case form; the upper-case byte is 0x20 lower) → [what it adds, which base vowels take it].
const modifiers: Record<number, { marks: string; bases: string }> = {
  0xf8: { marks: GRAVE, bases: 'aeouyơư' }, // ø
  0xf9: { marks: ACUTE, bases: 'aeouyơư' }, // ù
  0xfb: { marks: HOOK, bases: 'aeouyơư' }, // û
  0xf5: { marks: TILDE, bases: 'aeouyơư' }, // õ
  0xef: { marks: DOT, bases: 'aeouyơư' }, // ï
  0xe2: { marks: CIRCUMFLEX, bases: 'aeo' }, // â
  0xe0: { marks: CIRCUMFLEX + GRAVE, bases: 'aeo' }, // à
  0xe1: { marks: CIRCUMFLEX + ACUTE, bases: 'aeo' }, // á
  0xe5: { marks: CIRCUMFLEX + HOOK, bases: 'aeo' }, // å
  0xe3: { marks: CIRCUMFLEX + TILDE, bases: 'aeo' }, // ã
  0xe4: { marks: CIRCUMFLEX + DOT, bases: 'aeo' }, // ä
  0xea: { marks: BREVE, bases: 'a' }, // ê
  0xe8: { marks: BREVE + GRAVE, bases: 'a' }, // è
  0xe9: { marks: BREVE + ACUTE, bases: 'a' }, // é
  0xfa: { marks: BREVE + HOOK, bases: 'a' }, // ú
  0xfc: { marks: BREVE + TILDE, bases: 'a' }, // ü
  0xeb: { marks: BREVE + DOT, bases: 'a' }, // ë
};

// Bytes that are letters on their own (lower-case form; upper case is 0x20 lower).
const standalone: Record<number, string> = {
  0xf1: 'đ', // ñ
  0xf4: 'ơ', // ô
  0xf6: 'ư', // ö
  0xec: 'ì', // ì
  0xed: 'í', // í
  0xe6: 'ỉ', // æ
  0xf3: 'ĩ', // ó
  0xf2: 'ị', // ò
  0xee: 'ỵ', // î
};

/** Bytes that VNI uses for letters or modifiers (both cases). */
export const vniBytes: ReadonlySet<number> = new Set(
  [...Object.keys(modifiers), ...Object.keys(standalone)].flatMap((b) => [Number(b), Number(b) - 0x20]),
);

function lowerByte(byte: number): number {
  return byte >= 0xc0 && byte < 0xe0 ? byte + 0x20 : byte;
}

/** Decodes VNI-Windows bytes to Unicode (NFC). Bytes that fit no VNI pattern keep their Latin-1 character. */
export function decodeVni(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    const single = standalone[lowerByte(byte)];
    let base: string;
    if (single !== undefined) {
      base = byte === lowerByte(byte) ? single : single.toUpperCase();
    } else {
      base = String.fromCharCode(byte);
    }
    const next = bytes[i + 1];
    const modifier = next === undefined ? undefined : modifiers[lowerByte(next)];
    if (modifier && modifier.bases.includes(base.toLowerCase())) {
      text += (base + modifier.marks).normalize('NFC');
      i++;
    } else {
      text += base;
    }
  }
  return text.normalize('NFC');
}

const toneToModifier = new Map<string, number>([
  [GRAVE, 0xf8], [ACUTE, 0xf9], [HOOK, 0xfb], [TILDE, 0xf5], [DOT, 0xef],
]);
const circumflexTone = new Map<string, number>([['', 0xe2], [GRAVE, 0xe0], [ACUTE, 0xe1], [HOOK, 0xe5], [TILDE, 0xe3], [DOT, 0xe4]]);
const breveTone = new Map<string, number>([['', 0xea], [GRAVE, 0xe8], [ACUTE, 0xe9], [HOOK, 0xfa], [TILDE, 0xfc], [DOT, 0xeb]]);
const standaloneReverse = new Map<string, number>(Object.entries(standalone).map(([b, l]) => [l, Number(b)]));

/**
 * Encodes Unicode text to VNI-Windows; null when a character has no VNI form. The inverse of
 * `decodeVni`, used by tests to build samples.
 */
export function encodeVni(text: string): Uint8Array | null {
  const out: number[] = [];
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const upper = char !== char.toLowerCase();
    const caseOf = (b: number) => (upper ? b - 0x20 : b);
    const lower = char.toLowerCase();
    const own = standaloneReverse.get(lower);
    if (own !== undefined) {
      out.push(caseOf(own));
      continue;
    }
    const [base, ...marks] = [...lower.normalize('NFD')];
    let letter = base!;
    let rest = marks.join('');
    // NFD orders marks by combining class (horn, dot below, then circumflex/breve and the other
    // tones), so look for each mark rather than at a position.
    if ((letter === 'o' || letter === 'u') && rest.includes(HORN)) {
      letter = letter === 'o' ? 'ơ' : 'ư';
      rest = rest.replace(HORN, '');
    }
    const tone = rest.replace(/[\u0302\u0306]/g, '');
    let modifier: number | undefined;
    if (rest.includes(CIRCUMFLEX)) modifier = circumflexTone.get(tone);
    else if (rest.includes(BREVE)) modifier = breveTone.get(tone);
    else modifier = toneToModifier.get(tone);
    const baseByte = letter === 'ơ' || letter === 'ư' ? standaloneReverse.get(letter) : letter.charCodeAt(0);
    if (baseByte === undefined || modifier === undefined || (baseByte >= 0x80 && letter !== 'ơ' && letter !== 'ư')) return null;
    out.push(caseOf(baseByte), caseOf(modifier));
  }
  return Uint8Array.from(out);
}
