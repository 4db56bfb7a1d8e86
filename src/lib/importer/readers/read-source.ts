import { readDoc } from './doc-reader.ts';
import { readDocx } from './docx-reader.ts';
import { readHtml } from './html-reader.ts';
import { ocrImage, type OcrProgress } from './ocr-reader.ts';
import { readPdf } from './pdf-reader.ts';
import type { ReadFailure, ReadResult } from './read-result.ts';
import { detectFormat, importableExtensions } from './source-format.ts';
import { MissingToolError } from './system-tools.ts';
import { readText } from './text-reader.ts';

/**
 * One entry for every format: the file's bytes (and its path, for the tools that read files) in,
 * the document's lines out. The readers are thin; what a document says is read afterwards by the
 * one header extraction, whatever the format.
 */
export async function readSource(path: string, bytes: Uint8Array, progress?: OcrProgress): Promise<ReadResult | ReadFailure> {
  const format = detectFormat(path, bytes);
  try {
    switch (format) {
      case 'txt':
      case 'md':
        return readText(bytes, format);
      case 'docx':
        return await readDocx(bytes);
      case 'doc':
        return await readDoc(path);
      case 'pdf':
        return await readPdf(path, progress);
      case 'html':
        return readHtml(bytes);
      case 'image': {
        const { text, run } = await ocrImage(path, progress);
        return {
          ok: true,
          format: 'image',
          text,
          pages: 1,
          ocr: run,
          notes: [`văn bản nhận dạng bằng OCR (${run.engine}, tiếng Việt, độ phân giải của ảnh, ${run.secondsPerPage.toFixed(1)} giây/trang), giữ nguyên như nhận dạng, chưa sửa lỗi`],
        };
      }
      default:
        return { ok: false, message: `not a format the importer reads; it reads ${importableExtensions.join(' ')}` };
    }
  } catch (error) {
    if (error instanceof MissingToolError) return { ok: false, message: error.message };
    throw error;
  }
}
