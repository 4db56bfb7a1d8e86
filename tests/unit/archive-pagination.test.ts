import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transform } from '@astrojs/compiler-rs';
import { experimental_AstroContainer } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveEntry } from '../../src/lib/archive/archive-entry.ts';
import { allDocumentsPages, allDocumentsSections, pageSize, paginate, paginateSections, pagerItems, typePages, type PagerItem } from '../../src/lib/archive/pagination.ts';
import { listPage, paths } from '../../src/lib/archive/paths.ts';
import { idPattern } from '../../src/lib/content/corpus.ts';
import type { DocumentData } from '../../src/lib/content/document-schema.ts';
import { documentData } from './fixtures/documents.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginate', () => {
  it('pages 100 items each', () => {
    expect(pageSize).toBe(100);
  });

  it.each([
    // items, pages, items per page, [firstItem, lastItem] per page
    [0, 1, [0], [[0, 0]]],
    [1, 1, [1], [[1, 1]]],
    [99, 1, [99], [[1, 99]]],
    [100, 1, [100], [[1, 100]]],
    [101, 2, [100, 1], [[1, 100], [101, 101]]],
    [200, 2, [100, 100], [[1, 100], [101, 200]]],
    [250, 3, [100, 100, 50], [[1, 100], [101, 200], [201, 250]]],
  ] as const)('%i items: %i page(s) of %j', (count, totalPages, sizes, bounds) => {
    const items = range(count);
    const pages = paginate(items, '/van-ban/');
    expect(pages).toHaveLength(totalPages);
    expect(pages.map((p) => p.number)).toEqual(range(totalPages));
    expect(pages.map((p) => p.items.length)).toEqual(sizes);
    expect(pages.map((p) => [p.firstItem, p.lastItem])).toEqual(bounds);
    for (const page of pages) {
      expect(page.totalPages).toBe(totalPages);
      expect(page.totalItems).toBe(count);
      expect(page.listPath).toBe('/van-ban/');
      // Each page holds the items its bounds name, in order.
      expect(page.items).toEqual(items.slice(Math.max(0, page.firstItem - 1), page.lastItem));
    }
    expect(pages.flatMap((p) => p.items)).toEqual(items);
  });

  it.each([
    // items, list path, [path, previous, next] per page
    [0, '/van-ban/', [['/van-ban/', null, null]]],
    [100, '/loai/cong-van/', [['/loai/cong-van/', null, null]]],
    [101, '/van-ban/', [['/van-ban/', null, '/van-ban/trang/2/'], ['/van-ban/trang/2/', '/van-ban/', null]]],
    [
      250,
      '/loai/cong-van/',
      [
        ['/loai/cong-van/', null, '/loai/cong-van/trang/2/'],
        ['/loai/cong-van/trang/2/', '/loai/cong-van/', '/loai/cong-van/trang/3/'],
        ['/loai/cong-van/trang/3/', '/loai/cong-van/trang/2/', null],
      ],
    ],
  ] as const)('%i items at %s: paths of each page and of its neighbours', (count, listPath, expected) => {
    expect(paginate(range(count), listPath).map((p) => [p.path, p.previousPath, p.nextPath])).toEqual(expected);
  });

  it('never makes a page 0 or a /trang/1/ page: page 1 is the list itself', () => {
    const paths = paginate(range(1000), '/van-ban/').map((p) => p.path);
    expect(paths[0]).toBe('/van-ban/');
    expect(paths.filter((p) => /\/trang\/[01]\//.test(p))).toEqual([]);
    expect(new Set(paths).size).toBe(10);
  });

  it('takes another page size', () => {
    expect(paginate(range(7), '/x/', 3).map((p) => p.items)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });

  it.each([0, -1, 2.5, Number.NaN])('refuses a page size of %s', (size) => {
    expect(() => paginate(range(3), '/x/', size)).toThrow(RangeError);
  });
});

describe('list page paths', () => {
  it.each([
    [1, '/van-ban/', '/loai/cong-van/'],
    [2, '/van-ban/trang/2/', '/loai/cong-van/trang/2/'],
    [3, '/van-ban/trang/3/', '/loai/cong-van/trang/3/'],
    [37, '/van-ban/trang/37/', '/loai/cong-van/trang/37/'],
  ])('page %i: %s and %s', (page, documents, type) => {
    expect(paths.documentsPage(page)).toBe(documents);
    expect(paths.typePage('cong-van', page)).toBe(type);
    expect(listPage('/tinh/ha-noi/', page)).toBe(page === 1 ? '/tinh/ha-noi/' : `/tinh/ha-noi/trang/${page}/`);
  });

  it('page 1 is the list path itself', () => {
    expect(paths.documentsPage(1)).toBe(paths.documents());
    expect(paths.typePage('ke-hoach', 1)).toBe(paths.type('ke-hoach'));
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('has no page %s', (page) => {
    expect(() => paths.documentsPage(page)).toThrow(RangeError);
    expect(() => paths.typePage('cong-van', page)).toThrow(RangeError);
  });

  it('cannot collide with a document URL: document ids start with a four-digit year', () => {
    for (const page of [2, 3, 100]) {
      const id = paths.documentsPage(page).replace(/^\/van-ban\//, '').replace(/\/$/, '');
      expect(id).toBe(`trang/${page}`);
      expect(idPattern.test(id)).toBe(false);
    }
    expect(idPattern.test('2019/trang')).toBe(true); // a document may be called "trang"; it lives under its year
  });
});

describe('pagerItems', () => {
  /** The pager as text: numbers, [current], and … for a gap. */
  const render = (items: PagerItem[]) => items.map((i) => (i.kind === 'gap' ? '…' : i.current ? `[${i.number}]` : String(i.number))).join(' ');
  const pager = (number: number, totalPages: number) => render(pagerItems({ number, totalPages, listPath: '/van-ban/' }));

  it.each([
    [1, 1, ''],
    [1, 2, '[1] 2'],
    [2, 2, '1 [2]'],
    [1, 3, '[1] 2 3'],
    [2, 3, '1 [2] 3'],
    [1, 4, '[1] 2 3 4'], // a gap of one page shows that page
    [1, 5, '[1] 2 … 5'],
    [3, 5, '1 2 [3] 4 5'],
    [5, 5, '1 … 4 [5]'],
    [1, 37, '[1] 2 … 37'],
    [2, 37, '1 [2] 3 … 37'],
    [3, 37, '1 2 [3] 4 … 37'],
    [4, 37, '1 2 3 [4] 5 … 37'],
    [5, 37, '1 … 4 [5] 6 … 37'],
    [19, 37, '1 … 18 [19] 20 … 37'],
    [35, 37, '1 … 34 [35] 36 37'],
    [37, 37, '1 … 36 [37]'],
  ])('page %i of %i: %s', (number, totalPages, expected) => {
    expect(pager(number, totalPages)).toBe(expected);
  });

  it('shows at most 7 items, first and last always, exactly one current page', () => {
    for (let total = 2; total <= 60; total++) {
      for (let current = 1; current <= total; current++) {
        const items = pagerItems({ number: current, totalPages: total, listPath: '/van-ban/' });
        expect(items.length).toBeLessThanOrEqual(7);
        const links = items.filter((i) => i.kind === 'page');
        expect(links[0]!.number).toBe(1);
        expect(links.at(-1)!.number).toBe(total);
        expect(links.filter((i) => i.current).map((i) => i.number)).toEqual([current]);
        // Numbers ascend; a gap always stands for at least two pages.
        items.forEach((item, i) => {
          if (item.kind !== 'page' || i === 0) return;
          const before = items[i - 1]!;
          if (before.kind === 'page') expect(item.number).toBe(before.number + 1);
          else expect(item.number - (items[i - 2] as { number: number }).number).toBeGreaterThan(2);
        });
      }
    }
  });

  it('links every page number to that page of the list', () => {
    const items = pagerItems({ number: 5, totalPages: 37, listPath: '/loai/cong-van/' });
    expect(items.flatMap((i) => (i.kind === 'page' ? [[i.number, i.path]] : []))).toEqual([
      [1, '/loai/cong-van/'],
      [4, '/loai/cong-van/trang/4/'],
      [5, '/loai/cong-van/trang/5/'],
      [6, '/loai/cong-van/trang/6/'],
      [37, '/loai/cong-van/trang/37/'],
    ]);
  });

  it('every link of every page leads to a page the list has, and the current one to itself', () => {
    const pages = paginate(range(3612), '/van-ban/');
    const existing = new Set(pages.map((p) => p.path));
    for (const page of pages) {
      for (const item of pagerItems(page)) {
        if (item.kind !== 'page') continue;
        expect(existing.has(item.path)).toBe(true);
        if (item.current) expect(item.path).toBe(page.path);
      }
      for (const step of [page.previousPath, page.nextPath]) if (step) expect(existing.has(step)).toBe(true);
    }
  });
});

describe('paginateSections', () => {
  const sections = (a: number, b: number) => [
    { key: 'a', items: range(a).map((n) => `a${n}`) },
    { key: 'b', items: range(b).map((n) => `b${n}`) },
  ];
  /** Each page's sections as "key:first-last" (+ when continued), or "key:empty". */
  const outline = (a: number, b: number, size = 100) =>
    paginateSections(sections(a, b), '/van-ban/', size).map((p) =>
      p.sections.map((s) => `${s.key}${s.continued ? '+' : ''}:${s.items.length ? `${s.items[0]}-${s.items.at(-1)}` : 'empty'}`).join(' '),
    );

  it.each([
    [5, 26, ['a:a1-a5 b:b1-b26']],
    [150, 120, ['a:a1-a100', 'a+:a101-a150 b:b1-b50', 'b+:b51-b120']],
    [100, 50, ['a:a1-a100', 'b:b1-b50']],
    [250, 0, ['a:a1-a100', 'a+:a101-a200', 'a+:a201-a250 b:empty']],
    [0, 150, ['a:empty b:b1-b100', 'b+:b101-b150']],
    [0, 0, ['a:empty b:empty']],
    [100, 0, ['a:a1-a100 b:empty']],
  ])('%i then %i items: %j', (a, b, expected) => {
    expect(outline(a, b)).toEqual(expected);
  });

  it('gives every page the totals of every section', () => {
    for (const page of paginateSections(sections(150, 120), '/van-ban/')) {
      expect(page.sectionTotals).toEqual([
        { key: 'a', total: 150 },
        { key: 'b', total: 120 },
      ]);
      expect(page.sections.flatMap((s) => s.items)).toEqual(page.items);
      for (const s of page.sections) expect(s.total).toBe(s.key === 'a' ? 150 : 120);
    }
  });
});

describe("the archive's paged lists", () => {
  let n = 0;
  const doc = (fields: Partial<DocumentData>): ArchiveEntry => ({
    id: `2019/van-ban-${++n}`,
    data: documentData({ type: 'cong-van', year: 2019, title: `Văn bản ${n}`, numberSymbol: null, ...fields }),
  });

  it('lists every document with its text first, then the cited ones, each newest first', () => {
    const held = [doc({ issued: '2018-03-01', year: 2018 }), doc({ issued: '2019-05-01' })];
    const cited = [doc({ issued: '2012-07-16', year: 2012, fullText: false }), doc({ issued: '2020-01-02', year: 2020, fullText: false })];
    const [page, ...more] = allDocumentsPages([cited[0]!, held[0]!, cited[1]!, held[1]!]);
    expect(more).toEqual([]);
    expect(page!.path).toBe('/van-ban/');
    expect(page!.items.map((e) => e.id)).toEqual([held[1]!.id, held[0]!.id, cited[1]!.id, cited[0]!.id]);
    expect(page!.sections.map((s) => [s.key, s.items.length])).toEqual([
      [allDocumentsSections.fullText, 2],
      [allDocumentsSections.citedOnly, 2],
    ]);
  });

  it('has pages 2 and after at /van-ban/trang/N/ when there are more than 100 documents', () => {
    const entries = [...range(130).map(() => doc({ issued: '2019-01-01' })), ...range(120).map(() => doc({ fullText: false, issued: '2012-01-01', year: 2012 }))];
    const pages = allDocumentsPages(entries);
    expect(pages.map((p) => p.path)).toEqual(['/van-ban/', '/van-ban/trang/2/', '/van-ban/trang/3/']);
    expect(pages[1]!.sections.map((s) => [s.key, s.continued, s.items.length])).toEqual([
      [allDocumentsSections.fullText, true, 30],
      [allDocumentsSections.citedOnly, false, 70],
    ]);
    expect(pages[2]!.items.every((e) => !e.data.fullText)).toBe(true);
  });

  it("pages a type's documents at /loai/SLUG/trang/N/, keeping their order", () => {
    const documents = range(205).map(() => doc({}));
    const pages = typePages('cong-van', documents);
    expect(pages.map((p) => [p.path, p.items.length])).toEqual([
      ['/loai/cong-van/', 100],
      ['/loai/cong-van/trang/2/', 100],
      ['/loai/cong-van/trang/3/', 5],
    ]);
    expect(pages.flatMap((p) => p.items)).toEqual(documents);
  });
});

/**
 * Pagination.astro as Astro renders it. The unit project has no Astro Vite plugin, so the component
 * is compiled here with Astro's own compiler (the one `astro build` uses) and rendered with Astro's
 * container API; it imports only TypeScript modules, which Vitest loads as usual.
 */
async function loadComponent(file: string): Promise<AstroComponentFactory> {
  // The options astro build passes (astro/dist/core/compile/compile.js) that matter without styles.
  const { code, diagnostics } = transform(readFileSync(file, 'utf8'), {
    filename: file,
    internalURL: 'astro/compiler-runtime',
    compact: true,
    resultScopedSlot: true,
    resolvePath: (specifier) => specifier,
  });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(errors.map((d) => d.text).join('\n'));
  // The compiled module lives in a temporary directory: make its imports absolute.
  const require = createRequire(import.meta.url);
  const absolute = code.replace(/from "([^"]+)"/g, (_match, specifier: string) => {
    const target = specifier.startsWith('.') ? resolve(dirname(file), specifier) : require.resolve(specifier);
    return `from ${JSON.stringify(pathToFileURL(target).href)}`;
  });
  const dir = mkdtempSync(join(tmpdir(), 'archive-pagination-'));
  const out = join(dir, `${basename(file)}.mjs`);
  writeFileSync(out, absolute);
  try {
    return (await import(/* @vite-ignore */ pathToFileURL(out).href)).default;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('Pagination.astro', () => {
  let Pagination: AstroComponentFactory;
  let container: experimental_AstroContainer;
  beforeAll(async () => {
    Pagination = await loadComponent(fileURLToPath(new URL('../../src/components/Pagination.astro', import.meta.url)));
    container = await experimental_AstroContainer.create();
  });

  /** The rendered pager of page `number` of a list of `count` items, as a DOM-like summary. */
  async function pager(count: number, number: number, listPath = '/van-ban/') {
    const page = paginate(range(count), listPath)[number - 1]!;
    const html = await container.renderToString(Pagination, { props: { page } });
    const links = [...html.matchAll(/<a ([^>]*)>(.*?)<\/a>/g)].map(([, attributes, text]) => ({
      // The text a screen reader gets: aria-hidden decoration left out.
      text: text!.replace(/<span aria-hidden="true">.*?<\/span>/g, '').replace(/<[^>]+>/g, ''),
      href: /href="([^"]*)"/.exec(attributes!)?.[1],
      rel: /rel="([^"]*)"/.exec(attributes!)?.[1],
      label: /aria-label="([^"]*)"/.exec(attributes!)?.[1],
      current: /aria-current="page"/.test(attributes!),
    }));
    return { html, links, gaps: html.match(/class="pager-gap"/g)?.length ?? 0 };
  }

  it('renders nothing when the whole list fits on one page', async () => {
    expect((await pager(0, 1)).html.trim()).toBe('');
    expect((await pager(100, 1)).html.trim()).toBe('');
  });

  it('page 2 of 7: "Trang trước" to /van-ban/, "Trang sau" to page 3, numbers 1 2 3 … 7 with 2 current', async () => {
    const { html, links, gaps } = await pager(615, 2);
    expect(html).toContain('<nav class="pager" aria-label="Phân trang">');
    expect(html).not.toContain('style=');
    expect(links).toEqual([
      { text: 'Trang trước', href: '/van-ban/', rel: 'prev', label: undefined, current: false },
      { text: 'Trang sau', href: '/van-ban/trang/3/', rel: 'next', label: undefined, current: false },
      { text: '1', href: '/van-ban/', rel: undefined, label: 'Trang 1', current: false },
      { text: '2', href: '/van-ban/trang/2/', rel: undefined, label: 'Trang 2', current: true },
      { text: '3', href: '/van-ban/trang/3/', rel: undefined, label: 'Trang 3', current: false },
      { text: '7', href: '/van-ban/trang/7/', rel: undefined, label: 'Trang 7', current: false },
    ]);
    expect(gaps).toBe(1);
    // The arrows are decoration, hidden from screen readers.
    expect(html).toContain('<span aria-hidden="true">←</span>Trang trước</a>');
    expect(html).toContain('Trang sau<span aria-hidden="true">→</span></a>');
  });

  it('first page: no "Trang trước"; last page: no "Trang sau"', async () => {
    const first = await pager(250, 1, '/loai/cong-van/');
    expect(first.links.map((l) => [l.text, l.href, l.current])).toEqual([
      ['Trang sau', '/loai/cong-van/trang/2/', false],
      ['1', '/loai/cong-van/', true],
      ['2', '/loai/cong-van/trang/2/', false],
      ['3', '/loai/cong-van/trang/3/', false],
    ]);
    const last = await pager(250, 3, '/loai/cong-van/');
    expect(last.links.map((l) => [l.text, l.href, l.current])).toEqual([
      ['Trang trước', '/loai/cong-van/trang/2/', false],
      ['1', '/loai/cong-van/', false],
      ['2', '/loai/cong-van/trang/2/', false],
      ['3', '/loai/cong-van/trang/3/', true],
    ]);
  });

  it('a page in the middle of 37 shows first, last and neighbours, with two gaps', async () => {
    const { links, gaps } = await pager(3612, 19);
    expect(links.filter((l) => l.label).map((l) => `${l.text}${l.current ? '*' : ''}`)).toEqual(['1', '18', '19*', '20', '37']);
    expect(gaps).toBe(2);
    expect(links.filter((l) => l.current)).toHaveLength(1);
  });
});
