import { foldForMatch } from '../text/vietnamese.ts';
import { readDate } from './dates.ts';
import { readIssuer } from './issuers.ts';
import type { Normalized } from './normalize.ts';
import { spanIndex } from './span-index.ts';
import { readSymbol } from './symbol.ts';
import { typeOfWord, typeWordPattern } from './type-words.ts';
import type { AliasDefinition, Candidate, IssuerClause, SymbolPart } from './types.ts';

/**
 * Stage 2: find. Candidate references in the normalized text, in three kinds:
 * - full: a number-symbol of one of the four shapes, with its optional type word before it and its
 *   optional date and issuer clause after it ("Nghị định số 56/2012/NĐ-CP ngày 16/7/2012 của Chính phủ");
 * - short: a type word and a bare number ("Nghị định 56", "Chỉ thị số 21"), which counts only if
 *   something earlier in the text gives it a meaning (decided in resolve);
 * - name: a name the archive knows a document by ("Luật Bình đẳng giới").
 * Also the explicit aliases "(sau đây gọi tắt là …)", bound to their reference in resolve.
 *
 * Not references, by construction: dates (16/7/2012: no code after the slash), ranges (2016-2020,
 * 2015- 2020), phone numbers (037.714.155), section numbers ("1.", "II."), "Quý I/2018", "B/cáo",
 * "v/v", and the document's own "Số: 96/KH-UBND" header or a blank "Số: …/KH-UBND" placeholder.
 */
export interface Found {
  candidates: Candidate[];
  aliases: AliasDefinition[];
}

export interface FindOptions {
  /** Names documents are cited by (from the registry): "Luật Bình đẳng giới". */
  names?: readonly string[];
}

