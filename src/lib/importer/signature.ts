import { signingPrefixes } from '../content/document-schema.ts';
import { readDateLine, type DateReading } from './date-line.ts';
import { cellsOf, type Cell } from './header-cells.ts';
import { properCase } from './proper-case.ts';
import { isBlank, type SourceLine } from './source-lines.ts';

/**
 * The end of a document: the signature block (authority, title, name) and "Nơi nhận" (the
 * distribution list). Flattened layouts put them in either order, side by side on one line
 * ("Nơi nhận:   TRƯỞNG BAN"), or interleaved row by row, so every cell is read by what it is.
 */
export type SigningPrefix = (typeof signingPrefixes)[number];

export interface SignerReading {
  authority: { prefix: SigningPrefix; of: string } | null;
  title: string | null;
  name: string | null;
}

export interface ClosingReading {
  /** Index (into the lines given) where the closing part starts; lines.length when there is none. */
  start: number;
  signer: SignerReading | null;
  /** Source line of the first signature line, or null. */
  signerLine: number | null;
  /** Source line of the name, or null. */
  nameLine: number | null;
  recipients: string[];
  /** Source line of "Nơi nhận", or null when not printed. */
  recipientsLine: number | null;
  /** Cells of the closing part that are neither signature nor recipients, kept so nothing is lost. */
  leftover: Cell[];
  /** A place-and-date line printed by the signature ("Hà Nội, ngày 5 tháng 3 năm 2024"), or null. */
  date: (DateReading & { line: number }) | null;
}

const prefixPattern = /^(TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L)\s*[.]?\s*(?=\p{Lu})/u;
const oldPrefixes: Record<string, SigningPrefix> = { 'T/M': 'TM.', 'K/T': 'KT.', 'T/L': 'TL.' };

function isUpperCase(text: string): boolean {
  return /\p{L}.*\p{L}/u.test(text) && text === text.toUpperCase() && !/^[-+•]/u.test(text);
}

/** "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ". */
function readPrefix(text: string): { prefix: SigningPrefix; rest: string } | null {
  const m = prefixPattern.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length).trim();
  if (!isUpperCase(rest)) return null;
  // "Q" needs its dot: "QUYỀN" is a word, "Q. GIÁM ĐỐC" a prefix.
  if (m[1] === 'Q' && !m[0].includes('.')) return null;
  const prefix = oldPrefixes[m[1]!] ?? (`${m[1]}.` as SigningPrefix);
  return { prefix, rest };
}

// One word of a name: "Bình", and the names of the Central Highlands peoples, "Y", "H'Vi", "ÊBan",
// "Ksor", "Niê": a capital, then syllables that may start with a capital or an apostrophe, but no
// run of capitals ("UBND").
const nameWord = "\\p{Lu}\\p{Ll}*(?:['’]?\\p{Lu}?\\p{Ll}+)*";
const personName = new RegExp(`^${nameWord}(?:\\s+${nameWord}){1,5}$`, 'u');

/** "Đỗ Thanh Bình", "Ksor H'Bin": two to six capitalised words, not all in capitals, nothing else. */
export function isPersonName(text: string): boolean {
  return personName.test(text) && text !== text.toUpperCase();
}

/** "PHÓ CHỦ TỊCH Nguyễn Văn An" in one cell (a flattened table): the title and the name. */
function titleAndName(text: string): { title: string; name: string } | null {
  const words = text.split(/\s+/u);
  for (let k = 2; k <= Math.min(6, words.length - 1); k++) {
    const title = words.slice(0, words.length - k).join(' ');
    const name = words.slice(words.length - k).join(' ');
    if (isUpperCase(title) && isPersonName(name)) return { title, name };
  }
  return null;
}

// Items of a distribution list run together in one cell: "- Như trên; - Sở Nội vụ; - Lưu: VT.".
const runTogether = /(?<=[;.])\s+(?=[-+•–]\s)/u;

const signedMark = /^[([]?\s*(?:đã\s*ký|ký\s*tên|ký\s*và\s*đóng\s*dấu|ký,?\s*đóng\s*dấu|daky|chữ\s*ký)[^)\]]*[)\]]?$/iu;
const recipientsLabel = /^nơi\s*nhận\s*:?\s*/iu;
const item = /^[-+•–]\s*/u;
const label = /^[\p{L}\s]{2,40}:$/u;

function isSignatureCell(text: string): boolean {
  return readPrefix(text) !== null || isUpperCase(text) || isPersonName(text) || titleAndName(text) !== null || signedMark.test(text) || placeAndDate(text) !== null;
}

