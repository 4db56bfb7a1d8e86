import { documentType, documentTypes, type DocumentTypeSlug } from '../identity/document-types.ts';
import { parseNumberSymbol } from '../identity/number-symbol.ts';
import { provinces } from '../places/provinces.ts';
import { provinceForIssuerPlace } from '../places/province-era.ts';
import { foldSameLength } from './fold.ts';
import type { Cell } from './header-cells.ts';
import { readDateLine, type DateReading } from './date-line.ts';
import { readTop } from './header-top.ts';
import { readIssuer, type IssuerLevel } from './issuer.ts';
import type { Missing } from './missing.ts';
import { properCase } from './proper-case.ts';
import { readAttachmentLine } from './attachment-line.ts';
import { readClosing, cleanItem, type SignerReading } from './signature.ts';
import { plainText, type SourceLine } from './source-lines.ts';

/**
 * Extracts the metadata of a document from its header (top) and its closing part (signature and
 * recipients), with the source line of each, and lists what it could not determine. Pure: lines in,
 * fields out. The body is lines[bodyStart, bodyEnd).
 */
export interface HeaderFields {
  type: DocumentTypeSlug | null;
  numberSymbol: string | null;
  /**
   * The symbol of the number-symbol ("TTr-SNV" of "303/TTr-SNV"), also when the number is blank
   * ("Số:     /TTr-SNV", a draft) or unreadable; null when there is no "Số:" line. Not stored: it
   * lets a draft be matched with its issued copy.
   */
  symbol: string | null;
  year: number | null;
  title: string | null;
  issuer: { name: string; parent: string | null; level: IssuerLevel } | null;
  province: string | null;
  district: string | null;
  place: string | null;
  issued: string | null;
  signer: SignerReading | null;
  addressees: string[];
  recipients: string[];
}

export interface HeaderResult {
  fields: HeaderFields;
  /** Source line each field was read from. */
  found: Partial<Record<keyof HeaderFields, number>>;
  missing: Missing[];
  bodyStart: number;
  bodyEnd: number;
  /** Text of the closing part that fits no field; the importer keeps it at the end of the body. */
  leftover: Cell[];
  /** The header carried "ĐẢNG CỘNG SẢN VIỆT NAM" instead of the national motto. */
  party: boolean;
}

function typeOfSymbol(symbol: string | null): DocumentTypeSlug | null {
  if (!symbol) return null;
  // A blank number still has its symbol; "1/" stands in for the number to parse it.
  const parsed = parseNumberSymbol(/^\d/u.test(symbol) ? symbol : symbol.includes('/') ? `1-${symbol}` : `1/${symbol}`);
  if (!parsed) return null;
  if (parsed.shape === 'cong-van') return 'cong-van';
  // Party "CT/TW" is a chỉ thị, administrative "CT-UBND" too; the issuer code tells Cục Thuế's "CT-CS" apart only by context.
  return documentTypes.find((t) => (t.codes as readonly string[]).includes(parsed.typeCode ?? ''))?.slug ?? null;
}

function sentence(cells: readonly Cell[]): string | null {
  const text = cells
    .map((c) => c.text.trim())
    .join(' ')
    .replace(/\s+/gu, ' ')
    .replace(/[\s.;:,]+$/u, '')
    .trim();
  if (!text) return null;
  if (text === text.toUpperCase() && /\p{L}{2}/u.test(text)) return properCase(text, 'title');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const closingSentence = /^(.{3,80}?)\s+thông báo\s+(?:để|cho|đến)\s/u;

/** "Văn phòng UBND tỉnh thông báo để …": the body that speaks in the last sentences. */
function issuerFromClosing(lines: readonly SourceLine[], from: number, to: number): { name: string; level: IssuerLevel | null; line: number } | null {
  for (let i = to - 1; i >= from && i >= to - 8; i--) {
    const m = closingSentence.exec(plainText(lines[i]!.text));
    if (!m) continue;
    const name = m[1]!.replace(/\bUBND\b/u, 'Ủy ban nhân dân').replace(/\bHĐND\b/u, 'Hội đồng nhân dân');
    const level: IssuerLevel | null = /tỉnh$/u.test(name) ? 'tinh' : /(huyện|quận|thị xã)$/u.test(name) ? 'huyen' : /(xã|phường|thị trấn)$/u.test(name) ? 'xa' : null;
    return { name, level, line: lines[i]!.line };
  }
  return null;
}

// "Luật này đã được Quốc hội … khoá XI, kỳ họp thứ 10 thông qua ngày 29 tháng 11 năm 2006": the
// legal date of a law, an ordinance or a resolution of the National Assembly.
const closingFormula = /(?:luật|bộ luật|pháp lệnh|nghị quyết|hiến pháp)\s+này\s+(?:đã\s+)?được\s+[^.;]{0,300}?thông\s+qua\s+(ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4}))/iu;

