// Builds the full-text search index of the built site with Pagefind's Node API (called by
// scripts/build.ts after `astro build`; runnable alone on an existing build). Only document pages
// are indexed: their title, number and text (data-pagefind-body), with metadata, filters and a date
// sort key (src/components/SearchIndexData.astro). Any Pagefind error, or a document page missing
// from the index, stops the build with exit code 1.
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';

const outDir = process.env.ARCHIVE_OUT_DIR ?? 'dist';
const bundleDir = join(outDir, 'pagefind');

/** Document pages in the build: van-ban/YEAR/NAME/index.html (the list page /van-ban/ is not one). */
function documentPages(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') found.push(relative(outDir, path));
    }
  };
  walk(dir);
  return found.filter((p) => p.split(/[\\/]/).length >= 4);
}

function fail(messages: string[]): never {
  console.error('Search index failed, the build stops:');
  for (const m of messages) console.error(`  - ${m}`);
  process.exit(1);
}

const started = performance.now();
if (!existsSync(join(outDir, 'van-ban'))) fail([`${join(outDir, 'van-ban')} does not exist: run astro build first (npm run build does both)`]);
const expected = documentPages(join(outDir, 'van-ban'));
// Pagefind silently leaves out a page without data-pagefind-body once any page has one.
const unmarked = expected.filter((page) => !readFileSync(join(outDir, page), 'utf8').includes('data-pagefind-body'));
if (unmarked.length) fail(unmarked.map((page) => `${page} has no data-pagefind-body element, so it would be missing from the search`));
rmSync(bundleDir, { recursive: true, force: true });

try {
  const created = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (created.errors.length || !created.index) fail(created.errors.length ? created.errors : ['createIndex returned no index']);
  const { index } = created;
  const added = await index.addDirectory({ path: outDir, glob: 'van-ban/*/*/index.html' });
  if (added.errors.length) fail(added.errors);
  if (added.page_count !== expected.length) {
    fail([`indexed ${added.page_count} page(s) but the build has ${expected.length} document page(s); the glob and the page list disagree`]);
  }
  const written = await index.writeFiles({ outputPath: bundleDir });
  if (written.errors.length) fail(written.errors);
  // The search page preloads these two by name (src/pages/tim-kiem/index.astro).
  const preloaded = ['pagefind.js', 'wasm.unknown.pagefind'].filter((name) => !existsSync(join(bundleDir, name)));
  if (preloaded.length) fail(preloaded.map((name) => `${name} is missing from the Pagefind bundle, but the search page preloads it`));
  console.log(`Search index: ${added.page_count} document page(s) indexed into ${bundleDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  fail([error instanceof Error ? error.message : String(error)]);
} finally {
  await pagefind.close();
}
