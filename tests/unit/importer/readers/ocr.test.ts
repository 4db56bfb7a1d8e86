import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../../src/lib/importer/readers/read-source.ts';
import { makeTempDir } from '../../temp-dirs.ts';

// OCR with Debian's Tesseract (installed by .ci/run), on the corpus's scan: a PDF without text
// and the same page as an image file. The header's two columns come out as cells.
const scan = join(import.meta.dirname, '../../../../../shared/corpus/originals/09_lam-dong_nghi-quyet-doi-ten-quy-scan.pdf');

describe('OCR of scans', { timeout: 120_000 }, () => {
  it('reads an image-only PDF page by page, reporting progress, with the header as cells', async () => {
    const progress: string[] = [];
    const result = await readSource(scan, readFileSync(scan), ({ page, pages }) => progress.push(`${page}/${pages}`));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.format).toBe('pdf-scan');
    expect(progress).toEqual(['1/2', '2/2']);
    expect(result.ocr).toMatchObject({ language: 'vie', dpi: 300, pages: 2 });
    expect(result.ocr?.engine).toMatch(/^Tesseract \d+\.\d+/u);
    const lines = result.text.split('\n');
    expect(lines).toContain('| QUỸ CƠ HỘI CHO PHỤ NỮ LÀM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |');
    expect(lines.some((l) => /^\| HỘI ĐỒNG QUẢN LÝ \|/u.test(l))).toBe(true);
    expect(lines).toContain('NGHỊ QUYẾT');
    expect(result.text).toContain('Điều 1. Thống nhất đổi tên Quỹ cơ hội cho phụ nữ làm kinh tế tỉnh Đắk Nông');
    expect(result.notes[0]).toMatch(/^văn bản nhận dạng bằng OCR \(Tesseract [\d.]+, tiếng Việt, 300 dpi, [\d.]+ giây\/trang\), giữ nguyên như nhận dạng, chưa sửa lỗi$/u);
  });

  it('reads an image file (PNG) as one page at its own resolution', async () => {
    const dir = makeTempDir('ocr-image-');
    execFileSync('pdftoppm', ['-r', '300', '-gray', '-png', '-f', '1', '-l', '1', scan, join(dir, 'page')]);
    const image = join(dir, readdirSync(dir)[0]!);
    const result = await readSource(image, readFileSync(image));
    expect(result.ok && result.format).toBe('image');
    if (!result.ok) return;
    expect(result.ocr).toMatchObject({ pages: 1, dpi: null });
    expect(result.text.split('\n')).toContain('| QUỸ CƠ HỘI CHO PHỤ NỮ LÀM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |');
    expect(result.text).toContain('Điều 1. Thống nhất đổi tên Quỹ');
  });
});
