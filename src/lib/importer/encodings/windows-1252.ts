/**
 * Windows-1252, the code page a Western Windows uses to read bytes as text. Mojibake is text whose
 * bytes were read through it: to undo that, each character has to be turned back into its byte.
 */

// The characters Windows-1252 puts at 0x80–0x9F; the rest of 0xA0–0xFF is Latin-1.
const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const toByte = new Map<string, number>([...high].map((char, i) => [char, 0x80 + i]));

/** Reads bytes the way Windows-1252 does (undefined bytes become the C1 control of the same value). */
export function readAsWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte < 0xa0 ? high[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/** The bytes that Windows-1252 would have read as this text; null when a character is not in the code page. */
export function bytesOfWindows1252(text: string): Uint8Array | null {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const byte = toByte.get(char) ?? (code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : undefined);
    if (byte === undefined) return null;
    out[n++] = byte;
  }
  return out.subarray(0, n);
}
