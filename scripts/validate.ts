// npm run validate: checks every document, prints every problem as file:line, exits 1 on errors.
import { formatProblem } from '../src/lib/content/corpus.ts';
import { validateCorpus } from '../src/lib/validation/validate-corpus.ts';

// Unchanged files are not parsed or analysed again (src/lib/content/parse-cache.ts, analysis-cache.ts).
const report = validateCorpus(process.cwd(), new Date(), { cached: true });
for (const problem of report.problems) console.error(formatProblem(problem));
const summary = `${report.documents.length} documents checked: ${report.errors} error(s), ${report.warnings} warning(s)`;
if (report.errors > 0) {
  console.error(`\n${summary}. Fix the errors above; nothing was built.`);
  process.exit(1);
}
console.log(summary);
