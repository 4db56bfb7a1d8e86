// npm run import -- FILE|DIR… [--out DIR] [--archive DIR]
// Imports documents as archivists receive them: plain text, Word (.docx, .doc), PDF with a text
// layer, scanned PDF and images (OCR), pages saved from portals (.html). One Markdown file each,
// written as OUT/YEAR/ID.md, never over an existing file, with the original kept beside it
// (OUT/YEAR/ID.pdf…). A document already in the archive (same identity, the same source file, or
// the draft of an issued document) is reported and not written. Prints per file what was written
// or why not, and every field left for a person to complete, as source-file:line. Exit code 0 when
// every file was imported, 1 otherwise.
//   --out DIR      where to write (default content/van-ban)
//   --archive DIR  the archive that counts as already imported (default content/van-ban); the out
//                  directory is always checked too. Use an empty directory for a trial import.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { findDuplicate, readArchive, type ArchiveEntry } from '../src/lib/importer/archive-index.ts';
import { importFile, ORIGINAL_SIZE_LIMIT, type ImportFileResult } from '../src/lib/importer/import-file.ts';
import { importableExtensions, extensionOf } from '../src/lib/importer/readers/source-format.ts';
import { isIssuedVersion, versionKey } from '../src/lib/importer/same-document.ts';

const usage = 'usage: npm run import -- FILE|DIR… [--out DIR] [--archive DIR]';
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  if (!value || value.startsWith('--')) {
    console.error(`${name} needs a directory. ${usage}`);
    process.exit(2);
  }
  args.splice(i, 2);
  return value;
};
const out = resolve(option('--out', 'content/van-ban'));
const archive = resolve(option('--archive', 'content/van-ban'));
const unknown = args.find((a) => a.startsWith('--'));
if (unknown || args.length === 0) {
  console.error(unknown ? `unknown option ${unknown}. ${usage}` : usage);
  process.exit(2);
}

// A directory stands for the files in it of a format the importer reads (any case: .PDF, .TXT).
const files = args.flatMap((arg) => {
  try {
    if (statSync(arg).isDirectory()) {
      const names = readdirSync(arg).sort();
      const skipped = names.filter((n) => !(importableExtensions as readonly string[]).includes(extensionOf(n)) && !n.startsWith('.'));
      if (skipped.length > 0) console.error(`${arg}: skipped ${skipped.length} file(s) of no importable format: ${skipped.join(', ')}`);
      return names.filter((n) => (importableExtensions as readonly string[]).includes(extensionOf(n))).map((n) => join(arg, n));
    }
  } catch {
    // Reported below as unreadable.
  }
  return [arg];
});

// Paths inside the project are shown relative to it, others in full.
const shown = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel || '.';
};
const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;
const known: ArchiveEntry[] = [...readArchive(archive), ...(out === archive ? [] : readArchive(out))];
let imported = 0;
let toReview = 0;
let failed = 0;
let drafts = 0;

// Read everything first, then write issued versions before drafts, so that a draft and its issued
// PDF given together end with the issued version as the record and the draft reported.
const results: Array<{ file: string; result: ImportFileResult; seconds: number }> = [];
for (const file of files) {
  const started = performance.now();
  const result = await importFile(file, {
    displayPath: file,
    outDirectory: shown(out),
    progress: ({ page, pages, seconds }) => console.log(`${file}: OCR page ${page} of ${pages} recognised in ${seconds.toFixed(1)} s`),
  });
  results.push({ file, result, seconds: (performance.now() - started) / 1000 });
}
const rank = (r: ImportFileResult) => (r.ok && isIssuedVersion(r.data) ? 0 : 1);
results.sort((a, b) => rank(a.result) - rank(b.result));

for (const { file, result, seconds } of results) {
  if (!result.ok) {
    console.error(`${result.message}\n${file}: not imported`);
    failed++;
    continue;
  }
  const target = join(out, `${result.id}.md`);
  const version = versionKey(result.data);
  const duplicate = findDuplicate(known, result.identity, basename(file), version);
  if (duplicate?.by === 'draft-of-issued') {
    // Not a failure: the archive already holds the record of this document.
    console.log(`${file}: not written: the draft or unsigned copy of ${duplicate.entry.file} (same issuing body, type and abstract); the issued version is the record`);
    drafts++;
    continue;
  }
  if (duplicate) {
    const why = {
      identity: `the same document (identity ${result.identity}); edit that file instead, or remove it first to import again`,
      source: `imported from the same source file ${basename(file)}; edit that file instead, or remove it first to import again`,
      'draft-of-issued': 'a draft or unsigned copy of that issued document (same issuing body, type and abstract); the issued version is the record, so the draft is not written',
      'issued-of-draft': 'the issued version of that draft (same issuing body, type and abstract); the issued version is the record: remove the draft file (and its original), then import this file again',
      'same-version': 'another copy of the same unnumbered document (same issuing body, type and abstract); edit that file instead, or remove it first to import again',
    }[duplicate.by];
    console.error(`${file}: not imported: duplicate of ${duplicate.entry.file}, ${why}`);
    failed++;
    continue;
  }
  const originalTarget = result.original ? join(out, `${result.id}${result.original.extension}`) : null;
  try {
    mkdirSync(dirname(target), { recursive: true });
    // 'wx': fail if the file exists, so nothing is ever overwritten, even by a race.
    if (originalTarget) writeFileSync(originalTarget, result.original!.bytes, { flag: 'wx' });
    writeFileSync(target, result.markdown, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const path = (error as NodeJS.ErrnoException).path ?? target;
    const why = code === 'EEXIST' ? `${shown(path)} already exists (another document got the same name); rename that file or import into another --out directory` : `cannot write ${shown(path)} (${code ?? error})`;
    console.error(`${file}: not imported: ${why}`);
    failed++;
    continue;
  }
  known.push({ file: shown(target), identity: result.identity, sourceFile: basename(file), version, issued: isIssuedVersion(result.data) });
  imported++;
  const notes = [
    result.format,
    result.ocr ? `OCR ${result.ocr.pages} page(s), ${result.ocr.secondsPerPage.toFixed(1)} s/page` : null,
    result.conversion,
    result.residue.tableLines.length + result.residue.pageNumbers.length > 0 ? `removed ${result.residue.tableLines.length} table-residue and ${result.residue.pageNumbers.length} page-number line(s)` : null,
    originalTarget ? `original kept as ${shown(originalTarget)}` : `original over ${kb(ORIGINAL_SIZE_LIMIT)}: recorded (sha256, size) but not copied`,
  ].filter(Boolean);
  console.log(`${file}: written ${shown(target)} in ${seconds.toFixed(1)} s (${notes.join('; ')})`);
  if (result.summary.length > 0 || result.data.review?.length) {
    toReview++;
    console.log(`  cần kiểm tra: ${result.summary.length} field(s) to complete in ${shown(target)}, then list them in handCompleted:`);
    for (const line of result.summary) console.log(`  ${line}`);
    if (result.ocr) console.log(`  ${file}: every header field was read by OCR: check number, date, issuer, signer and title against the scan`);
  }
}

const total = `${imported} of ${files.length} file(s) imported${toReview ? `, ${toReview} to review` : ''}${drafts ? `, ${drafts} draft(s) of issued documents not written` : ''}${failed ? `, ${failed} not imported` : ''}`;
if (failed > 0) {
  console.error(total);
  process.exit(1);
}
console.log(total);
