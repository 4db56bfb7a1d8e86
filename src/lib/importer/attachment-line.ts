import { readDateLine, type DateReading } from './date-line.ts';
import { plainText, type SourceLine } from './source-lines.ts';

/**
 * An attachment (Điều lệ, Quy chế, Quy định issued with a decision) has no number, date or
 * signature of its own: under its title it says whose it is, "(Kèm theo Quyết định số /QĐ-UBND
 * ngày … tháng 8 năm 2025 của Chủ tịch UBND tỉnh Lâm Đồng)", often over two lines. That line gives
 * the date of issue (the decision's) and the issuing body (the decision's signatory authority).
 */
export interface AttachmentReading {
  /** The decision's date as printed, partial when its day or month is blank. */
  date: DateReading;
  /** "Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng", from "của …"; null when not printed. */
  issuer: string | null;
  /** The decision's number-symbol as printed ("/QĐ-UBND" when blank). */
  parent: string;
  line: number;
}

const opening = /^\(?\s*(?:được\s+)?(?:ban\s+hành\s+)?kèm\s+theo\s+/iu;
const whole = /kèm\s+theo\s+(Quyết định|Nghị quyết|Thông tư|Nghị định)\s+số\s*([^\s]*\s*\/\s*[^\s]+)\s+(ngày[^()]*?năm\s+\d{4})\s*(?:của\s+([^()]+?))?\s*\)?\s*$/iu;

const expansions: Array<[RegExp, string]> = [
  [/\bUBND\b/gu, 'Ủy ban nhân dân'],
  [/\bHĐND\b/gu, 'Hội đồng nhân dân'],
  [/\bTTg\b/gu, 'Thủ tướng Chính phủ'],
];

/** The attachment line among `lines[from, to)`, or null. */
export function readAttachmentLine(lines: readonly SourceLine[], from: number, to: number): AttachmentReading | null {
  for (let i = from; i < Math.min(to, lines.length); i++) {
    const first = plainText(lines[i]!.text);
    if (!opening.test(first)) continue;
    // Join up to three lines, until the closing parenthesis.
    let text = first;
    for (let j = i + 1; j < Math.min(i + 3, lines.length) && !text.includes(')'); j++) text += ` ${plainText(lines[j]!.text)}`;
    const m = whole.exec(text.replace(/\s+/gu, ' '));
    if (!m) return null;
    const date = readDateLine(m[3]!.trim());
    if (!date) return null;
    let issuer = m[4]?.trim().replace(/[.;,]+$/u, '') ?? null;
    if (issuer) for (const [pattern, full] of expansions) issuer = issuer.replace(pattern, full);
    return { date: { ...date, place: null }, issuer, parent: m[2]!.replace(/\s+/gu, ''), line: lines[i]!.line };
  }
  return null;
}
