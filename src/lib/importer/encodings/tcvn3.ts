/**
 * TCVN3 (TCVN 5712:1993 "VN3", the "ABC" fonts .VnTime/.VnTimeH): a one-byte legacy encoding of
 * Vietnamese. ASCII stays ASCII; the bytes below stand for the Vietnamese letters. VN3 has no
 * upper-case letters with tone marks: headers were typed in the upper-case font (.VnTimeH) with the
 * lower-case codes, so "TØNH" is "TỈNH" on paper. `decodeTcvn3` restores that case from the word
 * around the letter.
 */

// byte → letter, from the TCVN3 table. Bytes not listed (0x80–0xA0, 0xAF–0xB4, 0xBA, 0xBF–0xC5,
// 0xCD, 0xD9–0xDB, 0xE0, 0xF0) are unused by VN3 and kept as their Latin-1 characters, so an
// unexpected byte stays visible instead of being silently guessed.
const table: Record<number, string> = {
  0xa1: 'Ă', 0xa2: 'Â', 0xa3: 'Ê', 0xa4: 'Ô', 0xa5: 'Ơ', 0xa6: 'Ư', 0xa7: 'Đ',
  0xa8: 'ă', 0xa9: 'â', 0xaa: 'ê', 0xab: 'ô', 0xac: 'ơ', 0xad: 'ư', 0xae: 'đ',
  0xb5: 'à', 0xb6: 'ả', 0xb7: 'ã', 0xb8: 'á', 0xb9: 'ạ',
  0xbb: 'ằ', 0xbc: 'ẳ', 0xbd: 'ẵ', 0xbe: 'ắ', 0xc6: 'ặ',
  0xc7: 'ầ', 0xc8: 'ẩ', 0xc9: 'ẫ', 0xca: 'ấ', 0xcb: 'ậ',
  0xcc: 'è', 0xce: 'ẻ', 0xcf: 'ẽ', 0xd0: 'é', 0xd1: 'ẹ',
  0xd2: 'ề', 0xd3: 'ể', 0xd4: 'ễ', 0xd5: 'ế', 0xd6: 'ệ',
  0xd7: 'ì', 0xd8: 'ỉ', 0xdc: 'ĩ', 0xdd: 'í', 0xde: 'ị',
  0xdf: 'ò', 0xe1: 'ỏ', 0xe2: 'õ', 0xe3: 'ó', 0xe4: 'ọ',
  0xe5: 'ồ', 0xe6: 'ổ', 0xe7: 'ỗ', 0xe8: 'ố', 0xe9: 'ộ',
  0xea: 'ờ', 0xeb: 'ở', 0xec: 'ỡ', 0xed: 'ớ', 0xee: 'ợ',
  0xef: 'ù', 0xf1: 'ủ', 0xf2: 'ũ', 0xf3: 'ú', 0xf4: 'ụ',
  0xf5: 'ừ', 0xf6: 'ử', 0xf7: 'ữ', 0xf8: 'ứ', 0xf9: 'ự',
  0xfa: 'ỳ', 0xfb: 'ỷ', 0xfc: 'ỹ', 0xfd: 'ý', 0xfe: 'ỵ',
};

const reverse = new Map<string, number>(Object.entries(table).map(([byte, letter]) => [letter, Number(byte)]));

/** Bytes that TCVN3 uses for letters; their share of the high bytes tells TCVN3 from other encodings. */
export const tcvn3LetterBytes: ReadonlySet<number> = new Set(Object.keys(table).map(Number));

/** Decodes TCVN3 bytes to Unicode (NFC), restoring upper case inside upper-case words. */
export function decodeTcvn3(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += table[byte] ?? String.fromCharCode(byte);
  return restoreUpperCase(text);
}

/**
 * Encodes Unicode text to TCVN3, upper-case toned letters as their lower-case codes (the way the
 * upper-case font was typed). Returns null when a character has no TCVN3 code. Used by tests and by
 * anyone who has to produce a TCVN3 sample.
 */
export function encodeTcvn3(text: string): Uint8Array | null {
  const out: number[] = [];
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const byte = reverse.get(char) ?? reverse.get(char.toLowerCase());
    if (byte === undefined) return null;
    out.push(byte);
  }
  return Uint8Array.from(out);
}

// "TỉNH" → "TỈNH": a lower-case VN3 letter in a word with no other lower-case letter was typed in
// the upper-case font. A word needs two capitals to tell ("Uỷ" in running text is normal case), or
// one capital and a space from such a word ("UỶ BAN").
function restoreUpperCase(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const parts = line.split(/(\p{L}+)/u);
      const isWord = (i: number) => i % 2 === 1;
      const uppercaseCount = (w: string) => [...w].filter((l) => l !== l.toLowerCase()).length;
      const onlyVn3Lower = (w: string) => [...w].every((l) => l === l.toUpperCase() || (reverse.has(l) && l === l.toLowerCase()));
      const strong = parts.map((w, i) => isWord(i) && onlyVn3Lower(w) && uppercaseCount(w) >= 2);
      return parts
        .map((w, i) => {
          if (!isWord(i) || !onlyVn3Lower(w) || uppercaseCount(w) === 0) return w;
          const spaceOnly = (gap: string | undefined) => gap !== undefined && /^ +$/.test(gap);
          const nextToStrong = (spaceOnly(parts[i - 1]) && strong[i - 2]) || (spaceOnly(parts[i + 1]) && strong[i + 2]);
          return strong[i] || nextToStrong ? w.toUpperCase() : w;
        })
        .join('');
    })
    .join('\n');
}
