/**
 * Reading a document file's bytes as text, with a located error for every way a file can fail to be
 * UTF-8: the loader used to decode with replacement, so a file in Windows-1258 or TCVN3 was published
 * with "�" for every Vietnamese letter, and a UTF-16 file was reported as "no frontmatter".
 * Pure: bytes in, text or problems out.
 */
export interface DecodedFile {
  /** The text, when the bytes are UTF-8 (a byte order mark is kept: parseDocumentFile reports it). */
  text?: string;
  problems: Array<{ line: number; message: string }>;
}

const convert =
  'convert it to UTF-8: re-import the raw text with npm run import (it reads UTF-16, Windows-1258, TCVN3 and VNI), or in an editor use "Save with encoding" → UTF-8';

export function decodeDocumentBytes(bytes: Uint8Array): DecodedFile {
  const utf16 = utf16Kind(bytes);
  if (utf16) {
    return { problems: [{ line: 1, message: `the file is encoded in UTF-16 (${utf16}), not UTF-8; ${convert}` }] };
  }
  const invalid = invalidUtf8Offsets(bytes);
  if (invalid.length === 0) return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), problems: [] };
  const first = invalid[0]!;
  const { line, column } = positionOfByte(bytes, first);
  const more = invalid.length > 1 ? ` (and ${invalid.length - 1} more invalid byte sequence${invalid.length > 2 ? 's' : ''})` : '';
  return {
    problems: [
      {
        line,
        message: `the file is not valid UTF-8: byte 0x${bytes[first]!.toString(16).toUpperCase().padStart(2, '0')} at line ${line}, column ${column}${more}; the file is in another encoding (Windows-1252/1258, TCVN3, VNI…): ${convert}`,
      },
    ],
  };
}

/** "little-endian"/"big-endian" for UTF-16 text (by its byte order mark, or by its zero bytes), else null. */
function utf16Kind(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'little-endian, byte order mark FF FE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'big-endian, byte order mark FE FF';
  // Without a mark: Latin text in UTF-16 has a zero byte in every other position ("-\0-\0-\0").
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = sample / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return 'little-endian, no byte order mark';
  if (even > pairs * 0.3 && odd < pairs * 0.05) return 'big-endian, no byte order mark';
  return null;
}

/** Byte offsets where an invalid UTF-8 sequence starts (overlong forms, surrogates and values past U+10FFFF included). */
export function invalidUtf8Offsets(bytes: Uint8Array): number[] {
  const found: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Lead byte: how many continuation bytes follow, and the range allowed for the first of them.
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // past U+10FFFF
    }
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf)) ok = false;
    }
    if (ok) {
      i += need + 1;
      continue;
    }
    found.push(i);
    i++;
  }
  return found;
}

/** 1-based line and column (in characters) of a byte, as an editor shows them. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: [...before].length + 1 };
}
