import { decodeTcvn3 } from './encodings/tcvn3.ts';
import { decodeVni } from './encodings/vni.ts';
import { bytesOfWindows1252, readAsWindows1252 } from './encodings/windows-1252.ts';
import { vietnameseLikeness } from './vietnamese-likeness.ts';

/**
 * Bytes → text in NFC. Real files arrive as UTF-8 (sometimes decomposed, sometimes with a BOM),
 * UTF-16, or in the legacy 8-bit encodings TCVN3 and VNI-Windows, or as mojibake: UTF-8 or TCVN3
 * bytes that some program read as Windows-1252 and saved again as UTF-8 ("á»¦y ban", "Céng hoµ").
 * Each candidate decoding is scored by how Vietnamese it reads (vietnamese-likeness.ts); a decoding
 * is used only when it is clearly right, otherwise the file is refused with what was found.
 */

export type SourceEncoding = 'utf-8' | 'utf-16' | 'tcvn3' | 'vni' | 'windows-1258';

export type DecodeResult =
  | {
      ok: true;
      /** The text in NFC, line ends as "\n". */
      text: string;
      /** The encoding the bytes were in. */
      encoding: SourceEncoding;
      /** What was converted or repaired, for the import summary and the quality note; null for clean UTF-8. */
      conversion: string | null;
    }
  | {
      ok: false;
      /** What the file turned out to contain, e.g. "TCVN3 or VNI (undecided)". */
      found: string;
      /** The whole message for the archivist: what was found, where, and what to do. */
      message: string;
      /** 1-based line of the first problem, when there is one. */
      line: number | null;
    };

/** A decoding must read at least this Vietnamese to be trusted… */
const TRUSTED = 0.9;
/** …and beat the next candidate by this much, so two plausible readings are never guessed between. */
const MARGIN = 0.2;
/** Text already in Unicode is taken as it is from this score (OCR errors lower it a little). */
const PLAIN_UNICODE = 0.8;

const convertAdvice = "convert the file to Unicode (UTF-8) with UniKey's converter (UniKey Toolkit: Công cụ chuyển mã, target Unicode) or a similar tool, and import it again";

const legacyNames: Record<'tcvn3' | 'vni' | 'windows-1258', string> = {
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI-Windows',
  'windows-1258': 'Windows-1258',
};

const legacyDecoders: Record<'tcvn3' | 'vni' | 'windows-1258', (bytes: Uint8Array) => string> = {
  tcvn3: decodeTcvn3,
  vni: decodeVni,
  'windows-1258': (bytes) => new TextDecoder('windows-1258').decode(bytes),
};

