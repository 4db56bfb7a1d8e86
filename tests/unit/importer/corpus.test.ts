import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentType } from '../../../src/lib/identity/document-types.ts';
import { importFile, type ImportFileResult } from '../../../src/lib/importer/import-file.ts';
import { findDuplicate } from '../../../src/lib/importer/archive-index.ts';
import { sameVersion, versionKey } from '../../../src/lib/importer/same-document.ts';

// Issue 12: every file of shared/corpus (Word, .doc, PDF text layers, a scan, law texts) imported
// and compared with labels.json, what a careful archivist records, field by field. The corpus sits
// beside the repository (../shared/corpus) on every developer machine and in CI.
const corpus = process.env.ARCHIVE_CORPUS_DIR ?? join(import.meta.dirname, '../../../../shared/corpus');

interface Label {
  file: string;
  sameDocumentAs?: string;
  type: string;
  numberSymbol: string | null;
  symbol?: string;
  title: string;
  issuer: string;
  parent?: string;
  level: string;
  province: string | null;
  issued: string;
  place: string | null;
  signer: { authority: string | null; title: string; name: string } | null;
  note: string;
}

const labels = JSON.parse(readFileSync(join(corpus, 'labels.json'), 'utf8')) as Label[];
const levels: Record<string, string> = { 'trung ương': 'trung-uong', tỉnh: 'tinh', huyện: 'huyen', xã: 'xa' };
const provinceSlug = (label: string | null) => (label === null ? null : ({ 'Lâm Đồng (since 2025-07-01)': 'lam-dong', 'Đắk Nông': 'dak-nong' } as Record<string, string>)[label] ?? label);
const scan = (label: Label) => label.file.includes('scan');

const results = new Map<string, ImportFileResult>();
beforeAll(async () => {
  expect(existsSync(corpus), `the corpus is expected at ${corpus} (set ARCHIVE_CORPUS_DIR)`).toBe(true);
  for (const label of labels) results.set(label.file, await importFile(join(corpus, label.file), { today: new Date('2026-12-01') }));
}, 180_000);

function imported(label: Label) {
  const result = results.get(label.file)!;
  if (!result.ok) throw new Error(result.message);
  return result;
}

// On the scan, the handwritten day and month and the signature under the seal may be misread by
// OCR: then the field must be flagged for review, never silently wrong. Every other field, and
// every field of the other files, must be the label's.
function expectField<T>(label: Label, actual: T, expected: T, review: readonly string[], misreadable = false) {
  if (misreadable && scan(label) && JSON.stringify(actual) !== JSON.stringify(expected)) {
    expect(review.some((r) => r.startsWith('Nhận dạng OCR'))).toBe(true);
    return;
  }
  expect(actual).toEqual(expected);
}

describe.each(labels)('corpus file $file', (label) => {
  it('imports', () => {
    const result = results.get(label.file)!;
    expect(result.ok ? 'imported' : result.message).toBe('imported');
  });

  it('has the type, number and symbol of the label', () => {
    const { data } = imported(label);
    expect(documentType(data.type).name).toBe(label.type);
    expectField(label, data.numberSymbol, label.numberSymbol, data.review ?? []);
    if (label.numberSymbol === null) expect((data.review ?? []).some((r) => r.startsWith('Số, ký hiệu'))).toBe(true);
  });

  it('has the issuing body, its parent, level and province of the label', () => {
    const { data } = imported(label);
    // The archive names a department with its province ("Sở Nội vụ tỉnh Lâm Đồng"); the label without.
    expect([label.issuer, `${label.issuer} tỉnh Lâm Đồng`]).toContain(data.issuer.name);
    if (label.parent) expect(data.issuer.parent).toBe(label.parent);
    expect(data.issuer.level).toBe(levels[label.level]);
    expectField(label, data.province, provinceSlug(label.province), data.review ?? []);
  });

  it('has the date and place of the label, a partial date flagged', () => {
    const { data } = imported(label);
    expectField(label, data.issued, label.issued, data.review ?? [], true);
    // A misread day or month shortens the date; it never changes it.
    if (data.issued !== label.issued) expect(label.issued.startsWith(String(data.issued))).toBe(true);
    if (label.issued.length < 10) expect((data.review ?? []).some((r) => r.startsWith('Ngày ban hành'))).toBe(true);
    expectField(label, data.place, label.place, data.review ?? []);
  });

  it('has the signer of the label', () => {
    const { data } = imported(label);
    const signer = data.signer ? { authority: data.signer.authority ? `${data.signer.authority.prefix} ${data.signer.authority.of}` : null, title: data.signer.title, name: data.signer.name } : null;
    expectField(label, signer, label.signer, data.review ?? [], true);
  });

  it('records its original: format, sha256, size, kept for download', () => {
    const result = imported(label);
    const bytes = readFileSync(join(corpus, label.file));
    expect(result.data.source).toMatchObject({ file: label.file.split('/').pop(), size: bytes.length, kept: true });
    expect(result.data.source?.sha256).toMatch(/^[0-9a-f]{64}$/u);
    expect(result.original?.bytes.length).toBe(bytes.length);
  });
});

