import type { SourceFormat } from './read-result.ts';

/**
 * Which reader a file needs, from its first bytes, and from its extension (any case) only where
 * the bytes cannot tell (.md against .txt, .html without a doctype). A .doc that is really a .docx
 * (renamed by hand, common in offices) is read as what it is.
 */
export type DetectedFormat = Exclude<SourceFormat, 'pdf-scan'> | 'unknown';

export const importableExtensions = ['.txt', '.md', '.markdown', '.docx', '.doc', '.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff', '.html', '.htm'] as const;

const startsWith = (bytes: Uint8Array, ...signature: number[]) => signature.every((b, i) => bytes[i] === b);

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

export function detectFormat(name: string, bytes: Uint8Array): DetectedFormat {
  const ext = extensionOf(name);
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return 'pdf'; // %PDF
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return ext === '.docx' || ext === '.doc' || Buffer.from(bytes.subarray(0, 2000)).includes('word/') ? 'docx' : 'unknown';
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'doc'; // OLE2 compound file
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) || startsWith(bytes, 0xff, 0xd8, 0xff) || startsWith(bytes, 0x49, 0x49, 0x2a, 0x00) || startsWith(bytes, 0x4d, 0x4d, 0x00, 0x2a)) return 'image';
  if (ext === '.html' || ext === '.htm') return 'html';
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/u, '').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.txt' || ext === '') return 'txt';
  return 'unknown';
}
