import { parseDocumentFile, type Problem } from '../content/corpus.ts';
import type { DocumentFrontmatter } from '../content/document-schema.ts';
import { canonicalKey, conventionalId } from '../identity/document-identity.ts';
import { checkDocuments } from '../validation/validate-corpus.ts';
import { documentType } from '../identity/document-types.ts';
import { removeResidue, type Residue } from './clean.ts';
import { decodeSource } from './decode.ts';
import type { ReadResult, SourceFormat } from './readers/read-result.ts';
import { extractHeader } from './header.ts';
import { describeMissing, reviewReason, unknownIssuerName, type Missing } from './missing.ts';
import { readOcrNumber } from './ocr-number.ts';
import { neutralizeUnsafeLinks } from '../markdown/neutralize-links.ts';
import { plainText, toSourceLines } from './source-lines.ts';
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
      /** Path under the archive without ".md", e.g. "2019/kien-giang-68-ubnd-vhxh"; "chua-ro-nam/…" when the year is unknown. */
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
      reason: 'encoding' | 'invalid';
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

  // A document is never refused for what its header lacks: refusing loses the text. What is
  // unknown is written as the schema allows and flagged for review (docs/importer-header.md).
  const missing: Missing[] = [...header.missing];
  // The schema requires a type: a text with no type name, no "V/v" and no type code is read as a
  // công văn, the one type printed without a type name, and flagged.
  const type = fields.type ?? 'cong-van';
  if (!fields.type) missing.push({ field: 'type', kind: 'no-type', line: firstLine });
  // The schema requires an issuing body: an explicit placeholder, never a guessed body, flagged.
  const issuer = fields.issuer ?? { name: unknownIssuerName, parent: null, level: 'tinh' as const };
  if (!fields.issuer) {
    missing.push({ field: 'issuer', kind: 'no-issuer', line: firstLine });
    if (!missing.some((m) => m.kind === 'no-province')) missing.push({ field: 'province', kind: 'no-province', line: firstLine });
  }
  let title = fields.title;
  if (!title) {
    title = `${documentType(type).name}${fields.numberSymbol ? ` ${fields.numberSymbol}` : ''}`;
    if (!missing.some((m) => m.kind === 'no-title')) missing.push({ field: 'title', kind: 'no-title', line: firstLine });
  }

  const body = unwrap(lines.slice(header.bodyStart, header.bodyEnd));
  const leftover = header.leftover.map((c) => c.text).join('\n\n');
  // Document text is data: a link to javascript:, data:, file:… in a source (however encoded) keeps
  // its text and loses its address, and the import says so.
  const { markdown: bodyText, neutralized } = neutralizeUnsafeLinks([body.markdown, leftover].filter((t) => t !== '').join('\n\n'));
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
  const reviewed = ocrNumber ? missing.filter((m) => m.field !== 'numberSymbol') : missing;
  const linkReview = neutralized.length ? [`Nội dung: đã bỏ địa chỉ không an toàn của ${neutralized.length} liên kết trong bản nhận được (giữ lại chữ).`] : [];
  const review = [...new Set([...reviewed.map(reviewReason), ...ocrReview, ...linkReview])];
  const level = decoded.conversion?.startsWith('converted') || decoded.conversion?.startsWith('repaired') || residue.tableLines.length > 0 || residue.pageNumbers.length > 0;

  const data: DocumentFrontmatter = {
    type,
    numberSymbol: fields.numberSymbol,
    year: fields.year,
    title,
    issuer,
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
  // Without an abstract, the first words of the text name the file rather than the type alone.
  const named = fields.title ? data.title : (plainText(lines.slice(header.bodyStart).map((l) => l.text).join(' ')) || data.title);
  const id = conventionalId(identityInput, fallbackName(data.type, named));
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
    missing: reviewed,
    summary: [
      ...reviewed.map((m) => describeMissing(file, m)),
      ...(ocrNumber ? [`${file}:${ocrNumber.line}: numberSymbol: OCR recognised "${ocrNumber.recognised}", read as ${ocrNumber.numberSymbol}; check it against the scan`] : []),
      ...neutralized.map((l) => `${file}: body line ${l.line}: unsafe ${l.kind} to "${l.url}" removed, its text kept (${l.reason})`),
    ],
    conversion: decoded.conversion,
    residue,
  };
}
