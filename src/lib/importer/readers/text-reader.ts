import { decodeSource } from '../decode.ts';
import type { ReadFailure, ReadResult } from './read-result.ts';

/** Plain text and Markdown: the encodings the importer has always handled (see decode.ts). */
export function readText(bytes: Uint8Array, format: 'txt' | 'md'): ReadResult | ReadFailure {
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return { ok: false, message: `refused, ${decoded.found}: ${decoded.message}`, line: decoded.line ?? undefined };
  return { ok: true, format, text: decoded.text, pages: null, ocr: null, notes: decoded.conversion ? [decoded.conversion] : [] };
}
