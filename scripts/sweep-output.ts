// Deletes what an earlier build left in the output folder and this one neither wrote nor kept
// (src/lib/build/stale-output.ts). Run by scripts/build.ts right after `astro build`, with the time
// the build started: node scripts/sweep-output.ts START_MS
import { existsSync, readFileSync, readdirSync, rmSync, rmdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { manifestOutputs, staleFiles, type OutputFile } from '../src/lib/build/stale-output.ts';

const outDir = process.env.ARCHIVE_OUT_DIR ?? 'dist';
const cacheDir = process.env.ARCHIVE_CACHE_DIR ?? join('node_modules', '.astro');
const since = Number(process.argv[2]);
if (!Number.isFinite(since)) {
  console.error('usage: node scripts/sweep-output.ts BUILD_START_MS');
  process.exit(2);
}
const manifestFile = join(cacheDir, 'incremental-build.json');
const files: OutputFile[] = [];
const walk = (dir: string) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else files.push({ path: relative(outDir, path).split(sep).join('/'), mtimeMs: statSync(path).mtimeMs });
  }
};
if (existsSync(outDir)) walk(outDir);
// A little slack for file systems with coarse timestamps.
// Without a manifest Astro rendered every page in this build, so everything older is stale.
const kept = existsSync(manifestFile) ? manifestOutputs(JSON.parse(readFileSync(manifestFile, 'utf8'))) : new Set<string>();
// The search index and the sitemap are written after the sweep by their own steps (scripts/build.ts).
const afterSweep = ['pagefind', ...files.map((f) => f.path).filter((path) => /^sitemap(?:-\d+)?\.xml$/.test(path))];
const stale = staleFiles(files, kept, since - 2000, afterSweep);
for (const path of stale) rmSync(join(outDir, path));
// A deleted document leaves its page's folder empty: remove empty folders, deepest first.
const removeEmpty = (dir: string): boolean => {
  let empty = true;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || !removeEmpty(join(dir, entry.name))) empty = false;
  }
  if (empty && dir !== outDir) rmdirSync(dir);
  return empty;
};
if (stale.length && existsSync(outDir)) removeEmpty(outDir);
// Silent when nothing was left over: only real removals are worth a line.
if (stale.length) console.log(`Output sweep: ${stale.length} file(s) left by earlier builds removed: ${stale.slice(0, 5).join(', ')}${stale.length > 5 ? ', …' : ''}.`);
