/**
 * What the importer could not determine, said twice: in English for the import summary (with the
 * source line to look at and the fix), and in Vietnamese as the review reason ("cần kiểm tra")
 * stored in the document and shown to readers. Each reason starts with the name of its field in
 * Vietnamese, so a reader sees at once what is uncertain.
 */
export type MissingKind =
  | 'no-number'
  | 'blank-number'
  | 'unreadable-number'
  | 'no-date'
  | 'day-blank'
  | 'month-blank'
  | 'day-unreadable'
  | 'month-unreadable'
  | 'date-conflict'
  | 'not-a-date'
  | 'no-place'
  | 'no-year'
  | 'year-from-number'
  | 'issuer-from-closing'
  | 'no-level'
  | 'no-province'
  | 'province-era'
  | 'no-title'
  | 'no-type'
  | 'no-issuer'
  | 'no-signer'
  | 'no-signer-name'
  | 'type-conflict';

/** The issuing body written when the text names none: a placeholder a reader understands, flagged for review. */
export const unknownIssuerName = 'Chưa rõ cơ quan ban hành';

export interface Missing {
  /** Frontmatter field, e.g. "province", "issued", "signer". */
  field: string;
  kind: MissingKind;
  /** 1-based source line to look at. */
  line: number;
  /** Extra facts for the message: the printed value, a hint from the body. */
  detail?: string;
}

const english: Record<MissingKind, (m: Missing) => string> = {
  'no-number': () => 'no "Số:" line in the header; if the document has a number, write it as numberSymbol (e.g. 96/KH-UBND)',
  'blank-number': (m) => `the number is blank ("Số: ${m.detail ?? ''}"): a draft or an unnumbered copy; write the number as numberSymbol if it is known`,
  'unreadable-number': (m) => `"${m.detail}" is not a number-symbol of a known shape; correct numberSymbol by hand (e.g. 96/KH-UBND, 68/UBND-VHXH, 21-CT/TW)`,
  'no-date': () => 'no place-and-date line ("…, ngày … tháng … năm …"); write the date of issue as issued (YYYY-MM-DD) if it is known',
  'day-blank': (m) => `the day of the date is blank (${m.detail}); issued keeps the month only; write the full date if it is known`,
  'month-blank': (m) => `the day and month of the date are blank (${m.detail}); issued keeps the year only; write the full date if it is known`,
  'not-a-date': (m) => `"${m.detail}" is not a real calendar date; issued keeps the year only; correct it by hand`,
  'no-place': () => 'no place name before the date; write place if it is known',
  'no-year': (m) => `the year of issue is unknown (no date of issue, no year in the number)${m.detail ? `; ${m.detail}` : ''}; the document is filed under chua-ro-nam: write year and issued if they are known`,
  'year-from-number': (m) => `no date of issue; the year is the one in the document's own number (${m.detail}); write issued if the date is known`,
  'day-unreadable': (m) => `the day of the date cannot be read (${m.detail}): handwritten or misread; issued keeps the month only; write the full date from the original`,
  'month-unreadable': (m) => `the month of the date cannot be read (${m.detail}); issued keeps the year only; write the full date from the original`,
  'date-conflict': (m) => `the dates of issue disagree: ${m.detail}; the first is used; check issued against the original`,
  'issuer-from-closing': (m) => `no issuing body in the header; "${m.detail}" is taken from the closing sentence; complete issuer (name, parent, level) by hand`,
  'no-level': (m) => `the level of "${m.detail}" could not be told; it is written as tinh; correct issuer.level by hand`,
  'province-era': (m) => `${m.detail}; correct province (a slug of the era of the date) or the date`,
  'no-province': (m) => `the province is not named in the header${m.detail ? ` (${m.detail})` : ''}; write province (a slug such as kon-tum)`,
  'no-type': () => 'no type name (e.g. "KẾ HOẠCH"), no "V/v" line and no type code in a number; the document is written as a công văn (the type printed without a type name); correct type if it is another',
  'no-issuer': () => `no issuing body in the header, in the closing sentence or in the number; issuer is written as "${unknownIssuerName}" (level tinh); write the real issuer (name, parent, level) and province`,
  'no-title': () => 'no abstract (trích yếu) or "V/v" line; the title is only the type and number; write the real abstract as title',
  'no-signer': () => 'no signature block (authority, title, name) at the end; write signer by hand if the original shows one',
  'no-signer-name': () => "the signature block has no name; write signer.name if it is known",
  'type-conflict': (m) => `the type name and the number-symbol disagree (${m.detail}); check type and numberSymbol`,
};