/** The closing formula of a law, read over up to three lines because it is often wrapped. */
function readClosingFormula(lines: readonly SourceLine[], from: number): DateSource | null {
  for (let i = lines.length - 1; i >= from; i--) {
    const window = lines
      .slice(i, i + 3)
      .map((l) => plainText(l.text))
      .join(' ');
    const m = closingFormula.exec(window);
    // The formula must start on this line; the windows of the lines above contain it too.
    if (!m || m.index >= plainText(lines[i]!.text).length) continue;
    const date = readDateLine(m[1]!);
    if (!date) continue;
    return { ...date, place: null, line: lines[i]!.line, from: 'closing-formula' };
  }
  return null;
}

/** A date of issue, and where it was read. */
type DateSource = DateReading & { line: number; from: 'date-line' | 'closing-formula' | 'signature' | 'attachment' };

const sourceNames: Record<DateSource['from'], string> = {
  'date-line': 'the place-and-date line',
  'closing-formula': 'the closing formula',
  signature: 'the date by the signature',
  attachment: 'the decision it is attached to ("Kèm theo Quyết định …")',
};

/** Two readings of the date agree when one is the other, or a part of it ("2025-09" of "2025-09-16"). */
function agree(a: string | null, b: string | null): boolean {
  return a === null || b === null || a.startsWith(b) || b.startsWith(a);
}

const bodyDate = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(\d{4})/iu;

/** The first date written in the text, shown to the archivist as a hint only: it may be a cited document's. */
function firstDate(lines: readonly SourceLine[], from: number, to: number): { text: string; line: number } | null {
  for (let i = from; i < to; i++) {
    const m = bodyDate.exec(lines[i]!.text);
    if (m) return { text: m[0], line: lines[i]!.line };
  }
  return null;
}

// Heads of a body who issue decisions in their own name (Nghị định 30/2020, Phụ lục I).
const heads: Array<[RegExp, string]> = [
  [/^CHỦ TỊCH\s+/u, 'Chủ tịch'],
  [/^BỘ TRƯỞNG\s+/u, 'Bộ trưởng'],
  [/^GIÁM ĐỐC\s+/u, 'Giám đốc'],
  [/^TRƯỞNG BAN\s+/u, 'Trưởng ban'],
];

/** "Chủ tịch" when the line is the head of the issuing body named in full, or up to its place. */
function headOf(line: SourceLine | undefined, issuerName: string): string | null {
  if (!line) return null;
  const text = plainText(line.text);
  if (text !== text.toUpperCase()) return null;
  for (const [pattern, title] of heads) {
    const m = pattern.exec(text);
    if (!m) continue;
    const rest = foldSameLength(text.slice(m[0].length)).replace(/\s+/gu, ' ').trim();
    const name = foldSameLength(issuerName).replace(/\s+/gu, ' ');
    if (rest.length >= 6 && name.startsWith(rest)) return title;
  }
  return null;
}

// A body at province level, whose place is a province (not a district's "thành phố").
function level0(issuer: { level: string }): boolean {
  return issuer.level === 'tinh';
}

/** Where the body names a province, as a hint for the archivist. */
function provinceHint(lines: readonly SourceLine[], from: number, to: number): string | undefined {
  const names = provinces.map((p) => ({ name: p.name, folded: foldSameLength(p.name) }));
  for (let i = from; i < to; i++) {
    const folded = foldSameLength(lines[i]!.text);
    const hit = names.find((n) => new RegExp(`(?:^|[^a-z])${n.folded}(?![a-z])`, 'u').test(folded));
    if (hit) return `the text names ${hit.name} at line ${lines[i]!.line}`;
  }
  return undefined;
}

