// npm run import -- FILE|DIR… [--out DIR] [--archive DIR]
// Imports raw texts as documents: one Markdown file each, written as OUT/YEAR/ID.md, never over an
// existing file. A document already in the archive (same identity, or imported from the same source
// file) is reported as a duplicate and not written. Prints per file what was written or why not,
// and every field left for a person to complete, as source-file:line. Exit code 0 when every file
// was imported, 1 otherwise.
//   --out DIR      where to write (default content/van-ban)
//   --archive DIR  the archive that counts as already imported (default content/van-ban); the out
//                  directory is always checked too. Use an empty directory for a trial import.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { findDuplicate, readArchive, type ArchiveEntry } from '../src/lib/importer/archive-index.ts';
import { importDocument } from '../src/lib/importer/import-document.ts';

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

// A directory stands for the .txt files in it.
const files = args.flatMap((arg) => {
  try {
    if (statSync(arg).isDirectory()) return readdirSync(arg).filter((n) => n.endsWith('.txt')).sort().map((n) => join(arg, n));
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
const known: ArchiveEntry[] = [...readArchive(archive), ...(out === archive ? [] : readArchive(out))];
let imported = 0;
let toReview = 0;
let failed = 0;

for (const file of files) {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    console.error(`${file}: not imported: cannot read it (${(error as NodeJS.ErrnoException).code ?? error}); check the path`);
    failed++;
    continue;
  }
  const result = importDocument({ bytes, sourceFile: basename(file), displayPath: file, outDirectory: shown(out) });
  if (!result.ok) {
    console.error(`${result.message}\n${file}: not imported`);
    failed++;
    continue;
  }
  const target = join(out, `${result.id}.md`);
  const duplicate = findDuplicate(known, result.identity, basename(file));
  if (duplicate) {
    const why = duplicate.by === 'identity' ? `the same document (identity ${result.identity})` : `imported from the same source file ${basename(file)}`;
    console.error(`${file}: not imported: duplicate of ${duplicate.entry.file}, ${why}; edit that file instead, or remove it first to import again`);
    failed++;
    continue;
  }
  try {
    mkdirSync(dirname(target), { recursive: true });
    // 'wx': fail if the file exists, so nothing is ever overwritten, even by a race.
    writeFileSync(target, result.markdown, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EEXIST' ? `${shown(target)} already exists (another document got the same name); rename that file or import into another --out directory` : `cannot write ${shown(target)} (${code ?? error})`;
    console.error(`${file}: not imported: ${why}`);
    failed++;
    continue;
  }
  known.push({ file: shown(target), identity: result.identity, sourceFile: basename(file) });
  imported++;
  const notes = [result.conversion, result.residue.tableLines.length + result.residue.pageNumbers.length > 0 ? `removed ${result.residue.tableLines.length} table-residue and ${result.residue.pageNumbers.length} page-number line(s)` : null].filter(Boolean);
  console.log(`${file}: written ${shown(target)}${notes.length ? ` (${notes.join('; ')})` : ''}`);
  if (result.summary.length > 0) {
    toReview++;
    console.log(`  cần kiểm tra: ${result.summary.length} field(s) to complete in ${shown(target)}, then list them in handCompleted:`);
    for (const line of result.summary) console.log(`  ${line}`);
  }
}

const total = `${imported} of ${files.length} file(s) imported${toReview ? `, ${toReview} to review` : ''}${failed ? `, ${failed} not imported` : ''}`;
if (failed > 0) {
  console.error(total);
  process.exit(1);
}
console.log(total);
