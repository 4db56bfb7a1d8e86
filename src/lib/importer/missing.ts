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
  | 'not-a-date'
  | 'no-place'
  | 'year-from-body'
  | 'issuer-from-closing'
  | 'no-level'
  | 'no-province'
  | 'no-title'
  | 'no-signer'
  | 'no-signer-name'
  | 'type-conflict';

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
  'year-from-body': (m) => `the year is taken from the first date in the text (${m.detail}); check year and write issued if the date of issue is known`,
  'issuer-from-closing': (m) => `no issuing body in the header; "${m.detail}" is taken from the closing sentence; complete issuer (name, parent, level) by hand`,
  'no-level': (m) => `the level of "${m.detail}" could not be told; it is written as tinh; correct issuer.level by hand`,
  'no-province': (m) => `the province is not named in the header${m.detail ? ` (${m.detail})` : ''}; write province (a slug such as kon-tum)`,
  'no-title': () => 'no abstract (trích yếu) or "V/v" line; the title is only the type and number; write the real abstract as title',
  'no-signer': () => 'no signature block (authority, title, name) at the end; write signer by hand if the original shows one',
  'no-signer-name': () => "the signature block has no name; write signer.name if it is known",
  'type-conflict': (m) => `the type name and the number-symbol disagree (${m.detail}); check type and numberSymbol`,
};

const vietnamese: Record<MissingKind, (m: Missing) => string> = {
  'no-number': () => 'Số, ký hiệu: phần đầu văn bản không có dòng "Số:".',
  'blank-number': () => 'Số, ký hiệu: bản nhận được để trống số (bản dự thảo hoặc bản chưa vào số).',
  'unreadable-number': (m) => `Số, ký hiệu: không đọc được "${m.detail}".`,
  'no-date': () => 'Ngày ban hành: văn bản không có dòng địa danh, ngày tháng.',
  'day-blank': () => 'Ngày ban hành: bản nhận được để trống ngày.',
  'month-blank': () => 'Ngày ban hành: bản nhận được để trống ngày và tháng.',
  'not-a-date': (m) => `Ngày ban hành: "${m.detail}" không phải là ngày có thật.`,
  'no-place': () => 'Địa danh: văn bản không ghi địa danh trước ngày tháng.',
  'year-from-body': (m) => `Năm ban hành: suy ra từ ngày đầu tiên trong nội dung (${m.detail}), cần đối chiếu.`,
  'issuer-from-closing': (m) => `Cơ quan ban hành: phần đầu văn bản không có; lấy từ câu kết "${m.detail}".`,
  'no-level': () => 'Cơ quan ban hành: chưa xác định được cấp (tạm ghi cấp tỉnh).',
  'no-province': () => 'Tỉnh: chưa xác định được; phần đầu văn bản không ghi tên tỉnh.',
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
