import { describe, expect, it } from 'vitest';
import { manifestOutputs, staleFiles } from '../../src/lib/build/stale-output.ts';

const manifest = {
  version: 1,
  routes: {
    'src/pages/van-ban/[...id].astro': { dependencyHash: 'x', paths: { '/van-ban/2019/a/': { cacheKey: 'k', outputFile: 'van-ban/2019/a/index.html' } } },
    'src/pages/du-lieu/van-ban/[...id].json.ts': { dependencyHash: 'y', paths: { '/du-lieu/van-ban/2019/a.json': { cacheKey: 'k', outputFile: 'du-lieu/van-ban/2019/a.json' } } },
  },
};
const start = 1_000_000;

describe('stale output: what an earlier build left in dist/', () => {
  it('reads the outputs Astro keeps from its incremental manifest', () => {
    expect([...manifestOutputs(manifest)]).toEqual(['van-ban/2019/a/index.html', 'du-lieu/van-ban/2019/a.json']);
    expect(manifestOutputs(null).size).toBe(0);
    expect(manifestOutputs({ routes: { r: {} } }).size).toBe(0);
  });

  it.each([
    ['a page this build wrote', { path: 'nam/2019/index.html', mtimeMs: start + 5 }, false],
    ['an unchanged document page Astro kept in place', { path: 'van-ban/2019/a/index.html', mtimeMs: start - 60_000 }, false],
    ['the JSON twin Astro kept', { path: 'du-lieu/van-ban/2019/a.json', mtimeMs: start - 60_000 }, false],
    ['the page of a document since deleted', { path: 'van-ban/2019/deleted/index.html', mtimeMs: start - 60_000 }, true],
    ['a list page that no longer exists', { path: 'van-ban/trang/9/index.html', mtimeMs: start - 60_000 }, true],
    ['an asset of an older build', { path: '_astro/index.OLD.css', mtimeMs: start - 60_000 }, true],
    ['the search index, rebuilt by its own step', { path: 'pagefind/nam-2019/pagefind.js', mtimeMs: start - 60_000 }, false],
  ])('%s', (_name, file, stale) => {
    expect(staleFiles([file], manifestOutputs(manifest), start, ['pagefind'])).toEqual(stale ? [file.path] : []);
  });

  // Regression: every rebuild reported "Output sweep: 6 file(s) left by earlier builds removed" with
  // nothing stale. The .br/.gz twins are written by scripts/precompress.ts after the build, so they
  // are always older than the next build's start and never in Astro's manifest; they were deleted and
  // written again each time. A twin is stale only when the file it compresses is.
  it('keeps the compressed twins of a file that is still there, removes those of a file that went', () => {
    const old = start - 60_000;
    const files = [
      { path: '_astro/BaseLayout.abc.css', mtimeMs: start + 5 },
      { path: '_astro/BaseLayout.abc.css.br', mtimeMs: old },
      { path: '_astro/BaseLayout.abc.css.gz', mtimeMs: old },
      { path: '_astro/index.OLD.js', mtimeMs: old },
      { path: '_astro/index.OLD.js.br', mtimeMs: old },
      { path: '_astro/index.OLD.js.gz', mtimeMs: old },
      { path: '_astro/gone.js.br', mtimeMs: old },
      { path: 'van-ban/2019/a/index.html', mtimeMs: old },
      { path: 'van-ban/2019/a/index.html.gz', mtimeMs: old },
    ];
    expect(staleFiles(files, manifestOutputs(manifest), start, ['pagefind'])).toEqual(['_astro/index.OLD.js', '_astro/index.OLD.js.br', '_astro/index.OLD.js.gz', '_astro/gone.js.br']);
  });

  it('leaves alone single files named as ignored, as well as folders', () => {
    const old = start - 60_000;
    expect(staleFiles([{ path: 'sitemap.xml', mtimeMs: old }, { path: 'sitemap.xml.bak', mtimeMs: old }], new Set(), start, ['sitemap.xml'])).toEqual(['sitemap.xml.bak']);
  });
});
