// Builds the full-text search index of the built site with Pagefind's Node API (called by
// scripts/build.ts after `astro build`; runnable alone on an existing build). Only document pages
// are indexed: their title, number and text (data-pagefind-body), with metadata, filters and a date
// sort key (src/components/SearchIndexData.astro).
//
// The index is split into shards of consecutive years (src/lib/search/shards.ts), one complete
// Pagefind bundle each at dist/pagefind/<shard>/, as planned by the search page (its
// data-search-shards attribute): the search page loads the shards it needs and merges others on
// demand. A shard whose pages are byte-for-byte those of the previous build is copied from the
// cache (ARCHIVE_SEARCH_CACHE_DIR, default node_modules/.cache/archive-search) instead of being
// indexed again, so a rebuild after one changed document re-indexes one shard.
//
// Any Pagefind error, a document page missing from the index, or a plan that does not match the
// pages stops the build with exit code 1.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { pagefindPatchesKey, patchPagefindScript } from '../src/lib/search/pagefind-patches.ts';
import { chunkLocations, rechunkBundle } from '../src/lib/search/pagefind-chunks.ts';
import { unknownYearFolder } from '../src/lib/identity/document-identity.ts';
import { shardOf, type SearchShard } from '../src/lib/search/shards.ts';

const outDir = process.env.ARCHIVE_OUT_DIR ?? 'dist';
const bundleRoot = join(outDir, 'pagefind');
const cacheRoot = process.env.ARCHIVE_SEARCH_CACHE_DIR ?? join('node_modules', '.cache', 'archive-search');
const indexOptions = { forceLanguage: 'vi' } as const;
// Part of every shard's fingerprint: a new Pagefind, new options or new patches of its script must
// rebuild every shard.
const indexerVersion = `pagefind ${JSON.parse(readFileSync(join('node_modules', 'pagefind', 'package.json'), 'utf8')).version} ${JSON.stringify(indexOptions)} ${pagefindPatchesKey} chunks of ${chunkLocations}`;

function fail(messages: string[]): never {
  console.error('Search index failed, the build stops:');
  for (const m of messages) console.error(`  - ${m}`);
  process.exit(1);
}

/** Document pages in the build by archive id ("2019/kien-giang-68-ubnd-vhxh"): van-ban/YEAR/NAME/index.html. */
function documentPages(): string[] {
  const root = join(outDir, 'van-ban');
  const ids: string[] = [];
  for (const year of readdirSync(root).filter((name) => /^\d{4}$/.test(name) || name === unknownYearFolder).sort()) {
    for (const name of readdirSync(join(root, year)).sort()) {
      if (existsSync(join(root, year, name, 'index.html'))) ids.push(`${year}/${name}`);
    }
  }
  return ids;
}

const pageFile = (id: string) => join(outDir, 'van-ban', id, 'index.html');

/** The shard plan the search page was built with (src/pages/tim-kiem/index.astro). */
function plannedShards(): SearchShard[] {
  const page = join(outDir, 'tim-kiem', 'index.html');
  if (!existsSync(page)) fail([`${page} does not exist: run astro build first (npm run build does both)`]);
  const match = /data-search-shards="([^"]*)"/.exec(readFileSync(page, 'utf8'));
  if (!match) fail([`${page} has no data-search-shards attribute: the search page and this script disagree`]);
  const json = match[1]!.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return JSON.parse(json) as SearchShard[];
}

/** Checks that the shards hold every document page exactly once, with the counts the page states. */
function checkPlan(shards: SearchShard[], ids: string[]): Map<string, string[]> {
  const problems: string[] = [];
  const pagesOf = new Map(shards.map((s) => [s.name, [] as string[]]));
  for (const id of ids) {
    const holders = shardOf(shards, id);
    if (holders.length !== 1) problems.push(`van-ban/${id}/ falls in ${holders.length} shards of the search page's plan`);
    else pagesOf.get(holders[0]!.name)!.push(id);
  }
  for (const shard of shards) {
    const found = pagesOf.get(shard.name)!.length;
    if (found !== shard.documents) problems.push(`shard ${shard.name}: the search page plans ${shard.documents} document(s), the build has ${found}`);
  }
  if (problems.length) fail([...problems, 'the search page was built from another corpus than these pages: build again (npm run build)']);
  return pagesOf;
}