// "the closing formula at line 40 says "…", the place-and-date line at line 7 says "…"" in Vietnamese.
function vietnameseConflict(detail: string): string {
  return detail
    .replace(/the place-and-date line/gu, 'dòng địa danh, ngày tháng')
    .replace(/the closing formula/gu, 'câu kết "thông qua ngày"')
    .replace(/the date by the signature/gu, 'ngày tháng cạnh chữ ký')
    .replace(/ at line (\d+) says /gu, ' (dòng $1) ghi ')
    .replace(/, (?=dòng|câu|ngày tháng)/gu, '; ');
}

const vietnamese: Record<MissingKind, (m: Missing) => string> = {
  'no-number': () => 'Số, ký hiệu: phần đầu văn bản không có dòng "Số:".',
  'blank-number': () => 'Số, ký hiệu: bản nhận được để trống số (bản dự thảo hoặc bản chưa vào số).',
  'unreadable-number': (m) => `Số, ký hiệu: không đọc được "${m.detail}".`,
  'no-date': () => 'Ngày ban hành: văn bản không có dòng địa danh, ngày tháng.',
  'day-blank': () => 'Ngày ban hành: bản nhận được để trống ngày.',
  'month-blank': () => 'Ngày ban hành: bản nhận được để trống ngày và tháng.',
  'not-a-date': (m) => `Ngày ban hành: "${m.detail}" không phải là ngày có thật.`,
  'no-place': () => 'Địa danh: văn bản không ghi địa danh trước ngày tháng.',
  'no-year': () => 'Năm ban hành: chưa xác định được (văn bản không ghi ngày ban hành; năm của văn bản được trích dẫn không được dùng).',
  'year-from-number': (m) => `Năm ban hành: lấy theo số, ký hiệu của chính văn bản (${m.detail}); văn bản không ghi ngày ban hành.`,
  'day-unreadable': (m) => `Ngày ban hành: không đọc được ngày (${m.detail}); chỉ ghi tháng và năm.`,
  'month-unreadable': (m) => `Ngày ban hành: không đọc được tháng (${m.detail}); chỉ ghi năm.`,
  'date-conflict': (m) => `Ngày ban hành: các dòng ngày tháng trong văn bản không khớp nhau (${vietnameseConflict(m.detail ?? '')}).`,
  'issuer-from-closing': (m) => `Cơ quan ban hành: phần đầu văn bản không có; lấy từ câu kết "${m.detail}".`,
  'no-level': () => 'Cơ quan ban hành: chưa xác định được cấp (tạm ghi cấp tỉnh).',
  'no-province': () => 'Tỉnh: chưa xác định được; phần đầu văn bản không ghi tên tỉnh.',
  'province-era': () => 'Tỉnh: tên tỉnh trong văn bản và ngày ban hành không cùng thời kỳ trước hoặc sau ngày 1/7/2025 (sắp xếp đơn vị hành chính cấp tỉnh), cần kiểm tra.',
  'no-type': () => 'Loại văn bản: văn bản không ghi tên loại, không có dòng "V/v" và ký hiệu loại; tạm xếp là công văn.',
  'no-issuer': () => 'Cơ quan ban hành: văn bản không ghi, chưa xác định được; tỉnh và cấp cũng chưa rõ.',
  'no-title': () => 'Trích yếu: văn bản không có trích yếu; tiêu đề tạm lấy theo loại và số văn bản.',
  'no-signer': () => 'Người ký: văn bản không có phần chữ ký.',
  'no-signer-name': () => 'Người ký: phần chữ ký không có họ tên.',
  'type-conflict': (m) => `Loại văn bản: tên loại và ký hiệu không khớp nhau (${m.detail}).`,
};

/** The summary line, e.g. `002.txt:1: province unknown: …`. */
export function describeMissing(sourceFile: string, m: Missing): string {
  return `${sourceFile}:${m.line}: ${m.field}: ${english[m.kind](m)}`;
}

/** The review reason stored in the document. */
export function reviewReason(m: Missing): string {
  return vietnamese[m.kind](m);
}