// A number not glued to a word, another number, a slash or a dot ("7" in 16/7/2012, "714" in 037.714.155),
// with the one-letter suffix of a number inserted into a register ("217b/UBND-KGVX", "123A/QĐ-UBND")
// when a symbol separator follows the letter.
const numberPattern = /(?<![\p{L}\p{N}/.&-])\d{1,6}(?!\p{N})(?:[a-zA-Z](?=\s{0,12}[/-]))?/gu;
/** The number as the archive keys it: a letter suffix in lower case ("123A" → "123a"), as keyOf does. */
const numberText = (written: string) => written.toLowerCase();
// Codes are capitals (with Đ, Ư, digits and &), at least two characters, plus the few mixed-case ones.
const code = String.raw`(?:TTg|CTr|TTr|QĐi|QyĐ|[A-ZĐƯ][A-ZĐƯ0-9&]*[A-ZĐƯ0-9])(?![\p{L}\p{N}&])`;
// Up to 12 whitespace characters around a separator: "21- CT/TW", "68 /UBND", "08/KH-\n\n\n\nUBND".
const partPattern = new RegExp(String.raw`(\s{0,12})([/-])(\s{0,12})((?:19|20)\d{2}(?![\p{L}\p{N}])|${code})`, 'uy');
const typeWordBefore = new RegExp(String.raw`(^|[^\p{L}\p{N}])(${typeWordPattern})((?:\s+so)?\s*:?\s*)$`, 'u');
const shortPattern = new RegExp(
  String.raw`(^|[^\p{L}\p{N}])(${typeWordPattern})(\s+so)?\s+(\d{1,6}(?:[a-z](?![\p{L}\p{N}]))?)(?:\s*/\s*((?:19|20)\d{2}))?(?![\p{L}\p{N}])`,
  'gu',
);
const ownNumberHeader = /Số\s*:\s*[*_]*\s*$/u;
const formCode = /(?<![a-z])(?:mau|bieu(?:\s+mau)?)(?:\s+so)?\s*:?\s*$/u;
const aliasPattern = /\(\s*[*_]*\s*(?:sau day\s+)?(?:duoc\s+)?(?:goi|viet)\s+(?:tat|chung)\s+la\s*:?\s*[*_"“”']*\s*([^()]{1,80}?)\s*[*_"“”']*\s*\)/dgu;
const aliasShortForm = new RegExp(String.raw`^(${typeWordPattern})(\s+so)?\s+(\d{1,6}[a-z]?)$`, 'u');

function readParts(n: Normalized, from: number): Array<SymbolPart & { end: number }> {
  const parts: Array<SymbolPart & { end: number }> = [];
  let pos = from;
  while (parts.length < 6) {
    partPattern.lastIndex = pos;
    const m = partPattern.exec(n.text);
    if (!m) break;
    const isYear = /^\d/.test(m[4]!);
    // A year segment only right after the number and a slash: "56/2012/…", never "2016-2020".
    if (isYear && !(parts.length === 0 && m[2] === '/')) break;
    parts.push({ separator: m[2] as '/' | '-', text: m[4]!, spaced: m[1]!.length + m[3]!.length > 0, end: pos + m[0].length });
    pos += m[0].length;
  }
  return parts;
}

/** Where the type word before `pos` starts, and its type; null when there is none. */
function typeWordAt(n: Normalized, pos: number): { start: number; type: Candidate['typeWordType'] } | null {
  const from = Math.max(0, pos - 50);
  const m = typeWordBefore.exec(n.folded.slice(from, pos));
  if (!m) return null;
  const type = typeOfWord(m[2]!);
  return type === undefined ? null : { start: from + m.index + m[1]!.length, type };
}

/**
 * The text after a reference up to the end of its clause ("đến hành Chương trình hành động …"), and
 * the subject when that text starts like one ("về tiếp tục đẩy mạnh công tác phụ nữ …").
 */
function readFollowing(n: Normalized, pos: number): { following: string | null; abstract: string | null } {
  const lead = /^\s*,?\s*/u.exec(n.text.slice(pos, pos + 20))!;
  const start = pos + lead[0].length;
  const rest = n.text.slice(start, start + 300);
  const stop = /;|\n\s*\n|\.(?=\s+\p{Lu}|\s*$)|\(\s*[*_]*\s*sau đây/u.exec(rest);
  const following = (stop ? rest.slice(0, stop.index) : rest).replace(/\s+/g, ' ').trim() || null;
  const isSubject = /^(?:ve|v\/v|quy dinh|ban hanh|huong dan)(?![a-z])/u.test(n.folded.slice(start, start + 12));
  return { following, abstract: isSubject ? following : null };
}

function issuerAfter(n: Normalized, pos: number): { clause: IssuerClause; end: number } | null {
  const m = /^\s*,?\s*(?:cua|do)\s+/u.exec(n.folded.slice(pos, pos + 30));
  return m ? readIssuer(n, pos + m[0].length) : null;
}

/**
 * "của Ban Thường vụ Tỉnh ủy tại Công văn số …": the issuer named before the reference. A request
 * from two bodies names the second after "và": "Theo đề nghị của Hội đồng quản lý Quỹ … tại Đơn đề
 * nghị ngày 30/6/2025 và Sở Nội vụ tại Tờ trình số 82/TTr-SNV". The nearest start that reads as a
 * body and ends right at "tại" wins, so "và" inside a name ("Sở Lao động - Thương binh và Xã hội tại")
 * falls back to the "của" before it.
 */
function issuerBefore(n: Normalized, pos: number): IssuerClause | null {
  const from = Math.max(0, pos - 120);
  const window = n.folded.slice(from, pos);
  if (!/\stai\s+$/u.test(window)) return null;
  const starts = [...window.matchAll(/(?<![a-z])(?:cua|va)\s+/gu)].reverse();
  for (const s of starts) {
    const read = readIssuer(n, from + s.index + s[0].length);
    if (read && /^\s+tai\s+$/u.test(n.folded.slice(read.end, pos))) return { ...read.clause, preceding: true };
  }
  return null;
}

function findFull(n: Normalized): Candidate[] {
  const found: Candidate[] = [];
  let after = 0;
  for (const m of n.text.matchAll(numberPattern)) {
    const numberStart = m.index;
    if (numberStart < after) continue;
    const numberEnd = numberStart + m[0].length;
    const parts = readParts(n, numberEnd);
    const read = readSymbol(parts);
    if (!read) continue;
    // "Số: 96/KH-UBND" is the document's own number, not a reference to another document; "Mẫu số
    // 02/BC-UBND" is a form's code.
    if (ownNumberHeader.test(n.text.slice(Math.max(0, numberStart - 12), numberStart))) continue;
    if (formCode.test(n.folded.slice(Math.max(0, numberStart - 20), numberStart))) continue;
    const used = parts.slice(0, read.used);
    const symbolEnd = used[used.length - 1]!.end;
    const typeWord = typeWordAt(n, numberStart);
    const coreStart = typeWord ? typeWord.start : numberStart;
    let end = symbolEnd;
    let date = readDate(n, end);
    if (date) end = date.end;
    const issuer = issuerAfter(n, end);
    if (issuer) {
      end = issuer.end;
      if (!date) {
        date = readDate(n, end);
        if (date) end = date.end;
      }
    }
    found.push({
      kind: 'full',
      start: coreStart,
      end,
      coreStart,
      coreEnd: symbolEnd,
      typeWordType: typeWord?.type ?? null,
      hasTypeWord: typeWord !== null,
      number: numberText(m[0]),
      parts: used.map(({ separator, text, spaced }) => ({ separator, text, spaced })),
      shortYear: null,
      date: date?.date ?? null,
      issuer: issuer?.clause ?? issuerBefore(n, coreStart),
      ...readFollowing(n, end),
      name: null,
    });
    after = symbolEnd;
  }
  return found;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function findShort(n: Normalized, taken: Array<{ start: number; end: number }>): Candidate[] {
  const found: Candidate[] = [];
  const takenIndex = spanIndex(taken);
  for (const m of n.folded.matchAll(shortPattern)) {
    const start = m.index + m[1]!.length;
    const end = m.index + m[0].length;
    const type = typeOfWord(m[2]!);
    if (!type) continue;
    // Short forms are written with a capital ("Nghị định 56"); "kế hoạch 5 năm" is not one.
    if (!/^\p{Lu}/u.test(n.text[start]!)) continue;
    if (/^\s*[/-]\s*[\p{L}\p{N}]/u.test(n.text.slice(end, end + 16))) continue;
    if (/^\s+(?:nam|thang|ngay|tuan|lan|gio|phut)(?![a-z])|^\s*%/u.test(n.folded.slice(end, end + 10))) continue;
    const span = { start, end };
    if (takenIndex.overlaps(span)) continue;
    found.push({
      kind: 'short',
      start,
      end,
      coreStart: start,
      coreEnd: end,
      typeWordType: type,
      hasTypeWord: true,
      number: m[4]!,
      parts: [],
      shortYear: m[5] ? Number(m[5]) : null,
      date: null,
      issuer: null,
      abstract: null,
      following: null,
      name: null,
    });
  }
  return found;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function findNames(n: Normalized, names: readonly string[]): Candidate[] {
  const found: Candidate[] = [];
  for (const name of new Set(names)) {
    const folded = foldForMatch(name);
    if (!folded) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${folded.split(' ').map(escapeRegExp).join(String.raw`\s+`)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of n.folded.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      found.push({
        kind: 'name', start, end, coreStart: start, coreEnd: end, typeWordType: null, hasTypeWord: false, number: null,
        parts: [], shortYear: null, date: null, issuer: null, abstract: null, following: null, name,
      });
    }
  }
  // Longest first, then drop names inside longer ones ("Luật Bình đẳng giới" over "Bình đẳng giới").
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of found) if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  return kept;
}

function findAliases(n: Normalized): AliasDefinition[] {
  const aliases: AliasDefinition[] = [];
  for (const m of n.folded.matchAll(aliasPattern)) {
    const [textStart, textEnd] = m.indices![1]!;
    const folded = n.folded.slice(textStart, textEnd).replace(/\s+/g, ' ');
    const short = aliasShortForm.exec(folded);
    aliases.push({
      text: n.text.slice(textStart, textEnd).replace(/\s+/g, ' '),
      start: m.index,
      end: m.index + m[0].length,
      type: short ? (typeOfWord(short[1]!) ?? null) : null,
      number: short ? short[3]! : null,
    });
  }
  return aliases;
}

export function find(n: Normalized, options: FindOptions = {}): Found {
  const full = findFull(n);
  const aliases = findAliases(n);
  let names = findNames(n, options.names ?? []);
  // "Luật Bình đẳng giới số 73/2006/QH11": the name is the type word of the full reference after it.
  names = names.filter((name) => {
    const next = full.find((f) => !f.hasTypeWord && f.start >= name.end && /^\s*(?:so\s*:?\s*)?$/u.test(n.folded.slice(name.end, f.start)));
    if (next) {
      next.start = name.start;
      next.coreStart = name.start;
      next.hasTypeWord = true;
      return false;
    }
    return !full.some((f) => overlaps(f, name));
  });
  const taken = [...full, ...names, ...aliases];
  const short = findShort(n, taken);
  const candidates = [...full, ...names, ...short].sort((a, b) => a.start - b.start);
  return { candidates, aliases };
}
