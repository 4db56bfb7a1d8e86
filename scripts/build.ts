// npm run build: validates the corpus (stopping with every problem listed), then builds dist/.
import { spawnSync } from 'node:child_process';
import { formatProblem } from '../src/lib/content/corpus.ts';
import { validateCorpus } from '../src/lib/validation/validate-corpus.ts';

const report = validateCorpus(process.cwd());
for (const problem of report.problems) console.error(formatProblem(problem));
if (report.errors > 0) {
  console.error(`\nBuild stopped: ${report.errors} error(s) listed above. Fix them and build again.`);
  process.exit(1);
}
console.log(`Corpus valid: ${report.documents.length} documents, ${report.warnings} warning(s).`);

const run = (args: string[]) => {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run(['node_modules/astro/bin/astro.mjs', 'build']);
