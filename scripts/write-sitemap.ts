// Writes dist/sitemap.xml (and, past 50,000 pages, sitemap-N.xml files under an index) listing every
// page the build left in the output folder: run by scripts/build.ts after the output sweep, so it
// lists exactly the pages a reader can open. URLs are absolute: SITE_URL + BASE_PATH
// (https://example.org when SITE_URL is not set, like the open data).
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pagePaths, sitemapFiles } from '../src/lib/publishing/sitemap.ts';

const outDir = process.env.ARCHIVE_OUT_DIR ?? 'dist';
const origin = new URL(process.env.SITE_URL ?? 'https://example.org').origin;
const base = `${origin}${(process.env.BASE_PATH ?? '/').replace(/\/?$/, '/')}`;

const files: string[] = [];
const walk = (dir: string) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'pagefind' || entry.name === '_astro') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name === 'index.html') files.push(relative(outDir, path).split(sep).join('/'));
  }
};
walk(outDir);
const urls = pagePaths(files).map((path) => `${base}${path.slice(1)}`);
// Split files of an earlier, larger site must not linger.
for (const name of readdirSync(outDir)) if (/^sitemap-\d+\.xml$/.test(name)) rmSync(join(outDir, name));
const written = sitemapFiles(urls, base);
for (const [name, xml] of written) writeFileSync(join(outDir, name), xml);
if (!existsSync(join(outDir, 'sitemap.xml'))) throw new Error('sitemap.xml was not written');
console.log(`Sitemap: ${urls.length} page(s) in ${written.size} file(s).`);
