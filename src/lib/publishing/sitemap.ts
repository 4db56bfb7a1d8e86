import { escapeXml } from './xml.ts';

/** The sitemap protocol's limit of URLs per file (sitemaps.org). */
export const sitemapLimit = 50_000;

/**
 * The pages of a built site, as site paths, from its files ("van-ban/2019/x/index.html" →
 * "/van-ban/2019/x/"): every folder's index.html, nothing else. The not-found page, the search
 * index and the assets are not pages to list.
 */
export function pagePaths(files: readonly string[]): string[] {
  return files
    .filter((f) => (f === 'index.html' || f.endsWith('/index.html')) && !/^(?:pagefind|_astro)\//.test(f))
    .map((f) => `/${f.slice(0, -'index.html'.length)}`)
    .sort();
}

/** One sitemap file (urlset) for absolute URLs. */
export function sitemapXml(urls: readonly string[]): string {
  if (urls.length > sitemapLimit) throw new RangeError(`a sitemap holds at most ${sitemapLimit} URLs; got ${urls.length}`);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}

/** A sitemap index pointing at the sitemap files (absolute URLs), for a site of more than 50,000 pages. */
export function sitemapIndexXml(sitemapUrls: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sitemapUrls.map((url) => `  <sitemap><loc>${escapeXml(url)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
}

/**
 * The files to write for these absolute page URLs: "sitemap.xml" alone up to 50,000 pages; beyond,
 * "sitemap.xml" is an index of "sitemap-1.xml", "sitemap-2.xml"… `siteBase` is the absolute base URL.
 */
export function sitemapFiles(urls: readonly string[], siteBase: string): Map<string, string> {
  if (urls.length <= sitemapLimit) return new Map([['sitemap.xml', sitemapXml(urls)]]);
  const files = new Map<string, string>();
  for (let i = 0; i * sitemapLimit < urls.length; i++) files.set(`sitemap-${i + 1}.xml`, sitemapXml(urls.slice(i * sitemapLimit, (i + 1) * sitemapLimit)));
  files.set('sitemap.xml', sitemapIndexXml([...files.keys()].map((name) => `${siteBase}${name}`)));
  return files;
}

/**
 * robots.txt: everything may be crawled but the search index (binary files, no pages); the sitemap
 * is named when the site's public address is known (it must be an absolute URL).
 */
export function robotsTxt(basePath: string, sitemapUrl: string | null): string {
  const base = basePath.replace(/\/?$/, '/');
  return ['User-agent: *', `Disallow: ${base}pagefind/`, ...(sitemapUrl ? [`Sitemap: ${sitemapUrl}`] : []), ''].join('\n');
}