describe('corpus: how each format was read', () => {
  it.each([
    ['originals/04_lam-dong_to-trinh-303-snv.pdf', 'pdf', 'clean'],
    ['originals/04_lam-dong_to-trinh-303-snv.docx', 'docx', null],
    ['originals/06_lam-dong_to-trinh-82-snv.doc', 'doc', null],
    ['originals/09_lam-dong_nghi-quyet-doi-ten-quy-scan.pdf', 'pdf-scan', 'ocr-errors'],
    ['texts/02_luat-phong-chong-bao-luc-gia-dinh-02-2007-QH12.txt', 'txt', null],
  ])('%s is read as %s', (file, format, level) => {
    const result = imported(labels.find((l) => l.file === file)!);
    expect(result.format).toBe(format);
    expect(result.data.source?.format).toBe(format);
    if (level) expect(result.data.quality.level).toBe(level);
  });

  it('the scan is read by OCR, says so with engine, resolution and seconds per page, and flags its header', () => {
    const result = imported(labels.find(scan)!);
    expect(result.ocr?.pages).toBe(2);
    expect(result.data.quality.notes).toMatch(/OCR \(Tesseract [\d.]+, tiếng Việt, 300 dpi, \d+,?\.?\d* giây\/trang\)/u);
    expect(result.data.review?.some((r) => r.startsWith('Nhận dạng OCR'))).toBe(true);
  });

  it('the law whose header date disagrees with its closing formula takes the closing date and flags the conflict', () => {
    const result = imported(labels.find((l) => l.file.startsWith('texts/01_'))!);
    expect(result.data.issued).toBe('2006-11-29');
    expect(result.data.review?.some((r) => /29\/6\/2006|29 tháng 6 năm 2006/u.test(r) && /29\/11\/2006|29 tháng 11 năm 2006/u.test(r))).toBe(true);
  });
});

describe('corpus: drafts and issued copies', () => {
  it.each(labels.filter((l) => l.sameDocumentAs))('the draft $file is recognised as the issued $sameDocumentAs, which is the record', (draft) => {
    const issued = imported(labels.find((l) => l.file === draft.sameDocumentAs)!);
    const draftResult = imported(draft);
    expect(sameVersion(versionKey(draftResult.data), versionKey(issued.data))).toBe(true);
    const archive = [{ file: 'content/van-ban/x.md', identity: issued.identity, sourceFile: 'issued.pdf', version: versionKey(issued.data), issued: true }];
    expect(findDuplicate(archive, draftResult.identity, draft.file, versionKey(draftResult.data))?.by).toBe('draft-of-issued');
    const draftArchive = [{ file: 'content/van-ban/y.md', identity: draftResult.identity, sourceFile: 'draft.docx', version: versionKey(draftResult.data), issued: false }];
    expect(findDuplicate(draftArchive, issued.identity, draft.sameDocumentAs!, versionKey(issued.data))?.by).toBe('issued-of-draft');
  });

  it('distinct documents are not taken for versions of each other (02/2007 and 13/2022 share issuer, type and title)', () => {
    const distinct = labels.filter((l) => !l.sameDocumentAs).map((l) => ({ label: l, result: imported(l) }));
    for (const a of distinct) {
      const archive = [{ file: a.label.file, identity: a.result.identity, sourceFile: a.label.file, version: versionKey(a.result.data), issued: a.result.identity !== null }];
      for (const b of distinct) {
        if (a === b) continue;
        expect(findDuplicate(archive, b.result.identity, b.label.file, versionKey(b.result.data)), `${b.label.file} against ${a.label.file}`).toBeNull();
      }
    }
  });
});
