// Writes .br and .gz twins of the site's scripts and styles (Pagefind's and Astro's), so that a
// plain static host serving precompressed files (nginx gzip_static/brotli_static, sirv in
// `npm start`) sends them compressed. Pagefind's script and worker are two thirds of a cold search's
// fixed cost uncompressed (≈90 KB → ≈25 KB). Its index, fragment, filter and WebAssembly files are
// gzip already and are left alone. HTML is left to the host (every CDN compresses it on the fly).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const outDir = process.env.ARCHIVE_OUT_DIR ?? 'dist';
const compressible = /\.(js|mjs|css|svg)$/;
// Pagefind writes its UI scripts into every bundle; the site uses only these.
const pagefindUsed = new Set(['pagefind.js', 'pagefind-highlight.js']);

// Where the scripts and styles are: Astro's assets, and the top of /pagefind/ and of each shard's
// bundle. Not the pages' folders, nor the bundles' index/fragment/filter folders (10,000s of files).
function* files(dir: string, depth: number): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (depth > 0 && !['index', 'fragment', 'filter'].includes(entry.name)) yield* files(path, depth - 1);
    } else if (compressible.test(entry.name)) yield path;
  }
}

let count = 0;
let reused = 0;
let before = 0;
let after = 0;
// Every shard's pagefind.js (and pagefind-highlight.js) is the same file: compressed once, at
// brotli's slowest level. Astro rewrites its assets and the index step its bundles on every build,
// so there are no older twins worth keeping.
const compressedByContent = new Map<string, { br: Buffer; gz: Buffer }>();
for (const path of [...files(join(outDir, '_astro'), 0), ...[...files(join(outDir, 'pagefind'), 1)].filter((p) => pagefindUsed.has(basename(p)))]) {
  const data = readFileSync(path);
  if (data.length < 1024) continue;
  const digest = createHash('sha256').update(data).digest('hex');
  let twins = compressedByContent.get(digest);
  if (twins) reused++;
  else {
    twins = {
      br: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
      gz: gzipSync(data, { level: 9 }),
    };
    compressedByContent.set(digest, twins);
  }
  writeFileSync(`${path}.br`, twins.br);
  writeFileSync(`${path}.gz`, twins.gz);
  count++;
  before += data.length;
  after += twins.br.length;
}
// The suggestion catalogue (/goi-y/*.json, src/lib/search/suggest-catalogue.ts): read while a reader
// types, so its bytes count; hundreds of files at 10,000 documents, hence brotli 9 (≈3× faster than
// 11 here for ≈3 % more bytes).
let catalogueFiles = 0;
let catalogueBefore = 0;
let catalogueAfter = 0;
const catalogueDir = join(outDir, 'goi-y');
for (const name of existsSync(catalogueDir) ? readdirSync(catalogueDir) : []) {
  if (!name.endsWith('.json')) continue;
  const path = join(catalogueDir, name);
  const data = readFileSync(path);
  if (data.length < 1024) continue;
  const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
  catalogueFiles++;
  catalogueBefore += data.length;
  catalogueAfter += br.length;
}
if (catalogueFiles) console.log(`Precompressed ${catalogueFiles} suggestion catalogue file(s): ${Math.round(catalogueBefore / 1024)} KB → ${Math.round(catalogueAfter / 1024)} KB with brotli.`);
console.log(`Precompressed ${count} script/style file(s), ${reused} of them identical to another: ${Math.round(before / 1024)} KB → ${Math.round(after / 1024)} KB with brotli.`);
