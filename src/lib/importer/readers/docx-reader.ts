import mammoth from 'mammoth';
import { htmlToLines } from './html-lines.ts';
import type { ReadFailure, ReadResult } from './read-result.ts';

/**
 * Word (.docx): mammoth converts the document to semantic HTML (paragraphs, tables, bold, italics)
 * without layout noise, then the shared HTML reader makes lines and header cells. mammoth is the
 * well-kept choice for .docx in JavaScript (pure JS, no system tool); on the corpus's two .docx it
 * keeps the header and signature tables as tables and every Vietnamese letter as written.
 */
export async function readDocx(bytes: Uint8Array): Promise<ReadResult | ReadFailure> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    return { ok: false, message: `cannot read it as a Word .docx file (${(error as Error).message}); open it in Word or LibreOffice and save it again as .docx` };
  }
  return { ok: true, format: 'docx', text: htmlToLines(html).join('\n'), pages: null, ocr: null, notes: ['văn bản lấy từ tệp Word (.docx)'] };
}