/** Start of the run of signature lines that ends just before `end`, or `end` when there is none. */
function signatureBlockBefore(lines: readonly SourceLine[], from: number, end: number): number {
  let start = end;
  let hasSignature = false;
  for (let i = end - 1; i >= from; i--) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const cells = cellsOf(line);
    if (cells.length === 0) continue;
    if (!cells.every((c) => isSignatureCell(c.text))) break;
    // An upper-case line alone is as likely a heading of the body; a prefix or a name is not.
    hasSignature ||= cells.some((c) => readPrefix(c.text) !== null || isPersonName(c.text) || titleAndName(c.text) !== null);
    start = i;
  }
  return hasSignature ? start : end;
}

/**
 * A place-and-date line by the signature ("Hà Nội, ngày 4 tháng 5 năm 2021"); not the end of a
 * sentence that happens to end in a date ("… thông qua ngày 18 tháng 11 năm 2011.").
 */
function placeAndDate(text: string): DateReading | null {
  const date = readDateLine(text);
  if (!date) return null;
  const place = date.place;
  return place === null || (/^\p{Lu}/u.test(place) && !/\d/u.test(place) && place.split(/\s+/u).length <= 6) ? date : null;
}

/** Cleans one list item: "- Lưu: VT, tthuy." → "Lưu: VT, tthuy". */
export function cleanItem(text: string): string {
  return text.replace(item, '').replace(/[\s;.,]+$/u, '').trim();
}

/** Reads the closing part of lines[from…]. */
export function readClosing(lines: readonly SourceLine[], from: number): ClosingReading {
  let recipientsIndex = -1;
  for (let i = lines.length - 1; i >= from; i--) {
    const first = cellsOf(lines[i]!)[0];
    if (first && recipientsLabel.test(first.text)) {
      recipientsIndex = i;
      break;
    }
  }
  const start =
    recipientsIndex >= 0 ? signatureBlockBefore(lines, from, recipientsIndex) : signatureBlockBefore(lines, from, lines.length);

  const result: ClosingReading = { start, signer: null, signerLine: null, nameLine: null, recipients: [], recipientsLine: null, leftover: [], date: null };
  // Mutable state of the reading, in one object because `take` is a closure.
  const state = { authority: null as SignerReading['authority'], titles: [] as string[], name: null as string | null, inRecipients: false, blankBefore: false };

  const take = (cell: Cell): void => {
    const text = cell.text;
    if ((state.inRecipients || item.test(text)) && runTogether.test(text)) {
      for (const part of text.split(runTogether)) take({ ...cell, text: part });
      return;
    }
    if (recipientsLabel.test(text)) {
      state.inRecipients = true;
      result.recipientsLine = cell.line;
      const rest = text.replace(recipientsLabel, '').trim();
      if (rest) take({ ...cell, text: rest });
      return;
    }
    if (signedMark.test(text)) return;
    const date = result.date ? null : placeAndDate(text);
    if (date) {
      result.date = { ...date, line: cell.line };
      return;
    }
    const prefix = readPrefix(text);
    if (prefix) {
      result.signerLine ??= cell.line;
      if (!state.authority) state.authority = { prefix: prefix.prefix, of: properCase(prefix.rest, 'office') };
      else state.titles.push(`${prefix.prefix} ${properCase(prefix.rest, 'office')}`);
      return;
    }
    if (item.test(text)) {
      state.inRecipients = true;
      const cleaned = cleanItem(text);
      if (cleaned) result.recipients.push(cleaned);
      return;
    }
    if (state.inRecipients && label.test(text) && text !== text.toUpperCase()) return; // "Bản điện tử:"
    if (isUpperCase(text)) {
      result.signerLine ??= cell.line;
      state.titles.push(properCase(text, 'office'));
      return;
    }
    const both = titleAndName(text);
    if (both) {
      result.signerLine ??= cell.line;
      state.titles.push(properCase(both.title, 'office'));
      state.name = both.name;
      result.nameLine = cell.line;
      return;
    }
    const last = result.recipients.length - 1;
    const continues = state.inRecipients && last >= 0 && !state.blankBefore && (/^\p{Ll}/u.test(text) || (!/[;.]$/u.test(result.recipients[last]!) && !isPersonName(text)));
    if (continues) {
      result.recipients[last] = cleanItem(`${result.recipients[last]} ${text}`);
      return;
    }
    if (isPersonName(text)) {
      state.name = text;
      result.nameLine = cell.line;
      return;
    }

    if (state.inRecipients && /^Lưu\b/u.test(text)) {
      result.recipients.push(cleanItem(text));
      return;
    }
    result.leftover.push(cell);
  };

  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) {
      state.blankBefore = true;
      continue;
    }
    for (const cell of cellsOf(line)) take(cell);
    state.blankBefore = false;
  }
  const { authority, titles, name } = state;
  if (authority || titles.length > 0 || name) {
    result.signer = { authority, title: titles.length > 0 ? titles.join(', ') : null, name };
  }
  return result;
}
