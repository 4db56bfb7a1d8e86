import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layoutText, type PositionedPage, type PositionedWord } from './positioned-layout.ts';
import type { OcrRun } from './read-result.ts';
import { runTool } from './system-tools.ts';

/**
 * Optical character recognition of scanned pages with Debian's Tesseract (`tesseract-ocr` and the
 * Vietnamese data `tesseract-ocr-vie`). PDF pages are rendered at 300 dpi in grey by poppler's
 * `pdftoppm` (Tesseract's documented sweet spot for body text; lower loses diacritics). Tesseract's
 * TSV output gives each word with its box, laid out by the same code as a PDF text layer, so the two
 * header columns come out as cells. The text is kept as recognised: nothing is "corrected".
 */
export const OCR_DPI = 300;
export const OCR_LANGUAGE = 'vie';

/** Reports progress per page: "page 1 of 2 recognised in 7.9 s". */
export type OcrProgress = (event: { page: number; pages: number; seconds: number }) => void;

const MIN_CONFIDENCE = 10;

/** Parses Tesseract's TSV: level 5 rows are words with left, top, width, height. */
export function parseTesseractTsv(tsv: string): PositionedPage {
  let width = 0;
  let height = 0;
  const words: PositionedWord[] = [];
  for (const row of tsv.split('\n').slice(1)) {
    const cols = row.split('\t');
    if (cols.length < 12) continue;
    const [level, , , , , , left, top, w, h, , text] = cols;
    if (level === '1') {
      width = Number(w);
      height = Number(h);
    }
    // Tesseract's confidence under 10 (of 100): marks of a seal or a signature, not words.
    if (level === '5' && text && text.trim() !== '' && Number(cols[10]) >= MIN_CONFIDENCE) {
      words.push({ text: text.normalize('NFC'), x0: Number(left), y0: Number(top), x1: Number(left) + Number(w), y1: Number(top) + Number(h) });
    }
  }
  return { width, height, words };
}

let engineVersion: string | undefined;
async function tesseractVersion(): Promise<string> {
  if (engineVersion) return engineVersion;
  const out = (await runTool('tesseract', ['--version'])).toString('utf8');
  engineVersion = `Tesseract ${out.match(/tesseract\s+v?([\d.]+)/iu)?.[1] ?? '?'}`;
  return engineVersion;
}

async function recognise(image: string): Promise<PositionedPage> {
  // One thread per page: on a small machine OpenMP threads fight each other and the renderer.
  const tsv = await runTool('tesseract', [image, 'stdout', '-l', OCR_LANGUAGE, '--psm', '3', 'tsv'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
  return parseTesseractTsv(tsv.toString('utf8'));
}

/** Recognises the pages of a scanned PDF (by its path), page by page, reporting progress. */
export async function ocrPdf(path: string, pageCount: number, progress?: OcrProgress): Promise<{ text: string; run: OcrRun }> {
  const dir = await mkdtemp(join(tmpdir(), 'archive-ocr-'));
  const started = performance.now();
  try {
    const pages: PositionedPage[] = [];
    // Render page n+1 while Tesseract reads page n: the two tools then share the two cores.
    const render = (n: number) => runTool('pdftoppm', ['-r', String(OCR_DPI), '-gray', '-f', String(n), '-l', String(n), path, join(dir, `p${n}`)]);
    let rendering = render(1);
    for (let n = 1; n <= pageCount; n++) {
      const pageStart = performance.now();
      await rendering;
      if (n < pageCount) rendering = render(n + 1);
      const image = (await readdir(dir)).filter((f) => f.startsWith(`p${n}-`)).map((f) => join(dir, f))[0];
      if (!image) throw new Error(`pdftoppm rendered no image for page ${n}`);
      pages.push(await recognise(image));
      await rm(image);
      progress?.({ page: n, pages: pageCount, seconds: (performance.now() - pageStart) / 1000 });
    }
    const seconds = (performance.now() - started) / 1000;
    return { text: layoutText(pages, { dropRowsWithoutLetters: true }), run: { engine: await tesseractVersion(), language: OCR_LANGUAGE, dpi: OCR_DPI, pages: pageCount, secondsPerPage: seconds / Math.max(pageCount, 1) } };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Recognises one image file (PNG, JPEG, TIFF) as one page. Its own resolution is kept. */
export async function ocrImage(path: string, progress?: OcrProgress): Promise<{ text: string; run: OcrRun }> {
  const started = performance.now();
  const page = await recognise(path);
  const seconds = (performance.now() - started) / 1000;
  progress?.({ page: 1, pages: 1, seconds });
  return { text: layoutText([page], { dropRowsWithoutLetters: true }), run: { engine: await tesseractVersion(), language: OCR_LANGUAGE, dpi: null, pages: 1, secondsPerPage: seconds } };
}