/** Fingerprint of a shard: the indexer and every byte of its pages. */
function fingerprint(ids: string[]): string {
  const hash = createHash('sha256').update(indexerVersion);
  for (const id of ids) hash.update(`\n${id}\n`).update(readFileSync(pageFile(id)));
  return hash.digest('hex');
}

async function indexShard(shard: SearchShard, ids: string[], target: string): Promise<void> {
  const created = await pagefind.createIndex(indexOptions);
  if (created.errors.length || !created.index) fail(created.errors.length ? created.errors : ['createIndex returned no index']);
  const { index } = created;
  try {
    // Pagefind reads the files itself: a glob over the shard's years.
    const years = [...new Set(ids.map((id) => id.split('/')[0]!))];
    const glob = `van-ban/${years.length > 1 ? `{${years.join(',')}}` : years[0]}/*/index.html`;
    const added = await index.addDirectory({ path: outDir, glob });
    if (added.errors.length) fail(added.errors);
    if (added.page_count !== ids.length) fail([`shard ${shard.name}: indexed ${added.page_count} page(s) but it has ${ids.length} document page(s); the glob ${glob} and the page list disagree`]);
    const written = await index.writeFiles({ outputPath: target });
    if (written.errors.length) fail(written.errors);
  } finally {
    await index.deleteIndex();
  }
}

const started = performance.now();
if (!existsSync(join(outDir, 'van-ban'))) fail([`${join(outDir, 'van-ban')} does not exist: run astro build first (npm run build does both)`]);
const ids = documentPages();
// Pagefind silently leaves out a page without data-pagefind-body once any page has one.
const unmarked = ids.filter((id) => !readFileSync(pageFile(id), 'utf8').includes('data-pagefind-body'));
if (unmarked.length) fail(unmarked.map((id) => `van-ban/${id}/index.html has no data-pagefind-body element, so it would be missing from the search`));
const shards = plannedShards();
const pagesOf = checkPlan(shards, ids);

rmSync(bundleRoot, { recursive: true, force: true });
mkdirSync(bundleRoot, { recursive: true });
const report: string[] = [];
try {
  for (const shard of shards) {
    const shardStarted = performance.now();
    const pages = pagesOf.get(shard.name)!;
    const key = fingerprint(pages);
    const target = join(bundleRoot, shard.name);
    const cached = join(cacheRoot, shard.name);
    const cachedKey = existsSync(join(cached, '.fingerprint')) ? readFileSync(join(cached, '.fingerprint'), 'utf8') : null;
    if (cachedKey === key) {
      cpSync(cached, target, { recursive: true, filter: (path) => !path.endsWith('.fingerprint') });
      report.push(`${shard.name}: ${pages.length} page(s) unchanged, reused (${((performance.now() - shardStarted) / 1000).toFixed(1)} s)`);
      continue;
    }
    await indexShard(shard, pages, target);
    for (const name of ['pagefind.js', 'wasm.unknown.pagefind', 'pagefind-entry.json']) {
      if (!existsSync(join(target, name))) fail([`${shard.name}/${name} is missing from the Pagefind bundle, but the search page loads it`]);
    }
    // Smaller word chunks than Pagefind's, so a query fetches less of its neighbours' words (src/lib/search/pagefind-chunks.ts).
    rechunkBundle(target, chunkLocations);
    // Work the search page never uses, taken out of Pagefind's script (src/lib/search/pagefind-patches.ts).
    const script = join(target, 'pagefind.js');
    writeFileSync(script, patchPagefindScript(readFileSync(script, 'utf8'), script));
    rmSync(cached, { recursive: true, force: true });
    cpSync(target, cached, { recursive: true });
    writeFileSync(join(cached, '.fingerprint'), key);
    report.push(`${shard.name}: ${pages.length} page(s) indexed (${((performance.now() - shardStarted) / 1000).toFixed(1)} s)`);
  }
  // Document pages load the highlighter from /pagefind/ (src/scripts/search-highlight.ts); it is the
  // same file in every bundle.
  if (shards[0]) cpSync(join(bundleRoot, shards[0].name, 'pagefind-highlight.js'), join(bundleRoot, 'pagefind-highlight.js'));
} catch (error) {
  fail([error instanceof Error ? error.message : String(error)]);
} finally {
  await pagefind.close();
}
for (const line of report) console.log(`  ${line}`);
console.log(`Search index: ${ids.length} document page(s) in ${shards.length} shard(s) at ${bundleRoot} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
