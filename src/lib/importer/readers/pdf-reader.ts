import { parseBboxLayout } from './poppler-bbox.ts';
import { layoutText } from './positioned-layout.ts';
import { ocrPdf, type OcrProgress } from './ocr-reader.ts';
import type { ReadFailure, ReadResult } from './read-result.ts';
import { runTool } from './system-tools.ts';

/**
 * PDF: the text layer with word positions from poppler's `pdftotext -bbox-layout`, laid out into
 * lines and header cells. Why poppler and not pdf.js: the issued PDFs of the corpus carry their
 * number and day ("303", "16") in the appearance of e-signature widgets, which poppler draws into
 * its text and pdf.js's getTextContent leaves out (measured on 303/TTr-SNV and 82/TTr-SNV), and
 * poppler is installed anyway to render scans for OCR. A PDF whose pages carry (almost) no text is
 * a scan and goes to OCR.
 */
// Fewer words than this on average per page: an image-only scan (a stamp or a page number at most).
const SCAN_WORDS_PER_PAGE = 15;

export async function readPdf(path: string, progress?: OcrProgress): Promise<ReadResult | ReadFailure> {
  let xhtml: string;
  try {
    xhtml = (await runTool('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', path, '-'])).toString('utf8');
  } catch (error) {
    return { ok: false, message: `cannot read it as a PDF (${(error as Error).message}); check that the file is a complete PDF` };
  }
  const pages = parseBboxLayout(xhtml);
  if (pages.length === 0) return { ok: false, message: 'the PDF has no pages; check that the file is complete' };
  const words = pages.reduce((n, p) => n + p.words.length, 0);
  if (words / pages.length >= SCAN_WORDS_PER_PAGE) {
    return { ok: true, format: 'pdf', text: layoutText(pages), pages: pages.length, ocr: null, notes: ['văn bản lấy từ lớp chữ của tệp PDF'] };
  }
  const { text, run } = await ocrPdf(path, pages.length, progress);
  return {
    ok: true,
    format: 'pdf-scan',
    text,
    pages: pages.length,
    ocr: run,
    notes: [`văn bản nhận dạng bằng OCR (${run.engine}, tiếng Việt, ${run.dpi} dpi, ${run.secondsPerPage.toFixed(1)} giây/trang), giữ nguyên như nhận dạng, chưa sửa lỗi`],
  };
}
