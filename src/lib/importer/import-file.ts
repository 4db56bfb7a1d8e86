import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importDocument, type ImportResult } from './import-document.ts';
import type { OcrProgress } from './readers/ocr-reader.ts';
import { readSource } from './readers/read-source.ts';
import { extensionOf } from './readers/source-format.ts';

/**
 * One file of any format → one document: read it with its format's reader, read the header, and
 * describe the original (format, sha256, size) so the caller can keep it beside the document.
 */

/** Originals up to this size are copied into the archive and offered for download; larger ones are recorded (name, sha256, size) but not copied. */
export const ORIGINAL_SIZE_LIMIT = 20 * 1024 * 1024;

export type ImportFileResult =
  | (Extract<ImportResult, { ok: true }> & {
      /** The original's bytes and the extension to keep it under (lower case, e.g. ".pdf"), or null when it is over the size limit. */
      original: { bytes: Uint8Array; extension: string } | null;
      /** Pages read by OCR, and seconds per page; null when no OCR ran. */
      ocr: { pages: number; secondsPerPage: number; engine: string } | null;
      format: string;
    })
  | Extract<ImportResult, { ok: false }>;

export async function importFile(
  path: string,
  options: { displayPath?: string; outDirectory?: string; today?: Date; progress?: OcrProgress; sizeLimit?: number } = {},
): Promise<ImportFileResult> {
  const file = options.displayPath ?? path;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, reason: 'encoding', message: `${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? error}); check the path` };
  }
  const read = await readSource(path, bytes, options.progress);
  if (!read.ok) return { ok: false, reason: 'encoding', message: `${file}${read.line ? `:${read.line}` : ''}: ${read.message}` };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const kept = bytes.length <= (options.sizeLimit ?? ORIGINAL_SIZE_LIMIT);
  const plainText = read.format === 'txt' || read.format === 'md';
  const result = importDocument({
    bytes,
    read: plainText ? undefined : read,
    sourceFile: basename(path),
    displayPath: file,
    outDirectory: options.outDirectory,
    today: options.today,
    original: { sha256, size: bytes.length, format: read.format, kept },
  });
  if (!result.ok) return result;
  return {
    ...result,
    original: kept ? { bytes, extension: extensionOf(path) || '.txt' } : null,
    ocr: read.ocr ? { pages: read.ocr.pages, secondsPerPage: read.ocr.secondsPerPage, engine: read.ocr.engine } : null,
    format: read.format,
  };
}
