// Experimental search indexer for the benchmark's Pagefind levers (not used by the site build).
// Options come from the environment, so scripts/bench.ts passes them with --index-env:
//   BENCH_INCLUDE_CHARACTERS="/-"   keep these characters inside words (number-symbols stay whole)
//   BENCH_MAX_WORDS=N               index custom records built from the corpus Markdown, title and
//                                   number plus the first N words of the text, instead of the HTML
//   BENCH_SPLIT=year|province       one bundle per year or per province in dist/pagefind-split/KEY/,
//                                   merged in the browser on demand (mergeIndex)
// Writes dist/pagefind-bench.json: the bundle sets the query benchmark loads (primary + merged).
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { splitFrontmatter } from '../src/lib/content/frontmatter.ts';

const outDir = process.env.ARCHIVE_OUT_DIR ?? 'dist';
const contentDir = process.env.ARCHIVE_CONTENT_DIR ?? 'content/van-ban';
const includeCharacters = process.env.BENCH_INCLUDE_CHARACTERS || undefined;
const maxWords = process.env.BENCH_MAX_WORDS ? Number(process.env.BENCH_MAX_WORDS) : undefined;
const split = process.env.BENCH_SPLIT as 'year' | 'province' | undefined;

interface Doc {
  id: string;
  year: string;
  province: string;
  title: string;
  heading: string;
  body: string;
}

function corpus(): Doc[] {
  const docs: Doc[] = [];
  for (const year of readdirSync(contentDir).sort()) {
    for (const name of readdirSync(join(contentDir, year)).sort()) {
      if (!name.endsWith('.md')) continue;
      const split = splitFrontmatter(readFileSync(join(contentDir, year, name), 'utf8'));
      const data = split.data as { title: string; numberSymbol: string | null; province: string | null; issuer: { name: string } };
      docs.push({
        id: `${year}/${name.slice(0, -3)}`,
        year,
        province: data.province ?? 'trung-uong',
        title: data.title,
        heading: `${data.numberSymbol ?? ''} ${data.issuer.name}`,
        body: split.body,
      });
    }
  }
  return docs;
}

async function buildBundle(docs: Doc[], outputPath: string, glob: string | null): Promise<number> {
  const created = await pagefind.createIndex({ forceLanguage: 'vi', ...(includeCharacters ? { includeCharacters } : {}) });
  if (created.errors.length || !created.index) throw new Error(created.errors.join('; '));
  const { index } = created;
  let count = 0;
  if (maxWords === undefined && glob !== null) {
    const added = await index.addDirectory({ path: outDir, glob });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    count = added.page_count;
  } else {
    for (const doc of docs) {
      const words = doc.body.replace(/[#*>|_`-]+/g, ' ').split(/\s+/).filter(Boolean);
      const text = words.slice(0, maxWords ?? words.length).join(' ');
      const r = await index.addCustomRecord({
        url: `/van-ban/${doc.id}/`,
        content: `${doc.title}. ${doc.heading}. ${text}`,
        language: 'vi',
        meta: { title: doc.title },
        filters: { year: [doc.year], province: [doc.province] },
      });
      if (r.errors.length) throw new Error(r.errors.join('; '));
      count++;
    }
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(written.errors.join('; '));
  return count;
}

const started = performance.now();
rmSync(join(outDir, 'pagefind'), { recursive: true, force: true });
rmSync(join(outDir, 'pagefind-split'), { recursive: true, force: true });
const docs = corpus();
const sets: Array<{ name: string; primary: string; merge: string[] }> = [];
try {
  if (!split) {
    const n = await buildBundle(docs, join(outDir, 'pagefind'), 'van-ban/*/*/index.html');
    sets.push({ name: 'whole archive', primary: '/pagefind/', merge: [] });
    console.log(`bench index: ${n} pages, one bundle`);
  } else {
    const groups = new Map<string, Doc[]>();
    for (const doc of docs) {
      const key = split === 'year' ? doc.year : doc.province;
      groups.set(key, [...(groups.get(key) ?? []), doc]);
    }
    const keys = [...groups.keys()].sort();
    let total = 0;
    for (const key of keys) {
      const glob = split === 'year' ? `van-ban/${key}/*/index.html` : key === 'trung-uong' ? 'van-ban/*/[0-9]*/index.html' : `van-ban/*/${key}-*/index.html`;
      total += await buildBundle(groups.get(key)!, join(outDir, 'pagefind-split', key), glob);
    }
    const urls = keys.map((k) => `/pagefind-split/${k}/`);
    // A reader who narrowed the search to one group loads one bundle; an unscoped search merges all.
    const largest = keys.reduce((a, b) => (groups.get(a)!.length >= groups.get(b)!.length ? a : b));
    sets.push({ name: `one ${split} (${largest}, the largest)`, primary: `/pagefind-split/${largest}/`, merge: [] });
    sets.push({ name: `all ${keys.length} ${split} bundles merged`, primary: urls[0]!, merge: urls.slice(1) });
    console.log(`bench index: ${total} pages in ${keys.length} bundles by ${split}`);
  }
} finally {
  await pagefind.close();
}
writeFileSync(join(outDir, 'pagefind-bench.json'), JSON.stringify(sets));
console.log(`bench index: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