function finish(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offsets of bytes that break UTF-8, and how many well-formed multi-byte sequences there are. */
function utf8Damage(bytes: Uint8Array): { invalid: number[]; multibyte: number } {
  const invalid: number[] = [];
  let multibyte = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0;
    for (let k = 1; ok && k < length; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (!ok) {
      invalid.push(i);
      i++;
      continue;
    }
    if (length > 1) multibyte++;
    i += length;
  }
  return { invalid, multibyte };
}

type Candidate = { name: 'tcvn3' | 'vni' | 'windows-1258'; text: string; score: number };

function rankLegacy(bytes: Uint8Array): Candidate[] {
  return (Object.keys(legacyDecoders) as Candidate['name'][])
    .map((name) => {
      const text = finish(legacyDecoders[name](bytes));
      return { name, text, score: vietnameseLikeness(text).score };
    })
    .sort((a, b) => b.score - a.score);
}

function clearWinner(ranked: Candidate[]): Candidate | null {
  const [best, second] = ranked;
  return best && best.score >= TRUSTED && best.score - (second?.score ?? 0) >= MARGIN ? best : null;
}

function scores(ranked: Candidate[]): string {
  return ranked.map((c) => `${legacyNames[c.name]} ${Math.round(c.score * 100)}%`).join(', ');
}

// A Windows-1252 character for a UTF-8 lead byte followed by one for a continuation byte: "á»", "Ã¢".
const mojibakePair = /[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/u;

// Characters that can stand for a UTF-8 continuation byte (0x80–0xBF) when read as Windows-1252,
// and the punctuation among them, which also follows a real letter in correct text ("TÚ”", "bà…").
const continuationPunctuation = new Set(['‘', '’', '“', '”', '–', '—', '…', '•', '™', '‚', '„', '‹', '›', '†', '‡']);
// Letters of Vietnamese in the Latin-1 range: as lead bytes they are ambiguous before punctuation.
const latin1Vietnamese = /^[ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý]$/u;
const vietnameseMarks = /^[\u0300\u0301\u0302\u0303\u0306\u0309\u031B\u0323]*$/u;

/** True for a character of Vietnamese text: a letter with Vietnamese marks only, or its punctuation. */
function isVietnameseCharacter(char: string): boolean {
  if (/^[đĐ“”‘’–—…]$/u.test(char)) return true;
  const decomposed = char.normalize('NFD');
  return /^[a-zA-Z]/u.test(decomposed) && decomposed.length > 1 && vietnameseMarks.test(decomposed.slice(1));
}

/**
 * Where the text holds a real mojibake sequence: Windows-1252 characters whose bytes are one whole
 * UTF-8 sequence for a character of Vietnamese text ("á»¦" for "Ủ", "Ä‘" for "đ"). A Vietnamese
 * letter of the Latin-1 range followed by a curly quote, an ellipsis or a dash is correct text as
 * often as mojibake ("XÃ”" is "XÃ" + "”" or "Ô"), so such a sequence is not counted: correct text
 * is never refused for it.
 */
function mojibakeSequences(text: string): number[] {
  const chars = [...text];
  const offsets: number[] = [];
  let offset = 0;
  for (let i = 0; i < chars.length; offset += chars[i]!.length, i++) {
    const lead = bytesOfWindows1252(chars[i]!)?.[0];
    if (lead === undefined) continue;
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) continue;
    const tail = chars.slice(i + 1, i + length);
    const bytes = tail.map((c) => bytesOfWindows1252(c)?.[0]);
    if (tail.length < length - 1 || bytes.some((b) => b === undefined || b < 0x80 || b > 0xbf)) continue;
    let decoded: string;
    try {
      decoded = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from([lead, ...(bytes as number[])]));
    } catch {
      continue;
    }
    if (!isVietnameseCharacter(decoded)) continue;
    if (latin1Vietnamese.test(chars[i]!) && tail.every((c) => continuationPunctuation.has(c))) continue;
    offsets.push(offset);
  }
  return offsets;
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return line;
}