export function extractHeader(lines: readonly SourceLine[]): HeaderResult {
  const top = readTop(lines);
  const closing = readClosing(lines, top.bodyStart);
  const bodyStart = top.bodyStart;
  const bodyEnd = Math.max(bodyStart, closing.start);
  const firstLine = lines.find((l) => l.text.trim() !== '')?.line ?? 1;
  const lastLine = lines[lines.length - 1]?.line ?? 1;
  const missing: Missing[] = [];
  const found: HeaderResult['found'] = {};

  // Number and symbol.
  let numberSymbol: string | null = null;
  if (!top.number) missing.push({ field: 'numberSymbol', kind: 'no-number', line: firstLine });
  else if (top.number.blank) missing.push({ field: 'numberSymbol', kind: 'blank-number', line: top.number.line, detail: top.number.printed });
  else if (!top.number.numberSymbol) missing.push({ field: 'numberSymbol', kind: 'unreadable-number', line: top.number.line, detail: top.number.printed });
  else {
    numberSymbol = top.number.numberSymbol;
    found.numberSymbol = top.number.line;
  }

  // Type: the printed type name, else the symbol's type code, else a "V/v" line (công văn).
  const symbolType = typeOfSymbol(numberSymbol ?? top.number?.symbol ?? null);
  const type: DocumentTypeSlug | null = top.type?.type ?? symbolType ?? (top.subject.length > 0 ? 'cong-van' : null);
  if (top.type && symbolType && top.type.type !== symbolType) {
    missing.push({
      field: 'type',
      kind: 'type-conflict',
      line: top.type.line,
      detail: `${documentType(top.type.type).name} / ${top.number?.printed ?? ''}`,
    });
  }
  if (type) found.type = top.type?.line ?? top.number?.line ?? top.subject[0]?.line;

  // Date and place. The date of issue comes only from the place-and-date line, a law's closing
  // formula or a date by the signature: a date in the body may be a cited document's, and is never
  // used. The closing formula is the legal date of a law; otherwise the date line comes first.
  // An attachment's own header has no date: its decision's, under its title, is the date of issue.
  const attachment = top.date ? null : readAttachmentLine(lines, 0, bodyStart + 3);
  const sources: DateSource[] = [
    readClosingFormula(lines, bodyStart),
    top.date ? { ...top.date, from: 'date-line' as const } : null,
    closing.date ? { ...closing.date, from: 'signature' as const } : null,
    attachment ? { ...attachment.date, line: attachment.line, from: 'attachment' as const } : null,
  ].filter((d): d is DateSource => d !== null);
  let issued: string | null = null;
  let place: string | null = top.date?.place ?? closing.date?.place ?? null;
  let year: number | null = null;
  const chosen = sources[0];
  if (chosen) {
    issued = chosen.issued;
    for (const other of sources.slice(1)) {
      if (!agree(issued, other.issued)) {
        missing.push({
          field: 'issued',
          kind: 'date-conflict',
          line: chosen.line,
          detail: `${sourceNames[chosen.from]} at line ${chosen.line} says "${chosen.printed}", ${sourceNames[other.from]} at line ${other.line} says "${other.printed}"`,
        });
      } else if (other.issued && issued && other.issued.length > issued.length) {
        issued = other.issued;
      }
    }
    const exact = sources.find((d) => d.issued === issued) ?? chosen;
    year = Number(issued!.slice(0, 4));
    found.issued = exact.line;
    found.year = exact.line;
    if (place) found.place = top.date?.place ? top.date.line : closing.date!.line;
    else missing.push({ field: 'place', kind: 'no-place', line: top.date?.line ?? chosen.line });
    if (exact.problem) missing.push({ field: 'issued', kind: exact.problem, line: exact.line, detail: exact.printed });
  } else {
    missing.push({ field: 'issued', kind: 'no-date', line: firstLine });
    missing.push({ field: 'place', kind: 'no-place', line: firstLine });
    const own = numberSymbol ? parseNumberSymbol(numberSymbol) : null;
    if (own?.yearInNumber) {
      year = own.yearInNumber;
      found.year = found.numberSymbol;
      missing.push({ field: 'year', kind: 'year-from-number', line: found.numberSymbol ?? firstLine, detail: numberSymbol! });
    } else {
      const hint = firstDate(lines, bodyStart, lines.length);
      missing.push({ field: 'year', kind: 'no-year', line: firstLine, detail: hint ? `the first date in the text is "${hint.text}" at line ${hint.line}, which may be the date of a cited document` : undefined });
    }
  }

  // Issuing body.
  let issuer: HeaderFields['issuer'] = null;
  let province: string | null = null;
  let district: string | null = null;
  const reading = readIssuer(top.issuerCells.map((c) => c.text));
  if (reading) {
    const line = top.issuerCells[0]!.line;
    found.issuer = line;
    if (reading.level === null) missing.push({ field: 'issuer', kind: 'no-level', line, detail: reading.name });
    issuer = { name: reading.name, parent: reading.parent, level: reading.level ?? 'tinh' };
    // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG" under the abstract of a quyết định: the head of the
    // body issues it, not the body. The line stays in the body (it opens the decision's text).
    const head = headOf(lines[bodyStart], issuer.name);
    if (head) {
      issuer = { ...issuer, name: `${head} ${issuer.name}` };
      found.issuer = lines[bodyStart]!.line;
    }
    // An attachment is issued by whoever issues its decision: "(Kèm theo Quyết định … của Chủ tịch
    // UBND tỉnh Lâm Đồng)" under the header of "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG".
    const byDecision = attachment?.issuer ?? null;
    if (byDecision && byDecision !== issuer.name && foldSameLength(byDecision).endsWith(foldSameLength(issuer.name))) {
      issuer = { ...issuer, name: byDecision };
      found.issuer = attachment!.line;
    }
    province = reading.province;
    district = reading.district;
    if (province) found.province = line;
    if (district) found.district = line;
  } else {
    const fallback = issuerFromClosing(lines, bodyStart, bodyEnd);
    if (fallback) {
      issuer = { name: fallback.name, parent: null, level: fallback.level ?? 'tinh' };
      found.issuer = fallback.line;
      missing.push({ field: 'issuer', kind: 'issuer-from-closing', line: fallback.line, detail: fallback.name });
      if (!fallback.level) missing.push({ field: 'issuer', kind: 'no-level', line: fallback.line, detail: fallback.name });
    }
  }
  // The province in the era of the date: one of the 63 before 1 July 2025, of the 34 since
  // ("Thành phố Huế" exists only since; "tỉnh Đắk Nông" signing after it is filed under Lâm Đồng, flagged).
  if (issuer && issuer.level !== 'trung-uong') {
    const place = [issuer.name, issuer.parent ?? ''].map((n) => /(?:^|\s)(?:tỉnh|thành phố|Tỉnh ủy|Thành ủy)\s+(\p{Lu}[^,;()]*)$/u.exec(n)?.[1]).find(Boolean);
    if (place && year !== null && (province || level0(issuer))) {
      const reading = provinceForIssuerPlace(place.trim(), issued, year);
      if (reading.slug && reading.slug !== province) {
        province = reading.slug;
        found.province = found.issuer;
      }
      if (reading.review) missing.push({ field: 'province', kind: 'province-era', line: found.issuer ?? firstLine, detail: reading.review });
    }
  }
  if (issuer && issuer.level !== 'trung-uong' && !province) {
    missing.push({ field: 'province', kind: 'no-province', line: found.issuer ?? firstLine, detail: provinceHint(lines, bodyStart, lines.length) });
  }

  // Title: the abstract under the type name, or the "V/v" line.
  let title = sentence(top.abstract) ?? sentence(top.subject);
  if (title) found.title = (top.abstract[0] ?? top.subject[0])!.line;
  else if (type) {
    title = `${documentType(type).name}${numberSymbol ? ` ${numberSymbol}` : ''}`;
    missing.push({ field: 'title', kind: 'no-title', line: top.type?.line ?? firstLine });
  }

  // Signature and recipients.
  if (!closing.signer) missing.push({ field: 'signer', kind: 'no-signer', line: closing.recipientsLine ?? lastLine });
  else {
    found.signer = closing.signerLine ?? closing.nameLine ?? undefined;
    if (!closing.signer.name) missing.push({ field: 'signer', kind: 'no-signer-name', line: closing.signerLine ?? lastLine });
  }
  if (closing.recipientsLine) found.recipients = closing.recipientsLine;
  if (top.addresseesLine) found.addressees = top.addresseesLine;

  return {
    fields: {
      type,
      numberSymbol,
      symbol: top.number?.symbol ?? null,
      year,
      title,
      issuer,
      province,
      district,
      place,
      issued,
      signer: closing.signer,
      addressees: top.addressees.map((a) => cleanItem(a.text)).filter((a) => a !== ''),
      recipients: closing.recipients,
    },
    found,
    missing,
    bodyStart,
    bodyEnd,
    leftover: closing.leftover,
    party: top.party,
  };
}
