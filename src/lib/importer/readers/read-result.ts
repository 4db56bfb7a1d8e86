/**
 * What every format reader gives the importer: the document's text as lines, with tables as
 * Markdown table rows ("| cell | cell |", "<br>" between the paragraphs of a cell), so that one
 * header extraction reads them all. Everything else says how the text was obtained, for the
 * quality note and the review flags.
 */
export type SourceFormat = 'txt' | 'md' | 'docx' | 'doc' | 'pdf' | 'pdf-scan' | 'image' | 'html';

export interface OcrRun {
  /** e.g. "Tesseract 5.3.0". */
  engine: string;
  /** Tesseract language data used, e.g. "vie". */
  language: string;
  /** Resolution the pages were rendered at for recognition; null for an image read as it is. */
  dpi: number | null;
  pages: number;
  /** Wall-clock seconds per page, rendering included. */
  secondsPerPage: number;
}

export interface ReadResult {
  ok: true;
  format: SourceFormat;
  /** NFC text, lines separated by "\n". */
  text: string;
  /** Pages of a PDF or image; null for flowing formats. */
  pages: number | null;
  /** Set when the text was recognised from images: every header field must then be reviewed. */
  ocr: OcrRun | null;
  /** What the reader converted or dropped, for the quality note (Vietnamese, lower case). */
  notes: string[];
}

export interface ReadFailure {
  ok: false;
  /** `what was found; what to do`, without the file name (the caller adds it). */
  message: string;
  /** 1-based line of the problem in a text file, when known. */
  line?: number;
}