function fromUnicode(decoded: string, encoding: 'utf-8' | 'utf-16'): DecodeResult {
  const raw = decoded.replace(/\r\n?/g, '\n');
  const text = raw.normalize('NFC');
  const nfdNote = text !== raw ? 'normalised to NFC (the file had decomposed letters)' : null;
  const plain = vietnameseLikeness(text);

  // Mojibake of UTF-8: every character maps back to a Windows-1252 byte and those bytes are UTF-8.
  const bytes = bytesOfWindows1252(raw);
  if (bytes && mojibakePair.test(raw)) {
    let repaired: string | null = null;
    try {
      repaired = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      repaired = null;
    }
    // The repair is used only when it is exact: reading the repaired text's bytes as Windows-1252
    // gives back the file character for character.
    const exact = repaired !== null && readAsWindows1252(new TextEncoder().encode(repaired)) === raw;
    if (repaired !== null && exact && vietnameseLikeness(repaired.normalize('NFC')).score >= TRUSTED) {
      return { ok: true, text: finish(repaired), encoding, conversion: 'repaired mojibake: UTF-8 text that had been read as Windows-1252 and saved again' };
    }
  }
  // Two or more real mojibake sequences among characters that cannot be mapped back: some lines
  // were garbled and others not. One alone may be a slip in a clean text, so it is let pass.
  const sequences = bytes ? [] : mojibakeSequences(raw);
  if (sequences.length >= 2) {
    const line = lineOfOffset(raw, sequences[0]!);
    return {
      ok: false,
      found: 'mojibake mixed with correct Unicode text',
      line,
      message: `mojibake (UTF-8 read as Windows-1252, e.g. "á»¦y" for "Ủy") mixed with correct Vietnamese text, first at line ${line}; the mixture cannot be repaired exactly. Get a clean copy of the document, or re-save the original in UTF-8, and import it again`,
    };
  }
  if (plain.score >= PLAIN_UNICODE) return { ok: true, text, encoding, conversion: nfdNote };

  // TCVN3 or VNI bytes that were read as Windows-1252 and saved as UTF-8 ("Céng hoµ x· héi").
  if (bytes) {
    const ranked = rankLegacy(bytes);
    const winner = clearWinner(ranked);
    if (winner) {
      return {
        ok: true,
        text: winner.text,
        encoding: winner.name,
        conversion: `converted from ${legacyNames[winner.name]}: the ${legacyNames[winner.name]} text had been read as Windows-1252 and saved as UTF-8`,
      };
    }
  }
  const where = plain.firstInvalid ? `, first "${plain.firstInvalid.word}" at line ${plain.firstInvalid.line}` : '';
  return {
    ok: false,
    found: 'text that is not Vietnamese Unicode',
    line: plain.firstInvalid?.line ?? null,
    message: `the file is valid ${encoding.toUpperCase()} but ${plain.words - plain.valid} of ${plain.words} words with diacritics are not Vietnamese${where}; it is probably in a legacy encoding (TCVN3, VNI) that was saved as Unicode. Open it with the font it was written in and ${convertAdvice}`,
  };
}

function fromEightBit(bytes: Uint8Array): DecodeResult {
  const damage = utf8Damage(bytes);
  // Mostly UTF-8 with a few bad bytes: a damaged or concatenated file, not a legacy encoding.
  if (damage.multibyte > damage.invalid.length * 4) {
    const line = lineAt(bytes, damage.invalid[0]!);
    return {
      ok: false,
      found: 'damaged UTF-8',
      line,
      message: `the file is UTF-8 but has ${damage.invalid.length} invalid byte(s), first at line ${line}; it is damaged or mixes encodings. Re-export it from the original as UTF-8 and import it again`,
    };
  }
  const ranked = rankLegacy(bytes);
  const winner = clearWinner(ranked);
  if (winner) {
    return { ok: true, text: winner.text, encoding: winner.name, conversion: `converted from ${legacyNames[winner.name]}` };
  }
  const line = lineAt(bytes, bytes.findIndex((b) => b >= 0x80));
  return {
    ok: false,
    found: 'an 8-bit legacy encoding that could not be identified',
    line,
    message: `the file is not UTF-8: it is in an 8-bit legacy encoding (first non-ASCII byte at line ${line}) that could not be identified reliably (Vietnamese words read: ${scores(ranked)}); ${convertAdvice}`,
  };
}

/** Decodes a raw source file. Never throws. */
export function decodeSource(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  const bom16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (bom16) {
    try {
      return fromUnicode(new TextDecoder(bom16, { fatal: true }).decode(bytes.subarray(2)), 'utf-16');
    } catch {
      return { ok: false, found: 'damaged UTF-16', line: null, message: `the file starts like UTF-16 but is not valid UTF-16; re-save it as UTF-8 and import it again` };
    }
  }
  if (bytes.includes(0)) {
    return {
      ok: false,
      found: 'binary data',
      line: lineAt(bytes, bytes.indexOf(0)),
      message: `the file contains NUL bytes (first at line ${lineAt(bytes, bytes.indexOf(0))}): it is not a text file, or UTF-16 without a byte-order mark. Save it as plain text in UTF-8 and import it again`,
    };
  }
  try {
    return fromUnicode(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    return fromEightBit(bytes);
  }
}
