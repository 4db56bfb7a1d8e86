import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, sharedBrowser, siteUrl } from './browser.ts';
import { shardedSite } from './global-setup.ts';
import { templatePages } from './pages.ts';

/**
 * What a public site offers crawlers, feed readers, link previews and printers: robots.txt, a
 * sitemap, an Atom feed linked from every page, Open Graph and description meta, canonical links
 * when the public address (SITE_URL) is known, and a print stylesheet for document pages. XML is
 * parsed by Chromium's own XML parser, which refuses anything not well-formed. The main build has
 * no SITE_URL; the sharded build (global-setup.ts) has one.
 */
const shared = sharedBrowser();
const atomNs = 'http://www.w3.org/2005/Atom';
const sitemapNs = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const shardedUrl = (path: string) => new URL(path.replace(/^\//, ''), inject('shardedSiteUrl')).href;

interface ParsedXml {
  error: string | null;
  root: string;
  ns: string | null;
}

/** Fetches a file of the site and parses it as XML in the page; returns its structure as plain data. */
async function parseXml(page: Page, url: string, extract: string): Promise<ParsedXml & { data: any; contentType: string | null }> {
  // A document of the file's own origin, so that fetching it is same-origin.
  await page.goto(url);
  return (await page.evaluate(`(async () => {
    const response = await fetch(${JSON.stringify(url)});
    const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
    const error = doc.querySelector('parsererror');
    const root = doc.documentElement;
    const data = error ? null : (${extract})(root);
    return { error: error ? error.textContent : null, root: root.localName, ns: root.namespaceURI, data, contentType: response.headers.get('content-type') };
  })()`)) as ParsedXml & { data: any; contentType: string | null };
}

const feedExtract = `(root) => {
  const ns = '${atomNs}';
  const kids = (el, name) => [...el.children].filter((c) => c.namespaceURI === ns && c.localName === name);
  const text = (el, name) => kids(el, name)[0]?.textContent ?? null;
  return {
    id: text(root, 'id'), title: text(root, 'title'), updated: text(root, 'updated'),
    author: kids(root, 'author')[0] ? text(kids(root, 'author')[0], 'name') : null,
    links: kids(root, 'link').map((l) => ({ rel: l.getAttribute('rel'), href: l.getAttribute('href') })),
    entries: kids(root, 'entry').map((e) => ({
      id: text(e, 'id'), title: text(e, 'title'), updated: text(e, 'updated'), summary: text(e, 'summary'),
      link: kids(e, 'link').find((l) => l.getAttribute('rel') === 'alternate')?.getAttribute('href') ?? null,
    })),
  };
}`;
const sitemapExtract = `(root) => [...root.getElementsByTagNameNS('${sitemapNs}', 'loc')].map((l) => l.textContent)`;
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

async function checkFeed(page: Page, feedUrl: string, origin: string) {
  const feed = await parseXml(page, feedUrl, feedExtract);
  expect(feed.error).toBeNull();
  expect([feed.root, feed.ns]).toEqual(['feed', atomNs]);
  const data = feed.data;
  expect(data.id).toBe(`${origin}/van-ban-moi.xml`);
  expect(data.title).toBe('Văn bản mới · Kho văn bản Bình đẳng giới');
  expect(data.author).toBe('Kho văn bản Bình đẳng giới');
  expect(data.updated).toMatch(rfc3339);
  expect(data.links).toEqual([
    { rel: 'self', href: `${origin}/van-ban-moi.xml` },
    { rel: 'alternate', href: `${origin}/van-ban/` },
  ]);
  // The archive has 49 documents, fewer than the feed's 50: all of them, newest first.
  expect(data.entries).toHaveLength(49);
  expect(data.entries[0]).toEqual({
    id: `${origin}/van-ban/2025/lam-dong-303-ttr-snv/`,
    link: `${origin}/van-ban/2025/lam-dong-303-ttr-snv/`,
    summary: 'Tờ trình số 303/TTr-SNV của Sở Nội vụ tỉnh Lâm Đồng, ban hành 16/09/2025.',
    title: 'Tờ trình số 303/TTr-SNV: Về việc đề nghị ban hành Quyết định thành lập Ban Vì sự tiến bộ của phụ nữ tỉnh Lâm Đồng',
    updated: '2025-09-16T00:00:00Z',
  });
  const updated = data.entries.map((e: { updated: string }) => e.updated);
  expect(updated.every((u: string) => rfc3339.test(u))).toBe(true);
  expect([...updated].sort().reverse()).toEqual(updated);
  expect(data.updated).toBe(updated[0]);
  expect(new Set(data.entries.map((e: { id: string }) => e.id)).size).toBe(49);
  for (const entry of data.entries) {
    expect(entry.id).toBe(entry.link);
    expect(entry.id.startsWith(`${origin}/van-ban/`)).toBe(true);
    expect(entry.title).toBeTruthy();
  }
  return data;
}

describe('crawlers and feed readers', () => {
  it('robots.txt keeps crawlers out of the search index; names the sitemap only with SITE_URL', async () => {
    const page = await shared.context.newPage();
    const read = async (url: string) => {
      const response = await page.goto(url);
      return [response?.status(), await response?.text()];
    };
    expect(await read(siteUrl('/robots.txt'))).toEqual([200, 'User-agent: *\nDisallow: /pagefind/\n']);
    expect(await read(shardedUrl('/robots.txt'))).toEqual([200, `User-agent: *\nDisallow: /pagefind/\nSitemap: ${shardedSite.siteUrl}/sitemap.xml\n`]);
    await page.close();
  });

  it('sitemap.xml is well-formed and lists every page of the site by its absolute URL, not the 404 page', async () => {
    const { page } = await openPage(shared.context, '/');
    const sitemap = await parseXml(page, shardedUrl('/sitemap.xml'), sitemapExtract);
    expect(sitemap.error).toBeNull();
    expect([sitemap.root, sitemap.ns]).toEqual(['urlset', sitemapNs]);
    const locs = sitemap.data as string[];
    expect(locs.every((loc) => loc.startsWith(`${shardedSite.siteUrl}/`))).toBe(true);
    const paths = locs.map((loc) => new URL(loc).pathname);
    for (const [, path, status] of templatePages) {
      const pathname = new URL(path, 'http://x').pathname;
      if (status === 200 && !path.includes('?')) expect(paths).toContain(pathname);
    }
    expect(paths).toContain('/tim-kiem/');
    expect(paths.filter((p) => p.startsWith("/van-ban/20"))).toHaveLength(49);
    expect(paths.some((p) => p.includes('404'))).toBe(false);
    expect(new Set(paths).size).toBe(paths.length);
    // Every URL listed is a page the site serves.
    await page.goto(shardedUrl('/'));
    const statuses = (await page.evaluate(`Promise.all(${JSON.stringify(paths)}.map((p) => fetch(new URL(p.slice(1), ${JSON.stringify(inject('shardedSiteUrl'))})).then((r) => r.status)))`)) as number[];
    expect(statuses.every((s) => s === 200)).toBe(true);
    // Without SITE_URL the sitemap is written too, with the placeholder origin the open data uses.
    const plain = await parseXml(page, siteUrl('/sitemap.xml'), sitemapExtract);
    expect(plain.error).toBeNull();
    expect((plain.data as string[]).length).toBe(locs.length);
    await page.close();
  });

  it('the Atom feed is well-formed, has what Atom requires, lists the newest documents with absolute URLs', async () => {
    const { page } = await openPage(shared.context, '/');
    await checkFeed(page, shardedUrl('/van-ban-moi.xml'), shardedSite.siteUrl);
    await checkFeed(page, siteUrl('/van-ban-moi.xml'), 'https://example.org');
    await page.close();
  });
});

describe('every page: feed link, description, Open Graph, canonical', () => {
  const head = (page: Page) =>
    page.evaluate(`(() => {
      const meta = (sel) => document.head.querySelector(sel)?.getAttribute('content') ?? null;
      return {
        feeds: [...document.head.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')].map((l) => l.href),
        canonical: document.head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
        description: meta('meta[name="description"]'),
        ogTitle: meta('meta[property="og:title"]'), ogType: meta('meta[property="og:type"]'), ogDescription: meta('meta[property="og:description"]'),
        ogUrl: meta('meta[property="og:url"]'), ogLocale: meta('meta[property="og:locale"]'), ogSiteName: meta('meta[property="og:site_name"]'),
        robots: meta('meta[name="robots"]'),
      };
    })()`) as Promise<Record<string, any>>;

  it.each(templatePages)('%s (%s)', async (_name, path, status) => {
    const { page } = await openPage(shared.context, path);
    const meta = await head(page);
    expect(meta.feeds).toEqual([siteUrl('/van-ban-moi.xml')]);
    expect(meta.description?.length).toBeGreaterThan(20);
    expect(meta.ogTitle).toBeTruthy();
    expect(meta.ogDescription).toBe(meta.description);
    expect([meta.ogLocale, meta.ogSiteName]).toEqual(['vi_VN', 'Kho văn bản Bình đẳng giới']);
    expect(meta.ogType).toBe(/^\/van-ban\/\d{4}\//.test(path) ? 'article' : 'website');
    // No SITE_URL in the main build: no canonical naming a placeholder address.
    expect([meta.canonical, meta.ogUrl]).toEqual([null, null]);
    expect(meta.robots).toBe(status === 404 ? 'noindex' : null);
    await page.close();
  });

  it.each([
    ['/', '/'],
    ['/van-ban/2019/kien-giang-68-ubnd-vhxh/', '/van-ban/2019/kien-giang-68-ubnd-vhxh/'],
    ['/van-ban/2018/lang-son-96-kh-ubnd/?highlight=t%E1%BA%A3o', '/van-ban/2018/lang-son-96-kh-ubnd/'],
    ['/tim-kiem/?q=abc', '/tim-kiem/'],
  ])('with SITE_URL, %s has the canonical %s', async (path, canonicalPath) => {
    const page = await shared.context.newPage();
    await page.goto(shardedUrl(path));
    const meta = await head(page);
    expect(meta.canonical).toBe(`${shardedSite.siteUrl}${canonicalPath}`);
    expect(meta.ogUrl).toBe(meta.canonical);
    await page.close();
  });

  it('with SITE_URL, the not-found page has no canonical', async () => {
    const page = await shared.context.newPage();
    await page.goto(shardedUrl('/khong-co-trang-nay/'));
    expect((await head(page)).canonical).toBeNull();
    await page.close();
  });
});

describe('printing a document page', () => {
  it('prints black on white: the metadata, then the text; no navigation, search, related panel or see-also links', async () => {
    const { page } = await openPage(shared.context, '/van-ban/2019/kien-giang-68-ubnd-vhxh/');
    // An external link in the text (the seeds have none), to see how a link target prints.
    await page.evaluate(`(() => {
      const a = document.createElement('a');
      a.href = 'https://vanban.chinhphu.vn/van-ban/56';
      a.textContent = 'văn bản gốc';
      document.querySelector('.doc-text p').append(' ', a);
    })()`);
    await page.emulateMedia({ media: 'print' });
    const printed = (await page.evaluate(`(() => {
      const shown = (sel) => { const el = document.querySelector(sel); return !!el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0; };
      const style = getComputedStyle(document.body);
      const external = document.querySelector('.doc-text a[href^="https://vanban"]');
      const citation = document.querySelector('.doc-text a.trich-dan');
      return {
        nav: shown('.site-header nav'), search: shown('.site-search'), breadcrumb: shown('.breadcrumb'), seeAlso: shown('.screen-only'),
        related: shown('.doc-side .related'), metadata: shown('.metadata'), text: shown('.doc-text'), siteName: shown('.site-name'),
        metadataFirst: document.querySelector('.metadata').getBoundingClientRect().top < document.querySelector('.doc-text').getBoundingClientRect().top,
        color: style.color, background: style.backgroundColor,
        linkColor: getComputedStyle(citation).color,
        externalAfter: getComputedStyle(external, '::after').content,
        citationAfter: getComputedStyle(citation, '::after').content,
      };
    })()`)) as Record<string, unknown>;
    expect(printed).toEqual({
      nav: false, search: false, breadcrumb: false, seeAlso: false, related: false,
      metadata: true, text: true, siteName: true, metadataFirst: true,
      color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)', linkColor: 'rgb(0, 0, 0)',
      externalAfter: '" <https://vanban.chinhphu.vn/van-ban/56>"',
      citationAfter: 'none',
    });
    // On screen nothing of that changes.
    await page.emulateMedia({ media: 'screen' });
    expect(await page.evaluate(`getComputedStyle(document.querySelector('.site-header nav')).display`)).not.toBe('none');
    await page.close();
  });
});
