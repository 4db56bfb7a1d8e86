
/**
 * The original file a document was imported from (Word, PDF, scan…), kept beside its Markdown file
 * under the same name with the original's extension: content/van-ban/2025/lam-dong-303-ttr-snv.md
 * and …/lam-dong-303-ttr-snv.pdf. Published at /ban-goc/2025/lam-dong-303-ttr-snv.pdf.
 */
export interface OriginalFile {
  /** Path relative to the project, e.g. "content/van-ban/2025/lam-dong-303-ttr-snv.pdf". */
  file: string;
  /** Site path of the download, e.g. "/ban-goc/2025/lam-dong-303-ttr-snv.pdf". */
  path: string;
  /** Extension with its dot, lower case. */
  extension: string;
  /** "PDF", "Word"… */
  formatLabel: string;
  size: number | null;
  sha256: string | null;
}

interface SourceRecord {
  file: string | null;
  format?: string | null;
  sha256?: string | null;
  size?: number | null;
  kept?: boolean;
}

/** The kept original of a document, or null when none is kept. */
export function originalFileOf(doc: { id: string; file: string; data: { source: SourceRecord | null } }): OriginalFile | null {
  const source = doc.data.source;
  if (!source?.kept || !source.file) return null;
  const dot = source.file.lastIndexOf('.');
  const extension = dot < 0 ? '.txt' : source.file.slice(dot).toLowerCase();
  return {
    file: doc.file.replace(/\.md$/u, extension),
    path: `/ban-goc/${doc.id}${extension}`,
    extension,
    formatLabel: formatLabel(source.format ?? extension.slice(1)),
    size: source.size ?? null,
    sha256: source.sha256 ?? null,
  };
}

/** A format's name in the download link: "PDF", "Word"; a scan is a PDF too. */
export function formatLabel(format: string): string {
  const labels: Record<string, string> = { pdf: 'PDF', 'pdf-scan': 'PDF', docx: 'Word', doc: 'Word', image: 'ảnh', html: 'HTML', txt: 'văn bản', md: 'văn bản', png: 'ảnh', jpg: 'ảnh', jpeg: 'ảnh', tif: 'ảnh', tiff: 'ảnh', htm: 'HTML' };
  return labels[format] ?? format.toUpperCase();
}

/** "542 KB", "1,2 MB" (Vietnamese decimal comma). */
export function fileSizeLabel(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

/** The link text: "Tải bản gốc (PDF, 542 KB)". */
export function downloadLabel(original: OriginalFile): string {
  return `Tải bản gốc (${[original.formatLabel, original.size !== null ? fileSizeLabel(original.size) : null].filter(Boolean).join(', ')})`;
}
