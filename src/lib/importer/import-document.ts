import { parseDocumentFile, type Problem } from '../content/corpus.ts';
import type { DocumentFrontmatter } from '../content/document-schema.ts';
import { canonicalKey, conventionalId } from '../identity/document-identity.ts';
import { checkDocuments } from '../validation/validate-corpus.ts';
import { documentType } from '../identity/document-types.ts';
import { removeResidue, type Residue } from './clean.ts';
import { decodeSource } from './decode.ts';
import type { ReadResult, SourceFormat } from './readers/read-result.ts';
import { extractHeader } from './header.ts';
import { describeMissing, reviewReason, type Missing } from './missing.ts';
import { readOcrNumber } from './ocr-number.ts';
import { toSourceLines } from './source-lines.ts';
import { toMarkdown } from './to-markdown.ts';
import { unwrap } from './unwrap.ts';

/**
 * One raw file → one Markdown document: decode, drop residue, read header and closing, rebuild the
 * body's paragraphs, write frontmatter, and check the result against the schema before anyone
 * writes it. Pure (bytes in, text out) so it is tested without files; scripts/import.ts writes.
 */
export interface ImportInput {
  bytes: Uint8Array;
  /** File name of the source as received, e.g. "000_fba281767e79f56d.txt"; stored as source.file. */
  sourceFile: string;
  /** Where the document will be written, relative to the project, for messages: "content/van-ban". */
  outDirectory?: string;
  /** How messages name the source, e.g. the path given on the command line; default sourceFile. */
  displayPath?: string;
  /** "Today" for the date checks; injectable so tests are stable. */
  today?: Date;
  /** The text as a format reader gave it (Word, PDF, OCR, HTML); when absent, `bytes` are decoded as text. */
  read?: ReadResult;
  /** The original file, recorded in `source` so it can be offered for download. */
  original?: { sha256: string; size: number; format: SourceFormat; kept: boolean };
}

export type ImportResult =
  | {
      ok: true;
      /** Path under the archive without ".md", e.g. "2019/kien-giang-68-ubnd-vhxh". */
      id: string;
      /** The canonical identity, or null for a document without number or known province. */
      identity: string | null;
      markdown: string;
      data: DocumentFrontmatter;
      missing: Missing[];
      /** One line per missing field: `source:line: field: what and the fix`. */
      summary: string[];
      /** What was converted or removed, for the summary. */
      conversion: string | null;
      residue: Residue;
    }
  | {
      ok: false;
      /** Why nothing was produced. */
      reason: 'encoding' | 'no-type' | 'no-issuer' | 'no-year' | 'invalid';
      /** `source:line: what was found; what to do`. */
      message: string;
    };

