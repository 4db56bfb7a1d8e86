// npm run validate [-- --fix] [-- --verbose]: checks every document, prints every problem as
// file:line, exits 1 on errors. --fix first rewrites in Unicode NFC the files that are not (the one
// fix that is safe to automate: the text reads the same); --verbose lists every warning instead of
// one summary line per repeated kind (src/lib/validation/report-lines.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { documentsDirectory, listMarkdown } from '../src/lib/content/corpus.ts';
import { nfcFix } from '../src/lib/validation/checks/nfc.ts';
import { problemLines } from '../src/lib/validation/report-lines.ts';
import { validateCorpus } from '../src/lib/validation/validate-corpus.ts';

const options = { '--fix': 'rewrite files in Unicode NFC', '--verbose': 'list every warning' } as const;
const args = process.argv.slice(2);
const unknown = args.find((a) => !(a in options));
if (unknown !== undefined) {
  console.error(`validate: unknown option ${JSON.stringify(unknown)}; options: ${Object.entries(options).map(([o, what]) => `${o} (${what})`).join(', ')}`);
  process.exit(2);
}

const root = process.cwd();
if (args.includes('--fix')) {
  for (const path of listMarkdown(join(root, documentsDirectory)).sort()) {
    const fix = nfcFix(readFileSync(path, 'utf8'));
    if (!fix) continue;
    writeFileSync(path, fix.text);
    console.log(`Fixed ${relative(root, path).split(sep).join('/')}: rewritten in Unicode NFC (${fix.lines} line${fix.lines > 1 ? 's' : ''}).`);
  }
}

// Unchanged files are not parsed or analysed again (src/lib/content/parse-cache.ts, analysis-cache.ts).
const report = validateCorpus(root, new Date(), { cached: true });
for (const line of problemLines(report.problems, { verbose: args.includes('--verbose') })) console.error(line);
const summary = `${report.documents.length} documents checked: ${report.errors} error(s), ${report.warnings} warning(s)`;
if (report.errors > 0) {
  console.error(`\n${summary}. Fix the errors above; nothing was built.`);
  process.exit(1);
}
console.log(summary);
