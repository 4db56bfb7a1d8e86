// npm run bench:import -- [DIR] [--runs N]
// Times the importer per file on a folder of originals (default ../shared/corpus, texts and
// originals): read, OCR when needed, header, Markdown; nothing is written. Prints one line per file
// (median of N runs) and the median per format, with OCR seconds per page. Run it on an idle machine.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../src/lib/importer/import-file.ts';
import { extensionOf, importableExtensions } from '../src/lib/importer/readers/source-format.ts';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3;
const root = args[0] ?? join(import.meta.dirname, '../../shared/corpus');
const files = (function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : (importableExtensions as readonly string[]).includes(extensionOf(name)) && name !== 'README.md' ? [join(dir, name)] : []));
})(root);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const byFormat = new Map<string, number[]>();
const ocrPerPage: number[] = [];
for (const file of files) {
  const times: number[] = [];
  let format = '?';
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const result = await importFile(file);
    times.push((performance.now() - started) / 1000);
    if (result.ok) {
      format = result.format;
      if (result.ocr) ocrPerPage.push(result.ocr.secondsPerPage);
    } else format = 'refused';
  }
  byFormat.set(format, [...(byFormat.get(format) ?? []), median(times)]);
  console.log(`${file.slice(root.length + 1)}\t${format}\t${median(times).toFixed(2)} s (median of ${runs})`);
}
console.log('\nmedian seconds per document, by format:');
for (const [format, times] of byFormat) console.log(`  ${format}\t${median(times).toFixed(2)} s\t(${times.length} file(s))`);
if (ocrPerPage.length) console.log(`OCR: ${median(ocrPerPage).toFixed(1)} s per page (median of ${ocrPerPage.length} runs)`);
