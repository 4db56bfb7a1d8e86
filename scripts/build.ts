// npm run build: validates the corpus (stopping with every problem listed), then builds dist/ and
// its search index.
import { spawnSync } from 'node:child_process';
import { problemLines } from '../src/lib/validation/report-lines.ts';
import { validateCorpus } from '../src/lib/validation/validate-corpus.ts';

// Unchanged files are not parsed or analysed again (src/lib/content/parse-cache.ts, analysis-cache.ts).
const report = validateCorpus(process.cwd(), new Date(), { cached: true });
for (const line of problemLines(report.problems)) console.error(line);
if (report.errors > 0) {
  console.error(`\nBuild stopped: ${report.errors} error(s) listed above. Fix them and build again.`);
  process.exit(1);
}
console.log(`Corpus valid: ${report.documents.length} documents, ${report.warnings} warning(s).`);

const run = (args: string[], env: NodeJS.ProcessEnv = {}) => {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
// A larger V8 heap for Astro: at the default heap a build of thousands of documents spends most of
// its time collecting garbage (docs/performance.md). A NODE_OPTIONS set by the caller wins.
const siteStarted = Date.now();
run(['node_modules/astro/bin/astro.mjs', 'build'], { NODE_OPTIONS: process.env.NODE_OPTIONS || '--max-old-space-size=8192' });
// dist/ is not emptied before the build (astro.config.mjs): remove what earlier builds left.
run(['scripts/sweep-output.ts', String(siteStarted)]);
// The sitemap lists the pages now in dist/ (scripts/write-sitemap.ts).
run(['scripts/write-sitemap.ts']);
// The search index is built from the pages just written (scripts/index-search.ts).
run(['scripts/index-search.ts']);
// Compressed twins of the scripts and styles for hosts that serve precompressed files.
run(['scripts/precompress.ts']);
