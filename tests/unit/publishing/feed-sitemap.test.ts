import { describe, expect, it } from 'vitest';
import { atomDate, atomXml } from '../../../src/lib/publishing/atom.ts';
import { documentFeedXml } from '../../../src/lib/publishing/document-feed.ts';
import { pagePaths, robotsTxt, sitemapFiles, sitemapLimit, sitemapXml } from '../../../src/lib/publishing/sitemap.ts';
import { documentData } from '../fixtures/documents.ts';

const base = 'https://van-ban.example.vn/luu-tru/';

describe('Atom feed', () => {
  it.each([
    ['2019-01-16', 2019, '2019-01-16T00:00:00Z'],
    ['2018-05', 2018, '2018-05-01T00:00:00Z'],
    ['2018', 2018, '2018-01-01T00:00:00Z'],
    [null, 2017, '2017-01-01T00:00:00Z'],
  ])('atomDate(%s, %s) = %s', (issued, year, expected) => {
    expect(atomDate(issued, year)).toBe(expected);
  });

  it('lists the newest documents first with absolute URLs, escaped text and the newest date as updated', () => {
    const xml = documentFeedXml(
      [
        { id: '2018/a', data: documentData({ title: 'Cũ hơn', issued: '2018-03-01', year: 2018 }) },
        { id: '2019/b', data: documentData({ title: 'Bảo vệ & chăm sóc <trẻ em>', issued: '2019-05', year: 2019, numberSymbol: '12/KH-UBND' }) },
        { id: '2017/c', data: documentData({ title: 'Cũ nhất', year: 2017, fullText: false }) },
      ],
      base,
      2,
    );
    expect(xml).toContain('<id>https://van-ban.example.vn/luu-tru/van-ban-moi.xml</id>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://van-ban.example.vn/luu-tru/van-ban-moi.xml"/>');
    expect(xml).toContain('  <updated>2019-05-01T00:00:00Z</updated>\n  <author>');
    const ids = [...xml.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids).toEqual(['https://van-ban.example.vn/luu-tru/van-ban/2019/b/', 'https://van-ban.example.vn/luu-tru/van-ban/2018/a/']);
    expect(xml).toContain('<title>Kế hoạch số 12/KH-UBND: Bảo vệ &amp; chăm sóc &lt;trẻ em&gt;</title>');
    expect(xml).toContain('<summary>Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh Lạng Sơn, ban hành 05/2019.</summary>');
    expect(xml).toContain('<category term="Lạng Sơn"/>');
    expect(xml).not.toMatch(/href="\//);
  });

  it('an empty feed is still a valid feed', () => {
    const xml = atomXml({ selfUrl: `${base}f.xml`, pageUrl: base, title: 't', subtitle: 's', author: 'a', lang: 'vi', entries: [] });
    expect(xml).toContain('<updated>1970-01-01T00:00:00Z</updated>');
    expect(xml).not.toContain('<entry>');
  });
});

describe('sitemap and robots.txt', () => {
  it('lists every folder page of the build, not the 404 page, the search index nor assets', () => {
    expect(
      pagePaths(['index.html', '404.html', 'van-ban/2019/a/index.html', 'du-lieu/van-ban/2019/a.json', 'pagefind/nam-2019/index.html', '_astro/x.css', 'tinh/index.html', 'van-ban/2019/a/index.html.gz']),
    ).toEqual(['/', '/tinh/', '/van-ban/2019/a/']);
  });

  it('writes a urlset, escaped', () => {
    expect(sitemapXml([`${base}`, `${base}a&b/`])).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <url><loc>https://van-ban.example.vn/luu-tru/</loc></url>\n  <url><loc>https://van-ban.example.vn/luu-tru/a&amp;b/</loc></url>\n</urlset>\n',
    );
  });

  it('splits past 50,000 pages under a sitemap index', () => {
    const urls = Array.from({ length: sitemapLimit + 1 }, (_, i) => `${base}van-ban/${i}/`);
    const files = sitemapFiles(urls, base);
    expect([...files.keys()]).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap.xml']);
    expect(files.get('sitemap.xml')).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(files.get('sitemap.xml')).toContain(`<sitemap><loc>${base}sitemap-2.xml</loc></sitemap>`);
    expect(files.get('sitemap-2.xml')!.match(/<url>/g)).toHaveLength(1);
    expect([...sitemapFiles(urls.slice(0, 3), base).keys()]).toEqual(['sitemap.xml']);
  });

  it.each([
    ['/', null, 'User-agent: *\nDisallow: /pagefind/\n'],
    ['/luu-tru', `${base}sitemap.xml`, `User-agent: *\nDisallow: /luu-tru/pagefind/\nSitemap: ${base}sitemap.xml\n`],
  ])('robots.txt for base %s', (basePath, sitemap, expected) => {
    expect(robotsTxt(basePath, sitemap)).toBe(expected);
  });
});