function qualityNotes(conversion: string | null, residue: Residue, joined: number): string | null {
  const notes: string[] = [];
  if (conversion?.startsWith('converted from')) notes.push(`đã chuyển mã sang Unicode (${conversion.replace(/^converted from ([^:]+).*$/u, '$1')})`);
  else if (conversion?.startsWith('repaired mojibake')) notes.push('đã sửa lỗi mã hóa ký tự (văn bản UTF-8 bị đọc nhầm thành Windows-1252)');
  else if (conversion) notes.push('đã chuẩn hóa Unicode về dạng NFC');
  if (residue.tableLines.length > 0) notes.push(`đã bỏ ${residue.tableLines.length} dòng thừa của bố cục bảng (“|”, “-------”)`);
  if (residue.pageNumbers.length > 0) notes.push(`đã bỏ ${residue.pageNumbers.length} số trang đứng riêng một dòng`);
  if (joined > 0) notes.push(`đã nối ${joined} chỗ xuống dòng giữa đoạn văn`);
  if (notes.length === 0) return null;
  const text = `Nhập tự động: ${notes.join('; ')}.`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// What the format reader did comes first: "Văn bản nhận dạng bằng OCR (…)".
function readerNotes(read: ReadResult | undefined, importNotes: string | null): string | null {
  const notes = (read?.notes ?? []).filter((n) => !/^converted|^repaired|^normali[sz]ed/u.test(n));
  if (notes.length === 0) return importNotes;
  const first = `${notes.join('; ')}.`;
  return [first.charAt(0).toUpperCase() + first.slice(1), importNotes].filter(Boolean).join(' ');
}

// A short descriptive file name for a document without number: type and the first words of the title.
function fallbackName(type: string, title: string): string {
  return `${documentType(type).name} ${title.split(/\s+/u).slice(0, 8).join(' ')}`;
}

export function importDocument(input: ImportInput): ImportResult {
  const file = input.displayPath ?? input.sourceFile;
  const decoded: ReturnType<typeof decodeSource> = input.read
    ? { ok: true, text: input.read.text, encoding: 'utf-8', conversion: null }
    : decodeSource(input.bytes);
  if (!decoded.ok) {
    return { ok: false, reason: 'encoding', message: `${file}${decoded.line ? `:${decoded.line}` : ''}: refused, ${decoded.found}: ${decoded.message}` };
  }
  const { lines, residue } = removeResidue(toSourceLines(decoded.text));
  const header = extractHeader(lines);
  const { fields } = header;
  const firstLine = lines.find((l) => l.text.trim() !== '')?.line ?? 1;

  if (!fields.issuer) {
    return {
      ok: false,
      reason: 'no-issuer',
      message: `${file}:${firstLine}: cannot tell the issuing body: the text has no header (lines such as "ỦY BAN NHÂN DÂN" / "TỈNH KIÊN GIANG" above "Số: …") and no closing sentence naming it; add the issuing body's lines at the top of the source file and import it again`,
    };
  }
  if (!fields.type) {
    return {
      ok: false,
      reason: 'no-type',
      message: `${file}:${firstLine}: cannot tell the document type: no type name (e.g. "KẾ HOẠCH"), no "V/v" line and no number-symbol with a type code; add the type name above the abstract in the source file and import it again`,
    };
  }
  if (fields.year === null) {
    return {
      ok: false,
      reason: 'no-year',
      message: `${file}:${firstLine}: cannot tell the year: no place-and-date line ("…, ngày … tháng … năm …") and no date anywhere in the text; add the date line under the number in the source file and import it again`,
    };
  }

  const body = unwrap(lines.slice(header.bodyStart, header.bodyEnd));
  const leftover = header.leftover.map((c) => c.text).join('\n\n');
  const bodyText = [body.markdown, leftover].filter((t) => t !== '').join('\n\n');
  const ocr = input.read?.ocr ?? null;
  // Recognised text misreads handwritten numbers and days and the letters under a seal: every
  // header field read from OCR is for a person to check against the scan.
  const ocrReview = ocr ? ['Nhận dạng OCR: số, ký hiệu, ngày ban hành, cơ quan ban hành, người ký và trích yếu đọc từ bản quét, cần đối chiếu với bản gốc.'] : [];
  // A handwritten number misread by OCR ("0I" for "01") is read back as digits and flagged.
  const ocrNumber = ocr && fields.numberSymbol === null ? readOcrNumber(lines) : null;
  if (ocrNumber) {
    fields.numberSymbol = ocrNumber.numberSymbol;
    ocrReview.unshift(`Số, ký hiệu: OCR đọc được “${ocrNumber.recognised}”, tạm ghi ${ocrNumber.numberSymbol}; cần đối chiếu với bản quét.`);
  }
  const missing = ocrNumber ? header.missing.filter((m) => m.field !== 'numberSymbol') : header.missing;
  const review = [...new Set([...missing.map(reviewReason), ...ocrReview])];
  const level = decoded.conversion?.startsWith('converted') || decoded.conversion?.startsWith('repaired') || residue.tableLines.length > 0 || residue.pageNumbers.length > 0;

  const data: DocumentFrontmatter = {
    type: fields.type,
    numberSymbol: fields.numberSymbol,
    year: fields.year,
    title: fields.title!,
    issuer: fields.issuer,
    province: fields.province,
    district: fields.district,
    place: fields.place,
    issued: fields.issued,
    signer: fields.signer,
    addressees: fields.addressees,
    recipients: fields.recipients,
    fullText: true,
    aliases: [],
    source: {
      file: input.sourceFile,
      url: null,
      ...(input.original ? { format: input.original.format, sha256: input.original.sha256, size: input.original.size, kept: input.original.kept } : {}),
    },
    quality: {
      level: ocr ? 'ocr-errors' : level ? 'conversion-residue' : 'clean',
      notes: readerNotes(input.read, qualityNotes(decoded.conversion, residue, body.joined)),
    },
    review,
    handCompleted: [],
  };
  const identityInput = { numberSymbol: data.numberSymbol, year: data.year, level: data.issuer.level, province: data.province, district: data.district };
  const id = conventionalId(identityInput, fallbackName(data.type, data.title));
  const markdown = toMarkdown(data, bodyText);

  // The output must pass the schema and the corpus checks of `npm run validate`; a contradiction in
  // the source (a year in the number that is not the year of the date, a date in the future, a
  // Party number on a People's Committee) is reported instead of written. Duplicates are the
  // caller's to find: it knows the archive.
  const outFile = `${input.outDirectory ?? 'content/van-ban'}/${id}.md`;
  const parsed = parseDocumentFile(outFile, markdown, id);
  const checked = parsed.document ? checkDocuments([parsed.document], [], input.today ?? new Date()).problems : [];
  const problems: Problem[] = [...parsed.problems, ...checked].filter((p) => p.severity === 'error');
  if (problems.length > 0) {
    const where = (p: Problem) => header.found[p.field.split('.')[0] as keyof typeof header.found] ?? firstLine;
    return {
      ok: false,
      reason: 'invalid',
      message: problems.map((p) => `${file}:${where(p)}: not written, the document would be invalid: ${p.field ? `${p.field}: ` : ''}${p.message} (in the source file, then import it again)`).join('\n'),
    };
  }
  return {
    ok: true,
    id,
    identity: canonicalKey(identityInput),
    markdown,
    data,
    missing,
    summary: [
      ...missing.map((m) => describeMissing(file, m)),
      ...(ocrNumber ? [`${file}:${ocrNumber.line}: numberSymbol: OCR recognised "${ocrNumber.recognised}", read as ${ocrNumber.numberSymbol}; check it against the scan`] : []),
    ],
    conversion: decoded.conversion,
    residue,
  };
}
